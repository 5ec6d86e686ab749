/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Environment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Environment#getStage <em>Stage</em>}</li>
 *   <li>{@link dev.baton.model.Environment#getUrl <em>Url</em>}</li>
 *   <li>{@link dev.baton.model.Environment#getAccount <em>Account</em>}</li>
 *   <li>{@link dev.baton.model.Environment#getRegion <em>Region</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getEnvironment()
 * @model annotation="https://baton.dev/format kind='environment' folder='environments'"
 * @generated
 */
public interface Environment extends Element
{
  /**
   * Returns the value of the '<em><b>Stage</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * production, staging, development, ...
   * <!-- end-model-doc -->
   * @return the value of the '<em>Stage</em>' attribute.
   * @see #setStage(String)
   * @see dev.baton.model.BatonPackage#getEnvironment_Stage()
   * @model
   * @generated
   */
  String getStage();

  /**
   * Sets the value of the '{@link dev.baton.model.Environment#getStage <em>Stage</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Stage</em>' attribute.
   * @see #getStage()
   * @generated
   */
  void setStage(String value);

  /**
   * Returns the value of the '<em><b>Url</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Url</em>' attribute.
   * @see #setUrl(String)
   * @see dev.baton.model.BatonPackage#getEnvironment_Url()
   * @model
   * @generated
   */
  String getUrl();

  /**
   * Sets the value of the '{@link dev.baton.model.Environment#getUrl <em>Url</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Url</em>' attribute.
   * @see #getUrl()
   * @generated
   */
  void setUrl(String value);

  /**
   * Returns the value of the '<em><b>Account</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Account</em>' reference.
   * @see #setAccount(Account)
   * @see dev.baton.model.BatonPackage#getEnvironment_Account()
   * @model resolveProxies="false"
   * @generated
   */
  Account getAccount();

  /**
   * Sets the value of the '{@link dev.baton.model.Environment#getAccount <em>Account</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Account</em>' reference.
   * @see #getAccount()
   * @generated
   */
  void setAccount(Account value);

  /**
   * Returns the value of the '<em><b>Region</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Region</em>' attribute.
   * @see #setRegion(String)
   * @see dev.baton.model.BatonPackage#getEnvironment_Region()
   * @model
   * @generated
   */
  String getRegion();

  /**
   * Sets the value of the '{@link dev.baton.model.Environment#getRegion <em>Region</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Region</em>' attribute.
   * @see #getRegion()
   * @generated
   */
  void setRegion(String value);

} // Environment
