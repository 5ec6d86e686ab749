/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.Account;
import dev.baton.model.BatonPackage;
import dev.baton.model.Party;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.AccountImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link dev.baton.model.impl.AccountImpl#getAccountId <em>Account Id</em>}</li>
 *   <li>{@link dev.baton.model.impl.AccountImpl#getBillingContact <em>Billing Contact</em>}</li>
 *   <li>{@link dev.baton.model.impl.AccountImpl#getRootHeldBy <em>Root Held By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccountImpl extends ElementImpl implements Account
{
  /**
   * The default value of the '{@link #getProvider() <em>Provider</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getProvider()
   * @generated
   * @ordered
   */
  protected static final String PROVIDER_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getProvider() <em>Provider</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getProvider()
   * @generated
   * @ordered
   */
  protected String provider = PROVIDER_EDEFAULT;

  /**
   * The default value of the '{@link #getAccountId() <em>Account Id</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAccountId()
   * @generated
   * @ordered
   */
  protected static final String ACCOUNT_ID_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getAccountId() <em>Account Id</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAccountId()
   * @generated
   * @ordered
   */
  protected String accountId = ACCOUNT_ID_EDEFAULT;

  /**
   * The cached value of the '{@link #getBillingContact() <em>Billing Contact</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBillingContact()
   * @generated
   * @ordered
   */
  protected Party billingContact;

  /**
   * The cached value of the '{@link #getRootHeldBy() <em>Root Held By</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRootHeldBy()
   * @generated
   * @ordered
   */
  protected Party rootHeldBy;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected AccountImpl()
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
    return BatonPackage.Literals.ACCOUNT;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getProvider()
  {
    return provider;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setProvider(String newProvider)
  {
    String oldProvider = provider;
    provider = newProvider;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCOUNT__PROVIDER, oldProvider, provider));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getAccountId()
  {
    return accountId;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAccountId(String newAccountId)
  {
    String oldAccountId = accountId;
    accountId = newAccountId;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCOUNT__ACCOUNT_ID, oldAccountId, accountId));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Party getBillingContact()
  {
    return billingContact;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setBillingContact(Party newBillingContact)
  {
    Party oldBillingContact = billingContact;
    billingContact = newBillingContact;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCOUNT__BILLING_CONTACT, oldBillingContact, billingContact));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Party getRootHeldBy()
  {
    return rootHeldBy;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRootHeldBy(Party newRootHeldBy)
  {
    Party oldRootHeldBy = rootHeldBy;
    rootHeldBy = newRootHeldBy;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCOUNT__ROOT_HELD_BY, oldRootHeldBy, rootHeldBy));
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
      case BatonPackage.ACCOUNT__PROVIDER:
        return getProvider();
      case BatonPackage.ACCOUNT__ACCOUNT_ID:
        return getAccountId();
      case BatonPackage.ACCOUNT__BILLING_CONTACT:
        return getBillingContact();
      case BatonPackage.ACCOUNT__ROOT_HELD_BY:
        return getRootHeldBy();
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
      case BatonPackage.ACCOUNT__PROVIDER:
        setProvider((String)newValue);
        return;
      case BatonPackage.ACCOUNT__ACCOUNT_ID:
        setAccountId((String)newValue);
        return;
      case BatonPackage.ACCOUNT__BILLING_CONTACT:
        setBillingContact((Party)newValue);
        return;
      case BatonPackage.ACCOUNT__ROOT_HELD_BY:
        setRootHeldBy((Party)newValue);
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
      case BatonPackage.ACCOUNT__PROVIDER:
        setProvider(PROVIDER_EDEFAULT);
        return;
      case BatonPackage.ACCOUNT__ACCOUNT_ID:
        setAccountId(ACCOUNT_ID_EDEFAULT);
        return;
      case BatonPackage.ACCOUNT__BILLING_CONTACT:
        setBillingContact((Party)null);
        return;
      case BatonPackage.ACCOUNT__ROOT_HELD_BY:
        setRootHeldBy((Party)null);
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
      case BatonPackage.ACCOUNT__PROVIDER:
        return PROVIDER_EDEFAULT == null ? provider != null : !PROVIDER_EDEFAULT.equals(provider);
      case BatonPackage.ACCOUNT__ACCOUNT_ID:
        return ACCOUNT_ID_EDEFAULT == null ? accountId != null : !ACCOUNT_ID_EDEFAULT.equals(accountId);
      case BatonPackage.ACCOUNT__BILLING_CONTACT:
        return billingContact != null;
      case BatonPackage.ACCOUNT__ROOT_HELD_BY:
        return rootHeldBy != null;
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
    result.append(" (provider: "); //$NON-NLS-1$
    result.append(provider);
    result.append(", accountId: "); //$NON-NLS-1$
    result.append(accountId);
    result.append(')');
    return result.toString();
  }

} //AccountImpl
