/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Commitment;
import dev.baton.model.Element;

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
 * An implementation of the model object '<em><b>Commitment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.CommitmentImpl#getMadeTo <em>Made To</em>}</li>
 *   <li>{@link dev.baton.model.impl.CommitmentImpl#getAudience <em>Audience</em>}</li>
 *   <li>{@link dev.baton.model.impl.CommitmentImpl#getDue <em>Due</em>}</li>
 *   <li>{@link dev.baton.model.impl.CommitmentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.impl.CommitmentImpl#getAffects <em>Affects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommitmentImpl extends RecordImpl implements Commitment
{
  /**
   * The default value of the '{@link #getMadeTo() <em>Made To</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMadeTo()
   * @generated
   * @ordered
   */
  protected static final String MADE_TO_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getMadeTo() <em>Made To</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMadeTo()
   * @generated
   * @ordered
   */
  protected String madeTo = MADE_TO_EDEFAULT;

  /**
   * The default value of the '{@link #getAudience() <em>Audience</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAudience()
   * @generated
   * @ordered
   */
  protected static final String AUDIENCE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getAudience() <em>Audience</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAudience()
   * @generated
   * @ordered
   */
  protected String audience = AUDIENCE_EDEFAULT;

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
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected CommitmentImpl()
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
    return BatonPackage.Literals.COMMITMENT;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getMadeTo()
  {
    return madeTo;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setMadeTo(String newMadeTo)
  {
    String oldMadeTo = madeTo;
    madeTo = newMadeTo;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COMMITMENT__MADE_TO, oldMadeTo, madeTo));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getAudience()
  {
    return audience;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAudience(String newAudience)
  {
    String oldAudience = audience;
    audience = newAudience;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COMMITMENT__AUDIENCE, oldAudience, audience));
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
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COMMITMENT__DUE, oldDue, due));
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
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COMMITMENT__STATUS, oldStatus, status));
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
      affects = new EObjectEList<Element>(Element.class, this, BatonPackage.COMMITMENT__AFFECTS);
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
      case BatonPackage.COMMITMENT__MADE_TO:
        return getMadeTo();
      case BatonPackage.COMMITMENT__AUDIENCE:
        return getAudience();
      case BatonPackage.COMMITMENT__DUE:
        return getDue();
      case BatonPackage.COMMITMENT__STATUS:
        return getStatus();
      case BatonPackage.COMMITMENT__AFFECTS:
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
      case BatonPackage.COMMITMENT__MADE_TO:
        setMadeTo((String)newValue);
        return;
      case BatonPackage.COMMITMENT__AUDIENCE:
        setAudience((String)newValue);
        return;
      case BatonPackage.COMMITMENT__DUE:
        setDue((LocalDate)newValue);
        return;
      case BatonPackage.COMMITMENT__STATUS:
        setStatus((String)newValue);
        return;
      case BatonPackage.COMMITMENT__AFFECTS:
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
      case BatonPackage.COMMITMENT__MADE_TO:
        setMadeTo(MADE_TO_EDEFAULT);
        return;
      case BatonPackage.COMMITMENT__AUDIENCE:
        setAudience(AUDIENCE_EDEFAULT);
        return;
      case BatonPackage.COMMITMENT__DUE:
        setDue(DUE_EDEFAULT);
        return;
      case BatonPackage.COMMITMENT__STATUS:
        setStatus(STATUS_EDEFAULT);
        return;
      case BatonPackage.COMMITMENT__AFFECTS:
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
      case BatonPackage.COMMITMENT__MADE_TO:
        return MADE_TO_EDEFAULT == null ? madeTo != null : !MADE_TO_EDEFAULT.equals(madeTo);
      case BatonPackage.COMMITMENT__AUDIENCE:
        return AUDIENCE_EDEFAULT == null ? audience != null : !AUDIENCE_EDEFAULT.equals(audience);
      case BatonPackage.COMMITMENT__DUE:
        return DUE_EDEFAULT == null ? due != null : !DUE_EDEFAULT.equals(due);
      case BatonPackage.COMMITMENT__STATUS:
        return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
      case BatonPackage.COMMITMENT__AFFECTS:
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
    result.append(" (madeTo: "); //$NON-NLS-1$
    result.append(madeTo);
    result.append(", audience: "); //$NON-NLS-1$
    result.append(audience);
    result.append(", due: "); //$NON-NLS-1$
    result.append(due);
    result.append(", status: "); //$NON-NLS-1$
    result.append(status);
    result.append(')');
    return result.toString();
  }

} //CommitmentImpl
