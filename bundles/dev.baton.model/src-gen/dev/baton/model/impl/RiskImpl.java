/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Element;
import dev.baton.model.Level;
import dev.baton.model.Risk;
import dev.baton.model.RiskKind;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Risk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.RiskImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.baton.model.impl.RiskImpl#getLikelihood <em>Likelihood</em>}</li>
 *   <li>{@link dev.baton.model.impl.RiskImpl#getImpact <em>Impact</em>}</li>
 *   <li>{@link dev.baton.model.impl.RiskImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.impl.RiskImpl#getAffects <em>Affects</em>}</li>
 *   <li>{@link dev.baton.model.impl.RiskImpl#getMitigation <em>Mitigation</em>}</li>
 *   <li>{@link dev.baton.model.impl.RiskImpl#getMitigationTried <em>Mitigation Tried</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RiskImpl extends RecordImpl implements Risk
{
  /**
   * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKind()
   * @generated
   * @ordered
   */
  protected static final RiskKind KIND_EDEFAULT = RiskKind.RISK;

  /**
   * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKind()
   * @generated
   * @ordered
   */
  protected RiskKind kind = KIND_EDEFAULT;

  /**
   * The default value of the '{@link #getLikelihood() <em>Likelihood</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLikelihood()
   * @generated
   * @ordered
   */
  protected static final Level LIKELIHOOD_EDEFAULT = Level.UNSPECIFIED;

  /**
   * The cached value of the '{@link #getLikelihood() <em>Likelihood</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLikelihood()
   * @generated
   * @ordered
   */
  protected Level likelihood = LIKELIHOOD_EDEFAULT;

  /**
   * The default value of the '{@link #getImpact() <em>Impact</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getImpact()
   * @generated
   * @ordered
   */
  protected static final Level IMPACT_EDEFAULT = Level.UNSPECIFIED;

  /**
   * The cached value of the '{@link #getImpact() <em>Impact</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getImpact()
   * @generated
   * @ordered
   */
  protected Level impact = IMPACT_EDEFAULT;

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
   * The default value of the '{@link #getMitigation() <em>Mitigation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMitigation()
   * @generated
   * @ordered
   */
  protected static final String MITIGATION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getMitigation() <em>Mitigation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMitigation()
   * @generated
   * @ordered
   */
  protected String mitigation = MITIGATION_EDEFAULT;

  /**
   * The default value of the '{@link #getMitigationTried() <em>Mitigation Tried</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMitigationTried()
   * @generated
   * @ordered
   */
  protected static final String MITIGATION_TRIED_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getMitigationTried() <em>Mitigation Tried</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMitigationTried()
   * @generated
   * @ordered
   */
  protected String mitigationTried = MITIGATION_TRIED_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected RiskImpl()
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
    return BatonPackage.Literals.RISK;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public RiskKind getKind()
  {
    return kind;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setKind(RiskKind newKind)
  {
    RiskKind oldKind = kind;
    kind = newKind == null ? KIND_EDEFAULT : newKind;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RISK__KIND, oldKind, kind));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Level getLikelihood()
  {
    return likelihood;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLikelihood(Level newLikelihood)
  {
    Level oldLikelihood = likelihood;
    likelihood = newLikelihood == null ? LIKELIHOOD_EDEFAULT : newLikelihood;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RISK__LIKELIHOOD, oldLikelihood, likelihood));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Level getImpact()
  {
    return impact;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setImpact(Level newImpact)
  {
    Level oldImpact = impact;
    impact = newImpact == null ? IMPACT_EDEFAULT : newImpact;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RISK__IMPACT, oldImpact, impact));
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
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RISK__STATUS, oldStatus, status));
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
      affects = new EObjectEList<Element>(Element.class, this, BatonPackage.RISK__AFFECTS);
    }
    return affects;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getMitigation()
  {
    return mitigation;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setMitigation(String newMitigation)
  {
    String oldMitigation = mitigation;
    mitigation = newMitigation;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RISK__MITIGATION, oldMitigation, mitigation));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getMitigationTried()
  {
    return mitigationTried;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setMitigationTried(String newMitigationTried)
  {
    String oldMitigationTried = mitigationTried;
    mitigationTried = newMitigationTried;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RISK__MITIGATION_TRIED, oldMitigationTried, mitigationTried));
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
      case BatonPackage.RISK__KIND:
        return getKind();
      case BatonPackage.RISK__LIKELIHOOD:
        return getLikelihood();
      case BatonPackage.RISK__IMPACT:
        return getImpact();
      case BatonPackage.RISK__STATUS:
        return getStatus();
      case BatonPackage.RISK__AFFECTS:
        return getAffects();
      case BatonPackage.RISK__MITIGATION:
        return getMitigation();
      case BatonPackage.RISK__MITIGATION_TRIED:
        return getMitigationTried();
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
      case BatonPackage.RISK__KIND:
        setKind((RiskKind)newValue);
        return;
      case BatonPackage.RISK__LIKELIHOOD:
        setLikelihood((Level)newValue);
        return;
      case BatonPackage.RISK__IMPACT:
        setImpact((Level)newValue);
        return;
      case BatonPackage.RISK__STATUS:
        setStatus((String)newValue);
        return;
      case BatonPackage.RISK__AFFECTS:
        getAffects().clear();
        getAffects().addAll((Collection<? extends Element>)newValue);
        return;
      case BatonPackage.RISK__MITIGATION:
        setMitigation((String)newValue);
        return;
      case BatonPackage.RISK__MITIGATION_TRIED:
        setMitigationTried((String)newValue);
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
      case BatonPackage.RISK__KIND:
        setKind(KIND_EDEFAULT);
        return;
      case BatonPackage.RISK__LIKELIHOOD:
        setLikelihood(LIKELIHOOD_EDEFAULT);
        return;
      case BatonPackage.RISK__IMPACT:
        setImpact(IMPACT_EDEFAULT);
        return;
      case BatonPackage.RISK__STATUS:
        setStatus(STATUS_EDEFAULT);
        return;
      case BatonPackage.RISK__AFFECTS:
        getAffects().clear();
        return;
      case BatonPackage.RISK__MITIGATION:
        setMitigation(MITIGATION_EDEFAULT);
        return;
      case BatonPackage.RISK__MITIGATION_TRIED:
        setMitigationTried(MITIGATION_TRIED_EDEFAULT);
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
      case BatonPackage.RISK__KIND:
        return kind != KIND_EDEFAULT;
      case BatonPackage.RISK__LIKELIHOOD:
        return likelihood != LIKELIHOOD_EDEFAULT;
      case BatonPackage.RISK__IMPACT:
        return impact != IMPACT_EDEFAULT;
      case BatonPackage.RISK__STATUS:
        return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
      case BatonPackage.RISK__AFFECTS:
        return affects != null && !affects.isEmpty();
      case BatonPackage.RISK__MITIGATION:
        return MITIGATION_EDEFAULT == null ? mitigation != null : !MITIGATION_EDEFAULT.equals(mitigation);
      case BatonPackage.RISK__MITIGATION_TRIED:
        return MITIGATION_TRIED_EDEFAULT == null ? mitigationTried != null : !MITIGATION_TRIED_EDEFAULT.equals(mitigationTried);
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
    result.append(", likelihood: "); //$NON-NLS-1$
    result.append(likelihood);
    result.append(", impact: "); //$NON-NLS-1$
    result.append(impact);
    result.append(", status: "); //$NON-NLS-1$
    result.append(status);
    result.append(", mitigation: "); //$NON-NLS-1$
    result.append(mitigation);
    result.append(", mitigationTried: "); //$NON-NLS-1$
    result.append(mitigationTried);
    result.append(')');
    return result.toString();
  }

} //RiskImpl
