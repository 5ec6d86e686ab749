/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.Account;
import dev.baton.model.BatonPackage;
import dev.baton.model.Environment;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Environment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.EnvironmentImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link dev.baton.model.impl.EnvironmentImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link dev.baton.model.impl.EnvironmentImpl#getAccount <em>Account</em>}</li>
 *   <li>{@link dev.baton.model.impl.EnvironmentImpl#getRegion <em>Region</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnvironmentImpl extends ElementImpl implements Environment
{
  /**
   * The default value of the '{@link #getStage() <em>Stage</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStage()
   * @generated
   * @ordered
   */
  protected static final String STAGE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getStage() <em>Stage</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStage()
   * @generated
   * @ordered
   */
  protected String stage = STAGE_EDEFAULT;

  /**
   * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getUrl()
   * @generated
   * @ordered
   */
  protected static final String URL_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getUrl()
   * @generated
   * @ordered
   */
  protected String url = URL_EDEFAULT;

  /**
   * The cached value of the '{@link #getAccount() <em>Account</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAccount()
   * @generated
   * @ordered
   */
  protected Account account;

  /**
   * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRegion()
   * @generated
   * @ordered
   */
  protected static final String REGION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRegion()
   * @generated
   * @ordered
   */
  protected String region = REGION_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected EnvironmentImpl()
  {
    super();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected EClass eStaticClass()
  {
    return BatonPackage.Literals.ENVIRONMENT;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getStage()
  {
    return stage;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStage(String newStage)
  {
    String oldStage = stage;
    stage = newStage;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ENVIRONMENT__STAGE, oldStage, stage));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getUrl()
  {
    return url;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setUrl(String newUrl)
  {
    String oldUrl = url;
    url = newUrl;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ENVIRONMENT__URL, oldUrl, url));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Account getAccount()
  {
    return account;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAccount(Account newAccount)
  {
    Account oldAccount = account;
    account = newAccount;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ENVIRONMENT__ACCOUNT, oldAccount, account));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getRegion()
  {
    return region;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRegion(String newRegion)
  {
    String oldRegion = region;
    region = newRegion;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ENVIRONMENT__REGION, oldRegion, region));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object eGet(int featureID, boolean resolve, boolean coreType)
  {
    switch (featureID)
    {
      case BatonPackage.ENVIRONMENT__STAGE:
        return getStage();
      case BatonPackage.ENVIRONMENT__URL:
        return getUrl();
      case BatonPackage.ENVIRONMENT__ACCOUNT:
        return getAccount();
      case BatonPackage.ENVIRONMENT__REGION:
        return getRegion();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case BatonPackage.ENVIRONMENT__STAGE:
        setStage((String)newValue);
        return;
      case BatonPackage.ENVIRONMENT__URL:
        setUrl((String)newValue);
        return;
      case BatonPackage.ENVIRONMENT__ACCOUNT:
        setAccount((Account)newValue);
        return;
      case BatonPackage.ENVIRONMENT__REGION:
        setRegion((String)newValue);
        return;
    }
    super.eSet(featureID, newValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eUnset(int featureID)
  {
    switch (featureID)
    {
      case BatonPackage.ENVIRONMENT__STAGE:
        setStage(STAGE_EDEFAULT);
        return;
      case BatonPackage.ENVIRONMENT__URL:
        setUrl(URL_EDEFAULT);
        return;
      case BatonPackage.ENVIRONMENT__ACCOUNT:
        setAccount((Account)null);
        return;
      case BatonPackage.ENVIRONMENT__REGION:
        setRegion(REGION_EDEFAULT);
        return;
    }
    super.eUnset(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean eIsSet(int featureID)
  {
    switch (featureID)
    {
      case BatonPackage.ENVIRONMENT__STAGE:
        return STAGE_EDEFAULT == null ? stage != null : !STAGE_EDEFAULT.equals(stage);
      case BatonPackage.ENVIRONMENT__URL:
        return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
      case BatonPackage.ENVIRONMENT__ACCOUNT:
        return account != null;
      case BatonPackage.ENVIRONMENT__REGION:
        return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
    }
    return super.eIsSet(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    if (eIsProxy()) return super.toString();

    StringBuilder result = new StringBuilder(super.toString());
    result.append(" (stage: "); //$NON-NLS-1$
    result.append(stage);
    result.append(", url: "); //$NON-NLS-1$
    result.append(url);
    result.append(", region: "); //$NON-NLS-1$
    result.append(region);
    result.append(')');
    return result.toString();
  }

} //EnvironmentImpl
