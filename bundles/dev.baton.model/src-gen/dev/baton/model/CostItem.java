/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.math.BigDecimal;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cost Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A recurring cost (cloud spend, SaaS, licence) and its budget.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.CostItem#getAmount <em>Amount</em>}</li>
 *   <li>{@link dev.baton.model.CostItem#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.baton.model.CostItem#getPeriod <em>Period</em>}</li>
 *   <li>{@link dev.baton.model.CostItem#getBudget <em>Budget</em>}</li>
 *   <li>{@link dev.baton.model.CostItem#getCategory <em>Category</em>}</li>
 *   <li>{@link dev.baton.model.CostItem#getAccount <em>Account</em>}</li>
 *   <li>{@link dev.baton.model.CostItem#getContract <em>Contract</em>}</li>
 *   <li>{@link dev.baton.model.CostItem#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getCostItem()
 * @model annotation="https://baton.dev/format kind='cost' folder='costs'"
 * @generated
 */
public interface CostItem extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Amount</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Amount</em>' attribute.
   * @see #setAmount(BigDecimal)
   * @see dev.baton.model.BatonPackage#getCostItem_Amount()
   * @model
   * @generated
   */
  BigDecimal getAmount();

  /**
   * Sets the value of the '{@link dev.baton.model.CostItem#getAmount <em>Amount</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Amount</em>' attribute.
   * @see #getAmount()
   * @generated
   */
  void setAmount(BigDecimal value);

  /**
   * Returns the value of the '<em><b>Currency</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Currency</em>' attribute.
   * @see #setCurrency(String)
   * @see dev.baton.model.BatonPackage#getCostItem_Currency()
   * @model
   * @generated
   */
  String getCurrency();

  /**
   * Sets the value of the '{@link dev.baton.model.CostItem#getCurrency <em>Currency</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Currency</em>' attribute.
   * @see #getCurrency()
   * @generated
   */
  void setCurrency(String value);

  /**
   * Returns the value of the '<em><b>Period</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * month, year, ...
   * <!-- end-model-doc -->
   * @return the value of the '<em>Period</em>' attribute.
   * @see #setPeriod(String)
   * @see dev.baton.model.BatonPackage#getCostItem_Period()
   * @model
   * @generated
   */
  String getPeriod();

  /**
   * Sets the value of the '{@link dev.baton.model.CostItem#getPeriod <em>Period</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Period</em>' attribute.
   * @see #getPeriod()
   * @generated
   */
  void setPeriod(String value);

  /**
   * Returns the value of the '<em><b>Budget</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Budget</em>' attribute.
   * @see #setBudget(BigDecimal)
   * @see dev.baton.model.BatonPackage#getCostItem_Budget()
   * @model
   * @generated
   */
  BigDecimal getBudget();

  /**
   * Sets the value of the '{@link dev.baton.model.CostItem#getBudget <em>Budget</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Budget</em>' attribute.
   * @see #getBudget()
   * @generated
   */
  void setBudget(BigDecimal value);

  /**
   * Returns the value of the '<em><b>Category</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Category</em>' attribute.
   * @see #setCategory(String)
   * @see dev.baton.model.BatonPackage#getCostItem_Category()
   * @model
   * @generated
   */
  String getCategory();

  /**
   * Sets the value of the '{@link dev.baton.model.CostItem#getCategory <em>Category</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Category</em>' attribute.
   * @see #getCategory()
   * @generated
   */
  void setCategory(String value);

  /**
   * Returns the value of the '<em><b>Account</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Account</em>' reference.
   * @see #setAccount(Account)
   * @see dev.baton.model.BatonPackage#getCostItem_Account()
   * @model resolveProxies="false"
   * @generated
   */
  Account getAccount();

  /**
   * Sets the value of the '{@link dev.baton.model.CostItem#getAccount <em>Account</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Account</em>' reference.
   * @see #getAccount()
   * @generated
   */
  void setAccount(Account value);

  /**
   * Returns the value of the '<em><b>Contract</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Contract</em>' reference.
   * @see #setContract(Contract)
   * @see dev.baton.model.BatonPackage#getCostItem_Contract()
   * @model resolveProxies="false"
   * @generated
   */
  Contract getContract();

  /**
   * Sets the value of the '{@link dev.baton.model.CostItem#getContract <em>Contract</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Contract</em>' reference.
   * @see #getContract()
   * @generated
   */
  void setContract(Contract value);

  /**
   * Returns the value of the '<em><b>Covers</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Element}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Covers</em>' reference list.
   * @see dev.baton.model.BatonPackage#getCostItem_Covers()
   * @model resolveProxies="false"
   * @generated
   */
  List<Element> getCovers();

} // CostItem
