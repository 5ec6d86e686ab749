/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.ControlStatus;
import dev.baton.model.Element;
import dev.baton.model.SecurityControl;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Security Control</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.SecurityControlImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.baton.model.impl.SecurityControlImpl#getFramework <em>Framework</em>}</li>
 *   <li>{@link dev.baton.model.impl.SecurityControlImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.impl.SecurityControlImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link dev.baton.model.impl.SecurityControlImpl#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SecurityControlImpl extends RecordImpl implements SecurityControl
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
   * The default value of the '{@link #getFramework() <em>Framework</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getFramework()
   * @generated
   * @ordered
   */
  protected static final String FRAMEWORK_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getFramework() <em>Framework</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getFramework()
   * @generated
   * @ordered
   */
  protected String framework = FRAMEWORK_EDEFAULT;

  /**
   * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected static final ControlStatus STATUS_EDEFAULT = ControlStatus.UNSPECIFIED;

  /**
   * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected ControlStatus status = STATUS_EDEFAULT;

  /**
   * The default value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEvidence()
   * @generated
   * @ordered
   */
  protected static final String EVIDENCE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEvidence()
   * @generated
   * @ordered
   */
  protected String evidence = EVIDENCE_EDEFAULT;

  /**
   * The cached value of the '{@link #getCovers() <em>Covers</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCovers()
   * @generated
   * @ordered
   */
  protected EList<Element> covers;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected SecurityControlImpl()
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
    return BatonPackage.Literals.SECURITY_CONTROL;
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
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.SECURITY_CONTROL__KIND, oldKind, kind));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getFramework()
  {
    return framework;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setFramework(String newFramework)
  {
    String oldFramework = framework;
    framework = newFramework;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.SECURITY_CONTROL__FRAMEWORK, oldFramework, framework));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public ControlStatus getStatus()
  {
    return status;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStatus(ControlStatus newStatus)
  {
    ControlStatus oldStatus = status;
    status = newStatus == null ? STATUS_EDEFAULT : newStatus;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.SECURITY_CONTROL__STATUS, oldStatus, status));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getEvidence()
  {
    return evidence;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setEvidence(String newEvidence)
  {
    String oldEvidence = evidence;
    evidence = newEvidence;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.SECURITY_CONTROL__EVIDENCE, oldEvidence, evidence));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Element> getCovers()
  {
    if (covers == null)
    {
      covers = new EObjectEList<Element>(Element.class, this, BatonPackage.SECURITY_CONTROL__COVERS);
    }
    return covers;
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
      case BatonPackage.SECURITY_CONTROL__KIND:
        return getKind();
      case BatonPackage.SECURITY_CONTROL__FRAMEWORK:
        return getFramework();
      case BatonPackage.SECURITY_CONTROL__STATUS:
        return getStatus();
      case BatonPackage.SECURITY_CONTROL__EVIDENCE:
        return getEvidence();
      case BatonPackage.SECURITY_CONTROL__COVERS:
        return getCovers();
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
      case BatonPackage.SECURITY_CONTROL__KIND:
        setKind((String)newValue);
        return;
      case BatonPackage.SECURITY_CONTROL__FRAMEWORK:
        setFramework((String)newValue);
        return;
      case BatonPackage.SECURITY_CONTROL__STATUS:
        setStatus((ControlStatus)newValue);
        return;
      case BatonPackage.SECURITY_CONTROL__EVIDENCE:
        setEvidence((String)newValue);
        return;
      case BatonPackage.SECURITY_CONTROL__COVERS:
        getCovers().clear();
        getCovers().addAll((Collection<? extends Element>)newValue);
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
      case BatonPackage.SECURITY_CONTROL__KIND:
        setKind(KIND_EDEFAULT);
        return;
      case BatonPackage.SECURITY_CONTROL__FRAMEWORK:
        setFramework(FRAMEWORK_EDEFAULT);
        return;
      case BatonPackage.SECURITY_CONTROL__STATUS:
        setStatus(STATUS_EDEFAULT);
        return;
      case BatonPackage.SECURITY_CONTROL__EVIDENCE:
        setEvidence(EVIDENCE_EDEFAULT);
        return;
      case BatonPackage.SECURITY_CONTROL__COVERS:
        getCovers().clear();
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
      case BatonPackage.SECURITY_CONTROL__KIND:
        return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
      case BatonPackage.SECURITY_CONTROL__FRAMEWORK:
        return FRAMEWORK_EDEFAULT == null ? framework != null : !FRAMEWORK_EDEFAULT.equals(framework);
      case BatonPackage.SECURITY_CONTROL__STATUS:
        return status != STATUS_EDEFAULT;
      case BatonPackage.SECURITY_CONTROL__EVIDENCE:
        return EVIDENCE_EDEFAULT == null ? evidence != null : !EVIDENCE_EDEFAULT.equals(evidence);
      case BatonPackage.SECURITY_CONTROL__COVERS:
        return covers != null && !covers.isEmpty();
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
    result.append(", framework: "); //$NON-NLS-1$
    result.append(framework);
    result.append(", status: "); //$NON-NLS-1$
    result.append(status);
    result.append(", evidence: "); //$NON-NLS-1$
    result.append(evidence);
    result.append(')');
    return result.toString();
  }

} //SecurityControlImpl
