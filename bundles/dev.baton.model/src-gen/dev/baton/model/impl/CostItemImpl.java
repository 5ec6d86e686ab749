/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.Account;
import dev.baton.model.BatonPackage;
import dev.baton.model.Contract;
import dev.baton.model.CostItem;
import dev.baton.model.Element;

import java.math.BigDecimal;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cost Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.CostItemImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link dev.baton.model.impl.CostItemImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.baton.model.impl.CostItemImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link dev.baton.model.impl.CostItemImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link dev.baton.model.impl.CostItemImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link dev.baton.model.impl.CostItemImpl#getAccount <em>Account</em>}</li>
 *   <li>{@link dev.baton.model.impl.CostItemImpl#getContract <em>Contract</em>}</li>
 *   <li>{@link dev.baton.model.impl.CostItemImpl#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CostItemImpl extends RecordImpl implements CostItem
{
  /**
   * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAmount()
   * @generated
   * @ordered
   */
  protected static final BigDecimal AMOUNT_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAmount()
   * @generated
   * @ordered
   */
  protected BigDecimal amount = AMOUNT_EDEFAULT;

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
   * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPeriod()
   * @generated
   * @ordered
   */
  protected static final String PERIOD_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPeriod()
   * @generated
   * @ordered
   */
  protected String period = PERIOD_EDEFAULT;

  /**
   * The default value of the '{@link #getBudget() <em>Budget</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBudget()
   * @generated
   * @ordered
   */
  protected static final BigDecimal BUDGET_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getBudget() <em>Budget</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBudget()
   * @generated
   * @ordered
   */
  protected BigDecimal budget = BUDGET_EDEFAULT;

  /**
   * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCategory()
   * @generated
   * @ordered
   */
  protected static final String CATEGORY_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCategory()
   * @generated
   * @ordered
   */
  protected String category = CATEGORY_EDEFAULT;

  /**
   * The cached value of the '{@link #getAccount() <em>Account</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAccount()
   * @generated
   * @ordered
   */
  protected Account account;

  /**
   * The cached value of the '{@link #getContract() <em>Contract</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getContract()
   * @generated
   * @ordered
   */
  protected Contract contract;

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
  protected CostItemImpl()
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
    return BatonPackage.Literals.COST_ITEM;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public BigDecimal getAmount()
  {
    return amount;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAmount(BigDecimal newAmount)
  {
    BigDecimal oldAmount = amount;
    amount = newAmount;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COST_ITEM__AMOUNT, oldAmount, amount));
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
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COST_ITEM__CURRENCY, oldCurrency, currency));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getPeriod()
  {
    return period;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setPeriod(String newPeriod)
  {
    String oldPeriod = period;
    period = newPeriod;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COST_ITEM__PERIOD, oldPeriod, period));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public BigDecimal getBudget()
  {
    return budget;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setBudget(BigDecimal newBudget)
  {
    BigDecimal oldBudget = budget;
    budget = newBudget;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COST_ITEM__BUDGET, oldBudget, budget));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getCategory()
  {
    return category;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setCategory(String newCategory)
  {
    String oldCategory = category;
    category = newCategory;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COST_ITEM__CATEGORY, oldCategory, category));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Account getAccount()
  {
    return account;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAccount(Account newAccount)
  {
    Account oldAccount = account;
    account = newAccount;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COST_ITEM__ACCOUNT, oldAccount, account));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Contract getContract()
  {
    return contract;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setContract(Contract newContract)
  {
    Contract oldContract = contract;
    contract = newContract;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COST_ITEM__CONTRACT, oldContract, contract));
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
      covers = new EObjectEList<Element>(Element.class, this, BatonPackage.COST_ITEM__COVERS);
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
      case BatonPackage.COST_ITEM__AMOUNT:
        return getAmount();
      case BatonPackage.COST_ITEM__CURRENCY:
        return getCurrency();
      case BatonPackage.COST_ITEM__PERIOD:
        return getPeriod();
      case BatonPackage.COST_ITEM__BUDGET:
        return getBudget();
      case BatonPackage.COST_ITEM__CATEGORY:
        return getCategory();
      case BatonPackage.COST_ITEM__ACCOUNT:
        return getAccount();
      case BatonPackage.COST_ITEM__CONTRACT:
        return getContract();
      case BatonPackage.COST_ITEM__COVERS:
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
      case BatonPackage.COST_ITEM__AMOUNT:
        setAmount((BigDecimal)newValue);
        return;
      case BatonPackage.COST_ITEM__CURRENCY:
        setCurrency((String)newValue);
        return;
      case BatonPackage.COST_ITEM__PERIOD:
        setPeriod((String)newValue);
        return;
      case BatonPackage.COST_ITEM__BUDGET:
        setBudget((BigDecimal)newValue);
        return;
      case BatonPackage.COST_ITEM__CATEGORY:
        setCategory((String)newValue);
        return;
      case BatonPackage.COST_ITEM__ACCOUNT:
        setAccount((Account)newValue);
        return;
      case BatonPackage.COST_ITEM__CONTRACT:
        setContract((Contract)newValue);
        return;
      case BatonPackage.COST_ITEM__COVERS:
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
      case BatonPackage.COST_ITEM__AMOUNT:
        setAmount(AMOUNT_EDEFAULT);
        return;
      case BatonPackage.COST_ITEM__CURRENCY:
        setCurrency(CURRENCY_EDEFAULT);
        return;
      case BatonPackage.COST_ITEM__PERIOD:
        setPeriod(PERIOD_EDEFAULT);
        return;
      case BatonPackage.COST_ITEM__BUDGET:
        setBudget(BUDGET_EDEFAULT);
        return;
      case BatonPackage.COST_ITEM__CATEGORY:
        setCategory(CATEGORY_EDEFAULT);
        return;
      case BatonPackage.COST_ITEM__ACCOUNT:
        setAccount((Account)null);
        return;
      case BatonPackage.COST_ITEM__CONTRACT:
        setContract((Contract)null);
        return;
      case BatonPackage.COST_ITEM__COVERS:
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
      case BatonPackage.COST_ITEM__AMOUNT:
        return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
      case BatonPackage.COST_ITEM__CURRENCY:
        return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
      case BatonPackage.COST_ITEM__PERIOD:
        return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
      case BatonPackage.COST_ITEM__BUDGET:
        return BUDGET_EDEFAULT == null ? budget != null : !BUDGET_EDEFAULT.equals(budget);
      case BatonPackage.COST_ITEM__CATEGORY:
        return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
      case BatonPackage.COST_ITEM__ACCOUNT:
        return account != null;
      case BatonPackage.COST_ITEM__CONTRACT:
        return contract != null;
      case BatonPackage.COST_ITEM__COVERS:
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
    result.append(" (amount: "); //$NON-NLS-1$
    result.append(amount);
    result.append(", currency: "); //$NON-NLS-1$
    result.append(currency);
    result.append(", period: "); //$NON-NLS-1$
    result.append(period);
    result.append(", budget: "); //$NON-NLS-1$
    result.append(budget);
    result.append(", category: "); //$NON-NLS-1$
    result.append(category);
    result.append(')');
    return result.toString();
  }

} //CostItemImpl
