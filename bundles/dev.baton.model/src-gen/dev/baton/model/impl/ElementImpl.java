/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.Element;

import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.ElementImpl#getLifecycle <em>Lifecycle</em>}</li>
 *   <li>{@link dev.baton.model.impl.ElementImpl#getAffectedBy <em>Affected By</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ElementImpl extends RecordImpl implements Element
{
  /**
   * The default value of the '{@link #getLifecycle() <em>Lifecycle</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLifecycle()
   * @generated
   * @ordered
   */
  protected static final String LIFECYCLE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getLifecycle() <em>Lifecycle</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLifecycle()
   * @generated
   * @ordered
   */
  protected String lifecycle = LIFECYCLE_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected ElementImpl()
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
    return BatonPackage.Literals.ELEMENT;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getLifecycle()
  {
    return lifecycle;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLifecycle(String newLifecycle)
  {
    String oldLifecycle = lifecycle;
    lifecycle = newLifecycle;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ELEMENT__LIFECYCLE, oldLifecycle, lifecycle));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Decision> getAffectedBy()
  {
    return dev.baton.model.query.Inverses.affectedBy(this);
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
      case BatonPackage.ELEMENT__LIFECYCLE:
        return getLifecycle();
      case BatonPackage.ELEMENT__AFFECTED_BY:
        return getAffectedBy();
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
      case BatonPackage.ELEMENT__LIFECYCLE:
        setLifecycle((String)newValue);
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
      case BatonPackage.ELEMENT__LIFECYCLE:
        setLifecycle(LIFECYCLE_EDEFAULT);
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
      case BatonPackage.ELEMENT__LIFECYCLE:
        return LIFECYCLE_EDEFAULT == null ? lifecycle != null : !LIFECYCLE_EDEFAULT.equals(lifecycle);
      case BatonPackage.ELEMENT__AFFECTED_BY:
        return !getAffectedBy().isEmpty();
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
    result.append(" (lifecycle: "); //$NON-NLS-1$
    result.append(lifecycle);
    result.append(')');
    return result.toString();
  }

} //ElementImpl
