/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Domain#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getDomain()
 * @model annotation="https://baton.dev/format kind='domain' folder='domains'"
 * @generated
 */
public interface Domain extends Element
{
  /**
   * Returns the value of the '<em><b>Parent</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Parent</em>' reference.
   * @see #setParent(Domain)
   * @see dev.baton.model.BatonPackage#getDomain_Parent()
   * @model resolveProxies="false"
   * @generated
   */
  Domain getParent();

  /**
   * Sets the value of the '{@link dev.baton.model.Domain#getParent <em>Parent</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Parent</em>' reference.
   * @see #getParent()
   * @generated
   */
  void setParent(Domain value);

} // Domain
