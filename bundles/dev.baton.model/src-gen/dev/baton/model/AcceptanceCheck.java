/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Acceptance Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A check the receiving team signs off: can deploy, roll back, restore, be paged.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.AcceptanceCheck#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.baton.model.AcceptanceCheck#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.AcceptanceCheck#getSignedOffBy <em>Signed Off By</em>}</li>
 *   <li>{@link dev.baton.model.AcceptanceCheck#getSignedOffOn <em>Signed Off On</em>}</li>
 *   <li>{@link dev.baton.model.AcceptanceCheck#getRunbook <em>Runbook</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getAcceptanceCheck()
 * @model annotation="https://baton.dev/format kind='acceptance' folder='acceptance'"
 * @generated
 */
public interface AcceptanceCheck extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Kind</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Kind</em>' attribute.
   * @see #setKind(String)
   * @see dev.baton.model.BatonPackage#getAcceptanceCheck_Kind()
   * @model
   * @generated
   */
  String getKind();

  /**
   * Sets the value of the '{@link dev.baton.model.AcceptanceCheck#getKind <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Kind</em>' attribute.
   * @see #getKind()
   * @generated
   */
  void setKind(String value);

  /**
   * Returns the value of the '<em><b>Status</b></em>' attribute.
   * The literals are from the enumeration {@link dev.baton.model.CheckStatus}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Status</em>' attribute.
   * @see dev.baton.model.CheckStatus
   * @see #setStatus(CheckStatus)
   * @see dev.baton.model.BatonPackage#getAcceptanceCheck_Status()
   * @model
   * @generated
   */
  CheckStatus getStatus();

  /**
   * Sets the value of the '{@link dev.baton.model.AcceptanceCheck#getStatus <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Status</em>' attribute.
   * @see dev.baton.model.CheckStatus
   * @see #getStatus()
   * @generated
   */
  void setStatus(CheckStatus value);

  /**
   * Returns the value of the '<em><b>Signed Off By</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Signed Off By</em>' reference.
   * @see #setSignedOffBy(Party)
   * @see dev.baton.model.BatonPackage#getAcceptanceCheck_SignedOffBy()
   * @model resolveProxies="false"
   * @generated
   */
  Party getSignedOffBy();

  /**
   * Sets the value of the '{@link dev.baton.model.AcceptanceCheck#getSignedOffBy <em>Signed Off By</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Signed Off By</em>' reference.
   * @see #getSignedOffBy()
   * @generated
   */
  void setSignedOffBy(Party value);

  /**
   * Returns the value of the '<em><b>Signed Off On</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Signed Off On</em>' attribute.
   * @see #setSignedOffOn(LocalDate)
   * @see dev.baton.model.BatonPackage#getAcceptanceCheck_SignedOffOn()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getSignedOffOn();

  /**
   * Sets the value of the '{@link dev.baton.model.AcceptanceCheck#getSignedOffOn <em>Signed Off On</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Signed Off On</em>' attribute.
   * @see #getSignedOffOn()
   * @generated
   */
  void setSignedOffOn(LocalDate value);

  /**
   * Returns the value of the '<em><b>Runbook</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Runbook</em>' reference.
   * @see #setRunbook(Runbook)
   * @see dev.baton.model.BatonPackage#getAcceptanceCheck_Runbook()
   * @model resolveProxies="false"
   * @generated
   */
  Runbook getRunbook();

  /**
   * Sets the value of the '{@link dev.baton.model.AcceptanceCheck#getRunbook <em>Runbook</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Runbook</em>' reference.
   * @see #getRunbook()
   * @generated
   */
  void setRunbook(Runbook value);

} // AcceptanceCheck
