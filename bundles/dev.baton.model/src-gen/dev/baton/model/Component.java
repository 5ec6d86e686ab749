/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Component#getSystem <em>System</em>}</li>
 *   <li>{@link dev.baton.model.Component#getType <em>Type</em>}</li>
 *   <li>{@link dev.baton.model.Component#getTechnologies <em>Technologies</em>}</li>
 *   <li>{@link dev.baton.model.Component#getRepository <em>Repository</em>}</li>
 *   <li>{@link dev.baton.model.Component#getConsumes <em>Consumes</em>}</li>
 *   <li>{@link dev.baton.model.Component#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link dev.baton.model.Component#getEnvironments <em>Environments</em>}</li>
 *   <li>{@link dev.baton.model.Component#getProvides <em>Provides</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getComponent()
 * @model annotation="https://baton.dev/format kind='component' folder='components'"
 * @generated
 */
public interface Component extends Element
{
  /**
   * Returns the value of the '<em><b>System</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>System</em>' reference.
   * @see #setSystem(SoftwareSystem)
   * @see dev.baton.model.BatonPackage#getComponent_System()
   * @model resolveProxies="false"
   * @generated
   */
  SoftwareSystem getSystem();

  /**
   * Sets the value of the '{@link dev.baton.model.Component#getSystem <em>System</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>System</em>' reference.
   * @see #getSystem()
   * @generated
   */
  void setSystem(SoftwareSystem value);

  /**
   * Returns the value of the '<em><b>Type</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * service, website, library, database, queue, job, ...
   * <!-- end-model-doc -->
   * @return the value of the '<em>Type</em>' attribute.
   * @see #setType(String)
   * @see dev.baton.model.BatonPackage#getComponent_Type()
   * @model
   * @generated
   */
  String getType();

  /**
   * Sets the value of the '{@link dev.baton.model.Component#getType <em>Type</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Type</em>' attribute.
   * @see #getType()
   * @generated
   */
  void setType(String value);

  /**
   * Returns the value of the '<em><b>Technologies</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Technology}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Technologies</em>' reference list.
   * @see dev.baton.model.BatonPackage#getComponent_Technologies()
   * @model resolveProxies="false"
   * @generated
   */
  List<Technology> getTechnologies();

  /**
   * Returns the value of the '<em><b>Repository</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Where the source lives (URL or path).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Repository</em>' attribute.
   * @see #setRepository(String)
   * @see dev.baton.model.BatonPackage#getComponent_Repository()
   * @model
   * @generated
   */
  String getRepository();

  /**
   * Sets the value of the '{@link dev.baton.model.Component#getRepository <em>Repository</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Repository</em>' attribute.
   * @see #getRepository()
   * @generated
   */
  void setRepository(String value);

  /**
   * Returns the value of the '<em><b>Consumes</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Interface}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Consumes</em>' reference list.
   * @see dev.baton.model.BatonPackage#getComponent_Consumes()
   * @model resolveProxies="false"
   * @generated
   */
  List<Interface> getConsumes();

  /**
   * Returns the value of the '<em><b>Depends On</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Component}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Depends On</em>' reference list.
   * @see dev.baton.model.BatonPackage#getComponent_DependsOn()
   * @model resolveProxies="false"
   * @generated
   */
  List<Component> getDependsOn();

  /**
   * Returns the value of the '<em><b>Environments</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Environment}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Where it is deployed.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Environments</em>' reference list.
   * @see dev.baton.model.BatonPackage#getComponent_Environments()
   * @model resolveProxies="false"
   * @generated
   */
  List<Environment> getEnvironments();

  /**
   * Returns the value of the '<em><b>Provides</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Interface}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Interfaces whose provider is this component (derived).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Provides</em>' reference list.
   * @see dev.baton.model.BatonPackage#getComponent_Provides()
   * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
   *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return dev.baton.model.query.Inverses.provides(this);'"
   * @generated
   */
  List<Interface> getProvides();

} // Component
