/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Contract;
import dev.baton.model.Element;
import dev.baton.model.Person;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contract</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.ContractImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link dev.baton.model.impl.ContractImpl#getService <em>Service</em>}</li>
 *   <li>{@link dev.baton.model.impl.ContractImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link dev.baton.model.impl.ContractImpl#getRenewalDate <em>Renewal Date</em>}</li>
 *   <li>{@link dev.baton.model.impl.ContractImpl#getNoticePeriodDays <em>Notice Period Days</em>}</li>
 *   <li>{@link dev.baton.model.impl.ContractImpl#isAutoRenews <em>Auto Renews</em>}</li>
 *   <li>{@link dev.baton.model.impl.ContractImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link dev.baton.model.impl.ContractImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.baton.model.impl.ContractImpl#getBillingPeriod <em>Billing Period</em>}</li>
 *   <li>{@link dev.baton.model.impl.ContractImpl#getSla <em>Sla</em>}</li>
 *   <li>{@link dev.baton.model.impl.ContractImpl#getVendorContact <em>Vendor Contact</em>}</li>
 *   <li>{@link dev.baton.model.impl.ContractImpl#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContractImpl extends RecordImpl implements Contract
{
  /**
   * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getVendor()
   * @generated
   * @ordered
   */
  protected static final String VENDOR_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getVendor()
   * @generated
   * @ordered
   */
  protected String vendor = VENDOR_EDEFAULT;

  /**
   * The default value of the '{@link #getService() <em>Service</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getService()
   * @generated
   * @ordered
   */
  protected static final String SERVICE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getService() <em>Service</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getService()
   * @generated
   * @ordered
   */
  protected String service = SERVICE_EDEFAULT;

  /**
   * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStartDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate START_DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStartDate()
   * @generated
   * @ordered
   */
  protected LocalDate startDate = START_DATE_EDEFAULT;

  /**
   * The default value of the '{@link #getRenewalDate() <em>Renewal Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRenewalDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate RENEWAL_DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getRenewalDate() <em>Renewal Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRenewalDate()
   * @generated
   * @ordered
   */
  protected LocalDate renewalDate = RENEWAL_DATE_EDEFAULT;

  /**
   * The default value of the '{@link #getNoticePeriodDays() <em>Notice Period Days</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getNoticePeriodDays()
   * @generated
   * @ordered
   */
  protected static final Integer NOTICE_PERIOD_DAYS_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getNoticePeriodDays() <em>Notice Period Days</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getNoticePeriodDays()
   * @generated
   * @ordered
   */
  protected Integer noticePeriodDays = NOTICE_PERIOD_DAYS_EDEFAULT;

  /**
   * The default value of the '{@link #isAutoRenews() <em>Auto Renews</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isAutoRenews()
   * @generated
   * @ordered
   */
  protected static final boolean AUTO_RENEWS_EDEFAULT = false;

  /**
   * The cached value of the '{@link #isAutoRenews() <em>Auto Renews</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isAutoRenews()
   * @generated
   * @ordered
   */
  protected boolean autoRenews = AUTO_RENEWS_EDEFAULT;

  /**
   * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCost()
   * @generated
   * @ordered
   */
  protected static final BigDecimal COST_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCost()
   * @generated
   * @ordered
   */
  protected BigDecimal cost = COST_EDEFAULT;

  /**
   * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCurrency()
   * @generated
   * @ordered
   */
  protected static final String CURRENCY_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCurrency()
   * @generated
   * @ordered
   */
  protected String currency = CURRENCY_EDEFAULT;

  /**
   * The default value of the '{@link #getBillingPeriod() <em>Billing Period</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBillingPeriod()
   * @generated
   * @ordered
   */
  protected static final String BILLING_PERIOD_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getBillingPeriod() <em>Billing Period</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBillingPeriod()
   * @generated
   * @ordered
   */
  protected String billingPeriod = BILLING_PERIOD_EDEFAULT;

  /**
   * The default value of the '{@link #getSla() <em>Sla</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSla()
   * @generated
   * @ordered
   */
  protected static final String SLA_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getSla() <em>Sla</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSla()
   * @generated
   * @ordered
   */
  protected String sla = SLA_EDEFAULT;

  /**
   * The cached value of the '{@link #getVendorContact() <em>Vendor Contact</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getVendorContact()
   * @generated
   * @ordered
   */
  protected Person vendorContact;

  /**
   * The cached value of the '{@link #getCovers() <em>Covers</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCovers()
   * @generated
   * @ordered
   */
  protected EList<Element> covers;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected ContractImpl()
  {
    super();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected EClass eStaticClass()
  {
    return BatonPackage.Literals.CONTRACT;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getVendor()
  {
    return vendor;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setVendor(String newVendor)
  {
    String oldVendor = vendor;
    vendor = newVendor;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.CONTRACT__VENDOR, oldVendor, vendor));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getService()
  {
    return service;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setService(String newService)
  {
    String oldService = service;
    service = newService;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.CONTRACT__SERVICE, oldService, service));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getStartDate()
  {
    return startDate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStartDate(LocalDate newStartDate)
  {
    LocalDate oldStartDate = startDate;
    startDate = newStartDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.CONTRACT__START_DATE, oldStartDate, startDate));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getRenewalDate()
  {
    return renewalDate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRenewalDate(LocalDate newRenewalDate)
  {
    LocalDate oldRenewalDate = renewalDate;
    renewalDate = newRenewalDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.CONTRACT__RENEWAL_DATE, oldRenewalDate, renewalDate));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Integer getNoticePeriodDays()
  {
    return noticePeriodDays;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setNoticePeriodDays(Integer newNoticePeriodDays)
  {
    Integer oldNoticePeriodDays = noticePeriodDays;
    noticePeriodDays = newNoticePeriodDays;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.CONTRACT__NOTICE_PERIOD_DAYS, oldNoticePeriodDays, noticePeriodDays));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean isAutoRenews()
  {
    return autoRenews;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAutoRenews(boolean newAutoRenews)
  {
    boolean oldAutoRenews = autoRenews;
    autoRenews = newAutoRenews;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.CONTRACT__AUTO_RENEWS, oldAutoRenews, autoRenews));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public BigDecimal getCost()
  {
    return cost;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setCost(BigDecimal newCost)
  {
    BigDecimal oldCost = cost;
    cost = newCost;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.CONTRACT__COST, oldCost, cost));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getCurrency()
  {
    return currency;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setCurrency(String newCurrency)
  {
    String oldCurrency = currency;
    currency = newCurrency;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.CONTRACT__CURRENCY, oldCurrency, currency));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getBillingPeriod()
  {
    return billingPeriod;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setBillingPeriod(String newBillingPeriod)
  {
    String oldBillingPeriod = billingPeriod;
    billingPeriod = newBillingPeriod;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.CONTRACT__BILLING_PERIOD, oldBillingPeriod, billingPeriod));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getSla()
  {
    return sla;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSla(String newSla)
  {
    String oldSla = sla;
    sla = newSla;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.CONTRACT__SLA, oldSla, sla));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Person getVendorContact()
  {
    return vendorContact;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setVendorContact(Person newVendorContact)
  {
    Person oldVendorContact = vendorContact;
    vendorContact = newVendorContact;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.CONTRACT__VENDOR_CONTACT, oldVendorContact, vendorContact));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Element> getCovers()
  {
    if (covers == null)
    {
      covers = new EObjectEList<Element>(Element.class, this, BatonPackage.CONTRACT__COVERS);
    }
    return covers;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object eGet(int featureID, boolean resolve, boolean coreType)
  {
    switch (featureID)
    {
      case BatonPackage.CONTRACT__VENDOR:
        return getVendor();
      case BatonPackage.CONTRACT__SERVICE:
        return getService();
      case BatonPackage.CONTRACT__START_DATE:
        return getStartDate();
      case BatonPackage.CONTRACT__RENEWAL_DATE:
        return getRenewalDate();
      case BatonPackage.CONTRACT__NOTICE_PERIOD_DAYS:
        return getNoticePeriodDays();
      case BatonPackage.CONTRACT__AUTO_RENEWS:
        return isAutoRenews();
      case BatonPackage.CONTRACT__COST:
        return getCost();
      case BatonPackage.CONTRACT__CURRENCY:
        return getCurrency();
      case BatonPackage.CONTRACT__BILLING_PERIOD:
        return getBillingPeriod();
      case BatonPackage.CONTRACT__SLA:
        return getSla();
      case BatonPackage.CONTRACT__VENDOR_CONTACT:
        return getVendorContact();
      case BatonPackage.CONTRACT__COVERS:
        return getCovers();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @SuppressWarnings("unchecked")
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case BatonPackage.CONTRACT__VENDOR:
        setVendor((String)newValue);
        return;
      case BatonPackage.CONTRACT__SERVICE:
        setService((String)newValue);
        return;
      case BatonPackage.CONTRACT__START_DATE:
        setStartDate((LocalDate)newValue);
        return;
      case BatonPackage.CONTRACT__RENEWAL_DATE:
        setRenewalDate((LocalDate)newValue);
        return;
      case BatonPackage.CONTRACT__NOTICE_PERIOD_DAYS:
        setNoticePeriodDays((Integer)newValue);
        return;
      case BatonPackage.CONTRACT__AUTO_RENEWS:
        setAutoRenews((Boolean)newValue);
        return;
      case BatonPackage.CONTRACT__COST:
        setCost((BigDecimal)newValue);
        return;
      case BatonPackage.CONTRACT__CURRENCY:
        setCurrency((String)newValue);
        return;
      case BatonPackage.CONTRACT__BILLING_PERIOD:
        setBillingPeriod((String)newValue);
        return;
      case BatonPackage.CONTRACT__SLA:
        setSla((String)newValue);
        return;
      case BatonPackage.CONTRACT__VENDOR_CONTACT:
        setVendorContact((Person)newValue);
        return;
      case BatonPackage.CONTRACT__COVERS:
        getCovers().clear();
        getCovers().addAll((Collection<? extends Element>)newValue);
        return;
    }
    super.eSet(featureID, newValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eUnset(int featureID)
  {
    switch (featureID)
    {
      case BatonPackage.CONTRACT__VENDOR:
        setVendor(VENDOR_EDEFAULT);
        return;
      case BatonPackage.CONTRACT__SERVICE:
        setService(SERVICE_EDEFAULT);
        return;
      case BatonPackage.CONTRACT__START_DATE:
        setStartDate(START_DATE_EDEFAULT);
        return;
      case BatonPackage.CONTRACT__RENEWAL_DATE:
        setRenewalDate(RENEWAL_DATE_EDEFAULT);
        return;
      case BatonPackage.CONTRACT__NOTICE_PERIOD_DAYS:
        setNoticePeriodDays(NOTICE_PERIOD_DAYS_EDEFAULT);
        return;
      case BatonPackage.CONTRACT__AUTO_RENEWS:
        setAutoRenews(AUTO_RENEWS_EDEFAULT);
        return;
      case BatonPackage.CONTRACT__COST:
        setCost(COST_EDEFAULT);
        return;
      case BatonPackage.CONTRACT__CURRENCY:
        setCurrency(CURRENCY_EDEFAULT);
        return;
      case BatonPackage.CONTRACT__BILLING_PERIOD:
        setBillingPeriod(BILLING_PERIOD_EDEFAULT);
        return;
      case BatonPackage.CONTRACT__SLA:
        setSla(SLA_EDEFAULT);
        return;
      case BatonPackage.CONTRACT__VENDOR_CONTACT:
        setVendorContact((Person)null);
        return;
      case BatonPackage.CONTRACT__COVERS:
        getCovers().clear();
        return;
    }
    super.eUnset(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean eIsSet(int featureID)
  {
    switch (featureID)
    {
      case BatonPackage.CONTRACT__VENDOR:
        return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
      case BatonPackage.CONTRACT__SERVICE:
        return SERVICE_EDEFAULT == null ? service != null : !SERVICE_EDEFAULT.equals(service);
      case BatonPackage.CONTRACT__START_DATE:
        return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
      case BatonPackage.CONTRACT__RENEWAL_DATE:
        return RENEWAL_DATE_EDEFAULT == null ? renewalDate != null : !RENEWAL_DATE_EDEFAULT.equals(renewalDate);
      case BatonPackage.CONTRACT__NOTICE_PERIOD_DAYS:
        return NOTICE_PERIOD_DAYS_EDEFAULT == null ? noticePeriodDays != null : !NOTICE_PERIOD_DAYS_EDEFAULT.equals(noticePeriodDays);
      case BatonPackage.CONTRACT__AUTO_RENEWS:
        return autoRenews != AUTO_RENEWS_EDEFAULT;
      case BatonPackage.CONTRACT__COST:
        return COST_EDEFAULT == null ? cost != null : !COST_EDEFAULT.equals(cost);
      case BatonPackage.CONTRACT__CURRENCY:
        return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
      case BatonPackage.CONTRACT__BILLING_PERIOD:
        return BILLING_PERIOD_EDEFAULT == null ? billingPeriod != null : !BILLING_PERIOD_EDEFAULT.equals(billingPeriod);
      case BatonPackage.CONTRACT__SLA:
        return SLA_EDEFAULT == null ? sla != null : !SLA_EDEFAULT.equals(sla);
      case BatonPackage.CONTRACT__VENDOR_CONTACT:
        return vendorContact != null;
      case BatonPackage.CONTRACT__COVERS:
        return covers != null && !covers.isEmpty();
    }
    return super.eIsSet(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    if (eIsProxy()) return super.toString();

    StringBuilder result = new StringBuilder(super.toString());
    result.append(" (vendor: "); //$NON-NLS-1$
    result.append(vendor);
    result.append(", service: "); //$NON-NLS-1$
    result.append(service);
    result.append(", startDate: "); //$NON-NLS-1$
    result.append(startDate);
    result.append(", renewalDate: "); //$NON-NLS-1$
    result.append(renewalDate);
    result.append(", noticePeriodDays: "); //$NON-NLS-1$
    result.append(noticePeriodDays);
    result.append(", autoRenews: "); //$NON-NLS-1$
    result.append(autoRenews);
    result.append(", cost: "); //$NON-NLS-1$
    result.append(cost);
    result.append(", currency: "); //$NON-NLS-1$
    result.append(currency);
    result.append(", billingPeriod: "); //$NON-NLS-1$
    result.append(billingPeriod);
    result.append(", sla: "); //$NON-NLS-1$
    result.append(sla);
    result.append(')');
    return result.toString();
  }

} //ContractImpl
