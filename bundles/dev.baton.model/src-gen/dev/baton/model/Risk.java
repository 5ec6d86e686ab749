/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A risk, or accepted technical debt.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Risk#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.baton.model.Risk#getLikelihood <em>Likelihood</em>}</li>
 *   <li>{@link dev.baton.model.Risk#getImpact <em>Impact</em>}</li>
 *   <li>{@link dev.baton.model.Risk#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.Risk#getAffects <em>Affects</em>}</li>
 *   <li>{@link dev.baton.model.Risk#getMitigation <em>Mitigation</em>}</li>
 *   <li>{@link dev.baton.model.Risk#getMitigationTried <em>Mitigation Tried</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getRisk()
 * @model annotation="https://baton.dev/format kind='risk' folder='risks'"
 * @generated
 */
public interface Risk extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Kind</b></em>' attribute.
   * The literals are from the enumeration {@link dev.baton.model.RiskKind}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Kind</em>' attribute.
   * @see dev.baton.model.RiskKind
   * @see #setKind(RiskKind)
   * @see dev.baton.model.BatonPackage#getRisk_Kind()
   * @model
   * @generated
   */
  RiskKind getKind();

  /**
   * Sets the value of the '{@link dev.baton.model.Risk#getKind <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Kind</em>' attribute.
   * @see dev.baton.model.RiskKind
   * @see #getKind()
   * @generated
   */
  void setKind(RiskKind value);

  /**
   * Returns the value of the '<em><b>Likelihood</b></em>' attribute.
   * The literals are from the enumeration {@link dev.baton.model.Level}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Likelihood</em>' attribute.
   * @see dev.baton.model.Level
   * @see #setLikelihood(Level)
   * @see dev.baton.model.BatonPackage#getRisk_Likelihood()
   * @model
   * @generated
   */
  Level getLikelihood();

  /**
   * Sets the value of the '{@link dev.baton.model.Risk#getLikelihood <em>Likelihood</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Likelihood</em>' attribute.
   * @see dev.baton.model.Level
   * @see #getLikelihood()
   * @generated
   */
  void setLikelihood(Level value);

  /**
   * Returns the value of the '<em><b>Impact</b></em>' attribute.
   * The literals are from the enumeration {@link dev.baton.model.Level}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Impact</em>' attribute.
   * @see dev.baton.model.Level
   * @see #setImpact(Level)
   * @see dev.baton.model.BatonPackage#getRisk_Impact()
   * @model
   * @generated
   */
  Level getImpact();

  /**
   * Sets the value of the '{@link dev.baton.model.Risk#getImpact <em>Impact</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Impact</em>' attribute.
   * @see dev.baton.model.Level
   * @see #getImpact()
   * @generated
   */
  void setImpact(Level value);

  /**
   * Returns the value of the '<em><b>Status</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * open, mitigating, accepted, closed.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Status</em>' attribute.
   * @see #setStatus(String)
   * @see dev.baton.model.BatonPackage#getRisk_Status()
   * @model
   * @generated
   */
  String getStatus();

  /**
   * Sets the value of the '{@link dev.baton.model.Risk#getStatus <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Status</em>' attribute.
   * @see #getStatus()
   * @generated
   */
  void setStatus(String value);

  /**
   * Returns the value of the '<em><b>Affects</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Element}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Affects</em>' reference list.
   * @see dev.baton.model.BatonPackage#getRisk_Affects()
   * @model resolveProxies="false"
   * @generated
   */
  List<Element> getAffects();

  /**
   * Returns the value of the '<em><b>Mitigation</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Mitigation</em>' attribute.
   * @see #setMitigation(String)
   * @see dev.baton.model.BatonPackage#getRisk_Mitigation()
   * @model annotation="https://baton.dev/format section='Mitigation'"
   * @generated
   */
  String getMitigation();

  /**
   * Sets the value of the '{@link dev.baton.model.Risk#getMitigation <em>Mitigation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Mitigation</em>' attribute.
   * @see #getMitigation()
   * @generated
   */
  void setMitigation(String value);

  /**
   * Returns the value of the '<em><b>Mitigation Tried</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * What was tried and how it went.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Mitigation Tried</em>' attribute.
   * @see #setMitigationTried(String)
   * @see dev.baton.model.BatonPackage#getRisk_MitigationTried()
   * @model annotation="https://baton.dev/format section='Mitigation Tried'"
   * @generated
   */
  String getMitigationTried();

  /**
   * Sets the value of the '{@link dev.baton.model.Risk#getMitigationTried <em>Mitigation Tried</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Mitigation Tried</em>' attribute.
   * @see #getMitigationTried()
   * @generated
   */
  void setMitigationTried(String value);

} // Risk
