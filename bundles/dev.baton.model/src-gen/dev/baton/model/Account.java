/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cloud or SaaS account the platform depends on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Account#getProvider <em>Provider</em>}</li>
 *   <li>{@link dev.baton.model.Account#getAccountId <em>Account Id</em>}</li>
 *   <li>{@link dev.baton.model.Account#getBillingContact <em>Billing Contact</em>}</li>
 *   <li>{@link dev.baton.model.Account#getRootHeldBy <em>Root Held By</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getAccount()
 * @model annotation="https://baton.dev/format kind='account' folder='accounts'"
 * @generated
 */
public interface Account extends Element
{
  /**
   * Returns the value of the '<em><b>Provider</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Provider</em>' attribute.
   * @see #setProvider(String)
   * @see dev.baton.model.BatonPackage#getAccount_Provider()
   * @model
   * @generated
   */
  String getProvider();

  /**
   * Sets the value of the '{@link dev.baton.model.Account#getProvider <em>Provider</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Provider</em>' attribute.
   * @see #getProvider()
   * @generated
   */
  void setProvider(String value);

  /**
   * Returns the value of the '<em><b>Account Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The provider's account identifier (never a credential).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Account Id</em>' attribute.
   * @see #setAccountId(String)
   * @see dev.baton.model.BatonPackage#getAccount_AccountId()
   * @model
   * @generated
   */
  String getAccountId();

  /**
   * Sets the value of the '{@link dev.baton.model.Account#getAccountId <em>Account Id</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Account Id</em>' attribute.
   * @see #getAccountId()
   * @generated
   */
  void setAccountId(String value);

  /**
   * Returns the value of the '<em><b>Billing Contact</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Billing Contact</em>' reference.
   * @see #setBillingContact(Party)
   * @see dev.baton.model.BatonPackage#getAccount_BillingContact()
   * @model resolveProxies="false"
   * @generated
   */
  Party getBillingContact();

  /**
   * Sets the value of the '{@link dev.baton.model.Account#getBillingContact <em>Billing Contact</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Billing Contact</em>' reference.
   * @see #getBillingContact()
   * @generated
   */
  void setBillingContact(Party value);

  /**
   * Returns the value of the '<em><b>Root Held By</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Who holds the root or owner login.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Root Held By</em>' reference.
   * @see #setRootHeldBy(Party)
   * @see dev.baton.model.BatonPackage#getAccount_RootHeldBy()
   * @model resolveProxies="false"
   * @generated
   */
  Party getRootHeldBy();

  /**
   * Sets the value of the '{@link dev.baton.model.Account#getRootHeldBy <em>Root Held By</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Root Held By</em>' reference.
   * @see #getRootHeldBy()
   * @generated
   */
  void setRootHeldBy(Party value);

} // Account
