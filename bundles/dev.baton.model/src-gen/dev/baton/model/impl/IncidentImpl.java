/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Element;
import dev.baton.model.Incident;

import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Incident</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.IncidentImpl#getDate <em>Date</em>}</li>
 *   <li>{@link dev.baton.model.impl.IncidentImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link dev.baton.model.impl.IncidentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.impl.IncidentImpl#getAffects <em>Affects</em>}</li>
 *   <li>{@link dev.baton.model.impl.IncidentImpl#getPostmortem <em>Postmortem</em>}</li>
 *   <li>{@link dev.baton.model.impl.IncidentImpl#getRootCause <em>Root Cause</em>}</li>
 *   <li>{@link dev.baton.model.impl.IncidentImpl#getFollowUps <em>Follow Ups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IncidentImpl extends RecordImpl implements Incident
{
  /**
   * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDate()
   * @generated
   * @ordered
   */
  protected LocalDate date = DATE_EDEFAULT;

  /**
   * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSeverity()
   * @generated
   * @ordered
   */
  protected static final String SEVERITY_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSeverity()
   * @generated
   * @ordered
   */
  protected String severity = SEVERITY_EDEFAULT;

  /**
   * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected static final String STATUS_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected String status = STATUS_EDEFAULT;

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
   * The default value of the '{@link #getPostmortem() <em>Postmortem</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPostmortem()
   * @generated
   * @ordered
   */
  protected static final String POSTMORTEM_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getPostmortem() <em>Postmortem</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPostmortem()
   * @generated
   * @ordered
   */
  protected String postmortem = POSTMORTEM_EDEFAULT;

  /**
   * The default value of the '{@link #getRootCause() <em>Root Cause</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRootCause()
   * @generated
   * @ordered
   */
  protected static final String ROOT_CAUSE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getRootCause() <em>Root Cause</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRootCause()
   * @generated
   * @ordered
   */
  protected String rootCause = ROOT_CAUSE_EDEFAULT;

  /**
   * The cached value of the '{@link #getFollowUps() <em>Follow Ups</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getFollowUps()
   * @generated
   * @ordered
   */
  protected EList<String> followUps;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected IncidentImpl()
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
    return BatonPackage.Literals.INCIDENT;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getDate()
  {
    return date;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDate(LocalDate newDate)
  {
    LocalDate oldDate = date;
    date = newDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.INCIDENT__DATE, oldDate, date));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getSeverity()
  {
    return severity;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSeverity(String newSeverity)
  {
    String oldSeverity = severity;
    severity = newSeverity;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.INCIDENT__SEVERITY, oldSeverity, severity));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getStatus()
  {
    return status;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStatus(String newStatus)
  {
    String oldStatus = status;
    status = newStatus;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.INCIDENT__STATUS, oldStatus, status));
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
      affects = new EObjectEList<Element>(Element.class, this, BatonPackage.INCIDENT__AFFECTS);
    }
    return affects;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getPostmortem()
  {
    return postmortem;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setPostmortem(String newPostmortem)
  {
    String oldPostmortem = postmortem;
    postmortem = newPostmortem;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.INCIDENT__POSTMORTEM, oldPostmortem, postmortem));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getRootCause()
  {
    return rootCause;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRootCause(String newRootCause)
  {
    String oldRootCause = rootCause;
    rootCause = newRootCause;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.INCIDENT__ROOT_CAUSE, oldRootCause, rootCause));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<String> getFollowUps()
  {
    if (followUps == null)
    {
      followUps = new EDataTypeUniqueEList<String>(String.class, this, BatonPackage.INCIDENT__FOLLOW_UPS);
    }
    return followUps;
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
      case BatonPackage.INCIDENT__DATE:
        return getDate();
      case BatonPackage.INCIDENT__SEVERITY:
        return getSeverity();
      case BatonPackage.INCIDENT__STATUS:
        return getStatus();
      case BatonPackage.INCIDENT__AFFECTS:
        return getAffects();
      case BatonPackage.INCIDENT__POSTMORTEM:
        return getPostmortem();
      case BatonPackage.INCIDENT__ROOT_CAUSE:
        return getRootCause();
      case BatonPackage.INCIDENT__FOLLOW_UPS:
        return getFollowUps();
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
      case BatonPackage.INCIDENT__DATE:
        setDate((LocalDate)newValue);
        return;
      case BatonPackage.INCIDENT__SEVERITY:
        setSeverity((String)newValue);
        return;
      case BatonPackage.INCIDENT__STATUS:
        setStatus((String)newValue);
        return;
      case BatonPackage.INCIDENT__AFFECTS:
        getAffects().clear();
        getAffects().addAll((Collection<? extends Element>)newValue);
        return;
      case BatonPackage.INCIDENT__POSTMORTEM:
        setPostmortem((String)newValue);
        return;
      case BatonPackage.INCIDENT__ROOT_CAUSE:
        setRootCause((String)newValue);
        return;
      case BatonPackage.INCIDENT__FOLLOW_UPS:
        getFollowUps().clear();
        getFollowUps().addAll((Collection<? extends String>)newValue);
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
      case BatonPackage.INCIDENT__DATE:
        setDate(DATE_EDEFAULT);
        return;
      case BatonPackage.INCIDENT__SEVERITY:
        setSeverity(SEVERITY_EDEFAULT);
        return;
      case BatonPackage.INCIDENT__STATUS:
        setStatus(STATUS_EDEFAULT);
        return;
      case BatonPackage.INCIDENT__AFFECTS:
        getAffects().clear();
        return;
      case BatonPackage.INCIDENT__POSTMORTEM:
        setPostmortem(POSTMORTEM_EDEFAULT);
        return;
      case BatonPackage.INCIDENT__ROOT_CAUSE:
        setRootCause(ROOT_CAUSE_EDEFAULT);
        return;
      case BatonPackage.INCIDENT__FOLLOW_UPS:
        getFollowUps().clear();
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
      case BatonPackage.INCIDENT__DATE:
        return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
      case BatonPackage.INCIDENT__SEVERITY:
        return SEVERITY_EDEFAULT == null ? severity != null : !SEVERITY_EDEFAULT.equals(severity);
      case BatonPackage.INCIDENT__STATUS:
        return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
      case BatonPackage.INCIDENT__AFFECTS:
        return affects != null && !affects.isEmpty();
      case BatonPackage.INCIDENT__POSTMORTEM:
        return POSTMORTEM_EDEFAULT == null ? postmortem != null : !POSTMORTEM_EDEFAULT.equals(postmortem);
      case BatonPackage.INCIDENT__ROOT_CAUSE:
        return ROOT_CAUSE_EDEFAULT == null ? rootCause != null : !ROOT_CAUSE_EDEFAULT.equals(rootCause);
      case BatonPackage.INCIDENT__FOLLOW_UPS:
        return followUps != null && !followUps.isEmpty();
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
    result.append(" (date: "); //$NON-NLS-1$
    result.append(date);
    result.append(", severity: "); //$NON-NLS-1$
    result.append(severity);
    result.append(", status: "); //$NON-NLS-1$
    result.append(status);
    result.append(", postmortem: "); //$NON-NLS-1$
    result.append(postmortem);
    result.append(", rootCause: "); //$NON-NLS-1$
    result.append(rootCause);
    result.append(", followUps: "); //$NON-NLS-1$
    result.append(followUps);
    result.append(')');
    return result.toString();
  }

} //IncidentImpl
