/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.time.LocalDate;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Handover Scope</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What transfers, from whom to whom, by when, and the support period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.HandoverScope#getFrom <em>From</em>}</li>
 *   <li>{@link dev.baton.model.HandoverScope#getTo <em>To</em>}</li>
 *   <li>{@link dev.baton.model.HandoverScope#getHandoverDate <em>Handover Date</em>}</li>
 *   <li>{@link dev.baton.model.HandoverScope#getSupportUntil <em>Support Until</em>}</li>
 *   <li>{@link dev.baton.model.HandoverScope#getIncludes <em>Includes</em>}</li>
 *   <li>{@link dev.baton.model.HandoverScope#getExcluded <em>Excluded</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getHandoverScope()
 * @model annotation="https://baton.dev/format kind='handover' folder='handover'"
 * @generated
 */
public interface HandoverScope extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>From</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Party}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>From</em>' reference list.
   * @see dev.baton.model.BatonPackage#getHandoverScope_From()
   * @model resolveProxies="false"
   * @generated
   */
  List<Party> getFrom();

  /**
   * Returns the value of the '<em><b>To</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Party}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>To</em>' reference list.
   * @see dev.baton.model.BatonPackage#getHandoverScope_To()
   * @model resolveProxies="false"
   * @generated
   */
  List<Party> getTo();

  /**
   * Returns the value of the '<em><b>Handover Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Handover Date</em>' attribute.
   * @see #setHandoverDate(LocalDate)
   * @see dev.baton.model.BatonPackage#getHandoverScope_HandoverDate()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getHandoverDate();

  /**
   * Sets the value of the '{@link dev.baton.model.HandoverScope#getHandoverDate <em>Handover Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Handover Date</em>' attribute.
   * @see #getHandoverDate()
   * @generated
   */
  void setHandoverDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Support Until</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Support Until</em>' attribute.
   * @see #setSupportUntil(LocalDate)
   * @see dev.baton.model.BatonPackage#getHandoverScope_SupportUntil()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getSupportUntil();

  /**
   * Sets the value of the '{@link dev.baton.model.HandoverScope#getSupportUntil <em>Support Until</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Support Until</em>' attribute.
   * @see #getSupportUntil()
   * @generated
   */
  void setSupportUntil(LocalDate value);

  /**
   * Returns the value of the '<em><b>Includes</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Element}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Includes</em>' reference list.
   * @see dev.baton.model.BatonPackage#getHandoverScope_Includes()
   * @model resolveProxies="false"
   * @generated
   */
  List<Element> getIncludes();

  /**
   * Returns the value of the '<em><b>Excluded</b></em>' attribute list.
   * The list contents are of type {@link java.lang.String}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Excluded</em>' attribute list.
   * @see dev.baton.model.BatonPackage#getHandoverScope_Excluded()
   * @model annotation="https://baton.dev/format section='Out of Scope'"
   * @generated
   */
  List<String> getExcluded();

} // HandoverScope
