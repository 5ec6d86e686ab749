/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.AcceptanceCheck;
import dev.baton.model.AccessItem;
import dev.baton.model.Account;
import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.BatonPackage;
import dev.baton.model.CheckStatus;
import dev.baton.model.Commitment;
import dev.baton.model.Component;
import dev.baton.model.Contract;
import dev.baton.model.ControlStatus;
import dev.baton.model.CostItem;
import dev.baton.model.DataFlow;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;
import dev.baton.model.DeliveryProcess;
import dev.baton.model.Domain;
import dev.baton.model.Environment;
import dev.baton.model.EscalationStep;
import dev.baton.model.FirstWeekAction;
import dev.baton.model.GlossaryTerm;
import dev.baton.model.HandoverScope;
import dev.baton.model.Incident;
import dev.baton.model.Interface;
import dev.baton.model.Level;
import dev.baton.model.LinkType;
import dev.baton.model.OnCallRotation;
import dev.baton.model.OpenQuestion;
import dev.baton.model.Option;
import dev.baton.model.Person;
import dev.baton.model.Repository;
import dev.baton.model.Risk;
import dev.baton.model.RiskKind;
import dev.baton.model.Runbook;
import dev.baton.model.Section;
import dev.baton.model.SecurityControl;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Team;
import dev.baton.model.Technology;
import dev.baton.model.WorkItem;
import dev.baton.model.WorkStatus;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class BatonFactoryImpl extends EFactoryImpl implements BatonFactory
{
  /**
   * Creates the default factory implementation.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static BatonFactory init()
  {
    try
    {
      BatonFactory theBatonFactory = (BatonFactory)EPackage.Registry.INSTANCE.getEFactory(BatonPackage.eNS_URI);
      if (theBatonFactory != null)
      {
        return theBatonFactory;
      }
    }
    catch (Exception exception)
    {
      EcorePlugin.INSTANCE.log(exception);
    }
    return new BatonFactoryImpl();
  }

  /**
   * Creates an instance of the factory.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public BatonFactoryImpl()
  {
    super();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EObject create(EClass eClass)
  {
    switch (eClass.getClassifierID())
    {
      case BatonPackage.ARCHITECTURE: return createArchitecture();
      case BatonPackage.SECTION: return createSection();
      case BatonPackage.PERSON: return createPerson();
      case BatonPackage.TEAM: return createTeam();
      case BatonPackage.DOMAIN: return createDomain();
      case BatonPackage.SOFTWARE_SYSTEM: return createSoftwareSystem();
      case BatonPackage.COMPONENT: return createComponent();
      case BatonPackage.INTERFACE: return createInterface();
      case BatonPackage.DATA_FLOW: return createDataFlow();
      case BatonPackage.TECHNOLOGY: return createTechnology();
      case BatonPackage.ENVIRONMENT: return createEnvironment();
      case BatonPackage.ACCOUNT: return createAccount();
      case BatonPackage.DECISION_SET: return createDecisionSet();
      case BatonPackage.DECISION: return createDecision();
      case BatonPackage.OPTION: return createOption();
      case BatonPackage.DECISION_LINK: return createDecisionLink();
      case BatonPackage.RISK: return createRisk();
      case BatonPackage.CONTRACT: return createContract();
      case BatonPackage.COST_ITEM: return createCostItem();
      case BatonPackage.ACCESS_ITEM: return createAccessItem();
      case BatonPackage.RUNBOOK: return createRunbook();
      case BatonPackage.ON_CALL_ROTATION: return createOnCallRotation();
      case BatonPackage.ESCALATION_STEP: return createEscalationStep();
      case BatonPackage.INCIDENT: return createIncident();
      case BatonPackage.SECURITY_CONTROL: return createSecurityControl();
      case BatonPackage.DELIVERY_PROCESS: return createDeliveryProcess();
      case BatonPackage.REPOSITORY: return createRepository();
      case BatonPackage.GLOSSARY_TERM: return createGlossaryTerm();
      case BatonPackage.OPEN_QUESTION: return createOpenQuestion();
      case BatonPackage.COMMITMENT: return createCommitment();
      case BatonPackage.WORK_ITEM: return createWorkItem();
      case BatonPackage.HANDOVER_SCOPE: return createHandoverScope();
      case BatonPackage.ACCEPTANCE_CHECK: return createAcceptanceCheck();
      case BatonPackage.FIRST_WEEK_ACTION: return createFirstWeekAction();
      default:
        throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object createFromString(EDataType eDataType, String initialValue)
  {
    switch (eDataType.getClassifierID())
    {
      case BatonPackage.DECISION_STATUS:
        return createDecisionStatusFromString(eDataType, initialValue);
      case BatonPackage.LINK_TYPE:
        return createLinkTypeFromString(eDataType, initialValue);
      case BatonPackage.LEVEL:
        return createLevelFromString(eDataType, initialValue);
      case BatonPackage.RISK_KIND:
        return createRiskKindFromString(eDataType, initialValue);
      case BatonPackage.CHECK_STATUS:
        return createCheckStatusFromString(eDataType, initialValue);
      case BatonPackage.WORK_STATUS:
        return createWorkStatusFromString(eDataType, initialValue);
      case BatonPackage.CONTROL_STATUS:
        return createControlStatusFromString(eDataType, initialValue);
      case BatonPackage.LOCAL_DATE:
        return createLocalDateFromString(eDataType, initialValue);
      default:
        throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String convertToString(EDataType eDataType, Object instanceValue)
  {
    switch (eDataType.getClassifierID())
    {
      case BatonPackage.DECISION_STATUS:
        return convertDecisionStatusToString(eDataType, instanceValue);
      case BatonPackage.LINK_TYPE:
        return convertLinkTypeToString(eDataType, instanceValue);
      case BatonPackage.LEVEL:
        return convertLevelToString(eDataType, instanceValue);
      case BatonPackage.RISK_KIND:
        return convertRiskKindToString(eDataType, instanceValue);
      case BatonPackage.CHECK_STATUS:
        return convertCheckStatusToString(eDataType, instanceValue);
      case BatonPackage.WORK_STATUS:
        return convertWorkStatusToString(eDataType, instanceValue);
      case BatonPackage.CONTROL_STATUS:
        return convertControlStatusToString(eDataType, instanceValue);
      case BatonPackage.LOCAL_DATE:
        return convertLocalDateToString(eDataType, instanceValue);
      default:
        throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Architecture createArchitecture()
  {
    ArchitectureImpl architecture = new ArchitectureImpl();
    return architecture;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Section createSection()
  {
    SectionImpl section = new SectionImpl();
    return section;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Person createPerson()
  {
    PersonImpl person = new PersonImpl();
    return person;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Team createTeam()
  {
    TeamImpl team = new TeamImpl();
    return team;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Domain createDomain()
  {
    DomainImpl domain = new DomainImpl();
    return domain;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public SoftwareSystem createSoftwareSystem()
  {
    SoftwareSystemImpl softwareSystem = new SoftwareSystemImpl();
    return softwareSystem;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Component createComponent()
  {
    ComponentImpl component = new ComponentImpl();
    return component;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Interface createInterface()
  {
    InterfaceImpl interface_ = new InterfaceImpl();
    return interface_;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public DataFlow createDataFlow()
  {
    DataFlowImpl dataFlow = new DataFlowImpl();
    return dataFlow;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Technology createTechnology()
  {
    TechnologyImpl technology = new TechnologyImpl();
    return technology;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Environment createEnvironment()
  {
    EnvironmentImpl environment = new EnvironmentImpl();
    return environment;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Account createAccount()
  {
    AccountImpl account = new AccountImpl();
    return account;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public DecisionSet createDecisionSet()
  {
    DecisionSetImpl decisionSet = new DecisionSetImpl();
    return decisionSet;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Decision createDecision()
  {
    DecisionImpl decision = new DecisionImpl();
    return decision;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Option createOption()
  {
    OptionImpl option = new OptionImpl();
    return option;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public DecisionLink createDecisionLink()
  {
    DecisionLinkImpl decisionLink = new DecisionLinkImpl();
    return decisionLink;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Risk createRisk()
  {
    RiskImpl risk = new RiskImpl();
    return risk;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Contract createContract()
  {
    ContractImpl contract = new ContractImpl();
    return contract;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public CostItem createCostItem()
  {
    CostItemImpl costItem = new CostItemImpl();
    return costItem;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public AccessItem createAccessItem()
  {
    AccessItemImpl accessItem = new AccessItemImpl();
    return accessItem;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Runbook createRunbook()
  {
    RunbookImpl runbook = new RunbookImpl();
    return runbook;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public OnCallRotation createOnCallRotation()
  {
    OnCallRotationImpl onCallRotation = new OnCallRotationImpl();
    return onCallRotation;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EscalationStep createEscalationStep()
  {
    EscalationStepImpl escalationStep = new EscalationStepImpl();
    return escalationStep;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Incident createIncident()
  {
    IncidentImpl incident = new IncidentImpl();
    return incident;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public SecurityControl createSecurityControl()
  {
    SecurityControlImpl securityControl = new SecurityControlImpl();
    return securityControl;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public DeliveryProcess createDeliveryProcess()
  {
    DeliveryProcessImpl deliveryProcess = new DeliveryProcessImpl();
    return deliveryProcess;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Repository createRepository()
  {
    RepositoryImpl repository = new RepositoryImpl();
    return repository;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public GlossaryTerm createGlossaryTerm()
  {
    GlossaryTermImpl glossaryTerm = new GlossaryTermImpl();
    return glossaryTerm;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public OpenQuestion createOpenQuestion()
  {
    OpenQuestionImpl openQuestion = new OpenQuestionImpl();
    return openQuestion;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Commitment createCommitment()
  {
    CommitmentImpl commitment = new CommitmentImpl();
    return commitment;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public WorkItem createWorkItem()
  {
    WorkItemImpl workItem = new WorkItemImpl();
    return workItem;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public HandoverScope createHandoverScope()
  {
    HandoverScopeImpl handoverScope = new HandoverScopeImpl();
    return handoverScope;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public AcceptanceCheck createAcceptanceCheck()
  {
    AcceptanceCheckImpl acceptanceCheck = new AcceptanceCheckImpl();
    return acceptanceCheck;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public FirstWeekAction createFirstWeekAction()
  {
    FirstWeekActionImpl firstWeekAction = new FirstWeekActionImpl();
    return firstWeekAction;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public DecisionStatus createDecisionStatusFromString(EDataType eDataType, String initialValue)
  {
    DecisionStatus result = DecisionStatus.get(initialValue);
    if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    return result;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertDecisionStatusToString(EDataType eDataType, Object instanceValue)
  {
    return instanceValue == null ? null : instanceValue.toString();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public LinkType createLinkTypeFromString(EDataType eDataType, String initialValue)
  {
    LinkType result = LinkType.get(initialValue);
    if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    return result;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertLinkTypeToString(EDataType eDataType, Object instanceValue)
  {
    return instanceValue == null ? null : instanceValue.toString();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Level createLevelFromString(EDataType eDataType, String initialValue)
  {
    Level result = Level.get(initialValue);
    if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    return result;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertLevelToString(EDataType eDataType, Object instanceValue)
  {
    return instanceValue == null ? null : instanceValue.toString();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public RiskKind createRiskKindFromString(EDataType eDataType, String initialValue)
  {
    RiskKind result = RiskKind.get(initialValue);
    if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    return result;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertRiskKindToString(EDataType eDataType, Object instanceValue)
  {
    return instanceValue == null ? null : instanceValue.toString();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public CheckStatus createCheckStatusFromString(EDataType eDataType, String initialValue)
  {
    CheckStatus result = CheckStatus.get(initialValue);
    if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    return result;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertCheckStatusToString(EDataType eDataType, Object instanceValue)
  {
    return instanceValue == null ? null : instanceValue.toString();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public WorkStatus createWorkStatusFromString(EDataType eDataType, String initialValue)
  {
    WorkStatus result = WorkStatus.get(initialValue);
    if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    return result;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertWorkStatusToString(EDataType eDataType, Object instanceValue)
  {
    return instanceValue == null ? null : instanceValue.toString();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public ControlStatus createControlStatusFromString(EDataType eDataType, String initialValue)
  {
    ControlStatus result = ControlStatus.get(initialValue);
    if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    return result;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertControlStatusToString(EDataType eDataType, Object instanceValue)
  {
    return instanceValue == null ? null : instanceValue.toString();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public LocalDate createLocalDate(final String it)
  {
    return it == null || it.isEmpty() ? null : java.time.LocalDate.parse(it);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue)
  {
    return createLocalDate(initialValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertLocalDate(final LocalDate it)
  {
    return it == null ? null : it.toString();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertLocalDateToString(EDataType eDataType, Object instanceValue)
  {
    return convertLocalDate((LocalDate)instanceValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public BatonPackage getBatonPackage()
  {
    return (BatonPackage)getEPackage();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @deprecated
   * @generated
   */
  @Deprecated
  public static BatonPackage getPackage()
  {
    return BatonPackage.eINSTANCE;
  }

} //BatonFactoryImpl
