/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.time.LocalDate;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Commitment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A promise made to customers, executives or investors, and the roadmap behind it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Commitment#getMadeTo <em>Made To</em>}</li>
 *   <li>{@link dev.baton.model.Commitment#getAudience <em>Audience</em>}</li>
 *   <li>{@link dev.baton.model.Commitment#getDue <em>Due</em>}</li>
 *   <li>{@link dev.baton.model.Commitment#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.Commitment#getAffects <em>Affects</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getCommitment()
 * @model annotation="https://baton.dev/format kind='commitment' folder='commitments'"
 * @generated
 */
public interface Commitment extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Made To</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Made To</em>' attribute.
   * @see #setMadeTo(String)
   * @see dev.baton.model.BatonPackage#getCommitment_MadeTo()
   * @model
   * @generated
   */
  String getMadeTo();

  /**
   * Sets the value of the '{@link dev.baton.model.Commitment#getMadeTo <em>Made To</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Made To</em>' attribute.
   * @see #getMadeTo()
   * @generated
   */
  void setMadeTo(String value);

  /**
   * Returns the value of the '<em><b>Audience</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * customer, executive, investor, regulator, ...
   * <!-- end-model-doc -->
   * @return the value of the '<em>Audience</em>' attribute.
   * @see #setAudience(String)
   * @see dev.baton.model.BatonPackage#getCommitment_Audience()
   * @model
   * @generated
   */
  String getAudience();

  /**
   * Sets the value of the '{@link dev.baton.model.Commitment#getAudience <em>Audience</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Audience</em>' attribute.
   * @see #getAudience()
   * @generated
   */
  void setAudience(String value);

  /**
   * Returns the value of the '<em><b>Due</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Due</em>' attribute.
   * @see #setDue(LocalDate)
   * @see dev.baton.model.BatonPackage#getCommitment_Due()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getDue();

  /**
   * Sets the value of the '{@link dev.baton.model.Commitment#getDue <em>Due</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Due</em>' attribute.
   * @see #getDue()
   * @generated
   */
  void setDue(LocalDate value);

  /**
   * Returns the value of the '<em><b>Status</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Status</em>' attribute.
   * @see #setStatus(String)
   * @see dev.baton.model.BatonPackage#getCommitment_Status()
   * @model
   * @generated
   */
  String getStatus();

  /**
   * Sets the value of the '{@link dev.baton.model.Commitment#getStatus <em>Status</em>}' attribute.
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
   * @see dev.baton.model.BatonPackage#getCommitment_Affects()
   * @model resolveProxies="false"
   * @generated
   */
  List<Element> getAffects();

} // Commitment
