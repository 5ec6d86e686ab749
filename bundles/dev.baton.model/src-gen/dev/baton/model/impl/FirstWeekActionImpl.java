/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.AcceptanceCheck;
import dev.baton.model.BatonPackage;
import dev.baton.model.FirstWeekAction;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>First Week Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.FirstWeekActionImpl#getDay <em>Day</em>}</li>
 *   <li>{@link dev.baton.model.impl.FirstWeekActionImpl#isDone <em>Done</em>}</li>
 *   <li>{@link dev.baton.model.impl.FirstWeekActionImpl#getChecks <em>Checks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FirstWeekActionImpl extends RecordImpl implements FirstWeekAction
{
  /**
   * The default value of the '{@link #getDay() <em>Day</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDay()
   * @generated
   * @ordered
   */
  protected static final Integer DAY_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDay() <em>Day</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDay()
   * @generated
   * @ordered
   */
  protected Integer day = DAY_EDEFAULT;

  /**
   * The default value of the '{@link #isDone() <em>Done</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isDone()
   * @generated
   * @ordered
   */
  protected static final boolean DONE_EDEFAULT = false;

  /**
   * The cached value of the '{@link #isDone() <em>Done</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isDone()
   * @generated
   * @ordered
   */
  protected boolean done = DONE_EDEFAULT;

  /**
   * The cached value of the '{@link #getChecks() <em>Checks</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getChecks()
   * @generated
   * @ordered
   */
  protected EList<AcceptanceCheck> checks;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected FirstWeekActionImpl()
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
    return BatonPackage.Literals.FIRST_WEEK_ACTION;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Integer getDay()
  {
    return day;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDay(Integer newDay)
  {
    Integer oldDay = day;
    day = newDay;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.FIRST_WEEK_ACTION__DAY, oldDay, day));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean isDone()
  {
    return done;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDone(boolean newDone)
  {
    boolean oldDone = done;
    done = newDone;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.FIRST_WEEK_ACTION__DONE, oldDone, done));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<AcceptanceCheck> getChecks()
  {
    if (checks == null)
    {
      checks = new EObjectEList<AcceptanceCheck>(AcceptanceCheck.class, this, BatonPackage.FIRST_WEEK_ACTION__CHECKS);
    }
    return checks;
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
      case BatonPackage.FIRST_WEEK_ACTION__DAY:
        return getDay();
      case BatonPackage.FIRST_WEEK_ACTION__DONE:
        return isDone();
      case BatonPackage.FIRST_WEEK_ACTION__CHECKS:
        return getChecks();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @SuppressWarnings("unchecked")
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case BatonPackage.FIRST_WEEK_ACTION__DAY:
        setDay((Integer)newValue);
        return;
      case BatonPackage.FIRST_WEEK_ACTION__DONE:
        setDone((Boolean)newValue);
        return;
      case BatonPackage.FIRST_WEEK_ACTION__CHECKS:
        getChecks().clear();
        getChecks().addAll((Collection<? extends AcceptanceCheck>)newValue);
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
      case BatonPackage.FIRST_WEEK_ACTION__DAY:
        setDay(DAY_EDEFAULT);
        return;
      case BatonPackage.FIRST_WEEK_ACTION__DONE:
        setDone(DONE_EDEFAULT);
        return;
      case BatonPackage.FIRST_WEEK_ACTION__CHECKS:
        getChecks().clear();
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
      case BatonPackage.FIRST_WEEK_ACTION__DAY:
        return DAY_EDEFAULT == null ? day != null : !DAY_EDEFAULT.equals(day);
      case BatonPackage.FIRST_WEEK_ACTION__DONE:
        return done != DONE_EDEFAULT;
      case BatonPackage.FIRST_WEEK_ACTION__CHECKS:
        return checks != null && !checks.isEmpty();
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
    result.append(" (day: "); //$NON-NLS-1$
    result.append(day);
    result.append(", done: "); //$NON-NLS-1$
    result.append(done);
    result.append(')');
    return result.toString();
  }

} //FirstWeekActionImpl
