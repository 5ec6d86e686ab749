/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Person#getRole <em>Role</em>}</li>
 *   <li>{@link dev.baton.model.Person#getTeam <em>Team</em>}</li>
 *   <li>{@link dev.baton.model.Person#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link dev.baton.model.Person#isExternal <em>External</em>}</li>
 *   <li>{@link dev.baton.model.Person#isLeaving <em>Leaving</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getPerson()
 * @model annotation="https://baton.dev/format kind='person' folder='people'"
 * @generated
 */
public interface Person extends Party
{
  /**
   * Returns the value of the '<em><b>Role</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Role</em>' attribute.
   * @see #setRole(String)
   * @see dev.baton.model.BatonPackage#getPerson_Role()
   * @model
   * @generated
   */
  String getRole();

  /**
   * Sets the value of the '{@link dev.baton.model.Person#getRole <em>Role</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Role</em>' attribute.
   * @see #getRole()
   * @generated
   */
  void setRole(String value);

  /**
   * Returns the value of the '<em><b>Team</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Team</em>' reference.
   * @see #setTeam(Team)
   * @see dev.baton.model.BatonPackage#getPerson_Team()
   * @model resolveProxies="false"
   * @generated
   */
  Team getTeam();

  /**
   * Sets the value of the '{@link dev.baton.model.Person#getTeam <em>Team</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Team</em>' reference.
   * @see #getTeam()
   * @generated
   */
  void setTeam(Team value);

  /**
   * Returns the value of the '<em><b>Organisation</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Employer when not the platform organisation (vendors, contractors).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Organisation</em>' attribute.
   * @see #setOrganisation(String)
   * @see dev.baton.model.BatonPackage#getPerson_Organisation()
   * @model
   * @generated
   */
  String getOrganisation();

  /**
   * Sets the value of the '{@link dev.baton.model.Person#getOrganisation <em>Organisation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Organisation</em>' attribute.
   * @see #getOrganisation()
   * @generated
   */
  void setOrganisation(String value);

  /**
   * Returns the value of the '<em><b>External</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * True for vendor contacts and other people outside the organisation.
   * <!-- end-model-doc -->
   * @return the value of the '<em>External</em>' attribute.
   * @see #setExternal(boolean)
   * @see dev.baton.model.BatonPackage#getPerson_External()
   * @model
   * @generated
   */
  boolean isExternal();

  /**
   * Sets the value of the '{@link dev.baton.model.Person#isExternal <em>External</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>External</em>' attribute.
   * @see #isExternal()
   * @generated
   */
  void setExternal(boolean value);

  /**
   * Returns the value of the '<em><b>Leaving</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * True for people who leave with the handover.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Leaving</em>' attribute.
   * @see #setLeaving(boolean)
   * @see dev.baton.model.BatonPackage#getPerson_Leaving()
   * @model
   * @generated
   */
  boolean isLeaving();

  /**
   * Sets the value of the '{@link dev.baton.model.Person#isLeaving <em>Leaving</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Leaving</em>' attribute.
   * @see #isLeaving()
   * @generated
   */
  void setLeaving(boolean value);

} // Person
