/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Team</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Team#getLead <em>Lead</em>}</li>
 *   <li>{@link dev.baton.model.Team#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getTeam()
 * @model annotation="https://baton.dev/format kind='team' folder='teams'"
 * @generated
 */
public interface Team extends Party
{
  /**
   * Returns the value of the '<em><b>Lead</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Lead</em>' reference.
   * @see #setLead(Person)
   * @see dev.baton.model.BatonPackage#getTeam_Lead()
   * @model resolveProxies="false"
   * @generated
   */
  Person getLead();

  /**
   * Sets the value of the '{@link dev.baton.model.Team#getLead <em>Lead</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Lead</em>' reference.
   * @see #getLead()
   * @generated
   */
  void setLead(Person value);

  /**
   * Returns the value of the '<em><b>Members</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Person}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * People whose team is this one (derived).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Members</em>' reference list.
   * @see dev.baton.model.BatonPackage#getTeam_Members()
   * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
   *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return dev.baton.model.query.Inverses.members(this);'"
   * @generated
   */
  List<Person> getMembers();

} // Team
