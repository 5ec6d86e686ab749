/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A typed link from a decision to another one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.DecisionLink#getType <em>Type</em>}</li>
 *   <li>{@link dev.baton.model.DecisionLink#getCustomType <em>Custom Type</em>}</li>
 *   <li>{@link dev.baton.model.DecisionLink#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.baton.model.DecisionLink#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getDecisionLink()
 * @model
 * @generated
 */
public interface DecisionLink extends EObject
{
  /**
   * Returns the value of the '<em><b>Type</b></em>' attribute.
   * The literals are from the enumeration {@link dev.baton.model.LinkType}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Type</em>' attribute.
   * @see dev.baton.model.LinkType
   * @see #setType(LinkType)
   * @see dev.baton.model.BatonPackage#getDecisionLink_Type()
   * @model
   * @generated
   */
  LinkType getType();

  /**
   * Sets the value of the '{@link dev.baton.model.DecisionLink#getType <em>Type</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Type</em>' attribute.
   * @see dev.baton.model.LinkType
   * @see #getType()
   * @generated
   */
  void setType(LinkType value);

  /**
   * Returns the value of the '<em><b>Custom Type</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Name of a custom link type, e.g. depends-on.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Custom Type</em>' attribute.
   * @see #setCustomType(String)
   * @see dev.baton.model.BatonPackage#getDecisionLink_CustomType()
   * @model
   * @generated
   */
  String getCustomType();

  /**
   * Sets the value of the '{@link dev.baton.model.DecisionLink#getCustomType <em>Custom Type</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Custom Type</em>' attribute.
   * @see #getCustomType()
   * @generated
   */
  void setCustomType(String value);

  /**
   * Returns the value of the '<em><b>Target</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Target</em>' reference.
   * @see #setTarget(Decision)
   * @see dev.baton.model.BatonPackage#getDecisionLink_Target()
   * @model resolveProxies="false"
   * @generated
   */
  Decision getTarget();

  /**
   * Sets the value of the '{@link dev.baton.model.DecisionLink#getTarget <em>Target</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Target</em>' reference.
   * @see #getTarget()
   * @generated
   */
  void setTarget(Decision value);

  /**
   * Returns the value of the '<em><b>Note</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Qualifier as written, e.g. "in part".
   * <!-- end-model-doc -->
   * @return the value of the '<em>Note</em>' attribute.
   * @see #setNote(String)
   * @see dev.baton.model.BatonPackage#getDecisionLink_Note()
   * @model
   * @generated
   */
  String getNote();

  /**
   * Sets the value of the '{@link dev.baton.model.DecisionLink#getNote <em>Note</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Note</em>' attribute.
   * @see #getNote()
   * @generated
   */
  void setNote(String value);

} // DecisionLink
