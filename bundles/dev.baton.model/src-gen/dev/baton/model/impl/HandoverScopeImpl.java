/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Element;
import dev.baton.model.HandoverScope;
import dev.baton.model.Party;

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
 * An implementation of the model object '<em><b>Handover Scope</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.HandoverScopeImpl#getFrom <em>From</em>}</li>
 *   <li>{@link dev.baton.model.impl.HandoverScopeImpl#getTo <em>To</em>}</li>
 *   <li>{@link dev.baton.model.impl.HandoverScopeImpl#getHandoverDate <em>Handover Date</em>}</li>
 *   <li>{@link dev.baton.model.impl.HandoverScopeImpl#getSupportUntil <em>Support Until</em>}</li>
 *   <li>{@link dev.baton.model.impl.HandoverScopeImpl#getIncludes <em>Includes</em>}</li>
 *   <li>{@link dev.baton.model.impl.HandoverScopeImpl#getExcluded <em>Excluded</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HandoverScopeImpl extends RecordImpl implements HandoverScope
{
  /**
   * The cached value of the '{@link #getFrom() <em>From</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getFrom()
   * @generated
   * @ordered
   */
  protected EList<Party> from;

  /**
   * The cached value of the '{@link #getTo() <em>To</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTo()
   * @generated
   * @ordered
   */
  protected EList<Party> to;

  /**
   * The default value of the '{@link #getHandoverDate() <em>Handover Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getHandoverDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate HANDOVER_DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getHandoverDate() <em>Handover Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getHandoverDate()
   * @generated
   * @ordered
   */
  protected LocalDate handoverDate = HANDOVER_DATE_EDEFAULT;

  /**
   * The default value of the '{@link #getSupportUntil() <em>Support Until</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSupportUntil()
   * @generated
   * @ordered
   */
  protected static final LocalDate SUPPORT_UNTIL_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getSupportUntil() <em>Support Until</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSupportUntil()
   * @generated
   * @ordered
   */
  protected LocalDate supportUntil = SUPPORT_UNTIL_EDEFAULT;

  /**
   * The cached value of the '{@link #getIncludes() <em>Includes</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getIncludes()
   * @generated
   * @ordered
   */
  protected EList<Element> includes;

  /**
   * The cached value of the '{@link #getExcluded() <em>Excluded</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getExcluded()
   * @generated
   * @ordered
   */
  protected EList<String> excluded;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected HandoverScopeImpl()
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
    return BatonPackage.Literals.HANDOVER_SCOPE;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Party> getFrom()
  {
    if (from == null)
    {
      from = new EObjectEList<Party>(Party.class, this, BatonPackage.HANDOVER_SCOPE__FROM);
    }
    return from;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Party> getTo()
  {
    if (to == null)
    {
      to = new EObjectEList<Party>(Party.class, this, BatonPackage.HANDOVER_SCOPE__TO);
    }
    return to;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getHandoverDate()
  {
    return handoverDate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setHandoverDate(LocalDate newHandoverDate)
  {
    LocalDate oldHandoverDate = handoverDate;
    handoverDate = newHandoverDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.HANDOVER_SCOPE__HANDOVER_DATE, oldHandoverDate, handoverDate));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getSupportUntil()
  {
    return supportUntil;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSupportUntil(LocalDate newSupportUntil)
  {
    LocalDate oldSupportUntil = supportUntil;
    supportUntil = newSupportUntil;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.HANDOVER_SCOPE__SUPPORT_UNTIL, oldSupportUntil, supportUntil));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Element> getIncludes()
  {
    if (includes == null)
    {
      includes = new EObjectEList<Element>(Element.class, this, BatonPackage.HANDOVER_SCOPE__INCLUDES);
    }
    return includes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<String> getExcluded()
  {
    if (excluded == null)
    {
      excluded = new EDataTypeUniqueEList<String>(String.class, this, BatonPackage.HANDOVER_SCOPE__EXCLUDED);
    }
    return excluded;
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
      case BatonPackage.HANDOVER_SCOPE__FROM:
        return getFrom();
      case BatonPackage.HANDOVER_SCOPE__TO:
        return getTo();
      case BatonPackage.HANDOVER_SCOPE__HANDOVER_DATE:
        return getHandoverDate();
      case BatonPackage.HANDOVER_SCOPE__SUPPORT_UNTIL:
        return getSupportUntil();
      case BatonPackage.HANDOVER_SCOPE__INCLUDES:
        return getIncludes();
      case BatonPackage.HANDOVER_SCOPE__EXCLUDED:
        return getExcluded();
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
      case BatonPackage.HANDOVER_SCOPE__FROM:
        getFrom().clear();
        getFrom().addAll((Collection<? extends Party>)newValue);
        return;
      case BatonPackage.HANDOVER_SCOPE__TO:
        getTo().clear();
        getTo().addAll((Collection<? extends Party>)newValue);
        return;
      case BatonPackage.HANDOVER_SCOPE__HANDOVER_DATE:
        setHandoverDate((LocalDate)newValue);
        return;
      case BatonPackage.HANDOVER_SCOPE__SUPPORT_UNTIL:
        setSupportUntil((LocalDate)newValue);
        return;
      case BatonPackage.HANDOVER_SCOPE__INCLUDES:
        getIncludes().clear();
        getIncludes().addAll((Collection<? extends Element>)newValue);
        return;
      case BatonPackage.HANDOVER_SCOPE__EXCLUDED:
        getExcluded().clear();
        getExcluded().addAll((Collection<? extends String>)newValue);
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
      case BatonPackage.HANDOVER_SCOPE__FROM:
        getFrom().clear();
        return;
      case BatonPackage.HANDOVER_SCOPE__TO:
        getTo().clear();
        return;
      case BatonPackage.HANDOVER_SCOPE__HANDOVER_DATE:
        setHandoverDate(HANDOVER_DATE_EDEFAULT);
        return;
      case BatonPackage.HANDOVER_SCOPE__SUPPORT_UNTIL:
        setSupportUntil(SUPPORT_UNTIL_EDEFAULT);
        return;
      case BatonPackage.HANDOVER_SCOPE__INCLUDES:
        getIncludes().clear();
        return;
      case BatonPackage.HANDOVER_SCOPE__EXCLUDED:
        getExcluded().clear();
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
      case BatonPackage.HANDOVER_SCOPE__FROM:
        return from != null && !from.isEmpty();
      case BatonPackage.HANDOVER_SCOPE__TO:
        return to != null && !to.isEmpty();
      case BatonPackage.HANDOVER_SCOPE__HANDOVER_DATE:
        return HANDOVER_DATE_EDEFAULT == null ? handoverDate != null : !HANDOVER_DATE_EDEFAULT.equals(handoverDate);
      case BatonPackage.HANDOVER_SCOPE__SUPPORT_UNTIL:
        return SUPPORT_UNTIL_EDEFAULT == null ? supportUntil != null : !SUPPORT_UNTIL_EDEFAULT.equals(supportUntil);
      case BatonPackage.HANDOVER_SCOPE__INCLUDES:
        return includes != null && !includes.isEmpty();
      case BatonPackage.HANDOVER_SCOPE__EXCLUDED:
        return excluded != null && !excluded.isEmpty();
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
    result.append(" (handoverDate: "); //$NON-NLS-1$
    result.append(handoverDate);
    result.append(", supportUntil: "); //$NON-NLS-1$
    result.append(supportUntil);
    result.append(", excluded: "); //$NON-NLS-1$
    result.append(excluded);
    result.append(')');
    return result.toString();
  }

} //HandoverScopeImpl
