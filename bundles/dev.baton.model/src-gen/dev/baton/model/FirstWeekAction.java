/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>First Week Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An action for the receiving team's first week.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.FirstWeekAction#getDay <em>Day</em>}</li>
 *   <li>{@link dev.baton.model.FirstWeekAction#isDone <em>Done</em>}</li>
 *   <li>{@link dev.baton.model.FirstWeekAction#getChecks <em>Checks</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getFirstWeekAction()
 * @model annotation="https://baton.dev/format kind='first-week' folder='first-week'"
 * @generated
 */
public interface FirstWeekAction extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Day</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Day of the first week (1-7).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Day</em>' attribute.
   * @see #setDay(Integer)
   * @see dev.baton.model.BatonPackage#getFirstWeekAction_Day()
   * @model
   * @generated
   */
  Integer getDay();

  /**
   * Sets the value of the '{@link dev.baton.model.FirstWeekAction#getDay <em>Day</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Day</em>' attribute.
   * @see #getDay()
   * @generated
   */
  void setDay(Integer value);

  /**
   * Returns the value of the '<em><b>Done</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Done</em>' attribute.
   * @see #setDone(boolean)
   * @see dev.baton.model.BatonPackage#getFirstWeekAction_Done()
   * @model
   * @generated
   */
  boolean isDone();

  /**
   * Sets the value of the '{@link dev.baton.model.FirstWeekAction#isDone <em>Done</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Done</em>' attribute.
   * @see #isDone()
   * @generated
   */
  void setDone(boolean value);

  /**
   * Returns the value of the '<em><b>Checks</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.AcceptanceCheck}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Checks</em>' reference list.
   * @see dev.baton.model.BatonPackage#getFirstWeekAction_Checks()
   * @model resolveProxies="false"
   * @generated
   */
  List<AcceptanceCheck> getChecks();

} // FirstWeekAction
