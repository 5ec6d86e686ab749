/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Escalation Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.EscalationStep#getLevel <em>Level</em>}</li>
 *   <li>{@link dev.baton.model.EscalationStep#getContact <em>Contact</em>}</li>
 *   <li>{@link dev.baton.model.EscalationStep#getAfterMinutes <em>After Minutes</em>}</li>
 *   <li>{@link dev.baton.model.EscalationStep#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getEscalationStep()
 * @model
 * @generated
 */
public interface EscalationStep extends EObject
{
  /**
   * Returns the value of the '<em><b>Level</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Level</em>' attribute.
   * @see #setLevel(int)
   * @see dev.baton.model.BatonPackage#getEscalationStep_Level()
   * @model
   * @generated
   */
  int getLevel();

  /**
   * Sets the value of the '{@link dev.baton.model.EscalationStep#getLevel <em>Level</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Level</em>' attribute.
   * @see #getLevel()
   * @generated
   */
  void setLevel(int value);

  /**
   * Returns the value of the '<em><b>Contact</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Contact</em>' reference.
   * @see #setContact(Party)
   * @see dev.baton.model.BatonPackage#getEscalationStep_Contact()
   * @model resolveProxies="false"
   * @generated
   */
  Party getContact();

  /**
   * Sets the value of the '{@link dev.baton.model.EscalationStep#getContact <em>Contact</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Contact</em>' reference.
   * @see #getContact()
   * @generated
   */
  void setContact(Party value);

  /**
   * Returns the value of the '<em><b>After Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>After Minutes</em>' attribute.
   * @see #setAfterMinutes(Integer)
   * @see dev.baton.model.BatonPackage#getEscalationStep_AfterMinutes()
   * @model
   * @generated
   */
  Integer getAfterMinutes();

  /**
   * Sets the value of the '{@link dev.baton.model.EscalationStep#getAfterMinutes <em>After Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>After Minutes</em>' attribute.
   * @see #getAfterMinutes()
   * @generated
   */
  void setAfterMinutes(Integer value);

  /**
   * Returns the value of the '<em><b>Note</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Note</em>' attribute.
   * @see #setNote(String)
   * @see dev.baton.model.BatonPackage#getEscalationStep_Note()
   * @model
   * @generated
   */
  String getNote();

  /**
   * Sets the value of the '{@link dev.baton.model.EscalationStep#getNote <em>Note</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Note</em>' attribute.
   * @see #getNote()
   * @generated
   */
  void setNote(String value);

} // EscalationStep
