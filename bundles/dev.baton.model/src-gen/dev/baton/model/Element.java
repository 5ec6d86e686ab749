/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A part of the architecture that decisions, risks and flows can refer to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Element#getLifecycle <em>Lifecycle</em>}</li>
 *   <li>{@link dev.baton.model.Element#getAffectedBy <em>Affected By</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getElement()
 * @model abstract="true"
 * @generated
 */
public interface Element extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Lifecycle</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * e.g. experimental, production, deprecated, retired.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Lifecycle</em>' attribute.
   * @see #setLifecycle(String)
   * @see dev.baton.model.BatonPackage#getElement_Lifecycle()
   * @model
   * @generated
   */
  String getLifecycle();

  /**
   * Sets the value of the '{@link dev.baton.model.Element#getLifecycle <em>Lifecycle</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Lifecycle</em>' attribute.
   * @see #getLifecycle()
   * @generated
   */
  void setLifecycle(String value);

  /**
   * Returns the value of the '<em><b>Affected By</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Decision}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Decisions that list this element in affects (derived).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Affected By</em>' reference list.
   * @see dev.baton.model.BatonPackage#getElement_AffectedBy()
   * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
   *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return dev.baton.model.query.Inverses.affectedBy(this);'"
   * @generated
   */
  List<Decision> getAffectedBy();

} // Element
