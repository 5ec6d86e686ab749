/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Element;
import dev.baton.model.Runbook;

import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Runbook</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.RunbookImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.baton.model.impl.RunbookImpl#getApplies <em>Applies</em>}</li>
 *   <li>{@link dev.baton.model.impl.RunbookImpl#getLastTested <em>Last Tested</em>}</li>
 *   <li>{@link dev.baton.model.impl.RunbookImpl#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link dev.baton.model.impl.RunbookImpl#getDashboard <em>Dashboard</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunbookImpl extends RecordImpl implements Runbook
{
  /**
   * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKind()
   * @generated
   * @ordered
   */
  protected static final String KIND_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKind()
   * @generated
   * @ordered
   */
  protected String kind = KIND_EDEFAULT;

  /**
   * The cached value of the '{@link #getApplies() <em>Applies</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getApplies()
   * @generated
   * @ordered
   */
  protected EList<Element> applies;

  /**
   * The default value of the '{@link #getLastTested() <em>Last Tested</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLastTested()
   * @generated
   * @ordered
   */
  protected static final LocalDate LAST_TESTED_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getLastTested() <em>Last Tested</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLastTested()
   * @generated
   * @ordered
   */
  protected LocalDate lastTested = LAST_TESTED_EDEFAULT;

  /**
   * The default value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSchedule()
   * @generated
   * @ordered
   */
  protected static final String SCHEDULE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSchedule()
   * @generated
   * @ordered
   */
  protected String schedule = SCHEDULE_EDEFAULT;

  /**
   * The default value of the '{@link #getDashboard() <em>Dashboard</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDashboard()
   * @generated
   * @ordered
   */
  protected static final String DASHBOARD_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDashboard() <em>Dashboard</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDashboard()
   * @generated
   * @ordered
   */
  protected String dashboard = DASHBOARD_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected RunbookImpl()
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
    return BatonPackage.Literals.RUNBOOK;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getKind()
  {
    return kind;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setKind(String newKind)
  {
    String oldKind = kind;
    kind = newKind;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RUNBOOK__KIND, oldKind, kind));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Element> getApplies()
  {
    if (applies == null)
    {
      applies = new EObjectEList<Element>(Element.class, this, BatonPackage.RUNBOOK__APPLIES);
    }
    return applies;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getLastTested()
  {
    return lastTested;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLastTested(LocalDate newLastTested)
  {
    LocalDate oldLastTested = lastTested;
    lastTested = newLastTested;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RUNBOOK__LAST_TESTED, oldLastTested, lastTested));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getSchedule()
  {
    return schedule;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSchedule(String newSchedule)
  {
    String oldSchedule = schedule;
    schedule = newSchedule;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RUNBOOK__SCHEDULE, oldSchedule, schedule));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getDashboard()
  {
    return dashboard;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDashboard(String newDashboard)
  {
    String oldDashboard = dashboard;
    dashboard = newDashboard;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RUNBOOK__DASHBOARD, oldDashboard, dashboard));
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
      case BatonPackage.RUNBOOK__KIND:
        return getKind();
      case BatonPackage.RUNBOOK__APPLIES:
        return getApplies();
      case BatonPackage.RUNBOOK__LAST_TESTED:
        return getLastTested();
      case BatonPackage.RUNBOOK__SCHEDULE:
        return getSchedule();
      case BatonPackage.RUNBOOK__DASHBOARD:
        return getDashboard();
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
      case BatonPackage.RUNBOOK__KIND:
        setKind((String)newValue);
        return;
      case BatonPackage.RUNBOOK__APPLIES:
        getApplies().clear();
        getApplies().addAll((Collection<? extends Element>)newValue);
        return;
      case BatonPackage.RUNBOOK__LAST_TESTED:
        setLastTested((LocalDate)newValue);
        return;
      case BatonPackage.RUNBOOK__SCHEDULE:
        setSchedule((String)newValue);
        return;
      case BatonPackage.RUNBOOK__DASHBOARD:
        setDashboard((String)newValue);
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
      case BatonPackage.RUNBOOK__KIND:
        setKind(KIND_EDEFAULT);
        return;
      case BatonPackage.RUNBOOK__APPLIES:
        getApplies().clear();
        return;
      case BatonPackage.RUNBOOK__LAST_TESTED:
        setLastTested(LAST_TESTED_EDEFAULT);
        return;
      case BatonPackage.RUNBOOK__SCHEDULE:
        setSchedule(SCHEDULE_EDEFAULT);
        return;
      case BatonPackage.RUNBOOK__DASHBOARD:
        setDashboard(DASHBOARD_EDEFAULT);
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
      case BatonPackage.RUNBOOK__KIND:
        return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
      case BatonPackage.RUNBOOK__APPLIES:
        return applies != null && !applies.isEmpty();
      case BatonPackage.RUNBOOK__LAST_TESTED:
        return LAST_TESTED_EDEFAULT == null ? lastTested != null : !LAST_TESTED_EDEFAULT.equals(lastTested);
      case BatonPackage.RUNBOOK__SCHEDULE:
        return SCHEDULE_EDEFAULT == null ? schedule != null : !SCHEDULE_EDEFAULT.equals(schedule);
      case BatonPackage.RUNBOOK__DASHBOARD:
        return DASHBOARD_EDEFAULT == null ? dashboard != null : !DASHBOARD_EDEFAULT.equals(dashboard);
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
    result.append(" (kind: "); //$NON-NLS-1$
    result.append(kind);
    result.append(", lastTested: "); //$NON-NLS-1$
    result.append(lastTested);
    result.append(", schedule: "); //$NON-NLS-1$
    result.append(schedule);
    result.append(", dashboard: "); //$NON-NLS-1$
    result.append(dashboard);
    result.append(')');
    return result.toString();
  }

} //RunbookImpl
