/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.time.LocalDate;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Incident</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Incident#getDate <em>Date</em>}</li>
 *   <li>{@link dev.baton.model.Incident#getSeverity <em>Severity</em>}</li>
 *   <li>{@link dev.baton.model.Incident#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.Incident#getAffects <em>Affects</em>}</li>
 *   <li>{@link dev.baton.model.Incident#getPostmortem <em>Postmortem</em>}</li>
 *   <li>{@link dev.baton.model.Incident#getRootCause <em>Root Cause</em>}</li>
 *   <li>{@link dev.baton.model.Incident#getFollowUps <em>Follow Ups</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getIncident()
 * @model annotation="https://baton.dev/format kind='incident' folder='incidents'"
 * @generated
 */
public interface Incident extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Date</em>' attribute.
   * @see #setDate(LocalDate)
   * @see dev.baton.model.BatonPackage#getIncident_Date()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getDate();

  /**
   * Sets the value of the '{@link dev.baton.model.Incident#getDate <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Date</em>' attribute.
   * @see #getDate()
   * @generated
   */
  void setDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Severity</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Severity</em>' attribute.
   * @see #setSeverity(String)
   * @see dev.baton.model.BatonPackage#getIncident_Severity()
   * @model
   * @generated
   */
  String getSeverity();

  /**
   * Sets the value of the '{@link dev.baton.model.Incident#getSeverity <em>Severity</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Severity</em>' attribute.
   * @see #getSeverity()
   * @generated
   */
  void setSeverity(String value);

  /**
   * Returns the value of the '<em><b>Status</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Status</em>' attribute.
   * @see #setStatus(String)
   * @see dev.baton.model.BatonPackage#getIncident_Status()
   * @model
   * @generated
   */
  String getStatus();

  /**
   * Sets the value of the '{@link dev.baton.model.Incident#getStatus <em>Status</em>}' attribute.
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
   * @see dev.baton.model.BatonPackage#getIncident_Affects()
   * @model resolveProxies="false"
   * @generated
   */
  List<Element> getAffects();

  /**
   * Returns the value of the '<em><b>Postmortem</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Postmortem</em>' attribute.
   * @see #setPostmortem(String)
   * @see dev.baton.model.BatonPackage#getIncident_Postmortem()
   * @model
   * @generated
   */
  String getPostmortem();

  /**
   * Sets the value of the '{@link dev.baton.model.Incident#getPostmortem <em>Postmortem</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Postmortem</em>' attribute.
   * @see #getPostmortem()
   * @generated
   */
  void setPostmortem(String value);

  /**
   * Returns the value of the '<em><b>Root Cause</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Root Cause</em>' attribute.
   * @see #setRootCause(String)
   * @see dev.baton.model.BatonPackage#getIncident_RootCause()
   * @model annotation="https://baton.dev/format section='Root Cause'"
   * @generated
   */
  String getRootCause();

  /**
   * Sets the value of the '{@link dev.baton.model.Incident#getRootCause <em>Root Cause</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Root Cause</em>' attribute.
   * @see #getRootCause()
   * @generated
   */
  void setRootCause(String value);

  /**
   * Returns the value of the '<em><b>Follow Ups</b></em>' attribute list.
   * The list contents are of type {@link java.lang.String}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Follow Ups</em>' attribute list.
   * @see dev.baton.model.BatonPackage#getIncident_FollowUps()
   * @model annotation="https://baton.dev/format section='Follow-ups'"
   * @generated
   */
  List<String> getFollowUps();

} // Incident
