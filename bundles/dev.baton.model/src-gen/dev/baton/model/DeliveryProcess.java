/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delivery Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How code reaches production: repositories, branching, CI/CD, release, setup.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.DeliveryProcess#getRepositories <em>Repositories</em>}</li>
 *   <li>{@link dev.baton.model.DeliveryProcess#getBranching <em>Branching</em>}</li>
 *   <li>{@link dev.baton.model.DeliveryProcess#getPipelines <em>Pipelines</em>}</li>
 *   <li>{@link dev.baton.model.DeliveryProcess#getRelease <em>Release</em>}</li>
 *   <li>{@link dev.baton.model.DeliveryProcess#getSetup <em>Setup</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getDeliveryProcess()
 * @model annotation="https://baton.dev/format kind='delivery' folder='delivery'"
 * @generated
 */
public interface DeliveryProcess extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Repositories</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Repository}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Repositories</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getDeliveryProcess_Repositories()
   * @model containment="true"
   * @generated
   */
  List<Repository> getRepositories();

  /**
   * Returns the value of the '<em><b>Branching</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Branching</em>' attribute.
   * @see #setBranching(String)
   * @see dev.baton.model.BatonPackage#getDeliveryProcess_Branching()
   * @model
   * @generated
   */
  String getBranching();

  /**
   * Sets the value of the '{@link dev.baton.model.DeliveryProcess#getBranching <em>Branching</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Branching</em>' attribute.
   * @see #getBranching()
   * @generated
   */
  void setBranching(String value);

  /**
   * Returns the value of the '<em><b>Pipelines</b></em>' attribute list.
   * The list contents are of type {@link java.lang.String}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Pipelines</em>' attribute list.
   * @see dev.baton.model.BatonPackage#getDeliveryProcess_Pipelines()
   * @model
   * @generated
   */
  List<String> getPipelines();

  /**
   * Returns the value of the '<em><b>Release</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Release</em>' attribute.
   * @see #setRelease(String)
   * @see dev.baton.model.BatonPackage#getDeliveryProcess_Release()
   * @model annotation="https://baton.dev/format section='Release'"
   * @generated
   */
  String getRelease();

  /**
   * Sets the value of the '{@link dev.baton.model.DeliveryProcess#getRelease <em>Release</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Release</em>' attribute.
   * @see #getRelease()
   * @generated
   */
  void setRelease(String value);

  /**
   * Returns the value of the '<em><b>Setup</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Setup</em>' attribute.
   * @see #setSetup(String)
   * @see dev.baton.model.BatonPackage#getDeliveryProcess_Setup()
   * @model annotation="https://baton.dev/format section='Setup'"
   * @generated
   */
  String getSetup();

  /**
   * Sets the value of the '{@link dev.baton.model.DeliveryProcess#getSetup <em>Setup</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Setup</em>' attribute.
   * @see #getSetup()
   * @generated
   */
  void setSetup(String value);

} // DeliveryProcess
