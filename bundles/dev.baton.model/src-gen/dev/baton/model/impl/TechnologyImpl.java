/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Component;
import dev.baton.model.Technology;

import java.time.LocalDate;

import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Technology</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.TechnologyImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link dev.baton.model.impl.TechnologyImpl#getEndOfLife <em>End Of Life</em>}</li>
 *   <li>{@link dev.baton.model.impl.TechnologyImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link dev.baton.model.impl.TechnologyImpl#getLicence <em>Licence</em>}</li>
 *   <li>{@link dev.baton.model.impl.TechnologyImpl#getUsedBy <em>Used By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TechnologyImpl extends ElementImpl implements Technology
{
  /**
   * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getVersion()
   * @generated
   * @ordered
   */
  protected static final String VERSION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getVersion()
   * @generated
   * @ordered
   */
  protected String version = VERSION_EDEFAULT;

  /**
   * The default value of the '{@link #getEndOfLife() <em>End Of Life</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEndOfLife()
   * @generated
   * @ordered
   */
  protected static final LocalDate END_OF_LIFE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getEndOfLife() <em>End Of Life</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEndOfLife()
   * @generated
   * @ordered
   */
  protected LocalDate endOfLife = END_OF_LIFE_EDEFAULT;

  /**
   * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCategory()
   * @generated
   * @ordered
   */
  protected static final String CATEGORY_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCategory()
   * @generated
   * @ordered
   */
  protected String category = CATEGORY_EDEFAULT;

  /**
   * The default value of the '{@link #getLicence() <em>Licence</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLicence()
   * @generated
   * @ordered
   */
  protected static final String LICENCE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getLicence() <em>Licence</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLicence()
   * @generated
   * @ordered
   */
  protected String licence = LICENCE_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected TechnologyImpl()
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
    return BatonPackage.Literals.TECHNOLOGY;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getVersion()
  {
    return version;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setVersion(String newVersion)
  {
    String oldVersion = version;
    version = newVersion;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.TECHNOLOGY__VERSION, oldVersion, version));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getEndOfLife()
  {
    return endOfLife;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setEndOfLife(LocalDate newEndOfLife)
  {
    LocalDate oldEndOfLife = endOfLife;
    endOfLife = newEndOfLife;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.TECHNOLOGY__END_OF_LIFE, oldEndOfLife, endOfLife));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getCategory()
  {
    return category;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setCategory(String newCategory)
  {
    String oldCategory = category;
    category = newCategory;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.TECHNOLOGY__CATEGORY, oldCategory, category));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getLicence()
  {
    return licence;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLicence(String newLicence)
  {
    String oldLicence = licence;
    licence = newLicence;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.TECHNOLOGY__LICENCE, oldLicence, licence));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Component> getUsedBy()
  {
    return dev.baton.model.query.Inverses.usedBy(this);
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
      case BatonPackage.TECHNOLOGY__VERSION:
        return getVersion();
      case BatonPackage.TECHNOLOGY__END_OF_LIFE:
        return getEndOfLife();
      case BatonPackage.TECHNOLOGY__CATEGORY:
        return getCategory();
      case BatonPackage.TECHNOLOGY__LICENCE:
        return getLicence();
      case BatonPackage.TECHNOLOGY__USED_BY:
        return getUsedBy();
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
      case BatonPackage.TECHNOLOGY__VERSION:
        setVersion((String)newValue);
        return;
      case BatonPackage.TECHNOLOGY__END_OF_LIFE:
        setEndOfLife((LocalDate)newValue);
        return;
      case BatonPackage.TECHNOLOGY__CATEGORY:
        setCategory((String)newValue);
        return;
      case BatonPackage.TECHNOLOGY__LICENCE:
        setLicence((String)newValue);
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
      case BatonPackage.TECHNOLOGY__VERSION:
        setVersion(VERSION_EDEFAULT);
        return;
      case BatonPackage.TECHNOLOGY__END_OF_LIFE:
        setEndOfLife(END_OF_LIFE_EDEFAULT);
        return;
      case BatonPackage.TECHNOLOGY__CATEGORY:
        setCategory(CATEGORY_EDEFAULT);
        return;
      case BatonPackage.TECHNOLOGY__LICENCE:
        setLicence(LICENCE_EDEFAULT);
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
      case BatonPackage.TECHNOLOGY__VERSION:
        return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
      case BatonPackage.TECHNOLOGY__END_OF_LIFE:
        return END_OF_LIFE_EDEFAULT == null ? endOfLife != null : !END_OF_LIFE_EDEFAULT.equals(endOfLife);
      case BatonPackage.TECHNOLOGY__CATEGORY:
        return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
      case BatonPackage.TECHNOLOGY__LICENCE:
        return LICENCE_EDEFAULT == null ? licence != null : !LICENCE_EDEFAULT.equals(licence);
      case BatonPackage.TECHNOLOGY__USED_BY:
        return !getUsedBy().isEmpty();
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
    result.append(" (version: "); //$NON-NLS-1$
    result.append(version);
    result.append(", endOfLife: "); //$NON-NLS-1$
    result.append(endOfLife);
    result.append(", category: "); //$NON-NLS-1$
    result.append(category);
    result.append(", licence: "); //$NON-NLS-1$
    result.append(licence);
    result.append(')');
    return result.toString();
  }

} //TechnologyImpl
