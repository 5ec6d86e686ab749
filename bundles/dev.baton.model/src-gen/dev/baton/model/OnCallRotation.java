/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>On Call Rotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An on-call rotation and its escalation path.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.OnCallRotation#getTeam <em>Team</em>}</li>
 *   <li>{@link dev.baton.model.OnCallRotation#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link dev.baton.model.OnCallRotation#getTool <em>Tool</em>}</li>
 *   <li>{@link dev.baton.model.OnCallRotation#getEscalation <em>Escalation</em>}</li>
 *   <li>{@link dev.baton.model.OnCallRotation#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getOnCallRotation()
 * @model annotation="https://baton.dev/format kind='on-call' folder='on-call'"
 * @generated
 */
public interface OnCallRotation extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Team</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Team</em>' reference.
   * @see #setTeam(Team)
   * @see dev.baton.model.BatonPackage#getOnCallRotation_Team()
   * @model resolveProxies="false"
   * @generated
   */
  Team getTeam();

  /**
   * Sets the value of the '{@link dev.baton.model.OnCallRotation#getTeam <em>Team</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Team</em>' reference.
   * @see #getTeam()
   * @generated
   */
  void setTeam(Team value);

  /**
   * Returns the value of the '<em><b>Schedule</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Schedule</em>' attribute.
   * @see #setSchedule(String)
   * @see dev.baton.model.BatonPackage#getOnCallRotation_Schedule()
   * @model
   * @generated
   */
  String getSchedule();

  /**
   * Sets the value of the '{@link dev.baton.model.OnCallRotation#getSchedule <em>Schedule</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Schedule</em>' attribute.
   * @see #getSchedule()
   * @generated
   */
  void setSchedule(String value);

  /**
   * Returns the value of the '<em><b>Tool</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Tool</em>' attribute.
   * @see #setTool(String)
   * @see dev.baton.model.BatonPackage#getOnCallRotation_Tool()
   * @model
   * @generated
   */
  String getTool();

  /**
   * Sets the value of the '{@link dev.baton.model.OnCallRotation#getTool <em>Tool</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Tool</em>' attribute.
   * @see #getTool()
   * @generated
   */
  void setTool(String value);

  /**
   * Returns the value of the '<em><b>Escalation</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.EscalationStep}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Escalation</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getOnCallRotation_Escalation()
   * @model containment="true"
   * @generated
   */
  List<EscalationStep> getEscalation();

  /**
   * Returns the value of the '<em><b>Covers</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Element}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Covers</em>' reference list.
   * @see dev.baton.model.BatonPackage#getOnCallRotation_Covers()
   * @model resolveProxies="false"
   * @generated
   */
  List<Element> getCovers();

} // OnCallRotation
