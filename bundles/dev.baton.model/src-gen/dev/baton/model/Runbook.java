/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.time.LocalDate;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Runbook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Operational procedure: deploy, rollback, backup/restore, DR, jobs, dashboards, alerts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Runbook#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.baton.model.Runbook#getApplies <em>Applies</em>}</li>
 *   <li>{@link dev.baton.model.Runbook#getLastTested <em>Last Tested</em>}</li>
 *   <li>{@link dev.baton.model.Runbook#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link dev.baton.model.Runbook#getDashboard <em>Dashboard</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getRunbook()
 * @model annotation="https://baton.dev/format kind='runbook' folder='runbooks'"
 * @generated
 */
public interface Runbook extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Kind</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * deploy, rollback, backup, restore, disaster-recovery, job, dashboard, alert, ...
   * <!-- end-model-doc -->
   * @return the value of the '<em>Kind</em>' attribute.
   * @see #setKind(String)
   * @see dev.baton.model.BatonPackage#getRunbook_Kind()
   * @model
   * @generated
   */
  String getKind();

  /**
   * Sets the value of the '{@link dev.baton.model.Runbook#getKind <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Kind</em>' attribute.
   * @see #getKind()
   * @generated
   */
  void setKind(String value);

  /**
   * Returns the value of the '<em><b>Applies</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Element}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Applies</em>' reference list.
   * @see dev.baton.model.BatonPackage#getRunbook_Applies()
   * @model resolveProxies="false"
   *        annotation="https://baton.dev/format key='applies-to'"
   * @generated
   */
  List<Element> getApplies();

  /**
   * Returns the value of the '<em><b>Last Tested</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Last Tested</em>' attribute.
   * @see #setLastTested(LocalDate)
   * @see dev.baton.model.BatonPackage#getRunbook_LastTested()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getLastTested();

  /**
   * Sets the value of the '{@link dev.baton.model.Runbook#getLastTested <em>Last Tested</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Last Tested</em>' attribute.
   * @see #getLastTested()
   * @generated
   */
  void setLastTested(LocalDate value);

  /**
   * Returns the value of the '<em><b>Schedule</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Schedule</em>' attribute.
   * @see #setSchedule(String)
   * @see dev.baton.model.BatonPackage#getRunbook_Schedule()
   * @model
   * @generated
   */
  String getSchedule();

  /**
   * Sets the value of the '{@link dev.baton.model.Runbook#getSchedule <em>Schedule</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Schedule</em>' attribute.
   * @see #getSchedule()
   * @generated
   */
  void setSchedule(String value);

  /**
   * Returns the value of the '<em><b>Dashboard</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Dashboard</em>' attribute.
   * @see #setDashboard(String)
   * @see dev.baton.model.BatonPackage#getRunbook_Dashboard()
   * @model
   * @generated
   */
  String getDashboard();

  /**
   * Sets the value of the '{@link dev.baton.model.Runbook#getDashboard <em>Dashboard</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Dashboard</em>' attribute.
   * @see #getDashboard()
   * @generated
   */
  void setDashboard(String value);

} // Runbook
