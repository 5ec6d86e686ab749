/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contract</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A vendor contract or licence.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Contract#getVendor <em>Vendor</em>}</li>
 *   <li>{@link dev.baton.model.Contract#getService <em>Service</em>}</li>
 *   <li>{@link dev.baton.model.Contract#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link dev.baton.model.Contract#getRenewalDate <em>Renewal Date</em>}</li>
 *   <li>{@link dev.baton.model.Contract#getNoticePeriodDays <em>Notice Period Days</em>}</li>
 *   <li>{@link dev.baton.model.Contract#isAutoRenews <em>Auto Renews</em>}</li>
 *   <li>{@link dev.baton.model.Contract#getCost <em>Cost</em>}</li>
 *   <li>{@link dev.baton.model.Contract#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.baton.model.Contract#getBillingPeriod <em>Billing Period</em>}</li>
 *   <li>{@link dev.baton.model.Contract#getSla <em>Sla</em>}</li>
 *   <li>{@link dev.baton.model.Contract#getVendorContact <em>Vendor Contact</em>}</li>
 *   <li>{@link dev.baton.model.Contract#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getContract()
 * @model annotation="https://baton.dev/format kind='contract' folder='contracts'"
 * @generated
 */
public interface Contract extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Vendor</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Vendor</em>' attribute.
   * @see #setVendor(String)
   * @see dev.baton.model.BatonPackage#getContract_Vendor()
   * @model
   * @generated
   */
  String getVendor();

  /**
   * Sets the value of the '{@link dev.baton.model.Contract#getVendor <em>Vendor</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Vendor</em>' attribute.
   * @see #getVendor()
   * @generated
   */
  void setVendor(String value);

  /**
   * Returns the value of the '<em><b>Service</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Service</em>' attribute.
   * @see #setService(String)
   * @see dev.baton.model.BatonPackage#getContract_Service()
   * @model
   * @generated
   */
  String getService();

  /**
   * Sets the value of the '{@link dev.baton.model.Contract#getService <em>Service</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Service</em>' attribute.
   * @see #getService()
   * @generated
   */
  void setService(String value);

  /**
   * Returns the value of the '<em><b>Start Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Start Date</em>' attribute.
   * @see #setStartDate(LocalDate)
   * @see dev.baton.model.BatonPackage#getContract_StartDate()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getStartDate();

  /**
   * Sets the value of the '{@link dev.baton.model.Contract#getStartDate <em>Start Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Start Date</em>' attribute.
   * @see #getStartDate()
   * @generated
   */
  void setStartDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Renewal Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Renewal Date</em>' attribute.
   * @see #setRenewalDate(LocalDate)
   * @see dev.baton.model.BatonPackage#getContract_RenewalDate()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getRenewalDate();

  /**
   * Sets the value of the '{@link dev.baton.model.Contract#getRenewalDate <em>Renewal Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Renewal Date</em>' attribute.
   * @see #getRenewalDate()
   * @generated
   */
  void setRenewalDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Notice Period Days</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Notice Period Days</em>' attribute.
   * @see #setNoticePeriodDays(Integer)
   * @see dev.baton.model.BatonPackage#getContract_NoticePeriodDays()
   * @model
   * @generated
   */
  Integer getNoticePeriodDays();

  /**
   * Sets the value of the '{@link dev.baton.model.Contract#getNoticePeriodDays <em>Notice Period Days</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Notice Period Days</em>' attribute.
   * @see #getNoticePeriodDays()
   * @generated
   */
  void setNoticePeriodDays(Integer value);

  /**
   * Returns the value of the '<em><b>Auto Renews</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Auto Renews</em>' attribute.
   * @see #setAutoRenews(boolean)
   * @see dev.baton.model.BatonPackage#getContract_AutoRenews()
   * @model
   * @generated
   */
  boolean isAutoRenews();

  /**
   * Sets the value of the '{@link dev.baton.model.Contract#isAutoRenews <em>Auto Renews</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Auto Renews</em>' attribute.
   * @see #isAutoRenews()
   * @generated
   */
  void setAutoRenews(boolean value);

  /**
   * Returns the value of the '<em><b>Cost</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Cost</em>' attribute.
   * @see #setCost(BigDecimal)
   * @see dev.baton.model.BatonPackage#getContract_Cost()
   * @model
   * @generated
   */
  BigDecimal getCost();

  /**
   * Sets the value of the '{@link dev.baton.model.Contract#getCost <em>Cost</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Cost</em>' attribute.
   * @see #getCost()
   * @generated
   */
  void setCost(BigDecimal value);

  /**
   * Returns the value of the '<em><b>Currency</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Currency</em>' attribute.
   * @see #setCurrency(String)
   * @see dev.baton.model.BatonPackage#getContract_Currency()
   * @model
   * @generated
   */
  String getCurrency();

  /**
   * Sets the value of the '{@link dev.baton.model.Contract#getCurrency <em>Currency</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Currency</em>' attribute.
   * @see #getCurrency()
   * @generated
   */
  void setCurrency(String value);

  /**
   * Returns the value of the '<em><b>Billing Period</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Billing Period</em>' attribute.
   * @see #setBillingPeriod(String)
   * @see dev.baton.model.BatonPackage#getContract_BillingPeriod()
   * @model
   * @generated
   */
  String getBillingPeriod();

  /**
   * Sets the value of the '{@link dev.baton.model.Contract#getBillingPeriod <em>Billing Period</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Billing Period</em>' attribute.
   * @see #getBillingPeriod()
   * @generated
   */
  void setBillingPeriod(String value);

  /**
   * Returns the value of the '<em><b>Sla</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Sla</em>' attribute.
   * @see #setSla(String)
   * @see dev.baton.model.BatonPackage#getContract_Sla()
   * @model
   * @generated
   */
  String getSla();

  /**
   * Sets the value of the '{@link dev.baton.model.Contract#getSla <em>Sla</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Sla</em>' attribute.
   * @see #getSla()
   * @generated
   */
  void setSla(String value);

  /**
   * Returns the value of the '<em><b>Vendor Contact</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Vendor Contact</em>' reference.
   * @see #setVendorContact(Person)
   * @see dev.baton.model.BatonPackage#getContract_VendorContact()
   * @model resolveProxies="false"
   * @generated
   */
  Person getVendorContact();

  /**
   * Sets the value of the '{@link dev.baton.model.Contract#getVendorContact <em>Vendor Contact</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Vendor Contact</em>' reference.
   * @see #getVendorContact()
   * @generated
   */
  void setVendorContact(Person value);

  /**
   * Returns the value of the '<em><b>Covers</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Element}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Covers</em>' reference list.
   * @see dev.baton.model.BatonPackage#getContract_Covers()
   * @model resolveProxies="false"
   * @generated
   */
  List<Element> getCovers();

} // Contract
