/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.AcceptanceCheck;
import dev.baton.model.AccessItem;
import dev.baton.model.Account;
import dev.baton.model.Architecture;
import dev.baton.model.BatonPackage;
import dev.baton.model.Commitment;
import dev.baton.model.Component;
import dev.baton.model.Contract;
import dev.baton.model.CostItem;
import dev.baton.model.DataFlow;
import dev.baton.model.DecisionSet;
import dev.baton.model.DeliveryProcess;
import dev.baton.model.Domain;
import dev.baton.model.Environment;
import dev.baton.model.FirstWeekAction;
import dev.baton.model.GlossaryTerm;
import dev.baton.model.HandoverScope;
import dev.baton.model.Incident;
import dev.baton.model.Interface;
import dev.baton.model.OnCallRotation;
import dev.baton.model.OpenQuestion;
import dev.baton.model.Person;
import dev.baton.model.Risk;
import dev.baton.model.Runbook;
import dev.baton.model.SecurityControl;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Team;
import dev.baton.model.Technology;
import dev.baton.model.WorkItem;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Architecture</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getName <em>Name</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getDecisionSets <em>Decision Sets</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getPeople <em>People</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getTeams <em>Teams</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getDomains <em>Domains</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getSystems <em>Systems</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getDataFlows <em>Data Flows</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getTechnologies <em>Technologies</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getEnvironments <em>Environments</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getAccounts <em>Accounts</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getRisks <em>Risks</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getContracts <em>Contracts</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getCostItems <em>Cost Items</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getAccessItems <em>Access Items</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getRunbooks <em>Runbooks</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getOnCallRotations <em>On Call Rotations</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getIncidents <em>Incidents</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getSecurityControls <em>Security Controls</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getDeliveryProcesses <em>Delivery Processes</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getGlossaryTerms <em>Glossary Terms</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getOpenQuestions <em>Open Questions</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getCommitments <em>Commitments</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getWorkItems <em>Work Items</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getHandoverScopes <em>Handover Scopes</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getAcceptanceChecks <em>Acceptance Checks</em>}</li>
 *   <li>{@link dev.baton.model.impl.ArchitectureImpl#getFirstWeekActions <em>First Week Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArchitectureImpl extends MinimalEObjectImpl.Container implements Architecture
{
  /**
   * The default value of the '{@link #getName() <em>Name</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getName()
   * @generated
   * @ordered
   */
  protected static final String NAME_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getName()
   * @generated
   * @ordered
   */
  protected String name = NAME_EDEFAULT;

  /**
   * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDescription()
   * @generated
   * @ordered
   */
  protected static final String DESCRIPTION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDescription()
   * @generated
   * @ordered
   */
  protected String description = DESCRIPTION_EDEFAULT;

  /**
   * The default value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOrganisation()
   * @generated
   * @ordered
   */
  protected static final String ORGANISATION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOrganisation()
   * @generated
   * @ordered
   */
  protected String organisation = ORGANISATION_EDEFAULT;

  /**
   * The cached value of the '{@link #getDecisionSets() <em>Decision Sets</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDecisionSets()
   * @generated
   * @ordered
   */
  protected EList<DecisionSet> decisionSets;

  /**
   * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPeople()
   * @generated
   * @ordered
   */
  protected EList<Person> people;

  /**
   * The cached value of the '{@link #getTeams() <em>Teams</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTeams()
   * @generated
   * @ordered
   */
  protected EList<Team> teams;

  /**
   * The cached value of the '{@link #getDomains() <em>Domains</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDomains()
   * @generated
   * @ordered
   */
  protected EList<Domain> domains;

  /**
   * The cached value of the '{@link #getSystems() <em>Systems</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSystems()
   * @generated
   * @ordered
   */
  protected EList<SoftwareSystem> systems;

  /**
   * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getComponents()
   * @generated
   * @ordered
   */
  protected EList<Component> components;

  /**
   * The cached value of the '{@link #getInterfaces() <em>Interfaces</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getInterfaces()
   * @generated
   * @ordered
   */
  protected EList<Interface> interfaces;

  /**
   * The cached value of the '{@link #getDataFlows() <em>Data Flows</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDataFlows()
   * @generated
   * @ordered
   */
  protected EList<DataFlow> dataFlows;

  /**
   * The cached value of the '{@link #getTechnologies() <em>Technologies</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTechnologies()
   * @generated
   * @ordered
   */
  protected EList<Technology> technologies;

  /**
   * The cached value of the '{@link #getEnvironments() <em>Environments</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEnvironments()
   * @generated
   * @ordered
   */
  protected EList<Environment> environments;

  /**
   * The cached value of the '{@link #getAccounts() <em>Accounts</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAccounts()
   * @generated
   * @ordered
   */
  protected EList<Account> accounts;

  /**
   * The cached value of the '{@link #getRisks() <em>Risks</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRisks()
   * @generated
   * @ordered
   */
  protected EList<Risk> risks;

  /**
   * The cached value of the '{@link #getContracts() <em>Contracts</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getContracts()
   * @generated
   * @ordered
   */
  protected EList<Contract> contracts;

  /**
   * The cached value of the '{@link #getCostItems() <em>Cost Items</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCostItems()
   * @generated
   * @ordered
   */
  protected EList<CostItem> costItems;

  /**
   * The cached value of the '{@link #getAccessItems() <em>Access Items</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAccessItems()
   * @generated
   * @ordered
   */
  protected EList<AccessItem> accessItems;

  /**
   * The cached value of the '{@link #getRunbooks() <em>Runbooks</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRunbooks()
   * @generated
   * @ordered
   */
  protected EList<Runbook> runbooks;

  /**
   * The cached value of the '{@link #getOnCallRotations() <em>On Call Rotations</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOnCallRotations()
   * @generated
   * @ordered
   */
  protected EList<OnCallRotation> onCallRotations;

  /**
   * The cached value of the '{@link #getIncidents() <em>Incidents</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getIncidents()
   * @generated
   * @ordered
   */
  protected EList<Incident> incidents;

  /**
   * The cached value of the '{@link #getSecurityControls() <em>Security Controls</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSecurityControls()
   * @generated
   * @ordered
   */
  protected EList<SecurityControl> securityControls;

  /**
   * The cached value of the '{@link #getDeliveryProcesses() <em>Delivery Processes</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDeliveryProcesses()
   * @generated
   * @ordered
   */
  protected EList<DeliveryProcess> deliveryProcesses;

  /**
   * The cached value of the '{@link #getGlossaryTerms() <em>Glossary Terms</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getGlossaryTerms()
   * @generated
   * @ordered
   */
  protected EList<GlossaryTerm> glossaryTerms;

  /**
   * The cached value of the '{@link #getOpenQuestions() <em>Open Questions</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOpenQuestions()
   * @generated
   * @ordered
   */
  protected EList<OpenQuestion> openQuestions;

  /**
   * The cached value of the '{@link #getCommitments() <em>Commitments</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCommitments()
   * @generated
   * @ordered
   */
  protected EList<Commitment> commitments;

  /**
   * The cached value of the '{@link #getWorkItems() <em>Work Items</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getWorkItems()
   * @generated
   * @ordered
   */
  protected EList<WorkItem> workItems;

  /**
   * The cached value of the '{@link #getHandoverScopes() <em>Handover Scopes</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getHandoverScopes()
   * @generated
   * @ordered
   */
  protected EList<HandoverScope> handoverScopes;

  /**
   * The cached value of the '{@link #getAcceptanceChecks() <em>Acceptance Checks</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAcceptanceChecks()
   * @generated
   * @ordered
   */
  protected EList<AcceptanceCheck> acceptanceChecks;

  /**
   * The cached value of the '{@link #getFirstWeekActions() <em>First Week Actions</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getFirstWeekActions()
   * @generated
   * @ordered
   */
  protected EList<FirstWeekAction> firstWeekActions;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected ArchitectureImpl()
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
    return BatonPackage.Literals.ARCHITECTURE;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getName()
  {
    return name;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setName(String newName)
  {
    String oldName = name;
    name = newName;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ARCHITECTURE__NAME, oldName, name));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getDescription()
  {
    return description;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDescription(String newDescription)
  {
    String oldDescription = description;
    description = newDescription;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ARCHITECTURE__DESCRIPTION, oldDescription, description));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getOrganisation()
  {
    return organisation;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOrganisation(String newOrganisation)
  {
    String oldOrganisation = organisation;
    organisation = newOrganisation;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ARCHITECTURE__ORGANISATION, oldOrganisation, organisation));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<DecisionSet> getDecisionSets()
  {
    if (decisionSets == null)
    {
      decisionSets = new EObjectContainmentEList<DecisionSet>(DecisionSet.class, this, BatonPackage.ARCHITECTURE__DECISION_SETS);
    }
    return decisionSets;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Person> getPeople()
  {
    if (people == null)
    {
      people = new EObjectContainmentEList<Person>(Person.class, this, BatonPackage.ARCHITECTURE__PEOPLE);
    }
    return people;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Team> getTeams()
  {
    if (teams == null)
    {
      teams = new EObjectContainmentEList<Team>(Team.class, this, BatonPackage.ARCHITECTURE__TEAMS);
    }
    return teams;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Domain> getDomains()
  {
    if (domains == null)
    {
      domains = new EObjectContainmentEList<Domain>(Domain.class, this, BatonPackage.ARCHITECTURE__DOMAINS);
    }
    return domains;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<SoftwareSystem> getSystems()
  {
    if (systems == null)
    {
      systems = new EObjectContainmentEList<SoftwareSystem>(SoftwareSystem.class, this, BatonPackage.ARCHITECTURE__SYSTEMS);
    }
    return systems;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Component> getComponents()
  {
    if (components == null)
    {
      components = new EObjectContainmentEList<Component>(Component.class, this, BatonPackage.ARCHITECTURE__COMPONENTS);
    }
    return components;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Interface> getInterfaces()
  {
    if (interfaces == null)
    {
      interfaces = new EObjectContainmentEList<Interface>(Interface.class, this, BatonPackage.ARCHITECTURE__INTERFACES);
    }
    return interfaces;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<DataFlow> getDataFlows()
  {
    if (dataFlows == null)
    {
      dataFlows = new EObjectContainmentEList<DataFlow>(DataFlow.class, this, BatonPackage.ARCHITECTURE__DATA_FLOWS);
    }
    return dataFlows;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Technology> getTechnologies()
  {
    if (technologies == null)
    {
      technologies = new EObjectContainmentEList<Technology>(Technology.class, this, BatonPackage.ARCHITECTURE__TECHNOLOGIES);
    }
    return technologies;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Environment> getEnvironments()
  {
    if (environments == null)
    {
      environments = new EObjectContainmentEList<Environment>(Environment.class, this, BatonPackage.ARCHITECTURE__ENVIRONMENTS);
    }
    return environments;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Account> getAccounts()
  {
    if (accounts == null)
    {
      accounts = new EObjectContainmentEList<Account>(Account.class, this, BatonPackage.ARCHITECTURE__ACCOUNTS);
    }
    return accounts;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Risk> getRisks()
  {
    if (risks == null)
    {
      risks = new EObjectContainmentEList<Risk>(Risk.class, this, BatonPackage.ARCHITECTURE__RISKS);
    }
    return risks;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Contract> getContracts()
  {
    if (contracts == null)
    {
      contracts = new EObjectContainmentEList<Contract>(Contract.class, this, BatonPackage.ARCHITECTURE__CONTRACTS);
    }
    return contracts;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<CostItem> getCostItems()
  {
    if (costItems == null)
    {
      costItems = new EObjectContainmentEList<CostItem>(CostItem.class, this, BatonPackage.ARCHITECTURE__COST_ITEMS);
    }
    return costItems;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<AccessItem> getAccessItems()
  {
    if (accessItems == null)
    {
      accessItems = new EObjectContainmentEList<AccessItem>(AccessItem.class, this, BatonPackage.ARCHITECTURE__ACCESS_ITEMS);
    }
    return accessItems;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Runbook> getRunbooks()
  {
    if (runbooks == null)
    {
      runbooks = new EObjectContainmentEList<Runbook>(Runbook.class, this, BatonPackage.ARCHITECTURE__RUNBOOKS);
    }
    return runbooks;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<OnCallRotation> getOnCallRotations()
  {
    if (onCallRotations == null)
    {
      onCallRotations = new EObjectContainmentEList<OnCallRotation>(OnCallRotation.class, this, BatonPackage.ARCHITECTURE__ON_CALL_ROTATIONS);
    }
    return onCallRotations;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Incident> getIncidents()
  {
    if (incidents == null)
    {
      incidents = new EObjectContainmentEList<Incident>(Incident.class, this, BatonPackage.ARCHITECTURE__INCIDENTS);
    }
    return incidents;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<SecurityControl> getSecurityControls()
  {
    if (securityControls == null)
    {
      securityControls = new EObjectContainmentEList<SecurityControl>(SecurityControl.class, this, BatonPackage.ARCHITECTURE__SECURITY_CONTROLS);
    }
    return securityControls;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<DeliveryProcess> getDeliveryProcesses()
  {
    if (deliveryProcesses == null)
    {
      deliveryProcesses = new EObjectContainmentEList<DeliveryProcess>(DeliveryProcess.class, this, BatonPackage.ARCHITECTURE__DELIVERY_PROCESSES);
    }
    return deliveryProcesses;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<GlossaryTerm> getGlossaryTerms()
  {
    if (glossaryTerms == null)
    {
      glossaryTerms = new EObjectContainmentEList<GlossaryTerm>(GlossaryTerm.class, this, BatonPackage.ARCHITECTURE__GLOSSARY_TERMS);
    }
    return glossaryTerms;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<OpenQuestion> getOpenQuestions()
  {
    if (openQuestions == null)
    {
      openQuestions = new EObjectContainmentEList<OpenQuestion>(OpenQuestion.class, this, BatonPackage.ARCHITECTURE__OPEN_QUESTIONS);
    }
    return openQuestions;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Commitment> getCommitments()
  {
    if (commitments == null)
    {
      commitments = new EObjectContainmentEList<Commitment>(Commitment.class, this, BatonPackage.ARCHITECTURE__COMMITMENTS);
    }
    return commitments;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<WorkItem> getWorkItems()
  {
    if (workItems == null)
    {
      workItems = new EObjectContainmentEList<WorkItem>(WorkItem.class, this, BatonPackage.ARCHITECTURE__WORK_ITEMS);
    }
    return workItems;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<HandoverScope> getHandoverScopes()
  {
    if (handoverScopes == null)
    {
      handoverScopes = new EObjectContainmentEList<HandoverScope>(HandoverScope.class, this, BatonPackage.ARCHITECTURE__HANDOVER_SCOPES);
    }
    return handoverScopes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<AcceptanceCheck> getAcceptanceChecks()
  {
    if (acceptanceChecks == null)
    {
      acceptanceChecks = new EObjectContainmentEList<AcceptanceCheck>(AcceptanceCheck.class, this, BatonPackage.ARCHITECTURE__ACCEPTANCE_CHECKS);
    }
    return acceptanceChecks;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<FirstWeekAction> getFirstWeekActions()
  {
    if (firstWeekActions == null)
    {
      firstWeekActions = new EObjectContainmentEList<FirstWeekAction>(FirstWeekAction.class, this, BatonPackage.ARCHITECTURE__FIRST_WEEK_ACTIONS);
    }
    return firstWeekActions;
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
      case BatonPackage.ARCHITECTURE__DECISION_SETS:
        return ((InternalEList<?>)getDecisionSets()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__PEOPLE:
        return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__TEAMS:
        return ((InternalEList<?>)getTeams()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__DOMAINS:
        return ((InternalEList<?>)getDomains()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__SYSTEMS:
        return ((InternalEList<?>)getSystems()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__COMPONENTS:
        return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__INTERFACES:
        return ((InternalEList<?>)getInterfaces()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__DATA_FLOWS:
        return ((InternalEList<?>)getDataFlows()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__TECHNOLOGIES:
        return ((InternalEList<?>)getTechnologies()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__ENVIRONMENTS:
        return ((InternalEList<?>)getEnvironments()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__ACCOUNTS:
        return ((InternalEList<?>)getAccounts()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__RISKS:
        return ((InternalEList<?>)getRisks()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__CONTRACTS:
        return ((InternalEList<?>)getContracts()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__COST_ITEMS:
        return ((InternalEList<?>)getCostItems()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__ACCESS_ITEMS:
        return ((InternalEList<?>)getAccessItems()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__RUNBOOKS:
        return ((InternalEList<?>)getRunbooks()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__ON_CALL_ROTATIONS:
        return ((InternalEList<?>)getOnCallRotations()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__INCIDENTS:
        return ((InternalEList<?>)getIncidents()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__SECURITY_CONTROLS:
        return ((InternalEList<?>)getSecurityControls()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__DELIVERY_PROCESSES:
        return ((InternalEList<?>)getDeliveryProcesses()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__GLOSSARY_TERMS:
        return ((InternalEList<?>)getGlossaryTerms()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__OPEN_QUESTIONS:
        return ((InternalEList<?>)getOpenQuestions()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__COMMITMENTS:
        return ((InternalEList<?>)getCommitments()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__WORK_ITEMS:
        return ((InternalEList<?>)getWorkItems()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__HANDOVER_SCOPES:
        return ((InternalEList<?>)getHandoverScopes()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__ACCEPTANCE_CHECKS:
        return ((InternalEList<?>)getAcceptanceChecks()).basicRemove(otherEnd, msgs);
      case BatonPackage.ARCHITECTURE__FIRST_WEEK_ACTIONS:
        return ((InternalEList<?>)getFirstWeekActions()).basicRemove(otherEnd, msgs);
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
      case BatonPackage.ARCHITECTURE__NAME:
        return getName();
      case BatonPackage.ARCHITECTURE__DESCRIPTION:
        return getDescription();
      case BatonPackage.ARCHITECTURE__ORGANISATION:
        return getOrganisation();
      case BatonPackage.ARCHITECTURE__DECISION_SETS:
        return getDecisionSets();
      case BatonPackage.ARCHITECTURE__PEOPLE:
        return getPeople();
      case BatonPackage.ARCHITECTURE__TEAMS:
        return getTeams();
      case BatonPackage.ARCHITECTURE__DOMAINS:
        return getDomains();
      case BatonPackage.ARCHITECTURE__SYSTEMS:
        return getSystems();
      case BatonPackage.ARCHITECTURE__COMPONENTS:
        return getComponents();
      case BatonPackage.ARCHITECTURE__INTERFACES:
        return getInterfaces();
      case BatonPackage.ARCHITECTURE__DATA_FLOWS:
        return getDataFlows();
      case BatonPackage.ARCHITECTURE__TECHNOLOGIES:
        return getTechnologies();
      case BatonPackage.ARCHITECTURE__ENVIRONMENTS:
        return getEnvironments();
      case BatonPackage.ARCHITECTURE__ACCOUNTS:
        return getAccounts();
      case BatonPackage.ARCHITECTURE__RISKS:
        return getRisks();
      case BatonPackage.ARCHITECTURE__CONTRACTS:
        return getContracts();
      case BatonPackage.ARCHITECTURE__COST_ITEMS:
        return getCostItems();
      case BatonPackage.ARCHITECTURE__ACCESS_ITEMS:
        return getAccessItems();
      case BatonPackage.ARCHITECTURE__RUNBOOKS:
        return getRunbooks();
      case BatonPackage.ARCHITECTURE__ON_CALL_ROTATIONS:
        return getOnCallRotations();
      case BatonPackage.ARCHITECTURE__INCIDENTS:
        return getIncidents();
      case BatonPackage.ARCHITECTURE__SECURITY_CONTROLS:
        return getSecurityControls();
      case BatonPackage.ARCHITECTURE__DELIVERY_PROCESSES:
        return getDeliveryProcesses();
      case BatonPackage.ARCHITECTURE__GLOSSARY_TERMS:
        return getGlossaryTerms();
      case BatonPackage.ARCHITECTURE__OPEN_QUESTIONS:
        return getOpenQuestions();
      case BatonPackage.ARCHITECTURE__COMMITMENTS:
        return getCommitments();
      case BatonPackage.ARCHITECTURE__WORK_ITEMS:
        return getWorkItems();
      case BatonPackage.ARCHITECTURE__HANDOVER_SCOPES:
        return getHandoverScopes();
      case BatonPackage.ARCHITECTURE__ACCEPTANCE_CHECKS:
        return getAcceptanceChecks();
      case BatonPackage.ARCHITECTURE__FIRST_WEEK_ACTIONS:
        return getFirstWeekActions();
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
      case BatonPackage.ARCHITECTURE__NAME:
        setName((String)newValue);
        return;
      case BatonPackage.ARCHITECTURE__DESCRIPTION:
        setDescription((String)newValue);
        return;
      case BatonPackage.ARCHITECTURE__ORGANISATION:
        setOrganisation((String)newValue);
        return;
      case BatonPackage.ARCHITECTURE__DECISION_SETS:
        getDecisionSets().clear();
        getDecisionSets().addAll((Collection<? extends DecisionSet>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__PEOPLE:
        getPeople().clear();
        getPeople().addAll((Collection<? extends Person>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__TEAMS:
        getTeams().clear();
        getTeams().addAll((Collection<? extends Team>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__DOMAINS:
        getDomains().clear();
        getDomains().addAll((Collection<? extends Domain>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__SYSTEMS:
        getSystems().clear();
        getSystems().addAll((Collection<? extends SoftwareSystem>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__COMPONENTS:
        getComponents().clear();
        getComponents().addAll((Collection<? extends Component>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__INTERFACES:
        getInterfaces().clear();
        getInterfaces().addAll((Collection<? extends Interface>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__DATA_FLOWS:
        getDataFlows().clear();
        getDataFlows().addAll((Collection<? extends DataFlow>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__TECHNOLOGIES:
        getTechnologies().clear();
        getTechnologies().addAll((Collection<? extends Technology>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__ENVIRONMENTS:
        getEnvironments().clear();
        getEnvironments().addAll((Collection<? extends Environment>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__ACCOUNTS:
        getAccounts().clear();
        getAccounts().addAll((Collection<? extends Account>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__RISKS:
        getRisks().clear();
        getRisks().addAll((Collection<? extends Risk>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__CONTRACTS:
        getContracts().clear();
        getContracts().addAll((Collection<? extends Contract>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__COST_ITEMS:
        getCostItems().clear();
        getCostItems().addAll((Collection<? extends CostItem>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__ACCESS_ITEMS:
        getAccessItems().clear();
        getAccessItems().addAll((Collection<? extends AccessItem>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__RUNBOOKS:
        getRunbooks().clear();
        getRunbooks().addAll((Collection<? extends Runbook>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__ON_CALL_ROTATIONS:
        getOnCallRotations().clear();
        getOnCallRotations().addAll((Collection<? extends OnCallRotation>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__INCIDENTS:
        getIncidents().clear();
        getIncidents().addAll((Collection<? extends Incident>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__SECURITY_CONTROLS:
        getSecurityControls().clear();
        getSecurityControls().addAll((Collection<? extends SecurityControl>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__DELIVERY_PROCESSES:
        getDeliveryProcesses().clear();
        getDeliveryProcesses().addAll((Collection<? extends DeliveryProcess>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__GLOSSARY_TERMS:
        getGlossaryTerms().clear();
        getGlossaryTerms().addAll((Collection<? extends GlossaryTerm>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__OPEN_QUESTIONS:
        getOpenQuestions().clear();
        getOpenQuestions().addAll((Collection<? extends OpenQuestion>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__COMMITMENTS:
        getCommitments().clear();
        getCommitments().addAll((Collection<? extends Commitment>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__WORK_ITEMS:
        getWorkItems().clear();
        getWorkItems().addAll((Collection<? extends WorkItem>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__HANDOVER_SCOPES:
        getHandoverScopes().clear();
        getHandoverScopes().addAll((Collection<? extends HandoverScope>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__ACCEPTANCE_CHECKS:
        getAcceptanceChecks().clear();
        getAcceptanceChecks().addAll((Collection<? extends AcceptanceCheck>)newValue);
        return;
      case BatonPackage.ARCHITECTURE__FIRST_WEEK_ACTIONS:
        getFirstWeekActions().clear();
        getFirstWeekActions().addAll((Collection<? extends FirstWeekAction>)newValue);
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
      case BatonPackage.ARCHITECTURE__NAME:
        setName(NAME_EDEFAULT);
        return;
      case BatonPackage.ARCHITECTURE__DESCRIPTION:
        setDescription(DESCRIPTION_EDEFAULT);
        return;
      case BatonPackage.ARCHITECTURE__ORGANISATION:
        setOrganisation(ORGANISATION_EDEFAULT);
        return;
      case BatonPackage.ARCHITECTURE__DECISION_SETS:
        getDecisionSets().clear();
        return;
      case BatonPackage.ARCHITECTURE__PEOPLE:
        getPeople().clear();
        return;
      case BatonPackage.ARCHITECTURE__TEAMS:
        getTeams().clear();
        return;
      case BatonPackage.ARCHITECTURE__DOMAINS:
        getDomains().clear();
        return;
      case BatonPackage.ARCHITECTURE__SYSTEMS:
        getSystems().clear();
        return;
      case BatonPackage.ARCHITECTURE__COMPONENTS:
        getComponents().clear();
        return;
      case BatonPackage.ARCHITECTURE__INTERFACES:
        getInterfaces().clear();
        return;
      case BatonPackage.ARCHITECTURE__DATA_FLOWS:
        getDataFlows().clear();
        return;
      case BatonPackage.ARCHITECTURE__TECHNOLOGIES:
        getTechnologies().clear();
        return;
      case BatonPackage.ARCHITECTURE__ENVIRONMENTS:
        getEnvironments().clear();
        return;
      case BatonPackage.ARCHITECTURE__ACCOUNTS:
        getAccounts().clear();
        return;
      case BatonPackage.ARCHITECTURE__RISKS:
        getRisks().clear();
        return;
      case BatonPackage.ARCHITECTURE__CONTRACTS:
        getContracts().clear();
        return;
      case BatonPackage.ARCHITECTURE__COST_ITEMS:
        getCostItems().clear();
        return;
      case BatonPackage.ARCHITECTURE__ACCESS_ITEMS:
        getAccessItems().clear();
        return;
      case BatonPackage.ARCHITECTURE__RUNBOOKS:
        getRunbooks().clear();
        return;
      case BatonPackage.ARCHITECTURE__ON_CALL_ROTATIONS:
        getOnCallRotations().clear();
        return;
      case BatonPackage.ARCHITECTURE__INCIDENTS:
        getIncidents().clear();
        return;
      case BatonPackage.ARCHITECTURE__SECURITY_CONTROLS:
        getSecurityControls().clear();
        return;
      case BatonPackage.ARCHITECTURE__DELIVERY_PROCESSES:
        getDeliveryProcesses().clear();
        return;
      case BatonPackage.ARCHITECTURE__GLOSSARY_TERMS:
        getGlossaryTerms().clear();
        return;
      case BatonPackage.ARCHITECTURE__OPEN_QUESTIONS:
        getOpenQuestions().clear();
        return;
      case BatonPackage.ARCHITECTURE__COMMITMENTS:
        getCommitments().clear();
        return;
      case BatonPackage.ARCHITECTURE__WORK_ITEMS:
        getWorkItems().clear();
        return;
      case BatonPackage.ARCHITECTURE__HANDOVER_SCOPES:
        getHandoverScopes().clear();
        return;
      case BatonPackage.ARCHITECTURE__ACCEPTANCE_CHECKS:
        getAcceptanceChecks().clear();
        return;
      case BatonPackage.ARCHITECTURE__FIRST_WEEK_ACTIONS:
        getFirstWeekActions().clear();
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
      case BatonPackage.ARCHITECTURE__NAME:
        return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
      case BatonPackage.ARCHITECTURE__DESCRIPTION:
        return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
      case BatonPackage.ARCHITECTURE__ORGANISATION:
        return ORGANISATION_EDEFAULT == null ? organisation != null : !ORGANISATION_EDEFAULT.equals(organisation);
      case BatonPackage.ARCHITECTURE__DECISION_SETS:
        return decisionSets != null && !decisionSets.isEmpty();
      case BatonPackage.ARCHITECTURE__PEOPLE:
        return people != null && !people.isEmpty();
      case BatonPackage.ARCHITECTURE__TEAMS:
        return teams != null && !teams.isEmpty();
      case BatonPackage.ARCHITECTURE__DOMAINS:
        return domains != null && !domains.isEmpty();
      case BatonPackage.ARCHITECTURE__SYSTEMS:
        return systems != null && !systems.isEmpty();
      case BatonPackage.ARCHITECTURE__COMPONENTS:
        return components != null && !components.isEmpty();
      case BatonPackage.ARCHITECTURE__INTERFACES:
        return interfaces != null && !interfaces.isEmpty();
      case BatonPackage.ARCHITECTURE__DATA_FLOWS:
        return dataFlows != null && !dataFlows.isEmpty();
      case BatonPackage.ARCHITECTURE__TECHNOLOGIES:
        return technologies != null && !technologies.isEmpty();
      case BatonPackage.ARCHITECTURE__ENVIRONMENTS:
        return environments != null && !environments.isEmpty();
      case BatonPackage.ARCHITECTURE__ACCOUNTS:
        return accounts != null && !accounts.isEmpty();
      case BatonPackage.ARCHITECTURE__RISKS:
        return risks != null && !risks.isEmpty();
      case BatonPackage.ARCHITECTURE__CONTRACTS:
        return contracts != null && !contracts.isEmpty();
      case BatonPackage.ARCHITECTURE__COST_ITEMS:
        return costItems != null && !costItems.isEmpty();
      case BatonPackage.ARCHITECTURE__ACCESS_ITEMS:
        return accessItems != null && !accessItems.isEmpty();
      case BatonPackage.ARCHITECTURE__RUNBOOKS:
        return runbooks != null && !runbooks.isEmpty();
      case BatonPackage.ARCHITECTURE__ON_CALL_ROTATIONS:
        return onCallRotations != null && !onCallRotations.isEmpty();
      case BatonPackage.ARCHITECTURE__INCIDENTS:
        return incidents != null && !incidents.isEmpty();
      case BatonPackage.ARCHITECTURE__SECURITY_CONTROLS:
        return securityControls != null && !securityControls.isEmpty();
      case BatonPackage.ARCHITECTURE__DELIVERY_PROCESSES:
        return deliveryProcesses != null && !deliveryProcesses.isEmpty();
      case BatonPackage.ARCHITECTURE__GLOSSARY_TERMS:
        return glossaryTerms != null && !glossaryTerms.isEmpty();
      case BatonPackage.ARCHITECTURE__OPEN_QUESTIONS:
        return openQuestions != null && !openQuestions.isEmpty();
      case BatonPackage.ARCHITECTURE__COMMITMENTS:
        return commitments != null && !commitments.isEmpty();
      case BatonPackage.ARCHITECTURE__WORK_ITEMS:
        return workItems != null && !workItems.isEmpty();
      case BatonPackage.ARCHITECTURE__HANDOVER_SCOPES:
        return handoverScopes != null && !handoverScopes.isEmpty();
      case BatonPackage.ARCHITECTURE__ACCEPTANCE_CHECKS:
        return acceptanceChecks != null && !acceptanceChecks.isEmpty();
      case BatonPackage.ARCHITECTURE__FIRST_WEEK_ACTIONS:
        return firstWeekActions != null && !firstWeekActions.isEmpty();
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
    result.append(" (name: "); //$NON-NLS-1$
    result.append(name);
    result.append(", description: "); //$NON-NLS-1$
    result.append(description);
    result.append(", organisation: "); //$NON-NLS-1$
    result.append(organisation);
    result.append(')');
    return result.toString();
  }

} //ArchitectureImpl
