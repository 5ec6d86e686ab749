/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionStatus;
import dev.baton.model.Element;
import dev.baton.model.Option;

import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getSlug <em>Slug</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getStatusText <em>Status Text</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getDecisionMakers <em>Decision Makers</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getConsulted <em>Consulted</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getInformed <em>Informed</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getContext <em>Context</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getOptions <em>Options</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getChosenOption <em>Chosen Option</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getConsequences <em>Consequences</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getConfirmation <em>Confirmation</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getMoreInformation <em>More Information</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getAffects <em>Affects</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getStatedSupersededBy <em>Stated Superseded By</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getSupersedes <em>Supersedes</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getSupersededBy <em>Superseded By</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getAmends <em>Amends</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionImpl#getAmendedBy <em>Amended By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecisionImpl extends RecordImpl implements Decision
{
  /**
   * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getNumber()
   * @generated
   * @ordered
   */
  protected static final Integer NUMBER_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getNumber()
   * @generated
   * @ordered
   */
  protected Integer number = NUMBER_EDEFAULT;

  /**
   * The default value of the '{@link #getSlug() <em>Slug</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSlug()
   * @generated
   * @ordered
   */
  protected static final String SLUG_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getSlug() <em>Slug</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSlug()
   * @generated
   * @ordered
   */
  protected String slug = SLUG_EDEFAULT;

  /**
   * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected static final DecisionStatus STATUS_EDEFAULT = DecisionStatus.DRAFT;

  /**
   * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected DecisionStatus status = STATUS_EDEFAULT;

  /**
   * The default value of the '{@link #getStatusText() <em>Status Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatusText()
   * @generated
   * @ordered
   */
  protected static final String STATUS_TEXT_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getStatusText() <em>Status Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatusText()
   * @generated
   * @ordered
   */
  protected String statusText = STATUS_TEXT_EDEFAULT;

  /**
   * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDate()
   * @generated
   * @ordered
   */
  protected LocalDate date = DATE_EDEFAULT;

  /**
   * The cached value of the '{@link #getDecisionMakers() <em>Decision Makers</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDecisionMakers()
   * @generated
   * @ordered
   */
  protected EList<String> decisionMakers;

  /**
   * The cached value of the '{@link #getConsulted() <em>Consulted</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getConsulted()
   * @generated
   * @ordered
   */
  protected EList<String> consulted;

  /**
   * The cached value of the '{@link #getInformed() <em>Informed</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getInformed()
   * @generated
   * @ordered
   */
  protected EList<String> informed;

  /**
   * The default value of the '{@link #getContext() <em>Context</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getContext()
   * @generated
   * @ordered
   */
  protected static final String CONTEXT_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getContext() <em>Context</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getContext()
   * @generated
   * @ordered
   */
  protected String context = CONTEXT_EDEFAULT;

  /**
   * The cached value of the '{@link #getDrivers() <em>Drivers</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDrivers()
   * @generated
   * @ordered
   */
  protected EList<String> drivers;

  /**
   * The cached value of the '{@link #getOptions() <em>Options</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOptions()
   * @generated
   * @ordered
   */
  protected EList<Option> options;

  /**
   * The default value of the '{@link #getChosenOption() <em>Chosen Option</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getChosenOption()
   * @generated
   * @ordered
   */
  protected static final String CHOSEN_OPTION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getChosenOption() <em>Chosen Option</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getChosenOption()
   * @generated
   * @ordered
   */
  protected String chosenOption = CHOSEN_OPTION_EDEFAULT;

  /**
   * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOutcome()
   * @generated
   * @ordered
   */
  protected static final String OUTCOME_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOutcome()
   * @generated
   * @ordered
   */
  protected String outcome = OUTCOME_EDEFAULT;

  /**
   * The default value of the '{@link #getConsequences() <em>Consequences</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getConsequences()
   * @generated
   * @ordered
   */
  protected static final String CONSEQUENCES_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getConsequences() <em>Consequences</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getConsequences()
   * @generated
   * @ordered
   */
  protected String consequences = CONSEQUENCES_EDEFAULT;

  /**
   * The default value of the '{@link #getConfirmation() <em>Confirmation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getConfirmation()
   * @generated
   * @ordered
   */
  protected static final String CONFIRMATION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getConfirmation() <em>Confirmation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getConfirmation()
   * @generated
   * @ordered
   */
  protected String confirmation = CONFIRMATION_EDEFAULT;

  /**
   * The default value of the '{@link #getMoreInformation() <em>More Information</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMoreInformation()
   * @generated
   * @ordered
   */
  protected static final String MORE_INFORMATION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getMoreInformation() <em>More Information</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMoreInformation()
   * @generated
   * @ordered
   */
  protected String moreInformation = MORE_INFORMATION_EDEFAULT;

  /**
   * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLinks()
   * @generated
   * @ordered
   */
  protected EList<DecisionLink> links;

  /**
   * The cached value of the '{@link #getAffects() <em>Affects</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAffects()
   * @generated
   * @ordered
   */
  protected EList<Element> affects;

  /**
   * The cached value of the '{@link #getStatedSupersededBy() <em>Stated Superseded By</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatedSupersededBy()
   * @generated
   * @ordered
   */
  protected EList<Decision> statedSupersededBy;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected DecisionImpl()
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
    return BatonPackage.Literals.DECISION;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Integer getNumber()
  {
    return number;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setNumber(Integer newNumber)
  {
    Integer oldNumber = number;
    number = newNumber;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION__NUMBER, oldNumber, number));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getSlug()
  {
    return slug;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSlug(String newSlug)
  {
    String oldSlug = slug;
    slug = newSlug;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION__SLUG, oldSlug, slug));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public DecisionStatus getStatus()
  {
    return status;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStatus(DecisionStatus newStatus)
  {
    DecisionStatus oldStatus = status;
    status = newStatus == null ? STATUS_EDEFAULT : newStatus;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION__STATUS, oldStatus, status));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getStatusText()
  {
    return statusText;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStatusText(String newStatusText)
  {
    String oldStatusText = statusText;
    statusText = newStatusText;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION__STATUS_TEXT, oldStatusText, statusText));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getDate()
  {
    return date;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDate(LocalDate newDate)
  {
    LocalDate oldDate = date;
    date = newDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION__DATE, oldDate, date));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<String> getDecisionMakers()
  {
    if (decisionMakers == null)
    {
      decisionMakers = new EDataTypeUniqueEList<String>(String.class, this, BatonPackage.DECISION__DECISION_MAKERS);
    }
    return decisionMakers;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<String> getConsulted()
  {
    if (consulted == null)
    {
      consulted = new EDataTypeUniqueEList<String>(String.class, this, BatonPackage.DECISION__CONSULTED);
    }
    return consulted;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<String> getInformed()
  {
    if (informed == null)
    {
      informed = new EDataTypeUniqueEList<String>(String.class, this, BatonPackage.DECISION__INFORMED);
    }
    return informed;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getContext()
  {
    return context;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setContext(String newContext)
  {
    String oldContext = context;
    context = newContext;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION__CONTEXT, oldContext, context));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<String> getDrivers()
  {
    if (drivers == null)
    {
      drivers = new EDataTypeUniqueEList<String>(String.class, this, BatonPackage.DECISION__DRIVERS);
    }
    return drivers;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Option> getOptions()
  {
    if (options == null)
    {
      options = new EObjectContainmentEList<Option>(Option.class, this, BatonPackage.DECISION__OPTIONS);
    }
    return options;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getChosenOption()
  {
    return chosenOption;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setChosenOption(String newChosenOption)
  {
    String oldChosenOption = chosenOption;
    chosenOption = newChosenOption;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION__CHOSEN_OPTION, oldChosenOption, chosenOption));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getOutcome()
  {
    return outcome;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOutcome(String newOutcome)
  {
    String oldOutcome = outcome;
    outcome = newOutcome;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION__OUTCOME, oldOutcome, outcome));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getConsequences()
  {
    return consequences;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setConsequences(String newConsequences)
  {
    String oldConsequences = consequences;
    consequences = newConsequences;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION__CONSEQUENCES, oldConsequences, consequences));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getConfirmation()
  {
    return confirmation;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setConfirmation(String newConfirmation)
  {
    String oldConfirmation = confirmation;
    confirmation = newConfirmation;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION__CONFIRMATION, oldConfirmation, confirmation));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getMoreInformation()
  {
    return moreInformation;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setMoreInformation(String newMoreInformation)
  {
    String oldMoreInformation = moreInformation;
    moreInformation = newMoreInformation;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION__MORE_INFORMATION, oldMoreInformation, moreInformation));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<DecisionLink> getLinks()
  {
    if (links == null)
    {
      links = new EObjectContainmentEList<DecisionLink>(DecisionLink.class, this, BatonPackage.DECISION__LINKS);
    }
    return links;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Element> getAffects()
  {
    if (affects == null)
    {
      affects = new EObjectEList<Element>(Element.class, this, BatonPackage.DECISION__AFFECTS);
    }
    return affects;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Decision> getStatedSupersededBy()
  {
    if (statedSupersededBy == null)
    {
      statedSupersededBy = new EObjectEList<Decision>(Decision.class, this, BatonPackage.DECISION__STATED_SUPERSEDED_BY);
    }
    return statedSupersededBy;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Decision> getSupersedes()
  {
    return dev.baton.model.query.Inverses.linked(this, dev.baton.model.LinkType.SUPERSEDES);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Decision> getSupersededBy()
  {
    return dev.baton.model.query.Inverses.linkedFrom(this, dev.baton.model.LinkType.SUPERSEDES);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Decision> getAmends()
  {
    return dev.baton.model.query.Inverses.linked(this, dev.baton.model.LinkType.AMENDS);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Decision> getAmendedBy()
  {
    return dev.baton.model.query.Inverses.linkedFrom(this, dev.baton.model.LinkType.AMENDS);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
  {
    switch (featureID)
    {
      case BatonPackage.DECISION__OPTIONS:
        return ((InternalEList<?>)getOptions()).basicRemove(otherEnd, msgs);
      case BatonPackage.DECISION__LINKS:
        return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
    }
    return super.eInverseRemove(otherEnd, featureID, msgs);
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
      case BatonPackage.DECISION__NUMBER:
        return getNumber();
      case BatonPackage.DECISION__SLUG:
        return getSlug();
      case BatonPackage.DECISION__STATUS:
        return getStatus();
      case BatonPackage.DECISION__STATUS_TEXT:
        return getStatusText();
      case BatonPackage.DECISION__DATE:
        return getDate();
      case BatonPackage.DECISION__DECISION_MAKERS:
        return getDecisionMakers();
      case BatonPackage.DECISION__CONSULTED:
        return getConsulted();
      case BatonPackage.DECISION__INFORMED:
        return getInformed();
      case BatonPackage.DECISION__CONTEXT:
        return getContext();
      case BatonPackage.DECISION__DRIVERS:
        return getDrivers();
      case BatonPackage.DECISION__OPTIONS:
        return getOptions();
      case BatonPackage.DECISION__CHOSEN_OPTION:
        return getChosenOption();
      case BatonPackage.DECISION__OUTCOME:
        return getOutcome();
      case BatonPackage.DECISION__CONSEQUENCES:
        return getConsequences();
      case BatonPackage.DECISION__CONFIRMATION:
        return getConfirmation();
      case BatonPackage.DECISION__MORE_INFORMATION:
        return getMoreInformation();
      case BatonPackage.DECISION__LINKS:
        return getLinks();
      case BatonPackage.DECISION__AFFECTS:
        return getAffects();
      case BatonPackage.DECISION__STATED_SUPERSEDED_BY:
        return getStatedSupersededBy();
      case BatonPackage.DECISION__SUPERSEDES:
        return getSupersedes();
      case BatonPackage.DECISION__SUPERSEDED_BY:
        return getSupersededBy();
      case BatonPackage.DECISION__AMENDS:
        return getAmends();
      case BatonPackage.DECISION__AMENDED_BY:
        return getAmendedBy();
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
      case BatonPackage.DECISION__NUMBER:
        setNumber((Integer)newValue);
        return;
      case BatonPackage.DECISION__SLUG:
        setSlug((String)newValue);
        return;
      case BatonPackage.DECISION__STATUS:
        setStatus((DecisionStatus)newValue);
        return;
      case BatonPackage.DECISION__STATUS_TEXT:
        setStatusText((String)newValue);
        return;
      case BatonPackage.DECISION__DATE:
        setDate((LocalDate)newValue);
        return;
      case BatonPackage.DECISION__DECISION_MAKERS:
        getDecisionMakers().clear();
        getDecisionMakers().addAll((Collection<? extends String>)newValue);
        return;
      case BatonPackage.DECISION__CONSULTED:
        getConsulted().clear();
        getConsulted().addAll((Collection<? extends String>)newValue);
        return;
      case BatonPackage.DECISION__INFORMED:
        getInformed().clear();
        getInformed().addAll((Collection<? extends String>)newValue);
        return;
      case BatonPackage.DECISION__CONTEXT:
        setContext((String)newValue);
        return;
      case BatonPackage.DECISION__DRIVERS:
        getDrivers().clear();
        getDrivers().addAll((Collection<? extends String>)newValue);
        return;
      case BatonPackage.DECISION__OPTIONS:
        getOptions().clear();
        getOptions().addAll((Collection<? extends Option>)newValue);
        return;
      case BatonPackage.DECISION__CHOSEN_OPTION:
        setChosenOption((String)newValue);
        return;
      case BatonPackage.DECISION__OUTCOME:
        setOutcome((String)newValue);
        return;
      case BatonPackage.DECISION__CONSEQUENCES:
        setConsequences((String)newValue);
        return;
      case BatonPackage.DECISION__CONFIRMATION:
        setConfirmation((String)newValue);
        return;
      case BatonPackage.DECISION__MORE_INFORMATION:
        setMoreInformation((String)newValue);
        return;
      case BatonPackage.DECISION__LINKS:
        getLinks().clear();
        getLinks().addAll((Collection<? extends DecisionLink>)newValue);
        return;
      case BatonPackage.DECISION__AFFECTS:
        getAffects().clear();
        getAffects().addAll((Collection<? extends Element>)newValue);
        return;
      case BatonPackage.DECISION__STATED_SUPERSEDED_BY:
        getStatedSupersededBy().clear();
        getStatedSupersededBy().addAll((Collection<? extends Decision>)newValue);
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
      case BatonPackage.DECISION__NUMBER:
        setNumber(NUMBER_EDEFAULT);
        return;
      case BatonPackage.DECISION__SLUG:
        setSlug(SLUG_EDEFAULT);
        return;
      case BatonPackage.DECISION__STATUS:
        setStatus(STATUS_EDEFAULT);
        return;
      case BatonPackage.DECISION__STATUS_TEXT:
        setStatusText(STATUS_TEXT_EDEFAULT);
        return;
      case BatonPackage.DECISION__DATE:
        setDate(DATE_EDEFAULT);
        return;
      case BatonPackage.DECISION__DECISION_MAKERS:
        getDecisionMakers().clear();
        return;
      case BatonPackage.DECISION__CONSULTED:
        getConsulted().clear();
        return;
      case BatonPackage.DECISION__INFORMED:
        getInformed().clear();
        return;
      case BatonPackage.DECISION__CONTEXT:
        setContext(CONTEXT_EDEFAULT);
        return;
      case BatonPackage.DECISION__DRIVERS:
        getDrivers().clear();
        return;
      case BatonPackage.DECISION__OPTIONS:
        getOptions().clear();
        return;
      case BatonPackage.DECISION__CHOSEN_OPTION:
        setChosenOption(CHOSEN_OPTION_EDEFAULT);
        return;
      case BatonPackage.DECISION__OUTCOME:
        setOutcome(OUTCOME_EDEFAULT);
        return;
      case BatonPackage.DECISION__CONSEQUENCES:
        setConsequences(CONSEQUENCES_EDEFAULT);
        return;
      case BatonPackage.DECISION__CONFIRMATION:
        setConfirmation(CONFIRMATION_EDEFAULT);
        return;
      case BatonPackage.DECISION__MORE_INFORMATION:
        setMoreInformation(MORE_INFORMATION_EDEFAULT);
        return;
      case BatonPackage.DECISION__LINKS:
        getLinks().clear();
        return;
      case BatonPackage.DECISION__AFFECTS:
        getAffects().clear();
        return;
      case BatonPackage.DECISION__STATED_SUPERSEDED_BY:
        getStatedSupersededBy().clear();
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
      case BatonPackage.DECISION__NUMBER:
        return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
      case BatonPackage.DECISION__SLUG:
        return SLUG_EDEFAULT == null ? slug != null : !SLUG_EDEFAULT.equals(slug);
      case BatonPackage.DECISION__STATUS:
        return status != STATUS_EDEFAULT;
      case BatonPackage.DECISION__STATUS_TEXT:
        return STATUS_TEXT_EDEFAULT == null ? statusText != null : !STATUS_TEXT_EDEFAULT.equals(statusText);
      case BatonPackage.DECISION__DATE:
        return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
      case BatonPackage.DECISION__DECISION_MAKERS:
        return decisionMakers != null && !decisionMakers.isEmpty();
      case BatonPackage.DECISION__CONSULTED:
        return consulted != null && !consulted.isEmpty();
      case BatonPackage.DECISION__INFORMED:
        return informed != null && !informed.isEmpty();
      case BatonPackage.DECISION__CONTEXT:
        return CONTEXT_EDEFAULT == null ? context != null : !CONTEXT_EDEFAULT.equals(context);
      case BatonPackage.DECISION__DRIVERS:
        return drivers != null && !drivers.isEmpty();
      case BatonPackage.DECISION__OPTIONS:
        return options != null && !options.isEmpty();
      case BatonPackage.DECISION__CHOSEN_OPTION:
        return CHOSEN_OPTION_EDEFAULT == null ? chosenOption != null : !CHOSEN_OPTION_EDEFAULT.equals(chosenOption);
      case BatonPackage.DECISION__OUTCOME:
        return OUTCOME_EDEFAULT == null ? outcome != null : !OUTCOME_EDEFAULT.equals(outcome);
      case BatonPackage.DECISION__CONSEQUENCES:
        return CONSEQUENCES_EDEFAULT == null ? consequences != null : !CONSEQUENCES_EDEFAULT.equals(consequences);
      case BatonPackage.DECISION__CONFIRMATION:
        return CONFIRMATION_EDEFAULT == null ? confirmation != null : !CONFIRMATION_EDEFAULT.equals(confirmation);
      case BatonPackage.DECISION__MORE_INFORMATION:
        return MORE_INFORMATION_EDEFAULT == null ? moreInformation != null : !MORE_INFORMATION_EDEFAULT.equals(moreInformation);
      case BatonPackage.DECISION__LINKS:
        return links != null && !links.isEmpty();
      case BatonPackage.DECISION__AFFECTS:
        return affects != null && !affects.isEmpty();
      case BatonPackage.DECISION__STATED_SUPERSEDED_BY:
        return statedSupersededBy != null && !statedSupersededBy.isEmpty();
      case BatonPackage.DECISION__SUPERSEDES:
        return !getSupersedes().isEmpty();
      case BatonPackage.DECISION__SUPERSEDED_BY:
        return !getSupersededBy().isEmpty();
      case BatonPackage.DECISION__AMENDS:
        return !getAmends().isEmpty();
      case BatonPackage.DECISION__AMENDED_BY:
        return !getAmendedBy().isEmpty();
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
    result.append(" (number: "); //$NON-NLS-1$
    result.append(number);
    result.append(", slug: "); //$NON-NLS-1$
    result.append(slug);
    result.append(", status: "); //$NON-NLS-1$
    result.append(status);
    result.append(", statusText: "); //$NON-NLS-1$
    result.append(statusText);
    result.append(", date: "); //$NON-NLS-1$
    result.append(date);
    result.append(", decisionMakers: "); //$NON-NLS-1$
    result.append(decisionMakers);
    result.append(", consulted: "); //$NON-NLS-1$
    result.append(consulted);
    result.append(", informed: "); //$NON-NLS-1$
    result.append(informed);
    result.append(", context: "); //$NON-NLS-1$
    result.append(context);
    result.append(", drivers: "); //$NON-NLS-1$
    result.append(drivers);
    result.append(", chosenOption: "); //$NON-NLS-1$
    result.append(chosenOption);
    result.append(", outcome: "); //$NON-NLS-1$
    result.append(outcome);
    result.append(", consequences: "); //$NON-NLS-1$
    result.append(consequences);
    result.append(", confirmation: "); //$NON-NLS-1$
    result.append(confirmation);
    result.append(", moreInformation: "); //$NON-NLS-1$
    result.append(moreInformation);
    result.append(')');
    return result.toString();
  }

} //DecisionImpl
