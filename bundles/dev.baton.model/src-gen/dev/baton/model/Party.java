/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Someone who can own, hold, decide or be contacted: a person or a team.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Party#getEmail <em>Email</em>}</li>
 *   <li>{@link dev.baton.model.Party#getContact <em>Contact</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getParty()
 * @model abstract="true"
 * @generated
 */
public interface Party extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Email</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Email</em>' attribute.
   * @see #setEmail(String)
   * @see dev.baton.model.BatonPackage#getParty_Email()
   * @model
   * @generated
   */
  String getEmail();

  /**
   * Sets the value of the '{@link dev.baton.model.Party#getEmail <em>Email</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Email</em>' attribute.
   * @see #getEmail()
   * @generated
   */
  void setEmail(String value);

  /**
   * Returns the value of the '<em><b>Contact</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Chat channel, phone or other way to reach them.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Contact</em>' attribute.
   * @see #setContact(String)
   * @see dev.baton.model.BatonPackage#getParty_Contact()
   * @model
   * @generated
   */
  String getContact();

  /**
   * Sets the value of the '{@link dev.baton.model.Party#getContact <em>Contact</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Contact</em>' attribute.
   * @see #getContact()
   * @generated
   */
  void setContact(String value);

} // Party
