/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Repository</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Repository#getName <em>Name</em>}</li>
 *   <li>{@link dev.baton.model.Repository#getUrl <em>Url</em>}</li>
 *   <li>{@link dev.baton.model.Repository#getDefaultBranch <em>Default Branch</em>}</li>
 *   <li>{@link dev.baton.model.Repository#getComponents <em>Components</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getRepository()
 * @model
 * @generated
 */
public interface Repository extends EObject
{
  /**
   * Returns the value of the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Name</em>' attribute.
   * @see #setName(String)
   * @see dev.baton.model.BatonPackage#getRepository_Name()
   * @model
   * @generated
   */
  String getName();

  /**
   * Sets the value of the '{@link dev.baton.model.Repository#getName <em>Name</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Name</em>' attribute.
   * @see #getName()
   * @generated
   */
  void setName(String value);

  /**
   * Returns the value of the '<em><b>Url</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Url</em>' attribute.
   * @see #setUrl(String)
   * @see dev.baton.model.BatonPackage#getRepository_Url()
   * @model
   * @generated
   */
  String getUrl();

  /**
   * Sets the value of the '{@link dev.baton.model.Repository#getUrl <em>Url</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Url</em>' attribute.
   * @see #getUrl()
   * @generated
   */
  void setUrl(String value);

  /**
   * Returns the value of the '<em><b>Default Branch</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Default Branch</em>' attribute.
   * @see #setDefaultBranch(String)
   * @see dev.baton.model.BatonPackage#getRepository_DefaultBranch()
   * @model
   * @generated
   */
  String getDefaultBranch();

  /**
   * Sets the value of the '{@link dev.baton.model.Repository#getDefaultBranch <em>Default Branch</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Default Branch</em>' attribute.
   * @see #getDefaultBranch()
   * @generated
   */
  void setDefaultBranch(String value);

  /**
   * Returns the value of the '<em><b>Components</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Component}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Components</em>' reference list.
   * @see dev.baton.model.BatonPackage#getRepository_Components()
   * @model resolveProxies="false"
   * @generated
   */
  List<Component> getComponents();

} // Repository
