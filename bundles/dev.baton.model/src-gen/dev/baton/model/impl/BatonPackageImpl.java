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
import dev.baton.model.Element;
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
import dev.baton.model.Party;
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

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class BatonPackageImpl extends EPackageImpl implements BatonPackage
{
  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass architectureEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass recordEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass sectionEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass partyEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass personEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass teamEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass elementEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass domainEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass softwareSystemEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass componentEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass interfaceEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass dataFlowEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass technologyEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass environmentEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass accountEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass decisionSetEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass decisionEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass optionEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass decisionLinkEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass riskEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass contractEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass costItemEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass accessItemEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass runbookEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass onCallRotationEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass escalationStepEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass incidentEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass securityControlEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass deliveryProcessEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass repositoryEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass glossaryTermEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass openQuestionEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass commitmentEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass workItemEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass handoverScopeEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass acceptanceCheckEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass firstWeekActionEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum decisionStatusEEnum = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum linkTypeEEnum = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum levelEEnum = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum riskKindEEnum = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum checkStatusEEnum = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum workStatusEEnum = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum controlStatusEEnum = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EDataType localDateEDataType = null;

  /**
   * Creates an instance of the model <b>Package</b>, registered with
   * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
   * package URI value.
   * <p>Note: the correct way to create the package is via the static
   * factory method {@link #init init()}, which also performs
   * initialization of the package, or returns the registered package,
   * if one already exists.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see org.eclipse.emf.ecore.EPackage.Registry
   * @see dev.baton.model.BatonPackage#eNS_URI
   * @see #init()
   * @generated
   */
  private BatonPackageImpl()
  {
    super(eNS_URI, BatonFactory.eINSTANCE);
  }
  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private static boolean isInited = false;

  /**
   * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
   *
   * <p>This method is used to initialize {@link BatonPackage#eINSTANCE} when that field is accessed.
   * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #eNS_URI
   * @see #createPackageContents()
   * @see #initializePackageContents()
   * @generated
   */
  public static BatonPackage init()
  {
    if (isInited) return (BatonPackage)EPackage.Registry.INSTANCE.getEPackage(BatonPackage.eNS_URI);

    // Obtain or create and register package
    Object registeredBatonPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
    BatonPackageImpl theBatonPackage = registeredBatonPackage instanceof BatonPackageImpl ? (BatonPackageImpl)registeredBatonPackage : new BatonPackageImpl();

    isInited = true;

    // Create package meta-data objects
    theBatonPackage.createPackageContents();

    // Initialize created meta-data
    theBatonPackage.initializePackageContents();

    // Mark meta-data to indicate it can't be changed
    theBatonPackage.freeze();

    // Update the registry and return the package
    EPackage.Registry.INSTANCE.put(BatonPackage.eNS_URI, theBatonPackage);
    return theBatonPackage;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getArchitecture()
  {
    return architectureEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getArchitecture_Name()
  {
    return (EAttribute)architectureEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getArchitecture_Description()
  {
    return (EAttribute)architectureEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getArchitecture_Organisation()
  {
    return (EAttribute)architectureEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_DecisionSets()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_People()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_Teams()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_Domains()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_Systems()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(7);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_Components()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(8);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_Interfaces()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(9);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_DataFlows()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(10);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_Technologies()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(11);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_Environments()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(12);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_Accounts()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(13);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_Risks()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(14);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_Contracts()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(15);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_CostItems()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(16);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_AccessItems()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(17);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_Runbooks()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(18);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_OnCallRotations()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(19);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_Incidents()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(20);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_SecurityControls()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(21);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_DeliveryProcesses()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(22);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_GlossaryTerms()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(23);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_OpenQuestions()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(24);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_Commitments()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(25);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_WorkItems()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(26);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_HandoverScopes()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(27);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_AcceptanceChecks()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(28);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getArchitecture_FirstWeekActions()
  {
    return (EReference)architectureEClass.getEStructuralFeatures().get(29);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getRecord()
  {
    return recordEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRecord_Id()
  {
    return (EAttribute)recordEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRecord_Title()
  {
    return (EAttribute)recordEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getRecord_Owner()
  {
    return (EReference)recordEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRecord_Tags()
  {
    return (EAttribute)recordEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRecord_LastReviewed()
  {
    return (EAttribute)recordEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRecord_Description()
  {
    return (EAttribute)recordEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getRecord_Sections()
  {
    return (EReference)recordEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRecord_SourcePath()
  {
    return (EAttribute)recordEClass.getEStructuralFeatures().get(7);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getSection()
  {
    return sectionEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSection_Heading()
  {
    return (EAttribute)sectionEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSection_Level()
  {
    return (EAttribute)sectionEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSection_Body()
  {
    return (EAttribute)sectionEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getParty()
  {
    return partyEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getParty_Email()
  {
    return (EAttribute)partyEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getParty_Contact()
  {
    return (EAttribute)partyEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getPerson()
  {
    return personEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getPerson_Role()
  {
    return (EAttribute)personEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getPerson_Team()
  {
    return (EReference)personEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getPerson_Organisation()
  {
    return (EAttribute)personEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getPerson_External()
  {
    return (EAttribute)personEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getPerson_Leaving()
  {
    return (EAttribute)personEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getTeam()
  {
    return teamEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getTeam_Lead()
  {
    return (EReference)teamEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getTeam_Members()
  {
    return (EReference)teamEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getElement()
  {
    return elementEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getElement_Lifecycle()
  {
    return (EAttribute)elementEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getElement_AffectedBy()
  {
    return (EReference)elementEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getDomain()
  {
    return domainEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDomain_Parent()
  {
    return (EReference)domainEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getSoftwareSystem()
  {
    return softwareSystemEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getSoftwareSystem_Domain()
  {
    return (EReference)softwareSystemEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSoftwareSystem_External()
  {
    return (EAttribute)softwareSystemEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getSoftwareSystem_Components()
  {
    return (EReference)softwareSystemEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getComponent()
  {
    return componentEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getComponent_System()
  {
    return (EReference)componentEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getComponent_Type()
  {
    return (EAttribute)componentEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getComponent_Technologies()
  {
    return (EReference)componentEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getComponent_Repository()
  {
    return (EAttribute)componentEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getComponent_Consumes()
  {
    return (EReference)componentEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getComponent_DependsOn()
  {
    return (EReference)componentEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getComponent_Environments()
  {
    return (EReference)componentEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getComponent_Provides()
  {
    return (EReference)componentEClass.getEStructuralFeatures().get(7);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getInterface()
  {
    return interfaceEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getInterface_Provider()
  {
    return (EReference)interfaceEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getInterface_Protocol()
  {
    return (EAttribute)interfaceEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getInterface_Version()
  {
    return (EAttribute)interfaceEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getInterface_Specification()
  {
    return (EAttribute)interfaceEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getInterface_SpecificationFormat()
  {
    return (EAttribute)interfaceEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getInterface_Consumers()
  {
    return (EReference)interfaceEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getDataFlow()
  {
    return dataFlowEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDataFlow_Source()
  {
    return (EReference)dataFlowEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDataFlow_Target()
  {
    return (EReference)dataFlowEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDataFlow_Via()
  {
    return (EReference)dataFlowEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDataFlow_Data()
  {
    return (EAttribute)dataFlowEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDataFlow_Classification()
  {
    return (EAttribute)dataFlowEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getTechnology()
  {
    return technologyEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getTechnology_Version()
  {
    return (EAttribute)technologyEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getTechnology_EndOfLife()
  {
    return (EAttribute)technologyEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getTechnology_Category()
  {
    return (EAttribute)technologyEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getTechnology_Licence()
  {
    return (EAttribute)technologyEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getTechnology_UsedBy()
  {
    return (EReference)technologyEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getEnvironment()
  {
    return environmentEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getEnvironment_Stage()
  {
    return (EAttribute)environmentEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getEnvironment_Url()
  {
    return (EAttribute)environmentEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getEnvironment_Account()
  {
    return (EReference)environmentEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getEnvironment_Region()
  {
    return (EAttribute)environmentEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getAccount()
  {
    return accountEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAccount_Provider()
  {
    return (EAttribute)accountEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAccount_AccountId()
  {
    return (EAttribute)accountEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getAccount_BillingContact()
  {
    return (EReference)accountEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getAccount_RootHeldBy()
  {
    return (EReference)accountEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getDecisionSet()
  {
    return decisionSetEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecisionSet_Name()
  {
    return (EAttribute)decisionSetEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecisionSet_Path()
  {
    return (EAttribute)decisionSetEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecisionSet_Dialect()
  {
    return (EAttribute)decisionSetEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDecisionSet_Decisions()
  {
    return (EReference)decisionSetEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getDecision()
  {
    return decisionEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_Number()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_Slug()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_Status()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_StatusText()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_Date()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_DecisionMakers()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_Consulted()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_Informed()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(7);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_Context()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(8);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_Drivers()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(9);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDecision_Options()
  {
    return (EReference)decisionEClass.getEStructuralFeatures().get(10);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_ChosenOption()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(11);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_Outcome()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(12);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_Consequences()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(13);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_Confirmation()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(14);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecision_MoreInformation()
  {
    return (EAttribute)decisionEClass.getEStructuralFeatures().get(15);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDecision_Links()
  {
    return (EReference)decisionEClass.getEStructuralFeatures().get(16);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDecision_Affects()
  {
    return (EReference)decisionEClass.getEStructuralFeatures().get(17);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDecision_StatedSupersededBy()
  {
    return (EReference)decisionEClass.getEStructuralFeatures().get(18);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDecision_Supersedes()
  {
    return (EReference)decisionEClass.getEStructuralFeatures().get(19);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDecision_SupersededBy()
  {
    return (EReference)decisionEClass.getEStructuralFeatures().get(20);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDecision_Amends()
  {
    return (EReference)decisionEClass.getEStructuralFeatures().get(21);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDecision_AmendedBy()
  {
    return (EReference)decisionEClass.getEStructuralFeatures().get(22);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getOption()
  {
    return optionEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOption_Title()
  {
    return (EAttribute)optionEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOption_Description()
  {
    return (EAttribute)optionEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOption_Pros()
  {
    return (EAttribute)optionEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOption_Neutral()
  {
    return (EAttribute)optionEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOption_Cons()
  {
    return (EAttribute)optionEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getDecisionLink()
  {
    return decisionLinkEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecisionLink_Type()
  {
    return (EAttribute)decisionLinkEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecisionLink_CustomType()
  {
    return (EAttribute)decisionLinkEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDecisionLink_Target()
  {
    return (EReference)decisionLinkEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDecisionLink_Note()
  {
    return (EAttribute)decisionLinkEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getRisk()
  {
    return riskEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRisk_Kind()
  {
    return (EAttribute)riskEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRisk_Likelihood()
  {
    return (EAttribute)riskEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRisk_Impact()
  {
    return (EAttribute)riskEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRisk_Status()
  {
    return (EAttribute)riskEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getRisk_Affects()
  {
    return (EReference)riskEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRisk_Mitigation()
  {
    return (EAttribute)riskEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRisk_MitigationTried()
  {
    return (EAttribute)riskEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getContract()
  {
    return contractEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getContract_Vendor()
  {
    return (EAttribute)contractEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getContract_Service()
  {
    return (EAttribute)contractEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getContract_StartDate()
  {
    return (EAttribute)contractEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getContract_RenewalDate()
  {
    return (EAttribute)contractEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getContract_NoticePeriodDays()
  {
    return (EAttribute)contractEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getContract_AutoRenews()
  {
    return (EAttribute)contractEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getContract_Cost()
  {
    return (EAttribute)contractEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getContract_Currency()
  {
    return (EAttribute)contractEClass.getEStructuralFeatures().get(7);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getContract_BillingPeriod()
  {
    return (EAttribute)contractEClass.getEStructuralFeatures().get(8);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getContract_Sla()
  {
    return (EAttribute)contractEClass.getEStructuralFeatures().get(9);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getContract_VendorContact()
  {
    return (EReference)contractEClass.getEStructuralFeatures().get(10);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getContract_Covers()
  {
    return (EReference)contractEClass.getEStructuralFeatures().get(11);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getCostItem()
  {
    return costItemEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCostItem_Amount()
  {
    return (EAttribute)costItemEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCostItem_Currency()
  {
    return (EAttribute)costItemEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCostItem_Period()
  {
    return (EAttribute)costItemEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCostItem_Budget()
  {
    return (EAttribute)costItemEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCostItem_Category()
  {
    return (EAttribute)costItemEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getCostItem_Account()
  {
    return (EReference)costItemEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getCostItem_Contract()
  {
    return (EReference)costItemEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getCostItem_Covers()
  {
    return (EReference)costItemEClass.getEStructuralFeatures().get(7);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getAccessItem()
  {
    return accessItemEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAccessItem_Kind()
  {
    return (EAttribute)accessItemEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getAccessItem_Grants()
  {
    return (EReference)accessItemEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAccessItem_Location()
  {
    return (EAttribute)accessItemEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getAccessItem_Holders()
  {
    return (EReference)accessItemEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAccessItem_Rotation()
  {
    return (EAttribute)accessItemEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAccessItem_RotationDays()
  {
    return (EAttribute)accessItemEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAccessItem_LastRotated()
  {
    return (EAttribute)accessItemEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAccessItem_BreakGlass()
  {
    return (EAttribute)accessItemEClass.getEStructuralFeatures().get(7);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getRunbook()
  {
    return runbookEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRunbook_Kind()
  {
    return (EAttribute)runbookEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getRunbook_Applies()
  {
    return (EReference)runbookEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRunbook_LastTested()
  {
    return (EAttribute)runbookEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRunbook_Schedule()
  {
    return (EAttribute)runbookEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRunbook_Dashboard()
  {
    return (EAttribute)runbookEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getOnCallRotation()
  {
    return onCallRotationEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getOnCallRotation_Team()
  {
    return (EReference)onCallRotationEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOnCallRotation_Schedule()
  {
    return (EAttribute)onCallRotationEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOnCallRotation_Tool()
  {
    return (EAttribute)onCallRotationEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getOnCallRotation_Escalation()
  {
    return (EReference)onCallRotationEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getOnCallRotation_Covers()
  {
    return (EReference)onCallRotationEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getEscalationStep()
  {
    return escalationStepEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getEscalationStep_Level()
  {
    return (EAttribute)escalationStepEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getEscalationStep_Contact()
  {
    return (EReference)escalationStepEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getEscalationStep_AfterMinutes()
  {
    return (EAttribute)escalationStepEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getEscalationStep_Note()
  {
    return (EAttribute)escalationStepEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getIncident()
  {
    return incidentEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getIncident_Date()
  {
    return (EAttribute)incidentEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getIncident_Severity()
  {
    return (EAttribute)incidentEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getIncident_Status()
  {
    return (EAttribute)incidentEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getIncident_Affects()
  {
    return (EReference)incidentEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getIncident_Postmortem()
  {
    return (EAttribute)incidentEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getIncident_RootCause()
  {
    return (EAttribute)incidentEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getIncident_FollowUps()
  {
    return (EAttribute)incidentEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getSecurityControl()
  {
    return securityControlEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSecurityControl_Kind()
  {
    return (EAttribute)securityControlEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSecurityControl_Framework()
  {
    return (EAttribute)securityControlEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSecurityControl_Status()
  {
    return (EAttribute)securityControlEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSecurityControl_Evidence()
  {
    return (EAttribute)securityControlEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getSecurityControl_Covers()
  {
    return (EReference)securityControlEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getDeliveryProcess()
  {
    return deliveryProcessEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDeliveryProcess_Repositories()
  {
    return (EReference)deliveryProcessEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDeliveryProcess_Branching()
  {
    return (EAttribute)deliveryProcessEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDeliveryProcess_Pipelines()
  {
    return (EAttribute)deliveryProcessEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDeliveryProcess_Release()
  {
    return (EAttribute)deliveryProcessEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDeliveryProcess_Setup()
  {
    return (EAttribute)deliveryProcessEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getRepository()
  {
    return repositoryEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRepository_Name()
  {
    return (EAttribute)repositoryEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRepository_Url()
  {
    return (EAttribute)repositoryEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getRepository_DefaultBranch()
  {
    return (EAttribute)repositoryEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getRepository_Components()
  {
    return (EReference)repositoryEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getGlossaryTerm()
  {
    return glossaryTermEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGlossaryTerm_Aliases()
  {
    return (EAttribute)glossaryTermEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getOpenQuestion()
  {
    return openQuestionEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOpenQuestion_Status()
  {
    return (EAttribute)openQuestionEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOpenQuestion_Raised()
  {
    return (EAttribute)openQuestionEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOpenQuestion_Due()
  {
    return (EAttribute)openQuestionEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getOpenQuestion_Affects()
  {
    return (EReference)openQuestionEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOpenQuestion_Answer()
  {
    return (EAttribute)openQuestionEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getCommitment()
  {
    return commitmentEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCommitment_MadeTo()
  {
    return (EAttribute)commitmentEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCommitment_Audience()
  {
    return (EAttribute)commitmentEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCommitment_Due()
  {
    return (EAttribute)commitmentEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCommitment_Status()
  {
    return (EAttribute)commitmentEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getCommitment_Affects()
  {
    return (EReference)commitmentEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getWorkItem()
  {
    return workItemEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getWorkItem_Status()
  {
    return (EAttribute)workItemEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getWorkItem_Due()
  {
    return (EAttribute)workItemEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getWorkItem_Tracker()
  {
    return (EAttribute)workItemEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getWorkItem_Affects()
  {
    return (EReference)workItemEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getHandoverScope()
  {
    return handoverScopeEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getHandoverScope_From()
  {
    return (EReference)handoverScopeEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getHandoverScope_To()
  {
    return (EReference)handoverScopeEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getHandoverScope_HandoverDate()
  {
    return (EAttribute)handoverScopeEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getHandoverScope_SupportUntil()
  {
    return (EAttribute)handoverScopeEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getHandoverScope_Includes()
  {
    return (EReference)handoverScopeEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getHandoverScope_Excluded()
  {
    return (EAttribute)handoverScopeEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getAcceptanceCheck()
  {
    return acceptanceCheckEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAcceptanceCheck_Kind()
  {
    return (EAttribute)acceptanceCheckEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAcceptanceCheck_Status()
  {
    return (EAttribute)acceptanceCheckEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getAcceptanceCheck_SignedOffBy()
  {
    return (EReference)acceptanceCheckEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAcceptanceCheck_SignedOffOn()
  {
    return (EAttribute)acceptanceCheckEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getAcceptanceCheck_Runbook()
  {
    return (EReference)acceptanceCheckEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getFirstWeekAction()
  {
    return firstWeekActionEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getFirstWeekAction_Day()
  {
    return (EAttribute)firstWeekActionEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getFirstWeekAction_Done()
  {
    return (EAttribute)firstWeekActionEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getFirstWeekAction_Checks()
  {
    return (EReference)firstWeekActionEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getDecisionStatus()
  {
    return decisionStatusEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getLinkType()
  {
    return linkTypeEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getLevel()
  {
    return levelEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getRiskKind()
  {
    return riskKindEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getCheckStatus()
  {
    return checkStatusEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getWorkStatus()
  {
    return workStatusEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getControlStatus()
  {
    return controlStatusEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EDataType getLocalDate()
  {
    return localDateEDataType;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public BatonFactory getBatonFactory()
  {
    return (BatonFactory)getEFactoryInstance();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private boolean isCreated = false;

  /**
   * Creates the meta-model objects for the package.  This method is
   * guarded to have no affect on any invocation but its first.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public void createPackageContents()
  {
    if (isCreated) return;
    isCreated = true;

    // Create classes and their features
    architectureEClass = createEClass(ARCHITECTURE);
    createEAttribute(architectureEClass, ARCHITECTURE__NAME);
    createEAttribute(architectureEClass, ARCHITECTURE__DESCRIPTION);
    createEAttribute(architectureEClass, ARCHITECTURE__ORGANISATION);
    createEReference(architectureEClass, ARCHITECTURE__DECISION_SETS);
    createEReference(architectureEClass, ARCHITECTURE__PEOPLE);
    createEReference(architectureEClass, ARCHITECTURE__TEAMS);
    createEReference(architectureEClass, ARCHITECTURE__DOMAINS);
    createEReference(architectureEClass, ARCHITECTURE__SYSTEMS);
    createEReference(architectureEClass, ARCHITECTURE__COMPONENTS);
    createEReference(architectureEClass, ARCHITECTURE__INTERFACES);
    createEReference(architectureEClass, ARCHITECTURE__DATA_FLOWS);
    createEReference(architectureEClass, ARCHITECTURE__TECHNOLOGIES);
    createEReference(architectureEClass, ARCHITECTURE__ENVIRONMENTS);
    createEReference(architectureEClass, ARCHITECTURE__ACCOUNTS);
    createEReference(architectureEClass, ARCHITECTURE__RISKS);
    createEReference(architectureEClass, ARCHITECTURE__CONTRACTS);
    createEReference(architectureEClass, ARCHITECTURE__COST_ITEMS);
    createEReference(architectureEClass, ARCHITECTURE__ACCESS_ITEMS);
    createEReference(architectureEClass, ARCHITECTURE__RUNBOOKS);
    createEReference(architectureEClass, ARCHITECTURE__ON_CALL_ROTATIONS);
    createEReference(architectureEClass, ARCHITECTURE__INCIDENTS);
    createEReference(architectureEClass, ARCHITECTURE__SECURITY_CONTROLS);
    createEReference(architectureEClass, ARCHITECTURE__DELIVERY_PROCESSES);
    createEReference(architectureEClass, ARCHITECTURE__GLOSSARY_TERMS);
    createEReference(architectureEClass, ARCHITECTURE__OPEN_QUESTIONS);
    createEReference(architectureEClass, ARCHITECTURE__COMMITMENTS);
    createEReference(architectureEClass, ARCHITECTURE__WORK_ITEMS);
    createEReference(architectureEClass, ARCHITECTURE__HANDOVER_SCOPES);
    createEReference(architectureEClass, ARCHITECTURE__ACCEPTANCE_CHECKS);
    createEReference(architectureEClass, ARCHITECTURE__FIRST_WEEK_ACTIONS);

    recordEClass = createEClass(RECORD);
    createEAttribute(recordEClass, RECORD__ID);
    createEAttribute(recordEClass, RECORD__TITLE);
    createEReference(recordEClass, RECORD__OWNER);
    createEAttribute(recordEClass, RECORD__TAGS);
    createEAttribute(recordEClass, RECORD__LAST_REVIEWED);
    createEAttribute(recordEClass, RECORD__DESCRIPTION);
    createEReference(recordEClass, RECORD__SECTIONS);
    createEAttribute(recordEClass, RECORD__SOURCE_PATH);

    sectionEClass = createEClass(SECTION);
    createEAttribute(sectionEClass, SECTION__HEADING);
    createEAttribute(sectionEClass, SECTION__LEVEL);
    createEAttribute(sectionEClass, SECTION__BODY);

    partyEClass = createEClass(PARTY);
    createEAttribute(partyEClass, PARTY__EMAIL);
    createEAttribute(partyEClass, PARTY__CONTACT);

    personEClass = createEClass(PERSON);
    createEAttribute(personEClass, PERSON__ROLE);
    createEReference(personEClass, PERSON__TEAM);
    createEAttribute(personEClass, PERSON__ORGANISATION);
    createEAttribute(personEClass, PERSON__EXTERNAL);
    createEAttribute(personEClass, PERSON__LEAVING);

    teamEClass = createEClass(TEAM);
    createEReference(teamEClass, TEAM__LEAD);
    createEReference(teamEClass, TEAM__MEMBERS);

    elementEClass = createEClass(ELEMENT);
    createEAttribute(elementEClass, ELEMENT__LIFECYCLE);
    createEReference(elementEClass, ELEMENT__AFFECTED_BY);

    domainEClass = createEClass(DOMAIN);
    createEReference(domainEClass, DOMAIN__PARENT);

    softwareSystemEClass = createEClass(SOFTWARE_SYSTEM);
    createEReference(softwareSystemEClass, SOFTWARE_SYSTEM__DOMAIN);
    createEAttribute(softwareSystemEClass, SOFTWARE_SYSTEM__EXTERNAL);
    createEReference(softwareSystemEClass, SOFTWARE_SYSTEM__COMPONENTS);

    componentEClass = createEClass(COMPONENT);
    createEReference(componentEClass, COMPONENT__SYSTEM);
    createEAttribute(componentEClass, COMPONENT__TYPE);
    createEReference(componentEClass, COMPONENT__TECHNOLOGIES);
    createEAttribute(componentEClass, COMPONENT__REPOSITORY);
    createEReference(componentEClass, COMPONENT__CONSUMES);
    createEReference(componentEClass, COMPONENT__DEPENDS_ON);
    createEReference(componentEClass, COMPONENT__ENVIRONMENTS);
    createEReference(componentEClass, COMPONENT__PROVIDES);

    interfaceEClass = createEClass(INTERFACE);
    createEReference(interfaceEClass, INTERFACE__PROVIDER);
    createEAttribute(interfaceEClass, INTERFACE__PROTOCOL);
    createEAttribute(interfaceEClass, INTERFACE__VERSION);
    createEAttribute(interfaceEClass, INTERFACE__SPECIFICATION);
    createEAttribute(interfaceEClass, INTERFACE__SPECIFICATION_FORMAT);
    createEReference(interfaceEClass, INTERFACE__CONSUMERS);

    dataFlowEClass = createEClass(DATA_FLOW);
    createEReference(dataFlowEClass, DATA_FLOW__SOURCE);
    createEReference(dataFlowEClass, DATA_FLOW__TARGET);
    createEReference(dataFlowEClass, DATA_FLOW__VIA);
    createEAttribute(dataFlowEClass, DATA_FLOW__DATA);
    createEAttribute(dataFlowEClass, DATA_FLOW__CLASSIFICATION);

    technologyEClass = createEClass(TECHNOLOGY);
    createEAttribute(technologyEClass, TECHNOLOGY__VERSION);
    createEAttribute(technologyEClass, TECHNOLOGY__END_OF_LIFE);
    createEAttribute(technologyEClass, TECHNOLOGY__CATEGORY);
    createEAttribute(technologyEClass, TECHNOLOGY__LICENCE);
    createEReference(technologyEClass, TECHNOLOGY__USED_BY);

    environmentEClass = createEClass(ENVIRONMENT);
    createEAttribute(environmentEClass, ENVIRONMENT__STAGE);
    createEAttribute(environmentEClass, ENVIRONMENT__URL);
    createEReference(environmentEClass, ENVIRONMENT__ACCOUNT);
    createEAttribute(environmentEClass, ENVIRONMENT__REGION);

    accountEClass = createEClass(ACCOUNT);
    createEAttribute(accountEClass, ACCOUNT__PROVIDER);
    createEAttribute(accountEClass, ACCOUNT__ACCOUNT_ID);
    createEReference(accountEClass, ACCOUNT__BILLING_CONTACT);
    createEReference(accountEClass, ACCOUNT__ROOT_HELD_BY);

    decisionSetEClass = createEClass(DECISION_SET);
    createEAttribute(decisionSetEClass, DECISION_SET__NAME);
    createEAttribute(decisionSetEClass, DECISION_SET__PATH);
    createEAttribute(decisionSetEClass, DECISION_SET__DIALECT);
    createEReference(decisionSetEClass, DECISION_SET__DECISIONS);

    decisionEClass = createEClass(DECISION);
    createEAttribute(decisionEClass, DECISION__NUMBER);
    createEAttribute(decisionEClass, DECISION__SLUG);
    createEAttribute(decisionEClass, DECISION__STATUS);
    createEAttribute(decisionEClass, DECISION__STATUS_TEXT);
    createEAttribute(decisionEClass, DECISION__DATE);
    createEAttribute(decisionEClass, DECISION__DECISION_MAKERS);
    createEAttribute(decisionEClass, DECISION__CONSULTED);
    createEAttribute(decisionEClass, DECISION__INFORMED);
    createEAttribute(decisionEClass, DECISION__CONTEXT);
    createEAttribute(decisionEClass, DECISION__DRIVERS);
    createEReference(decisionEClass, DECISION__OPTIONS);
    createEAttribute(decisionEClass, DECISION__CHOSEN_OPTION);
    createEAttribute(decisionEClass, DECISION__OUTCOME);
    createEAttribute(decisionEClass, DECISION__CONSEQUENCES);
    createEAttribute(decisionEClass, DECISION__CONFIRMATION);
    createEAttribute(decisionEClass, DECISION__MORE_INFORMATION);
    createEReference(decisionEClass, DECISION__LINKS);
    createEReference(decisionEClass, DECISION__AFFECTS);
    createEReference(decisionEClass, DECISION__STATED_SUPERSEDED_BY);
    createEReference(decisionEClass, DECISION__SUPERSEDES);
    createEReference(decisionEClass, DECISION__SUPERSEDED_BY);
    createEReference(decisionEClass, DECISION__AMENDS);
    createEReference(decisionEClass, DECISION__AMENDED_BY);

    optionEClass = createEClass(OPTION);
    createEAttribute(optionEClass, OPTION__TITLE);
    createEAttribute(optionEClass, OPTION__DESCRIPTION);
    createEAttribute(optionEClass, OPTION__PROS);
    createEAttribute(optionEClass, OPTION__NEUTRAL);
    createEAttribute(optionEClass, OPTION__CONS);

    decisionLinkEClass = createEClass(DECISION_LINK);
    createEAttribute(decisionLinkEClass, DECISION_LINK__TYPE);
    createEAttribute(decisionLinkEClass, DECISION_LINK__CUSTOM_TYPE);
    createEReference(decisionLinkEClass, DECISION_LINK__TARGET);
    createEAttribute(decisionLinkEClass, DECISION_LINK__NOTE);

    riskEClass = createEClass(RISK);
    createEAttribute(riskEClass, RISK__KIND);
    createEAttribute(riskEClass, RISK__LIKELIHOOD);
    createEAttribute(riskEClass, RISK__IMPACT);
    createEAttribute(riskEClass, RISK__STATUS);
    createEReference(riskEClass, RISK__AFFECTS);
    createEAttribute(riskEClass, RISK__MITIGATION);
    createEAttribute(riskEClass, RISK__MITIGATION_TRIED);

    contractEClass = createEClass(CONTRACT);
    createEAttribute(contractEClass, CONTRACT__VENDOR);
    createEAttribute(contractEClass, CONTRACT__SERVICE);
    createEAttribute(contractEClass, CONTRACT__START_DATE);
    createEAttribute(contractEClass, CONTRACT__RENEWAL_DATE);
    createEAttribute(contractEClass, CONTRACT__NOTICE_PERIOD_DAYS);
    createEAttribute(contractEClass, CONTRACT__AUTO_RENEWS);
    createEAttribute(contractEClass, CONTRACT__COST);
    createEAttribute(contractEClass, CONTRACT__CURRENCY);
    createEAttribute(contractEClass, CONTRACT__BILLING_PERIOD);
    createEAttribute(contractEClass, CONTRACT__SLA);
    createEReference(contractEClass, CONTRACT__VENDOR_CONTACT);
    createEReference(contractEClass, CONTRACT__COVERS);

    costItemEClass = createEClass(COST_ITEM);
    createEAttribute(costItemEClass, COST_ITEM__AMOUNT);
    createEAttribute(costItemEClass, COST_ITEM__CURRENCY);
    createEAttribute(costItemEClass, COST_ITEM__PERIOD);
    createEAttribute(costItemEClass, COST_ITEM__BUDGET);
    createEAttribute(costItemEClass, COST_ITEM__CATEGORY);
    createEReference(costItemEClass, COST_ITEM__ACCOUNT);
    createEReference(costItemEClass, COST_ITEM__CONTRACT);
    createEReference(costItemEClass, COST_ITEM__COVERS);

    accessItemEClass = createEClass(ACCESS_ITEM);
    createEAttribute(accessItemEClass, ACCESS_ITEM__KIND);
    createEReference(accessItemEClass, ACCESS_ITEM__GRANTS);
    createEAttribute(accessItemEClass, ACCESS_ITEM__LOCATION);
    createEReference(accessItemEClass, ACCESS_ITEM__HOLDERS);
    createEAttribute(accessItemEClass, ACCESS_ITEM__ROTATION);
    createEAttribute(accessItemEClass, ACCESS_ITEM__ROTATION_DAYS);
    createEAttribute(accessItemEClass, ACCESS_ITEM__LAST_ROTATED);
    createEAttribute(accessItemEClass, ACCESS_ITEM__BREAK_GLASS);

    runbookEClass = createEClass(RUNBOOK);
    createEAttribute(runbookEClass, RUNBOOK__KIND);
    createEReference(runbookEClass, RUNBOOK__APPLIES);
    createEAttribute(runbookEClass, RUNBOOK__LAST_TESTED);
    createEAttribute(runbookEClass, RUNBOOK__SCHEDULE);
    createEAttribute(runbookEClass, RUNBOOK__DASHBOARD);

    onCallRotationEClass = createEClass(ON_CALL_ROTATION);
    createEReference(onCallRotationEClass, ON_CALL_ROTATION__TEAM);
    createEAttribute(onCallRotationEClass, ON_CALL_ROTATION__SCHEDULE);
    createEAttribute(onCallRotationEClass, ON_CALL_ROTATION__TOOL);
    createEReference(onCallRotationEClass, ON_CALL_ROTATION__ESCALATION);
    createEReference(onCallRotationEClass, ON_CALL_ROTATION__COVERS);

    escalationStepEClass = createEClass(ESCALATION_STEP);
    createEAttribute(escalationStepEClass, ESCALATION_STEP__LEVEL);
    createEReference(escalationStepEClass, ESCALATION_STEP__CONTACT);
    createEAttribute(escalationStepEClass, ESCALATION_STEP__AFTER_MINUTES);
    createEAttribute(escalationStepEClass, ESCALATION_STEP__NOTE);

    incidentEClass = createEClass(INCIDENT);
    createEAttribute(incidentEClass, INCIDENT__DATE);
    createEAttribute(incidentEClass, INCIDENT__SEVERITY);
    createEAttribute(incidentEClass, INCIDENT__STATUS);
    createEReference(incidentEClass, INCIDENT__AFFECTS);
    createEAttribute(incidentEClass, INCIDENT__POSTMORTEM);
    createEAttribute(incidentEClass, INCIDENT__ROOT_CAUSE);
    createEAttribute(incidentEClass, INCIDENT__FOLLOW_UPS);

    securityControlEClass = createEClass(SECURITY_CONTROL);
    createEAttribute(securityControlEClass, SECURITY_CONTROL__KIND);
    createEAttribute(securityControlEClass, SECURITY_CONTROL__FRAMEWORK);
    createEAttribute(securityControlEClass, SECURITY_CONTROL__STATUS);
    createEAttribute(securityControlEClass, SECURITY_CONTROL__EVIDENCE);
    createEReference(securityControlEClass, SECURITY_CONTROL__COVERS);

    deliveryProcessEClass = createEClass(DELIVERY_PROCESS);
    createEReference(deliveryProcessEClass, DELIVERY_PROCESS__REPOSITORIES);
    createEAttribute(deliveryProcessEClass, DELIVERY_PROCESS__BRANCHING);
    createEAttribute(deliveryProcessEClass, DELIVERY_PROCESS__PIPELINES);
    createEAttribute(deliveryProcessEClass, DELIVERY_PROCESS__RELEASE);
    createEAttribute(deliveryProcessEClass, DELIVERY_PROCESS__SETUP);

    repositoryEClass = createEClass(REPOSITORY);
    createEAttribute(repositoryEClass, REPOSITORY__NAME);
    createEAttribute(repositoryEClass, REPOSITORY__URL);
    createEAttribute(repositoryEClass, REPOSITORY__DEFAULT_BRANCH);
    createEReference(repositoryEClass, REPOSITORY__COMPONENTS);

    glossaryTermEClass = createEClass(GLOSSARY_TERM);
    createEAttribute(glossaryTermEClass, GLOSSARY_TERM__ALIASES);

    openQuestionEClass = createEClass(OPEN_QUESTION);
    createEAttribute(openQuestionEClass, OPEN_QUESTION__STATUS);
    createEAttribute(openQuestionEClass, OPEN_QUESTION__RAISED);
    createEAttribute(openQuestionEClass, OPEN_QUESTION__DUE);
    createEReference(openQuestionEClass, OPEN_QUESTION__AFFECTS);
    createEAttribute(openQuestionEClass, OPEN_QUESTION__ANSWER);

    commitmentEClass = createEClass(COMMITMENT);
    createEAttribute(commitmentEClass, COMMITMENT__MADE_TO);
    createEAttribute(commitmentEClass, COMMITMENT__AUDIENCE);
    createEAttribute(commitmentEClass, COMMITMENT__DUE);
    createEAttribute(commitmentEClass, COMMITMENT__STATUS);
    createEReference(commitmentEClass, COMMITMENT__AFFECTS);

    workItemEClass = createEClass(WORK_ITEM);
    createEAttribute(workItemEClass, WORK_ITEM__STATUS);
    createEAttribute(workItemEClass, WORK_ITEM__DUE);
    createEAttribute(workItemEClass, WORK_ITEM__TRACKER);
    createEReference(workItemEClass, WORK_ITEM__AFFECTS);

    handoverScopeEClass = createEClass(HANDOVER_SCOPE);
    createEReference(handoverScopeEClass, HANDOVER_SCOPE__FROM);
    createEReference(handoverScopeEClass, HANDOVER_SCOPE__TO);
    createEAttribute(handoverScopeEClass, HANDOVER_SCOPE__HANDOVER_DATE);
    createEAttribute(handoverScopeEClass, HANDOVER_SCOPE__SUPPORT_UNTIL);
    createEReference(handoverScopeEClass, HANDOVER_SCOPE__INCLUDES);
    createEAttribute(handoverScopeEClass, HANDOVER_SCOPE__EXCLUDED);

    acceptanceCheckEClass = createEClass(ACCEPTANCE_CHECK);
    createEAttribute(acceptanceCheckEClass, ACCEPTANCE_CHECK__KIND);
    createEAttribute(acceptanceCheckEClass, ACCEPTANCE_CHECK__STATUS);
    createEReference(acceptanceCheckEClass, ACCEPTANCE_CHECK__SIGNED_OFF_BY);
    createEAttribute(acceptanceCheckEClass, ACCEPTANCE_CHECK__SIGNED_OFF_ON);
    createEReference(acceptanceCheckEClass, ACCEPTANCE_CHECK__RUNBOOK);

    firstWeekActionEClass = createEClass(FIRST_WEEK_ACTION);
    createEAttribute(firstWeekActionEClass, FIRST_WEEK_ACTION__DAY);
    createEAttribute(firstWeekActionEClass, FIRST_WEEK_ACTION__DONE);
    createEReference(firstWeekActionEClass, FIRST_WEEK_ACTION__CHECKS);

    // Create enums
    decisionStatusEEnum = createEEnum(DECISION_STATUS);
    linkTypeEEnum = createEEnum(LINK_TYPE);
    levelEEnum = createEEnum(LEVEL);
    riskKindEEnum = createEEnum(RISK_KIND);
    checkStatusEEnum = createEEnum(CHECK_STATUS);
    workStatusEEnum = createEEnum(WORK_STATUS);
    controlStatusEEnum = createEEnum(CONTROL_STATUS);

    // Create data types
    localDateEDataType = createEDataType(LOCAL_DATE);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private boolean isInitialized = false;

  /**
   * Complete the initialization of the package and its meta-model.  This
   * method is guarded to have no affect on any invocation but its first.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public void initializePackageContents()
  {
    if (isInitialized) return;
    isInitialized = true;

    // Initialize package
    setName(eNAME);
    setNsPrefix(eNS_PREFIX);
    setNsURI(eNS_URI);

    // Create type parameters

    // Set bounds for type parameters

    // Add supertypes to classes
    partyEClass.getESuperTypes().add(this.getRecord());
    personEClass.getESuperTypes().add(this.getParty());
    teamEClass.getESuperTypes().add(this.getParty());
    elementEClass.getESuperTypes().add(this.getRecord());
    domainEClass.getESuperTypes().add(this.getElement());
    softwareSystemEClass.getESuperTypes().add(this.getElement());
    componentEClass.getESuperTypes().add(this.getElement());
    interfaceEClass.getESuperTypes().add(this.getElement());
    dataFlowEClass.getESuperTypes().add(this.getElement());
    technologyEClass.getESuperTypes().add(this.getElement());
    environmentEClass.getESuperTypes().add(this.getElement());
    accountEClass.getESuperTypes().add(this.getElement());
    decisionEClass.getESuperTypes().add(this.getRecord());
    riskEClass.getESuperTypes().add(this.getRecord());
    contractEClass.getESuperTypes().add(this.getRecord());
    costItemEClass.getESuperTypes().add(this.getRecord());
    accessItemEClass.getESuperTypes().add(this.getRecord());
    runbookEClass.getESuperTypes().add(this.getRecord());
    onCallRotationEClass.getESuperTypes().add(this.getRecord());
    incidentEClass.getESuperTypes().add(this.getRecord());
    securityControlEClass.getESuperTypes().add(this.getRecord());
    deliveryProcessEClass.getESuperTypes().add(this.getRecord());
    glossaryTermEClass.getESuperTypes().add(this.getRecord());
    openQuestionEClass.getESuperTypes().add(this.getRecord());
    commitmentEClass.getESuperTypes().add(this.getRecord());
    workItemEClass.getESuperTypes().add(this.getRecord());
    handoverScopeEClass.getESuperTypes().add(this.getRecord());
    acceptanceCheckEClass.getESuperTypes().add(this.getRecord());
    firstWeekActionEClass.getESuperTypes().add(this.getRecord());

    // Initialize classes, features, and operations; add parameters
    initEClass(architectureEClass, Architecture.class, "Architecture", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getArchitecture_Name(), ecorePackage.getEString(), "name", null, 0, 1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getArchitecture_Description(), ecorePackage.getEString(), "description", null, 0, 1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getArchitecture_Organisation(), ecorePackage.getEString(), "organisation", null, 0, 1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_DecisionSets(), this.getDecisionSet(), null, "decisionSets", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_People(), this.getPerson(), null, "people", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_Teams(), this.getTeam(), null, "teams", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_Domains(), this.getDomain(), null, "domains", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_Systems(), this.getSoftwareSystem(), null, "systems", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_Components(), this.getComponent(), null, "components", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_Interfaces(), this.getInterface(), null, "interfaces", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_DataFlows(), this.getDataFlow(), null, "dataFlows", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_Technologies(), this.getTechnology(), null, "technologies", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_Environments(), this.getEnvironment(), null, "environments", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_Accounts(), this.getAccount(), null, "accounts", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_Risks(), this.getRisk(), null, "risks", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_Contracts(), this.getContract(), null, "contracts", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_CostItems(), this.getCostItem(), null, "costItems", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_AccessItems(), this.getAccessItem(), null, "accessItems", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_Runbooks(), this.getRunbook(), null, "runbooks", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_OnCallRotations(), this.getOnCallRotation(), null, "onCallRotations", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_Incidents(), this.getIncident(), null, "incidents", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_SecurityControls(), this.getSecurityControl(), null, "securityControls", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_DeliveryProcesses(), this.getDeliveryProcess(), null, "deliveryProcesses", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_GlossaryTerms(), this.getGlossaryTerm(), null, "glossaryTerms", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_OpenQuestions(), this.getOpenQuestion(), null, "openQuestions", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_Commitments(), this.getCommitment(), null, "commitments", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_WorkItems(), this.getWorkItem(), null, "workItems", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_HandoverScopes(), this.getHandoverScope(), null, "handoverScopes", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_AcceptanceChecks(), this.getAcceptanceCheck(), null, "acceptanceChecks", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getArchitecture_FirstWeekActions(), this.getFirstWeekAction(), null, "firstWeekActions", null, 0, -1, Architecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(recordEClass, dev.baton.model.Record.class, "Record", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getRecord_Id(), ecorePackage.getEString(), "id", null, 0, 1, dev.baton.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRecord_Title(), ecorePackage.getEString(), "title", null, 0, 1, dev.baton.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getRecord_Owner(), this.getParty(), null, "owner", null, 0, 1, dev.baton.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRecord_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, dev.baton.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRecord_LastReviewed(), this.getLocalDate(), "lastReviewed", null, 0, 1, dev.baton.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRecord_Description(), ecorePackage.getEString(), "description", null, 0, 1, dev.baton.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getRecord_Sections(), this.getSection(), null, "sections", null, 0, -1, dev.baton.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRecord_SourcePath(), ecorePackage.getEString(), "sourcePath", null, 0, 1, dev.baton.model.Record.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(sectionEClass, Section.class, "Section", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getSection_Heading(), ecorePackage.getEString(), "heading", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getSection_Level(), ecorePackage.getEInt(), "level", "2", 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
    initEAttribute(getSection_Body(), ecorePackage.getEString(), "body", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(partyEClass, Party.class, "Party", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getParty_Email(), ecorePackage.getEString(), "email", null, 0, 1, Party.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getParty_Contact(), ecorePackage.getEString(), "contact", null, 0, 1, Party.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getPerson_Role(), ecorePackage.getEString(), "role", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getPerson_Team(), this.getTeam(), null, "team", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getPerson_Organisation(), ecorePackage.getEString(), "organisation", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getPerson_External(), ecorePackage.getEBoolean(), "external", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getPerson_Leaving(), ecorePackage.getEBoolean(), "leaving", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(teamEClass, Team.class, "Team", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEReference(getTeam_Lead(), this.getPerson(), null, "lead", null, 0, 1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getTeam_Members(), this.getPerson(), null, "members", null, 0, -1, Team.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(elementEClass, Element.class, "Element", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getElement_Lifecycle(), ecorePackage.getEString(), "lifecycle", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getElement_AffectedBy(), this.getDecision(), null, "affectedBy", null, 0, -1, Element.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(domainEClass, Domain.class, "Domain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEReference(getDomain_Parent(), this.getDomain(), null, "parent", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(softwareSystemEClass, SoftwareSystem.class, "SoftwareSystem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEReference(getSoftwareSystem_Domain(), this.getDomain(), null, "domain", null, 0, 1, SoftwareSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getSoftwareSystem_External(), ecorePackage.getEBoolean(), "external", null, 0, 1, SoftwareSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getSoftwareSystem_Components(), this.getComponent(), null, "components", null, 0, -1, SoftwareSystem.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(componentEClass, Component.class, "Component", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEReference(getComponent_System(), this.getSoftwareSystem(), null, "system", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getComponent_Type(), ecorePackage.getEString(), "type", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getComponent_Technologies(), this.getTechnology(), null, "technologies", null, 0, -1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getComponent_Repository(), ecorePackage.getEString(), "repository", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getComponent_Consumes(), this.getInterface(), null, "consumes", null, 0, -1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getComponent_DependsOn(), this.getComponent(), null, "dependsOn", null, 0, -1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getComponent_Environments(), this.getEnvironment(), null, "environments", null, 0, -1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getComponent_Provides(), this.getInterface(), null, "provides", null, 0, -1, Component.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(interfaceEClass, Interface.class, "Interface", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEReference(getInterface_Provider(), this.getComponent(), null, "provider", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getInterface_Protocol(), ecorePackage.getEString(), "protocol", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getInterface_Version(), ecorePackage.getEString(), "version", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getInterface_Specification(), ecorePackage.getEString(), "specification", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getInterface_SpecificationFormat(), ecorePackage.getEString(), "specificationFormat", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getInterface_Consumers(), this.getComponent(), null, "consumers", null, 0, -1, Interface.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(dataFlowEClass, DataFlow.class, "DataFlow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEReference(getDataFlow_Source(), this.getElement(), null, "source", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getDataFlow_Target(), this.getElement(), null, "target", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getDataFlow_Via(), this.getInterface(), null, "via", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDataFlow_Data(), ecorePackage.getEString(), "data", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDataFlow_Classification(), ecorePackage.getEString(), "classification", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(technologyEClass, Technology.class, "Technology", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getTechnology_Version(), ecorePackage.getEString(), "version", null, 0, 1, Technology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getTechnology_EndOfLife(), this.getLocalDate(), "endOfLife", null, 0, 1, Technology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getTechnology_Category(), ecorePackage.getEString(), "category", null, 0, 1, Technology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getTechnology_Licence(), ecorePackage.getEString(), "licence", null, 0, 1, Technology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getTechnology_UsedBy(), this.getComponent(), null, "usedBy", null, 0, -1, Technology.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(environmentEClass, Environment.class, "Environment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getEnvironment_Stage(), ecorePackage.getEString(), "stage", null, 0, 1, Environment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getEnvironment_Url(), ecorePackage.getEString(), "url", null, 0, 1, Environment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getEnvironment_Account(), this.getAccount(), null, "account", null, 0, 1, Environment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getEnvironment_Region(), ecorePackage.getEString(), "region", null, 0, 1, Environment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(accountEClass, Account.class, "Account", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getAccount_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getAccount_AccountId(), ecorePackage.getEString(), "accountId", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getAccount_BillingContact(), this.getParty(), null, "billingContact", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getAccount_RootHeldBy(), this.getParty(), null, "rootHeldBy", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(decisionSetEClass, DecisionSet.class, "DecisionSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getDecisionSet_Name(), ecorePackage.getEString(), "name", null, 0, 1, DecisionSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecisionSet_Path(), ecorePackage.getEString(), "path", null, 0, 1, DecisionSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecisionSet_Dialect(), ecorePackage.getEString(), "dialect", null, 0, 1, DecisionSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getDecisionSet_Decisions(), this.getDecision(), null, "decisions", null, 0, -1, DecisionSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(decisionEClass, Decision.class, "Decision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getDecision_Number(), ecorePackage.getEIntegerObject(), "number", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_Slug(), ecorePackage.getEString(), "slug", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_Status(), this.getDecisionStatus(), "status", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_StatusText(), ecorePackage.getEString(), "statusText", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_Date(), this.getLocalDate(), "date", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_DecisionMakers(), ecorePackage.getEString(), "decisionMakers", null, 0, -1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_Consulted(), ecorePackage.getEString(), "consulted", null, 0, -1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_Informed(), ecorePackage.getEString(), "informed", null, 0, -1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_Context(), ecorePackage.getEString(), "context", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_Drivers(), ecorePackage.getEString(), "drivers", null, 0, -1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getDecision_Options(), this.getOption(), null, "options", null, 0, -1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_ChosenOption(), ecorePackage.getEString(), "chosenOption", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_Outcome(), ecorePackage.getEString(), "outcome", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_Consequences(), ecorePackage.getEString(), "consequences", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_Confirmation(), ecorePackage.getEString(), "confirmation", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecision_MoreInformation(), ecorePackage.getEString(), "moreInformation", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getDecision_Links(), this.getDecisionLink(), null, "links", null, 0, -1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getDecision_Affects(), this.getElement(), null, "affects", null, 0, -1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getDecision_StatedSupersededBy(), this.getDecision(), null, "statedSupersededBy", null, 0, -1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getDecision_Supersedes(), this.getDecision(), null, "supersedes", null, 0, -1, Decision.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getDecision_SupersededBy(), this.getDecision(), null, "supersededBy", null, 0, -1, Decision.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getDecision_Amends(), this.getDecision(), null, "amends", null, 0, -1, Decision.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getDecision_AmendedBy(), this.getDecision(), null, "amendedBy", null, 0, -1, Decision.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(optionEClass, Option.class, "Option", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getOption_Title(), ecorePackage.getEString(), "title", null, 0, 1, Option.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getOption_Description(), ecorePackage.getEString(), "description", null, 0, 1, Option.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getOption_Pros(), ecorePackage.getEString(), "pros", null, 0, -1, Option.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getOption_Neutral(), ecorePackage.getEString(), "neutral", null, 0, -1, Option.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getOption_Cons(), ecorePackage.getEString(), "cons", null, 0, -1, Option.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(decisionLinkEClass, DecisionLink.class, "DecisionLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getDecisionLink_Type(), this.getLinkType(), "type", null, 0, 1, DecisionLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecisionLink_CustomType(), ecorePackage.getEString(), "customType", null, 0, 1, DecisionLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getDecisionLink_Target(), this.getDecision(), null, "target", null, 0, 1, DecisionLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDecisionLink_Note(), ecorePackage.getEString(), "note", null, 0, 1, DecisionLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(riskEClass, Risk.class, "Risk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getRisk_Kind(), this.getRiskKind(), "kind", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRisk_Likelihood(), this.getLevel(), "likelihood", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRisk_Impact(), this.getLevel(), "impact", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRisk_Status(), ecorePackage.getEString(), "status", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getRisk_Affects(), this.getElement(), null, "affects", null, 0, -1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRisk_Mitigation(), ecorePackage.getEString(), "mitigation", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRisk_MitigationTried(), ecorePackage.getEString(), "mitigationTried", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(contractEClass, Contract.class, "Contract", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getContract_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getContract_Service(), ecorePackage.getEString(), "service", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getContract_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getContract_RenewalDate(), this.getLocalDate(), "renewalDate", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getContract_NoticePeriodDays(), ecorePackage.getEIntegerObject(), "noticePeriodDays", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getContract_AutoRenews(), ecorePackage.getEBoolean(), "autoRenews", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getContract_Cost(), ecorePackage.getEBigDecimal(), "cost", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getContract_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getContract_BillingPeriod(), ecorePackage.getEString(), "billingPeriod", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getContract_Sla(), ecorePackage.getEString(), "sla", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getContract_VendorContact(), this.getPerson(), null, "vendorContact", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getContract_Covers(), this.getElement(), null, "covers", null, 0, -1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(costItemEClass, CostItem.class, "CostItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getCostItem_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, CostItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getCostItem_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, CostItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getCostItem_Period(), ecorePackage.getEString(), "period", null, 0, 1, CostItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getCostItem_Budget(), ecorePackage.getEBigDecimal(), "budget", null, 0, 1, CostItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getCostItem_Category(), ecorePackage.getEString(), "category", null, 0, 1, CostItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getCostItem_Account(), this.getAccount(), null, "account", null, 0, 1, CostItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getCostItem_Contract(), this.getContract(), null, "contract", null, 0, 1, CostItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getCostItem_Covers(), this.getElement(), null, "covers", null, 0, -1, CostItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(accessItemEClass, AccessItem.class, "AccessItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getAccessItem_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, AccessItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getAccessItem_Grants(), this.getElement(), null, "grants", null, 0, 1, AccessItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getAccessItem_Location(), ecorePackage.getEString(), "location", null, 0, 1, AccessItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getAccessItem_Holders(), this.getParty(), null, "holders", null, 0, -1, AccessItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getAccessItem_Rotation(), ecorePackage.getEString(), "rotation", null, 0, 1, AccessItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getAccessItem_RotationDays(), ecorePackage.getEIntegerObject(), "rotationDays", null, 0, 1, AccessItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getAccessItem_LastRotated(), this.getLocalDate(), "lastRotated", null, 0, 1, AccessItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getAccessItem_BreakGlass(), ecorePackage.getEBoolean(), "breakGlass", null, 0, 1, AccessItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(runbookEClass, Runbook.class, "Runbook", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getRunbook_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, Runbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getRunbook_Applies(), this.getElement(), null, "applies", null, 0, -1, Runbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRunbook_LastTested(), this.getLocalDate(), "lastTested", null, 0, 1, Runbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRunbook_Schedule(), ecorePackage.getEString(), "schedule", null, 0, 1, Runbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRunbook_Dashboard(), ecorePackage.getEString(), "dashboard", null, 0, 1, Runbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(onCallRotationEClass, OnCallRotation.class, "OnCallRotation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEReference(getOnCallRotation_Team(), this.getTeam(), null, "team", null, 0, 1, OnCallRotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getOnCallRotation_Schedule(), ecorePackage.getEString(), "schedule", null, 0, 1, OnCallRotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getOnCallRotation_Tool(), ecorePackage.getEString(), "tool", null, 0, 1, OnCallRotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getOnCallRotation_Escalation(), this.getEscalationStep(), null, "escalation", null, 0, -1, OnCallRotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getOnCallRotation_Covers(), this.getElement(), null, "covers", null, 0, -1, OnCallRotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(escalationStepEClass, EscalationStep.class, "EscalationStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getEscalationStep_Level(), ecorePackage.getEInt(), "level", null, 0, 1, EscalationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getEscalationStep_Contact(), this.getParty(), null, "contact", null, 0, 1, EscalationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getEscalationStep_AfterMinutes(), ecorePackage.getEIntegerObject(), "afterMinutes", null, 0, 1, EscalationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getEscalationStep_Note(), ecorePackage.getEString(), "note", null, 0, 1, EscalationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(incidentEClass, Incident.class, "Incident", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getIncident_Date(), this.getLocalDate(), "date", null, 0, 1, Incident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getIncident_Severity(), ecorePackage.getEString(), "severity", null, 0, 1, Incident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getIncident_Status(), ecorePackage.getEString(), "status", null, 0, 1, Incident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getIncident_Affects(), this.getElement(), null, "affects", null, 0, -1, Incident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getIncident_Postmortem(), ecorePackage.getEString(), "postmortem", null, 0, 1, Incident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getIncident_RootCause(), ecorePackage.getEString(), "rootCause", null, 0, 1, Incident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getIncident_FollowUps(), ecorePackage.getEString(), "followUps", null, 0, -1, Incident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(securityControlEClass, SecurityControl.class, "SecurityControl", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getSecurityControl_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, SecurityControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getSecurityControl_Framework(), ecorePackage.getEString(), "framework", null, 0, 1, SecurityControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getSecurityControl_Status(), this.getControlStatus(), "status", null, 0, 1, SecurityControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getSecurityControl_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, SecurityControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getSecurityControl_Covers(), this.getElement(), null, "covers", null, 0, -1, SecurityControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(deliveryProcessEClass, DeliveryProcess.class, "DeliveryProcess", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEReference(getDeliveryProcess_Repositories(), this.getRepository(), null, "repositories", null, 0, -1, DeliveryProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDeliveryProcess_Branching(), ecorePackage.getEString(), "branching", null, 0, 1, DeliveryProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDeliveryProcess_Pipelines(), ecorePackage.getEString(), "pipelines", null, 0, -1, DeliveryProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDeliveryProcess_Release(), ecorePackage.getEString(), "release", null, 0, 1, DeliveryProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getDeliveryProcess_Setup(), ecorePackage.getEString(), "setup", null, 0, 1, DeliveryProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(repositoryEClass, Repository.class, "Repository", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getRepository_Name(), ecorePackage.getEString(), "name", null, 0, 1, Repository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRepository_Url(), ecorePackage.getEString(), "url", null, 0, 1, Repository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getRepository_DefaultBranch(), ecorePackage.getEString(), "defaultBranch", null, 0, 1, Repository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getRepository_Components(), this.getComponent(), null, "components", null, 0, -1, Repository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(glossaryTermEClass, GlossaryTerm.class, "GlossaryTerm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getGlossaryTerm_Aliases(), ecorePackage.getEString(), "aliases", null, 0, -1, GlossaryTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(openQuestionEClass, OpenQuestion.class, "OpenQuestion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getOpenQuestion_Status(), ecorePackage.getEString(), "status", null, 0, 1, OpenQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getOpenQuestion_Raised(), this.getLocalDate(), "raised", null, 0, 1, OpenQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getOpenQuestion_Due(), this.getLocalDate(), "due", null, 0, 1, OpenQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getOpenQuestion_Affects(), this.getElement(), null, "affects", null, 0, -1, OpenQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getOpenQuestion_Answer(), ecorePackage.getEString(), "answer", null, 0, 1, OpenQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(commitmentEClass, Commitment.class, "Commitment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getCommitment_MadeTo(), ecorePackage.getEString(), "madeTo", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getCommitment_Audience(), ecorePackage.getEString(), "audience", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getCommitment_Due(), this.getLocalDate(), "due", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getCommitment_Status(), ecorePackage.getEString(), "status", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getCommitment_Affects(), this.getElement(), null, "affects", null, 0, -1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(workItemEClass, WorkItem.class, "WorkItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getWorkItem_Status(), this.getWorkStatus(), "status", null, 0, 1, WorkItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getWorkItem_Due(), this.getLocalDate(), "due", null, 0, 1, WorkItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getWorkItem_Tracker(), ecorePackage.getEString(), "tracker", null, 0, 1, WorkItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getWorkItem_Affects(), this.getElement(), null, "affects", null, 0, -1, WorkItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(handoverScopeEClass, HandoverScope.class, "HandoverScope", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEReference(getHandoverScope_From(), this.getParty(), null, "from", null, 0, -1, HandoverScope.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getHandoverScope_To(), this.getParty(), null, "to", null, 0, -1, HandoverScope.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getHandoverScope_HandoverDate(), this.getLocalDate(), "handoverDate", null, 0, 1, HandoverScope.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getHandoverScope_SupportUntil(), this.getLocalDate(), "supportUntil", null, 0, 1, HandoverScope.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getHandoverScope_Includes(), this.getElement(), null, "includes", null, 0, -1, HandoverScope.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getHandoverScope_Excluded(), ecorePackage.getEString(), "excluded", null, 0, -1, HandoverScope.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(acceptanceCheckEClass, AcceptanceCheck.class, "AcceptanceCheck", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getAcceptanceCheck_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, AcceptanceCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getAcceptanceCheck_Status(), this.getCheckStatus(), "status", null, 0, 1, AcceptanceCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getAcceptanceCheck_SignedOffBy(), this.getParty(), null, "signedOffBy", null, 0, 1, AcceptanceCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getAcceptanceCheck_SignedOffOn(), this.getLocalDate(), "signedOffOn", null, 0, 1, AcceptanceCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getAcceptanceCheck_Runbook(), this.getRunbook(), null, "runbook", null, 0, 1, AcceptanceCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    initEClass(firstWeekActionEClass, FirstWeekAction.class, "FirstWeekAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
    initEAttribute(getFirstWeekAction_Day(), ecorePackage.getEIntegerObject(), "day", null, 0, 1, FirstWeekAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEAttribute(getFirstWeekAction_Done(), ecorePackage.getEBoolean(), "done", null, 0, 1, FirstWeekAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
    initEReference(getFirstWeekAction_Checks(), this.getAcceptanceCheck(), null, "checks", null, 0, -1, FirstWeekAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

    // Initialize enums and add enum literals
    initEEnum(decisionStatusEEnum, DecisionStatus.class, "DecisionStatus"); //$NON-NLS-1$
    addEEnumLiteral(decisionStatusEEnum, DecisionStatus.DRAFT);
    addEEnumLiteral(decisionStatusEEnum, DecisionStatus.PROPOSED);
    addEEnumLiteral(decisionStatusEEnum, DecisionStatus.ACCEPTED);
    addEEnumLiteral(decisionStatusEEnum, DecisionStatus.REJECTED);
    addEEnumLiteral(decisionStatusEEnum, DecisionStatus.DEPRECATED);
    addEEnumLiteral(decisionStatusEEnum, DecisionStatus.SUPERSEDED);
    addEEnumLiteral(decisionStatusEEnum, DecisionStatus.UNKNOWN);

    initEEnum(linkTypeEEnum, LinkType.class, "LinkType"); //$NON-NLS-1$
    addEEnumLiteral(linkTypeEEnum, LinkType.SUPERSEDES);
    addEEnumLiteral(linkTypeEEnum, LinkType.AMENDS);
    addEEnumLiteral(linkTypeEEnum, LinkType.RELATES_TO);
    addEEnumLiteral(linkTypeEEnum, LinkType.CUSTOM);

    initEEnum(levelEEnum, Level.class, "Level"); //$NON-NLS-1$
    addEEnumLiteral(levelEEnum, Level.UNSPECIFIED);
    addEEnumLiteral(levelEEnum, Level.LOW);
    addEEnumLiteral(levelEEnum, Level.MEDIUM);
    addEEnumLiteral(levelEEnum, Level.HIGH);
    addEEnumLiteral(levelEEnum, Level.CRITICAL);

    initEEnum(riskKindEEnum, RiskKind.class, "RiskKind"); //$NON-NLS-1$
    addEEnumLiteral(riskKindEEnum, RiskKind.RISK);
    addEEnumLiteral(riskKindEEnum, RiskKind.TECHNICAL_DEBT);

    initEEnum(checkStatusEEnum, CheckStatus.class, "CheckStatus"); //$NON-NLS-1$
    addEEnumLiteral(checkStatusEEnum, CheckStatus.PENDING);
    addEEnumLiteral(checkStatusEEnum, CheckStatus.PASSED);
    addEEnumLiteral(checkStatusEEnum, CheckStatus.FAILED);
    addEEnumLiteral(checkStatusEEnum, CheckStatus.WAIVED);

    initEEnum(workStatusEEnum, WorkStatus.class, "WorkStatus"); //$NON-NLS-1$
    addEEnumLiteral(workStatusEEnum, WorkStatus.PLANNED);
    addEEnumLiteral(workStatusEEnum, WorkStatus.IN_PROGRESS);
    addEEnumLiteral(workStatusEEnum, WorkStatus.BLOCKED);
    addEEnumLiteral(workStatusEEnum, WorkStatus.DONE);
    addEEnumLiteral(workStatusEEnum, WorkStatus.CANCELLED);

    initEEnum(controlStatusEEnum, ControlStatus.class, "ControlStatus"); //$NON-NLS-1$
    addEEnumLiteral(controlStatusEEnum, ControlStatus.UNSPECIFIED);
    addEEnumLiteral(controlStatusEEnum, ControlStatus.IMPLEMENTED);
    addEEnumLiteral(controlStatusEEnum, ControlStatus.PARTIAL);
    addEEnumLiteral(controlStatusEEnum, ControlStatus.PLANNED);
    addEEnumLiteral(controlStatusEEnum, ControlStatus.MISSING);
    addEEnumLiteral(controlStatusEEnum, ControlStatus.NOT_APPLICABLE);

    // Initialize data types
    initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

    // Create resource
    createResource(eNS_URI);

    // Create annotations
    // http://www.eclipse.org/emf/2002/GenModel
    createGenModelAnnotations();
    // https://baton.dev/format
    createFormatAnnotations();
  }

  /**
   * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void createGenModelAnnotations()
  {
    String source = "http://www.eclipse.org/emf/2002/GenModel"; //$NON-NLS-1$
    addAnnotation
      (this,
       source,
       new String[]
       {
         "documentation", "Baton: architecture records and what a successor needs to take a platform over." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (architectureEClass,
       source,
       new String[]
       {
         "documentation", "The root: one architecture folder (baton.yaml and the records below it)." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getArchitecture_Name(),
       source,
       new String[]
       {
         "documentation", "Project or platform name (baton.yaml name)." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getArchitecture_Description(),
       source,
       new String[]
       {
         "documentation", "What the architecture folder describes (baton.yaml description)." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getArchitecture_Organisation(),
       source,
       new String[]
       {
         "documentation", "The organisation that owns the platform (baton.yaml organisation)." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getArchitecture_DecisionSets(),
       source,
       new String[]
       {
         "documentation", "Sets of decisions; decision numbers and ids are scoped per set." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (recordEClass,
       source,
       new String[]
       {
         "documentation", "One file of the architecture folder: Markdown with YAML front matter." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRecord_Id(),
       source,
       new String[]
       {
         "documentation", "Identifier, unique per kind family (decisions: per decision set). Defaults to the file name without extension." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRecord_Title(),
       source,
       new String[]
       {
         "documentation", "Human title: the first level-1 heading of the body, or the title key." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRecord_Owner(),
       source,
       new String[]
       {
         "documentation", "Who owns the record or the thing it describes (a person or a team)." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRecord_LastReviewed(),
       source,
       new String[]
       {
         "documentation", "When a person last checked the record still holds." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRecord_Description(),
       source,
       new String[]
       {
         "documentation", "Markdown prose of the body that belongs to no named section." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRecord_Sections(),
       source,
       new String[]
       {
         "documentation", "Body sections the model has no field for, kept verbatim." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRecord_SourcePath(),
       source,
       new String[]
       {
         "documentation", "Path of the file the record was read from, relative to the architecture folder." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (sectionEClass,
       source,
       new String[]
       {
         "documentation", "A Markdown section the model has no field for, kept verbatim so nothing is lost." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getSection_Body(),
       source,
       new String[]
       {
         "documentation", "Markdown below the heading, verbatim." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (partyEClass,
       source,
       new String[]
       {
         "documentation", "Someone who can own, hold, decide or be contacted: a person or a team." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getParty_Contact(),
       source,
       new String[]
       {
         "documentation", "Chat channel, phone or other way to reach them." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getPerson_Organisation(),
       source,
       new String[]
       {
         "documentation", "Employer when not the platform organisation (vendors, contractors)." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getPerson_External(),
       source,
       new String[]
       {
         "documentation", "True for vendor contacts and other people outside the organisation." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getPerson_Leaving(),
       source,
       new String[]
       {
         "documentation", "True for people who leave with the handover." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getTeam_Members(),
       source,
       new String[]
       {
         "documentation", "People whose team is this one (derived).", //$NON-NLS-1$ //$NON-NLS-2$
         "get", "return dev.baton.model.query.Inverses.members(this);" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (elementEClass,
       source,
       new String[]
       {
         "documentation", "A part of the architecture that decisions, risks and flows can refer to." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getElement_Lifecycle(),
       source,
       new String[]
       {
         "documentation", "e.g. experimental, production, deprecated, retired." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getElement_AffectedBy(),
       source,
       new String[]
       {
         "documentation", "Decisions that list this element in affects (derived).", //$NON-NLS-1$ //$NON-NLS-2$
         "get", "return dev.baton.model.query.Inverses.affectedBy(this);" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getSoftwareSystem_External(),
       source,
       new String[]
       {
         "documentation", "A system run by someone else that the platform talks to." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getSoftwareSystem_Components(),
       source,
       new String[]
       {
         "documentation", "Components whose system is this one (derived).", //$NON-NLS-1$ //$NON-NLS-2$
         "get", "return dev.baton.model.query.Inverses.components(this);" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getComponent_Type(),
       source,
       new String[]
       {
         "documentation", "service, website, library, database, queue, job, ..." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getComponent_Repository(),
       source,
       new String[]
       {
         "documentation", "Where the source lives (URL or path)." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getComponent_Environments(),
       source,
       new String[]
       {
         "documentation", "Where it is deployed." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getComponent_Provides(),
       source,
       new String[]
       {
         "documentation", "Interfaces whose provider is this component (derived).", //$NON-NLS-1$ //$NON-NLS-2$
         "get", "return dev.baton.model.query.Inverses.provides(this);" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getInterface_Protocol(),
       source,
       new String[]
       {
         "documentation", "REST, gRPC, GraphQL, AMQP, SQL, files, ..." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getInterface_Specification(),
       source,
       new String[]
       {
         "documentation", "Path (relative to the record) or URL of the specification, e.g. an OpenAPI file." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getInterface_SpecificationFormat(),
       source,
       new String[]
       {
         "documentation", "openapi, asyncapi, graphql, protobuf, ..." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getInterface_Consumers(),
       source,
       new String[]
       {
         "documentation", "Components that consume this interface (derived).", //$NON-NLS-1$ //$NON-NLS-2$
         "get", "return dev.baton.model.query.Inverses.consumers(this);" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDataFlow_Data(),
       source,
       new String[]
       {
         "documentation", "What flows." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDataFlow_Classification(),
       source,
       new String[]
       {
         "documentation", "e.g. public, internal, personal, payment card." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getTechnology_Category(),
       source,
       new String[]
       {
         "documentation", "language, framework, database, platform, ..." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getTechnology_UsedBy(),
       source,
       new String[]
       {
         "documentation", "Components that use this technology (derived).", //$NON-NLS-1$ //$NON-NLS-2$
         "get", "return dev.baton.model.query.Inverses.usedBy(this);" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getEnvironment_Stage(),
       source,
       new String[]
       {
         "documentation", "production, staging, development, ..." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (accountEClass,
       source,
       new String[]
       {
         "documentation", "A cloud or SaaS account the platform depends on." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getAccount_AccountId(),
       source,
       new String[]
       {
         "documentation", "The provider\'s account identifier (never a credential)." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getAccount_RootHeldBy(),
       source,
       new String[]
       {
         "documentation", "Who holds the root or owner login." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (decisionSetEClass,
       source,
       new String[]
       {
         "documentation", "A set of decisions with its own numbering: the architecture folder\'s decisions/ or an existing ADR folder in another dialect." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecisionSet_Name(),
       source,
       new String[]
       {
         "documentation", "Scope name; qualifies ids of decisions outside the default set (name:number)." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecisionSet_Path(),
       source,
       new String[]
       {
         "documentation", "Folder relative to the architecture folder." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecisionSet_Dialect(),
       source,
       new String[]
       {
         "documentation", "madr (Baton\'s native MADR 4), adr-tools, log4brains, ..." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (decisionEClass,
       source,
       new String[]
       {
         "documentation", "An architecture decision record (MADR 4 plus Baton\'s keys)." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Number(),
       source,
       new String[]
       {
         "documentation", "Sequence number within its decision set, from the file name." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Slug(),
       source,
       new String[]
       {
         "documentation", "The file name part after the number." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Status(),
       source,
       new String[]
       {
         "documentation", "Lifecycle state derived from statusText." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_StatusText(),
       source,
       new String[]
       {
         "documentation", "The status exactly as written." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Options(),
       source,
       new String[]
       {
         "documentation", "Considered options with their pros and cons (body sections Considered Options and Pros and Cons of the Options)." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_ChosenOption(),
       source,
       new String[]
       {
         "documentation", "Title of the chosen option, as written in the outcome." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Links(),
       source,
       new String[]
       {
         "documentation", "Typed links to other decisions, as written (keys supersedes, amends, relates-to and links)." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Affects(),
       source,
       new String[]
       {
         "documentation", "Elements the decision affects." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_StatedSupersededBy(),
       source,
       new String[]
       {
         "documentation", "Superseding decisions as stated in this file; compare with supersededBy." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Supersedes(),
       source,
       new String[]
       {
         "documentation", "Targets of this decision\'s supersedes links (derived).", //$NON-NLS-1$ //$NON-NLS-2$
         "get", "return dev.baton.model.query.Inverses.linked(this, dev.baton.model.LinkType.SUPERSEDES);" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_SupersededBy(),
       source,
       new String[]
       {
         "documentation", "Decisions whose supersedes links point here (derived).", //$NON-NLS-1$ //$NON-NLS-2$
         "get", "return dev.baton.model.query.Inverses.linkedFrom(this, dev.baton.model.LinkType.SUPERSEDES);" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Amends(),
       source,
       new String[]
       {
         "documentation", "Targets of this decision\'s amends links (derived).", //$NON-NLS-1$ //$NON-NLS-2$
         "get", "return dev.baton.model.query.Inverses.linked(this, dev.baton.model.LinkType.AMENDS);" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_AmendedBy(),
       source,
       new String[]
       {
         "documentation", "Decisions whose amends links point here (derived).", //$NON-NLS-1$ //$NON-NLS-2$
         "get", "return dev.baton.model.query.Inverses.linkedFrom(this, dev.baton.model.LinkType.AMENDS);" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (optionEClass,
       source,
       new String[]
       {
         "documentation", "A considered option of a decision." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (decisionLinkEClass,
       source,
       new String[]
       {
         "documentation", "A typed link from a decision to another one." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecisionLink_CustomType(),
       source,
       new String[]
       {
         "documentation", "Name of a custom link type, e.g. depends-on." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecisionLink_Note(),
       source,
       new String[]
       {
         "documentation", "Qualifier as written, e.g. \"in part\"." //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
       });
    addAnnotation
      (riskEClass,
       source,
       new String[]
       {
         "documentation", "A risk, or accepted technical debt." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRisk_Status(),
       source,
       new String[]
       {
         "documentation", "open, mitigating, accepted, closed." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRisk_MitigationTried(),
       source,
       new String[]
       {
         "documentation", "What was tried and how it went." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (contractEClass,
       source,
       new String[]
       {
         "documentation", "A vendor contract or licence." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (costItemEClass,
       source,
       new String[]
       {
         "documentation", "A recurring cost (cloud spend, SaaS, licence) and its budget." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getCostItem_Period(),
       source,
       new String[]
       {
         "documentation", "month, year, ..." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (accessItemEClass,
       source,
       new String[]
       {
         "documentation", "An account, key or login that exists, where its credential is held and who holds it. Never the secret itself." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getAccessItem_Kind(),
       source,
       new String[]
       {
         "documentation", "admin login, API key, SSH key, certificate, ..." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getAccessItem_Grants(),
       source,
       new String[]
       {
         "documentation", "What it gives access to." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getAccessItem_Location(),
       source,
       new String[]
       {
         "documentation", "Where the credential is held (vault path, password manager entry), never the value." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getAccessItem_Rotation(),
       source,
       new String[]
       {
         "documentation", "Rotation policy as written, e.g. every 90 days." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (runbookEClass,
       source,
       new String[]
       {
         "documentation", "Operational procedure: deploy, rollback, backup/restore, DR, jobs, dashboards, alerts." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRunbook_Kind(),
       source,
       new String[]
       {
         "documentation", "deploy, rollback, backup, restore, disaster-recovery, job, dashboard, alert, ..." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (onCallRotationEClass,
       source,
       new String[]
       {
         "documentation", "An on-call rotation and its escalation path." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (securityControlEClass,
       source,
       new String[]
       {
         "documentation", "A security control or compliance obligation and its state." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getSecurityControl_Kind(),
       source,
       new String[]
       {
         "documentation", "control or compliance" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getSecurityControl_Framework(),
       source,
       new String[]
       {
         "documentation", "e.g. SOC 2, ISO 27001, GDPR, PCI DSS." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (deliveryProcessEClass,
       source,
       new String[]
       {
         "documentation", "How code reaches production: repositories, branching, CI/CD, release, setup." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (openQuestionEClass,
       source,
       new String[]
       {
         "documentation", "An open issue or known problem." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getOpenQuestion_Status(),
       source,
       new String[]
       {
         "documentation", "open, answered, ..." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (commitmentEClass,
       source,
       new String[]
       {
         "documentation", "A promise made to customers, executives or investors, and the roadmap behind it." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getCommitment_Audience(),
       source,
       new String[]
       {
         "documentation", "customer, executive, investor, regulator, ..." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (workItemEClass,
       source,
       new String[]
       {
         "documentation", "Work in flight at handover time." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getWorkItem_Tracker(),
       source,
       new String[]
       {
         "documentation", "Link to the ticket or board." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (handoverScopeEClass,
       source,
       new String[]
       {
         "documentation", "What transfers, from whom to whom, by when, and the support period." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (acceptanceCheckEClass,
       source,
       new String[]
       {
         "documentation", "A check the receiving team signs off: can deploy, roll back, restore, be paged." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (firstWeekActionEClass,
       source,
       new String[]
       {
         "documentation", "An action for the receiving team\'s first week." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getFirstWeekAction_Day(),
       source,
       new String[]
       {
         "documentation", "Day of the first week (1-7)." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (decisionStatusEEnum,
       source,
       new String[]
       {
         "documentation", "Lifecycle of a decision. The status as written in the file is kept in Decision.statusText; unknown is used when the text maps to no lifecycle state." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (linkTypeEEnum,
       source,
       new String[]
       {
         "documentation", "Kind of a typed link from one decision to another." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (levelEEnum,
       source,
       new String[]
       {
         "documentation", "Likelihood or impact of a risk." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (riskKindEEnum,
       source,
       new String[]
       {
         "documentation", "Whether a risk record is a risk or accepted technical debt." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (checkStatusEEnum,
       source,
       new String[]
       {
         "documentation", "State of an acceptance check the receiving team signs off." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (workStatusEEnum,
       source,
       new String[]
       {
         "documentation", "State of a piece of work in flight at handover." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (controlStatusEEnum,
       source,
       new String[]
       {
         "documentation", "Implementation state of a security control or compliance obligation." //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (localDateEDataType,
       source,
       new String[]
       {
         "documentation", "A calendar date without time zone, written as ISO 8601 (2026-11-28).", //$NON-NLS-1$ //$NON-NLS-2$
         "create", "return it == null || it.isEmpty() ? null : java.time.LocalDate.parse(it);", //$NON-NLS-1$ //$NON-NLS-2$
         "convert", "return it == null ? null : it.toString();" //$NON-NLS-1$ //$NON-NLS-2$
       });
  }

  /**
   * Initializes the annotations for <b>https://baton.dev/format</b>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void createFormatAnnotations()
  {
    String source = "https://baton.dev/format"; //$NON-NLS-1$
    addAnnotation
      (getRecord_Description(),
       source,
       new String[]
       {
         "key", "-" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRecord_SourcePath(),
       source,
       new String[]
       {
         "key", "-" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (personEClass,
       source,
       new String[]
       {
         "kind", "person", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "people" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (teamEClass,
       source,
       new String[]
       {
         "kind", "team", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "teams" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (domainEClass,
       source,
       new String[]
       {
         "kind", "domain", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "domains" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (softwareSystemEClass,
       source,
       new String[]
       {
         "kind", "system", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "systems" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (componentEClass,
       source,
       new String[]
       {
         "kind", "component", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "components" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (interfaceEClass,
       source,
       new String[]
       {
         "kind", "interface", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "interfaces" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (dataFlowEClass,
       source,
       new String[]
       {
         "kind", "data-flow", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "data-flows" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (technologyEClass,
       source,
       new String[]
       {
         "kind", "technology", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "technologies" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (environmentEClass,
       source,
       new String[]
       {
         "kind", "environment", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "environments" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (accountEClass,
       source,
       new String[]
       {
         "kind", "account", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "accounts" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (decisionEClass,
       source,
       new String[]
       {
         "kind", "decision", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "decisions" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Number(),
       source,
       new String[]
       {
         "key", "-" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Slug(),
       source,
       new String[]
       {
         "key", "-" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Status(),
       source,
       new String[]
       {
         "key", "-" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_StatusText(),
       source,
       new String[]
       {
         "key", "status" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Context(),
       source,
       new String[]
       {
         "section", "Context and Problem Statement" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Drivers(),
       source,
       new String[]
       {
         "section", "Decision Drivers" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Options(),
       source,
       new String[]
       {
         "key", "-" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_ChosenOption(),
       source,
       new String[]
       {
         "key", "-" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Outcome(),
       source,
       new String[]
       {
         "section", "Decision Outcome" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Consequences(),
       source,
       new String[]
       {
         "section", "Consequences" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Confirmation(),
       source,
       new String[]
       {
         "section", "Confirmation" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_MoreInformation(),
       source,
       new String[]
       {
         "section", "More Information" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Links(),
       source,
       new String[]
       {
         "key", "-" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_StatedSupersededBy(),
       source,
       new String[]
       {
         "key", "superseded-by" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Supersedes(),
       source,
       new String[]
       {
         "key", "-" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_SupersededBy(),
       source,
       new String[]
       {
         "key", "-" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_Amends(),
       source,
       new String[]
       {
         "key", "-" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDecision_AmendedBy(),
       source,
       new String[]
       {
         "key", "-" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (riskEClass,
       source,
       new String[]
       {
         "kind", "risk", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "risks" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRisk_Mitigation(),
       source,
       new String[]
       {
         "section", "Mitigation" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRisk_MitigationTried(),
       source,
       new String[]
       {
         "section", "Mitigation Tried" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (contractEClass,
       source,
       new String[]
       {
         "kind", "contract", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "contracts" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (costItemEClass,
       source,
       new String[]
       {
         "kind", "cost", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "costs" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (accessItemEClass,
       source,
       new String[]
       {
         "kind", "access", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "access" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (runbookEClass,
       source,
       new String[]
       {
         "kind", "runbook", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "runbooks" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getRunbook_Applies(),
       source,
       new String[]
       {
         "key", "applies-to" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (onCallRotationEClass,
       source,
       new String[]
       {
         "kind", "on-call", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "on-call" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (incidentEClass,
       source,
       new String[]
       {
         "kind", "incident", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "incidents" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getIncident_RootCause(),
       source,
       new String[]
       {
         "section", "Root Cause" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getIncident_FollowUps(),
       source,
       new String[]
       {
         "section", "Follow-ups" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (securityControlEClass,
       source,
       new String[]
       {
         "kind", "security", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "security" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (deliveryProcessEClass,
       source,
       new String[]
       {
         "kind", "delivery", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "delivery" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDeliveryProcess_Release(),
       source,
       new String[]
       {
         "section", "Release" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getDeliveryProcess_Setup(),
       source,
       new String[]
       {
         "section", "Setup" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (glossaryTermEClass,
       source,
       new String[]
       {
         "kind", "term", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "glossary" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (openQuestionEClass,
       source,
       new String[]
       {
         "kind", "question", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "questions" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getOpenQuestion_Answer(),
       source,
       new String[]
       {
         "section", "Answer" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (commitmentEClass,
       source,
       new String[]
       {
         "kind", "commitment", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "commitments" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (workItemEClass,
       source,
       new String[]
       {
         "kind", "work", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "work" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (handoverScopeEClass,
       source,
       new String[]
       {
         "kind", "handover", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "handover" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (getHandoverScope_Excluded(),
       source,
       new String[]
       {
         "section", "Out of Scope" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (acceptanceCheckEClass,
       source,
       new String[]
       {
         "kind", "acceptance", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "acceptance" //$NON-NLS-1$ //$NON-NLS-2$
       });
    addAnnotation
      (firstWeekActionEClass,
       source,
       new String[]
       {
         "kind", "first-week", //$NON-NLS-1$ //$NON-NLS-2$
         "folder", "first-week" //$NON-NLS-1$ //$NON-NLS-2$
       });
  }

} //BatonPackageImpl
