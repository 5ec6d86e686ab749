/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.time.LocalDate;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Work in flight at handover time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.WorkItem#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.WorkItem#getDue <em>Due</em>}</li>
 *   <li>{@link dev.baton.model.WorkItem#getTracker <em>Tracker</em>}</li>
 *   <li>{@link dev.baton.model.WorkItem#getAffects <em>Affects</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getWorkItem()
 * @model annotation="https://baton.dev/format kind='work' folder='work'"
 * @generated
 */
public interface WorkItem extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Status</b></em>' attribute.
   * The literals are from the enumeration {@link dev.baton.model.WorkStatus}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Status</em>' attribute.
   * @see dev.baton.model.WorkStatus
   * @see #setStatus(WorkStatus)
   * @see dev.baton.model.BatonPackage#getWorkItem_Status()
   * @model
   * @generated
   */
  WorkStatus getStatus();

  /**
   * Sets the value of the '{@link dev.baton.model.WorkItem#getStatus <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Status</em>' attribute.
   * @see dev.baton.model.WorkStatus
   * @see #getStatus()
   * @generated
   */
  void setStatus(WorkStatus value);

  /**
   * Returns the value of the '<em><b>Due</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Due</em>' attribute.
   * @see #setDue(LocalDate)
   * @see dev.baton.model.BatonPackage#getWorkItem_Due()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getDue();

  /**
   * Sets the value of the '{@link dev.baton.model.WorkItem#getDue <em>Due</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Due</em>' attribute.
   * @see #getDue()
   * @generated
   */
  void setDue(LocalDate value);

  /**
   * Returns the value of the '<em><b>Tracker</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Link to the ticket or board.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Tracker</em>' attribute.
   * @see #setTracker(String)
   * @see dev.baton.model.BatonPackage#getWorkItem_Tracker()
   * @model
   * @generated
   */
  String getTracker();

  /**
   * Sets the value of the '{@link dev.baton.model.WorkItem#getTracker <em>Tracker</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Tracker</em>' attribute.
   * @see #getTracker()
   * @generated
   */
  void setTracker(String value);

  /**
   * Returns the value of the '<em><b>Affects</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Element}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Affects</em>' reference list.
   * @see dev.baton.model.BatonPackage#getWorkItem_Affects()
   * @model resolveProxies="false"
   * @generated
   */
  List<Element> getAffects();

} // WorkItem
