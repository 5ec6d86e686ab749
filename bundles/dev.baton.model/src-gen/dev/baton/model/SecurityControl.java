/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Security Control</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A security control or compliance obligation and its state.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.SecurityControl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.baton.model.SecurityControl#getFramework <em>Framework</em>}</li>
 *   <li>{@link dev.baton.model.SecurityControl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.SecurityControl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link dev.baton.model.SecurityControl#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getSecurityControl()
 * @model annotation="https://baton.dev/format kind='security' folder='security'"
 * @generated
 */
public interface SecurityControl extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Kind</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * control or compliance
   * <!-- end-model-doc -->
   * @return the value of the '<em>Kind</em>' attribute.
   * @see #setKind(String)
   * @see dev.baton.model.BatonPackage#getSecurityControl_Kind()
   * @model
   * @generated
   */
  String getKind();

  /**
   * Sets the value of the '{@link dev.baton.model.SecurityControl#getKind <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Kind</em>' attribute.
   * @see #getKind()
   * @generated
   */
  void setKind(String value);

  /**
   * Returns the value of the '<em><b>Framework</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * e.g. SOC 2, ISO 27001, GDPR, PCI DSS.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Framework</em>' attribute.
   * @see #setFramework(String)
   * @see dev.baton.model.BatonPackage#getSecurityControl_Framework()
   * @model
   * @generated
   */
  String getFramework();

  /**
   * Sets the value of the '{@link dev.baton.model.SecurityControl#getFramework <em>Framework</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Framework</em>' attribute.
   * @see #getFramework()
   * @generated
   */
  void setFramework(String value);

  /**
   * Returns the value of the '<em><b>Status</b></em>' attribute.
   * The literals are from the enumeration {@link dev.baton.model.ControlStatus}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Status</em>' attribute.
   * @see dev.baton.model.ControlStatus
   * @see #setStatus(ControlStatus)
   * @see dev.baton.model.BatonPackage#getSecurityControl_Status()
   * @model
   * @generated
   */
  ControlStatus getStatus();

  /**
   * Sets the value of the '{@link dev.baton.model.SecurityControl#getStatus <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Status</em>' attribute.
   * @see dev.baton.model.ControlStatus
   * @see #getStatus()
   * @generated
   */
  void setStatus(ControlStatus value);

  /**
   * Returns the value of the '<em><b>Evidence</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Evidence</em>' attribute.
   * @see #setEvidence(String)
   * @see dev.baton.model.BatonPackage#getSecurityControl_Evidence()
   * @model
   * @generated
   */
  String getEvidence();

  /**
   * Sets the value of the '{@link dev.baton.model.SecurityControl#getEvidence <em>Evidence</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Evidence</em>' attribute.
   * @see #getEvidence()
   * @generated
   */
  void setEvidence(String value);

  /**
   * Returns the value of the '<em><b>Covers</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Element}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Covers</em>' reference list.
   * @see dev.baton.model.BatonPackage#getSecurityControl_Covers()
   * @model resolveProxies="false"
   * @generated
   */
  List<Element> getCovers();

} // SecurityControl
