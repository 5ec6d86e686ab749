/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Element;
import dev.baton.model.WorkItem;
import dev.baton.model.WorkStatus;

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
 * An implementation of the model object '<em><b>Work Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.WorkItemImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.impl.WorkItemImpl#getDue <em>Due</em>}</li>
 *   <li>{@link dev.baton.model.impl.WorkItemImpl#getTracker <em>Tracker</em>}</li>
 *   <li>{@link dev.baton.model.impl.WorkItemImpl#getAffects <em>Affects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkItemImpl extends RecordImpl implements WorkItem
{
  /**
   * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected static final WorkStatus STATUS_EDEFAULT = WorkStatus.PLANNED;

  /**
   * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected WorkStatus status = STATUS_EDEFAULT;

  /**
   * The default value of the '{@link #getDue() <em>Due</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDue()
   * @generated
   * @ordered
   */
  protected static final LocalDate DUE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDue() <em>Due</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDue()
   * @generated
   * @ordered
   */
  protected LocalDate due = DUE_EDEFAULT;

  /**
   * The default value of the '{@link #getTracker() <em>Tracker</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTracker()
   * @generated
   * @ordered
   */
  protected static final String TRACKER_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getTracker() <em>Tracker</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTracker()
   * @generated
   * @ordered
   */
  protected String tracker = TRACKER_EDEFAULT;

  /**
   * The cached value of the '{@link #getAffects() <em>Affects</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAffects()
   * @generated
   * @ordered
   */
  protected EList<Element> affects;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected WorkItemImpl()
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
    return BatonPackage.Literals.WORK_ITEM;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public WorkStatus getStatus()
  {
    return status;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStatus(WorkStatus newStatus)
  {
    WorkStatus oldStatus = status;
    status = newStatus == null ? STATUS_EDEFAULT : newStatus;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.WORK_ITEM__STATUS, oldStatus, status));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getDue()
  {
    return due;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDue(LocalDate newDue)
  {
    LocalDate oldDue = due;
    due = newDue;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.WORK_ITEM__DUE, oldDue, due));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getTracker()
  {
    return tracker;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTracker(String newTracker)
  {
    String oldTracker = tracker;
    tracker = newTracker;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.WORK_ITEM__TRACKER, oldTracker, tracker));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Element> getAffects()
  {
    if (affects == null)
    {
      affects = new EObjectEList<Element>(Element.class, this, BatonPackage.WORK_ITEM__AFFECTS);
    }
    return affects;
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
      case BatonPackage.WORK_ITEM__STATUS:
        return getStatus();
      case BatonPackage.WORK_ITEM__DUE:
        return getDue();
      case BatonPackage.WORK_ITEM__TRACKER:
        return getTracker();
      case BatonPackage.WORK_ITEM__AFFECTS:
        return getAffects();
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
      case BatonPackage.WORK_ITEM__STATUS:
        setStatus((WorkStatus)newValue);
        return;
      case BatonPackage.WORK_ITEM__DUE:
        setDue((LocalDate)newValue);
        return;
      case BatonPackage.WORK_ITEM__TRACKER:
        setTracker((String)newValue);
        return;
      case BatonPackage.WORK_ITEM__AFFECTS:
        getAffects().clear();
        getAffects().addAll((Collection<? extends Element>)newValue);
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
      case BatonPackage.WORK_ITEM__STATUS:
        setStatus(STATUS_EDEFAULT);
        return;
      case BatonPackage.WORK_ITEM__DUE:
        setDue(DUE_EDEFAULT);
        return;
      case BatonPackage.WORK_ITEM__TRACKER:
        setTracker(TRACKER_EDEFAULT);
        return;
      case BatonPackage.WORK_ITEM__AFFECTS:
        getAffects().clear();
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
      case BatonPackage.WORK_ITEM__STATUS:
        return status != STATUS_EDEFAULT;
      case BatonPackage.WORK_ITEM__DUE:
        return DUE_EDEFAULT == null ? due != null : !DUE_EDEFAULT.equals(due);
      case BatonPackage.WORK_ITEM__TRACKER:
        return TRACKER_EDEFAULT == null ? tracker != null : !TRACKER_EDEFAULT.equals(tracker);
      case BatonPackage.WORK_ITEM__AFFECTS:
        return affects != null && !affects.isEmpty();
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
    result.append(" (status: "); //$NON-NLS-1$
    result.append(status);
    result.append(", due: "); //$NON-NLS-1$
    result.append(due);
    result.append(", tracker: "); //$NON-NLS-1$
    result.append(tracker);
    result.append(')');
    return result.toString();
  }

} //WorkItemImpl
