/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.AcceptanceCheck;
import dev.baton.model.BatonPackage;
import dev.baton.model.CheckStatus;
import dev.baton.model.Party;
import dev.baton.model.Runbook;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Acceptance Check</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.AcceptanceCheckImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.baton.model.impl.AcceptanceCheckImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.impl.AcceptanceCheckImpl#getSignedOffBy <em>Signed Off By</em>}</li>
 *   <li>{@link dev.baton.model.impl.AcceptanceCheckImpl#getSignedOffOn <em>Signed Off On</em>}</li>
 *   <li>{@link dev.baton.model.impl.AcceptanceCheckImpl#getRunbook <em>Runbook</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AcceptanceCheckImpl extends RecordImpl implements AcceptanceCheck
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
   * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected static final CheckStatus STATUS_EDEFAULT = CheckStatus.PENDING;

  /**
   * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected CheckStatus status = STATUS_EDEFAULT;

  /**
   * The cached value of the '{@link #getSignedOffBy() <em>Signed Off By</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSignedOffBy()
   * @generated
   * @ordered
   */
  protected Party signedOffBy;

  /**
   * The default value of the '{@link #getSignedOffOn() <em>Signed Off On</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSignedOffOn()
   * @generated
   * @ordered
   */
  protected static final LocalDate SIGNED_OFF_ON_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getSignedOffOn() <em>Signed Off On</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSignedOffOn()
   * @generated
   * @ordered
   */
  protected LocalDate signedOffOn = SIGNED_OFF_ON_EDEFAULT;

  /**
   * The cached value of the '{@link #getRunbook() <em>Runbook</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRunbook()
   * @generated
   * @ordered
   */
  protected Runbook runbook;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected AcceptanceCheckImpl()
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
    return BatonPackage.Literals.ACCEPTANCE_CHECK;
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
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCEPTANCE_CHECK__KIND, oldKind, kind));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public CheckStatus getStatus()
  {
    return status;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStatus(CheckStatus newStatus)
  {
    CheckStatus oldStatus = status;
    status = newStatus == null ? STATUS_EDEFAULT : newStatus;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCEPTANCE_CHECK__STATUS, oldStatus, status));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Party getSignedOffBy()
  {
    return signedOffBy;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSignedOffBy(Party newSignedOffBy)
  {
    Party oldSignedOffBy = signedOffBy;
    signedOffBy = newSignedOffBy;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCEPTANCE_CHECK__SIGNED_OFF_BY, oldSignedOffBy, signedOffBy));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getSignedOffOn()
  {
    return signedOffOn;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSignedOffOn(LocalDate newSignedOffOn)
  {
    LocalDate oldSignedOffOn = signedOffOn;
    signedOffOn = newSignedOffOn;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCEPTANCE_CHECK__SIGNED_OFF_ON, oldSignedOffOn, signedOffOn));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Runbook getRunbook()
  {
    return runbook;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRunbook(Runbook newRunbook)
  {
    Runbook oldRunbook = runbook;
    runbook = newRunbook;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCEPTANCE_CHECK__RUNBOOK, oldRunbook, runbook));
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
      case BatonPackage.ACCEPTANCE_CHECK__KIND:
        return getKind();
      case BatonPackage.ACCEPTANCE_CHECK__STATUS:
        return getStatus();
      case BatonPackage.ACCEPTANCE_CHECK__SIGNED_OFF_BY:
        return getSignedOffBy();
      case BatonPackage.ACCEPTANCE_CHECK__SIGNED_OFF_ON:
        return getSignedOffOn();
      case BatonPackage.ACCEPTANCE_CHECK__RUNBOOK:
        return getRunbook();
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
      case BatonPackage.ACCEPTANCE_CHECK__KIND:
        setKind((String)newValue);
        return;
      case BatonPackage.ACCEPTANCE_CHECK__STATUS:
        setStatus((CheckStatus)newValue);
        return;
      case BatonPackage.ACCEPTANCE_CHECK__SIGNED_OFF_BY:
        setSignedOffBy((Party)newValue);
        return;
      case BatonPackage.ACCEPTANCE_CHECK__SIGNED_OFF_ON:
        setSignedOffOn((LocalDate)newValue);
        return;
      case BatonPackage.ACCEPTANCE_CHECK__RUNBOOK:
        setRunbook((Runbook)newValue);
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
      case BatonPackage.ACCEPTANCE_CHECK__KIND:
        setKind(KIND_EDEFAULT);
        return;
      case BatonPackage.ACCEPTANCE_CHECK__STATUS:
        setStatus(STATUS_EDEFAULT);
        return;
      case BatonPackage.ACCEPTANCE_CHECK__SIGNED_OFF_BY:
        setSignedOffBy((Party)null);
        return;
      case BatonPackage.ACCEPTANCE_CHECK__SIGNED_OFF_ON:
        setSignedOffOn(SIGNED_OFF_ON_EDEFAULT);
        return;
      case BatonPackage.ACCEPTANCE_CHECK__RUNBOOK:
        setRunbook((Runbook)null);
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
      case BatonPackage.ACCEPTANCE_CHECK__KIND:
        return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
      case BatonPackage.ACCEPTANCE_CHECK__STATUS:
        return status != STATUS_EDEFAULT;
      case BatonPackage.ACCEPTANCE_CHECK__SIGNED_OFF_BY:
        return signedOffBy != null;
      case BatonPackage.ACCEPTANCE_CHECK__SIGNED_OFF_ON:
        return SIGNED_OFF_ON_EDEFAULT == null ? signedOffOn != null : !SIGNED_OFF_ON_EDEFAULT.equals(signedOffOn);
      case BatonPackage.ACCEPTANCE_CHECK__RUNBOOK:
        return runbook != null;
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
    result.append(", status: "); //$NON-NLS-1$
    result.append(status);
    result.append(", signedOffOn: "); //$NON-NLS-1$
    result.append(signedOffOn);
    result.append(')');
    return result.toString();
  }

} //AcceptanceCheckImpl
