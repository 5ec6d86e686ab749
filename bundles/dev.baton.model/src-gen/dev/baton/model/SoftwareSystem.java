/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Software System</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.SoftwareSystem#getDomain <em>Domain</em>}</li>
 *   <li>{@link dev.baton.model.SoftwareSystem#isExternal <em>External</em>}</li>
 *   <li>{@link dev.baton.model.SoftwareSystem#getComponents <em>Components</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getSoftwareSystem()
 * @model annotation="https://baton.dev/format kind='system' folder='systems'"
 * @generated
 */
public interface SoftwareSystem extends Element
{
  /**
   * Returns the value of the '<em><b>Domain</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Domain</em>' reference.
   * @see #setDomain(Domain)
   * @see dev.baton.model.BatonPackage#getSoftwareSystem_Domain()
   * @model resolveProxies="false"
   * @generated
   */
  Domain getDomain();

  /**
   * Sets the value of the '{@link dev.baton.model.SoftwareSystem#getDomain <em>Domain</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Domain</em>' reference.
   * @see #getDomain()
   * @generated
   */
  void setDomain(Domain value);

  /**
   * Returns the value of the '<em><b>External</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * A system run by someone else that the platform talks to.
   * <!-- end-model-doc -->
   * @return the value of the '<em>External</em>' attribute.
   * @see #setExternal(boolean)
   * @see dev.baton.model.BatonPackage#getSoftwareSystem_External()
   * @model
   * @generated
   */
  boolean isExternal();

  /**
   * Sets the value of the '{@link dev.baton.model.SoftwareSystem#isExternal <em>External</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>External</em>' attribute.
   * @see #isExternal()
   * @generated
   */
  void setExternal(boolean value);

  /**
   * Returns the value of the '<em><b>Components</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Component}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Components whose system is this one (derived).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Components</em>' reference list.
   * @see dev.baton.model.BatonPackage#getSoftwareSystem_Components()
   * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
   *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return dev.baton.model.query.Inverses.components(this);'"
   * @generated
   */
  List<Component> getComponents();

} // SoftwareSystem
