/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.time.LocalDate;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Open Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An open issue or known problem.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.OpenQuestion#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.OpenQuestion#getRaised <em>Raised</em>}</li>
 *   <li>{@link dev.baton.model.OpenQuestion#getDue <em>Due</em>}</li>
 *   <li>{@link dev.baton.model.OpenQuestion#getAffects <em>Affects</em>}</li>
 *   <li>{@link dev.baton.model.OpenQuestion#getAnswer <em>Answer</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getOpenQuestion()
 * @model annotation="https://baton.dev/format kind='question' folder='questions'"
 * @generated
 */
public interface OpenQuestion extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Status</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * open, answered, ...
   * <!-- end-model-doc -->
   * @return the value of the '<em>Status</em>' attribute.
   * @see #setStatus(String)
   * @see dev.baton.model.BatonPackage#getOpenQuestion_Status()
   * @model
   * @generated
   */
  String getStatus();

  /**
   * Sets the value of the '{@link dev.baton.model.OpenQuestion#getStatus <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Status</em>' attribute.
   * @see #getStatus()
   * @generated
   */
  void setStatus(String value);

  /**
   * Returns the value of the '<em><b>Raised</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Raised</em>' attribute.
   * @see #setRaised(LocalDate)
   * @see dev.baton.model.BatonPackage#getOpenQuestion_Raised()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getRaised();

  /**
   * Sets the value of the '{@link dev.baton.model.OpenQuestion#getRaised <em>Raised</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Raised</em>' attribute.
   * @see #getRaised()
   * @generated
   */
  void setRaised(LocalDate value);

  /**
   * Returns the value of the '<em><b>Due</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Due</em>' attribute.
   * @see #setDue(LocalDate)
   * @see dev.baton.model.BatonPackage#getOpenQuestion_Due()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getDue();

  /**
   * Sets the value of the '{@link dev.baton.model.OpenQuestion#getDue <em>Due</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Due</em>' attribute.
   * @see #getDue()
   * @generated
   */
  void setDue(LocalDate value);

  /**
   * Returns the value of the '<em><b>Affects</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Element}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Affects</em>' reference list.
   * @see dev.baton.model.BatonPackage#getOpenQuestion_Affects()
   * @model resolveProxies="false"
   * @generated
   */
  List<Element> getAffects();

  /**
   * Returns the value of the '<em><b>Answer</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Answer</em>' attribute.
   * @see #setAnswer(String)
   * @see dev.baton.model.BatonPackage#getOpenQuestion_Answer()
   * @model annotation="https://baton.dev/format section='Answer'"
   * @generated
   */
  String getAnswer();

  /**
   * Sets the value of the '{@link dev.baton.model.OpenQuestion#getAnswer <em>Answer</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Answer</em>' attribute.
   * @see #getAnswer()
   * @generated
   */
  void setAnswer(String value);

} // OpenQuestion
