/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Baton: architecture records and what a successor needs to take a platform over.
 * <!-- end-model-doc -->
 * @see dev.baton.model.BatonFactory
 * @model kind="package"
 * @generated
 */
public interface BatonPackage extends EPackage
{
  /**
   * The package name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNAME = "model"; //$NON-NLS-1$

  /**
   * The package namespace URI.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNS_URI = "https://baton.dev/model/1.0"; //$NON-NLS-1$

  /**
   * The package namespace name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNS_PREFIX = "baton"; //$NON-NLS-1$

  /**
   * The singleton instance of the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  BatonPackage eINSTANCE = dev.baton.model.impl.BatonPackageImpl.init();

  /**
   * The meta object id for the '{@link dev.baton.model.impl.ArchitectureImpl <em>Architecture</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.ArchitectureImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getArchitecture()
   * @generated
   */
  int ARCHITECTURE = 0;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__NAME = 0;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__DESCRIPTION = 1;

  /**
   * The feature id for the '<em><b>Organisation</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__ORGANISATION = 2;

  /**
   * The feature id for the '<em><b>Decision Sets</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__DECISION_SETS = 3;

  /**
   * The feature id for the '<em><b>People</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__PEOPLE = 4;

  /**
   * The feature id for the '<em><b>Teams</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__TEAMS = 5;

  /**
   * The feature id for the '<em><b>Domains</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__DOMAINS = 6;

  /**
   * The feature id for the '<em><b>Systems</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__SYSTEMS = 7;

  /**
   * The feature id for the '<em><b>Components</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__COMPONENTS = 8;

  /**
   * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__INTERFACES = 9;

  /**
   * The feature id for the '<em><b>Data Flows</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__DATA_FLOWS = 10;

  /**
   * The feature id for the '<em><b>Technologies</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__TECHNOLOGIES = 11;

  /**
   * The feature id for the '<em><b>Environments</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__ENVIRONMENTS = 12;

  /**
   * The feature id for the '<em><b>Accounts</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__ACCOUNTS = 13;

  /**
   * The feature id for the '<em><b>Risks</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__RISKS = 14;

  /**
   * The feature id for the '<em><b>Contracts</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__CONTRACTS = 15;

  /**
   * The feature id for the '<em><b>Cost Items</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__COST_ITEMS = 16;

  /**
   * The feature id for the '<em><b>Access Items</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__ACCESS_ITEMS = 17;

  /**
   * The feature id for the '<em><b>Runbooks</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__RUNBOOKS = 18;

  /**
   * The feature id for the '<em><b>On Call Rotations</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__ON_CALL_ROTATIONS = 19;

  /**
   * The feature id for the '<em><b>Incidents</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__INCIDENTS = 20;

  /**
   * The feature id for the '<em><b>Security Controls</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__SECURITY_CONTROLS = 21;

  /**
   * The feature id for the '<em><b>Delivery Processes</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__DELIVERY_PROCESSES = 22;

  /**
   * The feature id for the '<em><b>Glossary Terms</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__GLOSSARY_TERMS = 23;

  /**
   * The feature id for the '<em><b>Open Questions</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__OPEN_QUESTIONS = 24;

  /**
   * The feature id for the '<em><b>Commitments</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__COMMITMENTS = 25;

  /**
   * The feature id for the '<em><b>Work Items</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__WORK_ITEMS = 26;

  /**
   * The feature id for the '<em><b>Handover Scopes</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__HANDOVER_SCOPES = 27;

  /**
   * The feature id for the '<em><b>Acceptance Checks</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__ACCEPTANCE_CHECKS = 28;

  /**
   * The feature id for the '<em><b>First Week Actions</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE__FIRST_WEEK_ACTIONS = 29;

  /**
   * The number of structural features of the '<em>Architecture</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE_FEATURE_COUNT = 30;

  /**
   * The number of operations of the '<em>Architecture</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ARCHITECTURE_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.RecordImpl <em>Record</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.RecordImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getRecord()
   * @generated
   */
  int RECORD = 1;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RECORD__ID = 0;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RECORD__TITLE = 1;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RECORD__OWNER = 2;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RECORD__TAGS = 3;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RECORD__LAST_REVIEWED = 4;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RECORD__DESCRIPTION = 5;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RECORD__SECTIONS = 6;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RECORD__SOURCE_PATH = 7;

  /**
   * The number of structural features of the '<em>Record</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RECORD_FEATURE_COUNT = 8;

  /**
   * The number of operations of the '<em>Record</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RECORD_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.SectionImpl <em>Section</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.SectionImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getSection()
   * @generated
   */
  int SECTION = 2;

  /**
   * The feature id for the '<em><b>Heading</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECTION__HEADING = 0;

  /**
   * The feature id for the '<em><b>Level</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECTION__LEVEL = 1;

  /**
   * The feature id for the '<em><b>Body</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECTION__BODY = 2;

  /**
   * The number of structural features of the '<em>Section</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECTION_FEATURE_COUNT = 3;

  /**
   * The number of operations of the '<em>Section</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECTION_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.PartyImpl <em>Party</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.PartyImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getParty()
   * @generated
   */
  int PARTY = 3;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PARTY__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PARTY__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PARTY__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PARTY__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PARTY__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PARTY__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PARTY__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PARTY__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Email</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PARTY__EMAIL = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Contact</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PARTY__CONTACT = RECORD_FEATURE_COUNT + 1;

  /**
   * The number of structural features of the '<em>Party</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PARTY_FEATURE_COUNT = RECORD_FEATURE_COUNT + 2;

  /**
   * The number of operations of the '<em>Party</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PARTY_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.PersonImpl <em>Person</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.PersonImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getPerson()
   * @generated
   */
  int PERSON = 4;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__ID = PARTY__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__TITLE = PARTY__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__OWNER = PARTY__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__TAGS = PARTY__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__LAST_REVIEWED = PARTY__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__DESCRIPTION = PARTY__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__SECTIONS = PARTY__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__SOURCE_PATH = PARTY__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Email</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__EMAIL = PARTY__EMAIL;

  /**
   * The feature id for the '<em><b>Contact</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__CONTACT = PARTY__CONTACT;

  /**
   * The feature id for the '<em><b>Role</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__ROLE = PARTY_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Team</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__TEAM = PARTY_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Organisation</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__ORGANISATION = PARTY_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>External</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__EXTERNAL = PARTY_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Leaving</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON__LEAVING = PARTY_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>Person</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON_FEATURE_COUNT = PARTY_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>Person</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PERSON_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.TeamImpl <em>Team</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.TeamImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getTeam()
   * @generated
   */
  int TEAM = 5;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__ID = PARTY__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__TITLE = PARTY__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__OWNER = PARTY__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__TAGS = PARTY__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__LAST_REVIEWED = PARTY__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__DESCRIPTION = PARTY__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__SECTIONS = PARTY__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__SOURCE_PATH = PARTY__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Email</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__EMAIL = PARTY__EMAIL;

  /**
   * The feature id for the '<em><b>Contact</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__CONTACT = PARTY__CONTACT;

  /**
   * The feature id for the '<em><b>Lead</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__LEAD = PARTY_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Members</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__MEMBERS = PARTY_FEATURE_COUNT + 1;

  /**
   * The number of structural features of the '<em>Team</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM_FEATURE_COUNT = PARTY_FEATURE_COUNT + 2;

  /**
   * The number of operations of the '<em>Team</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.ElementImpl <em>Element</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.ElementImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getElement()
   * @generated
   */
  int ELEMENT = 6;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ELEMENT__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ELEMENT__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ELEMENT__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ELEMENT__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ELEMENT__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ELEMENT__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ELEMENT__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ELEMENT__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Lifecycle</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ELEMENT__LIFECYCLE = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Affected By</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ELEMENT__AFFECTED_BY = RECORD_FEATURE_COUNT + 1;

  /**
   * The number of structural features of the '<em>Element</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ELEMENT_FEATURE_COUNT = RECORD_FEATURE_COUNT + 2;

  /**
   * The number of operations of the '<em>Element</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ELEMENT_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.DomainImpl <em>Domain</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.DomainImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getDomain()
   * @generated
   */
  int DOMAIN = 7;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DOMAIN__ID = ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DOMAIN__TITLE = ELEMENT__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DOMAIN__OWNER = ELEMENT__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DOMAIN__TAGS = ELEMENT__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DOMAIN__LAST_REVIEWED = ELEMENT__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DOMAIN__DESCRIPTION = ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DOMAIN__SECTIONS = ELEMENT__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DOMAIN__SOURCE_PATH = ELEMENT__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Lifecycle</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DOMAIN__LIFECYCLE = ELEMENT__LIFECYCLE;

  /**
   * The feature id for the '<em><b>Affected By</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DOMAIN__AFFECTED_BY = ELEMENT__AFFECTED_BY;

  /**
   * The feature id for the '<em><b>Parent</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DOMAIN__PARENT = ELEMENT_FEATURE_COUNT + 0;

  /**
   * The number of structural features of the '<em>Domain</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DOMAIN_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

  /**
   * The number of operations of the '<em>Domain</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DOMAIN_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.SoftwareSystemImpl <em>Software System</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.SoftwareSystemImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getSoftwareSystem()
   * @generated
   */
  int SOFTWARE_SYSTEM = 8;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM__ID = ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM__TITLE = ELEMENT__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM__OWNER = ELEMENT__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM__TAGS = ELEMENT__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM__LAST_REVIEWED = ELEMENT__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM__DESCRIPTION = ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM__SECTIONS = ELEMENT__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM__SOURCE_PATH = ELEMENT__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Lifecycle</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM__LIFECYCLE = ELEMENT__LIFECYCLE;

  /**
   * The feature id for the '<em><b>Affected By</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM__AFFECTED_BY = ELEMENT__AFFECTED_BY;

  /**
   * The feature id for the '<em><b>Domain</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM__DOMAIN = ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>External</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM__EXTERNAL = ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Components</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM__COMPONENTS = ELEMENT_FEATURE_COUNT + 2;

  /**
   * The number of structural features of the '<em>Software System</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

  /**
   * The number of operations of the '<em>Software System</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SOFTWARE_SYSTEM_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.ComponentImpl <em>Component</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.ComponentImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getComponent()
   * @generated
   */
  int COMPONENT = 9;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__ID = ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__TITLE = ELEMENT__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__OWNER = ELEMENT__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__TAGS = ELEMENT__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__LAST_REVIEWED = ELEMENT__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__DESCRIPTION = ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__SECTIONS = ELEMENT__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__SOURCE_PATH = ELEMENT__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Lifecycle</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__LIFECYCLE = ELEMENT__LIFECYCLE;

  /**
   * The feature id for the '<em><b>Affected By</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__AFFECTED_BY = ELEMENT__AFFECTED_BY;

  /**
   * The feature id for the '<em><b>System</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__SYSTEM = ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Type</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__TYPE = ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Technologies</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__TECHNOLOGIES = ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Repository</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__REPOSITORY = ELEMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Consumes</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__CONSUMES = ELEMENT_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Depends On</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__DEPENDS_ON = ELEMENT_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Environments</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__ENVIRONMENTS = ELEMENT_FEATURE_COUNT + 6;

  /**
   * The feature id for the '<em><b>Provides</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT__PROVIDES = ELEMENT_FEATURE_COUNT + 7;

  /**
   * The number of structural features of the '<em>Component</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 8;

  /**
   * The number of operations of the '<em>Component</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMPONENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.InterfaceImpl <em>Interface</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.InterfaceImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getInterface()
   * @generated
   */
  int INTERFACE = 10;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__ID = ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__TITLE = ELEMENT__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__OWNER = ELEMENT__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__TAGS = ELEMENT__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__LAST_REVIEWED = ELEMENT__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__DESCRIPTION = ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__SECTIONS = ELEMENT__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__SOURCE_PATH = ELEMENT__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Lifecycle</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__LIFECYCLE = ELEMENT__LIFECYCLE;

  /**
   * The feature id for the '<em><b>Affected By</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__AFFECTED_BY = ELEMENT__AFFECTED_BY;

  /**
   * The feature id for the '<em><b>Provider</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__PROVIDER = ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Protocol</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__PROTOCOL = ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Version</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__VERSION = ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Specification</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__SPECIFICATION = ELEMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Specification Format</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__SPECIFICATION_FORMAT = ELEMENT_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Consumers</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE__CONSUMERS = ELEMENT_FEATURE_COUNT + 5;

  /**
   * The number of structural features of the '<em>Interface</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 6;

  /**
   * The number of operations of the '<em>Interface</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INTERFACE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.DataFlowImpl <em>Data Flow</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.DataFlowImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getDataFlow()
   * @generated
   */
  int DATA_FLOW = 11;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__ID = ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__TITLE = ELEMENT__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__OWNER = ELEMENT__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__TAGS = ELEMENT__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__LAST_REVIEWED = ELEMENT__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__DESCRIPTION = ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__SECTIONS = ELEMENT__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__SOURCE_PATH = ELEMENT__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Lifecycle</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__LIFECYCLE = ELEMENT__LIFECYCLE;

  /**
   * The feature id for the '<em><b>Affected By</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__AFFECTED_BY = ELEMENT__AFFECTED_BY;

  /**
   * The feature id for the '<em><b>Source</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__SOURCE = ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Target</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__TARGET = ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Via</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__VIA = ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Data</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__DATA = ELEMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Classification</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW__CLASSIFICATION = ELEMENT_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>Data Flow</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>Data Flow</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATA_FLOW_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.TechnologyImpl <em>Technology</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.TechnologyImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getTechnology()
   * @generated
   */
  int TECHNOLOGY = 12;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__ID = ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__TITLE = ELEMENT__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__OWNER = ELEMENT__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__TAGS = ELEMENT__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__LAST_REVIEWED = ELEMENT__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__DESCRIPTION = ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__SECTIONS = ELEMENT__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__SOURCE_PATH = ELEMENT__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Lifecycle</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__LIFECYCLE = ELEMENT__LIFECYCLE;

  /**
   * The feature id for the '<em><b>Affected By</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__AFFECTED_BY = ELEMENT__AFFECTED_BY;

  /**
   * The feature id for the '<em><b>Version</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__VERSION = ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>End Of Life</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__END_OF_LIFE = ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Category</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__CATEGORY = ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Licence</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__LICENCE = ELEMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Used By</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY__USED_BY = ELEMENT_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>Technology</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>Technology</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TECHNOLOGY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.EnvironmentImpl <em>Environment</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.EnvironmentImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getEnvironment()
   * @generated
   */
  int ENVIRONMENT = 13;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__ID = ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__TITLE = ELEMENT__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__OWNER = ELEMENT__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__TAGS = ELEMENT__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__LAST_REVIEWED = ELEMENT__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__DESCRIPTION = ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__SECTIONS = ELEMENT__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__SOURCE_PATH = ELEMENT__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Lifecycle</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__LIFECYCLE = ELEMENT__LIFECYCLE;

  /**
   * The feature id for the '<em><b>Affected By</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__AFFECTED_BY = ELEMENT__AFFECTED_BY;

  /**
   * The feature id for the '<em><b>Stage</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__STAGE = ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Url</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__URL = ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Account</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__ACCOUNT = ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Region</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT__REGION = ELEMENT_FEATURE_COUNT + 3;

  /**
   * The number of structural features of the '<em>Environment</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

  /**
   * The number of operations of the '<em>Environment</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENVIRONMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.AccountImpl <em>Account</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.AccountImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getAccount()
   * @generated
   */
  int ACCOUNT = 14;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__ID = ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__TITLE = ELEMENT__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__OWNER = ELEMENT__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__TAGS = ELEMENT__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__LAST_REVIEWED = ELEMENT__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__DESCRIPTION = ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__SECTIONS = ELEMENT__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__SOURCE_PATH = ELEMENT__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Lifecycle</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__LIFECYCLE = ELEMENT__LIFECYCLE;

  /**
   * The feature id for the '<em><b>Affected By</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__AFFECTED_BY = ELEMENT__AFFECTED_BY;

  /**
   * The feature id for the '<em><b>Provider</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__PROVIDER = ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Account Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__ACCOUNT_ID = ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Billing Contact</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__BILLING_CONTACT = ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Root Held By</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT__ROOT_HELD_BY = ELEMENT_FEATURE_COUNT + 3;

  /**
   * The number of structural features of the '<em>Account</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

  /**
   * The number of operations of the '<em>Account</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCOUNT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.DecisionSetImpl <em>Decision Set</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.DecisionSetImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getDecisionSet()
   * @generated
   */
  int DECISION_SET = 15;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_SET__NAME = 0;

  /**
   * The feature id for the '<em><b>Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_SET__PATH = 1;

  /**
   * The feature id for the '<em><b>Dialect</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_SET__DIALECT = 2;

  /**
   * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_SET__DECISIONS = 3;

  /**
   * The number of structural features of the '<em>Decision Set</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_SET_FEATURE_COUNT = 4;

  /**
   * The number of operations of the '<em>Decision Set</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_SET_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.DecisionImpl <em>Decision</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.DecisionImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getDecision()
   * @generated
   */
  int DECISION = 16;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Number</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__NUMBER = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Slug</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__SLUG = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Status</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__STATUS = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Status Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__STATUS_TEXT = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__DATE = RECORD_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Decision Makers</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__DECISION_MAKERS = RECORD_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Consulted</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__CONSULTED = RECORD_FEATURE_COUNT + 6;

  /**
   * The feature id for the '<em><b>Informed</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__INFORMED = RECORD_FEATURE_COUNT + 7;

  /**
   * The feature id for the '<em><b>Context</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__CONTEXT = RECORD_FEATURE_COUNT + 8;

  /**
   * The feature id for the '<em><b>Drivers</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__DRIVERS = RECORD_FEATURE_COUNT + 9;

  /**
   * The feature id for the '<em><b>Options</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__OPTIONS = RECORD_FEATURE_COUNT + 10;

  /**
   * The feature id for the '<em><b>Chosen Option</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__CHOSEN_OPTION = RECORD_FEATURE_COUNT + 11;

  /**
   * The feature id for the '<em><b>Outcome</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__OUTCOME = RECORD_FEATURE_COUNT + 12;

  /**
   * The feature id for the '<em><b>Consequences</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__CONSEQUENCES = RECORD_FEATURE_COUNT + 13;

  /**
   * The feature id for the '<em><b>Confirmation</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__CONFIRMATION = RECORD_FEATURE_COUNT + 14;

  /**
   * The feature id for the '<em><b>More Information</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__MORE_INFORMATION = RECORD_FEATURE_COUNT + 15;

  /**
   * The feature id for the '<em><b>Links</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__LINKS = RECORD_FEATURE_COUNT + 16;

  /**
   * The feature id for the '<em><b>Affects</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__AFFECTS = RECORD_FEATURE_COUNT + 17;

  /**
   * The feature id for the '<em><b>Stated Superseded By</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__STATED_SUPERSEDED_BY = RECORD_FEATURE_COUNT + 18;

  /**
   * The feature id for the '<em><b>Supersedes</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__SUPERSEDES = RECORD_FEATURE_COUNT + 19;

  /**
   * The feature id for the '<em><b>Superseded By</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__SUPERSEDED_BY = RECORD_FEATURE_COUNT + 20;

  /**
   * The feature id for the '<em><b>Amends</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__AMENDS = RECORD_FEATURE_COUNT + 21;

  /**
   * The feature id for the '<em><b>Amended By</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION__AMENDED_BY = RECORD_FEATURE_COUNT + 22;

  /**
   * The number of structural features of the '<em>Decision</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_FEATURE_COUNT = RECORD_FEATURE_COUNT + 23;

  /**
   * The number of operations of the '<em>Decision</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.OptionImpl <em>Option</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.OptionImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getOption()
   * @generated
   */
  int OPTION = 17;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPTION__TITLE = 0;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPTION__DESCRIPTION = 1;

  /**
   * The feature id for the '<em><b>Pros</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPTION__PROS = 2;

  /**
   * The feature id for the '<em><b>Neutral</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPTION__NEUTRAL = 3;

  /**
   * The feature id for the '<em><b>Cons</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPTION__CONS = 4;

  /**
   * The number of structural features of the '<em>Option</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPTION_FEATURE_COUNT = 5;

  /**
   * The number of operations of the '<em>Option</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPTION_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.DecisionLinkImpl <em>Decision Link</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.DecisionLinkImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getDecisionLink()
   * @generated
   */
  int DECISION_LINK = 18;

  /**
   * The feature id for the '<em><b>Type</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_LINK__TYPE = 0;

  /**
   * The feature id for the '<em><b>Custom Type</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_LINK__CUSTOM_TYPE = 1;

  /**
   * The feature id for the '<em><b>Target</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_LINK__TARGET = 2;

  /**
   * The feature id for the '<em><b>Note</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_LINK__NOTE = 3;

  /**
   * The number of structural features of the '<em>Decision Link</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_LINK_FEATURE_COUNT = 4;

  /**
   * The number of operations of the '<em>Decision Link</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DECISION_LINK_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.RiskImpl <em>Risk</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.RiskImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getRisk()
   * @generated
   */
  int RISK = 19;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Kind</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__KIND = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Likelihood</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__LIKELIHOOD = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Impact</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__IMPACT = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Status</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__STATUS = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Affects</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__AFFECTS = RECORD_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Mitigation</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__MITIGATION = RECORD_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Mitigation Tried</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK__MITIGATION_TRIED = RECORD_FEATURE_COUNT + 6;

  /**
   * The number of structural features of the '<em>Risk</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK_FEATURE_COUNT = RECORD_FEATURE_COUNT + 7;

  /**
   * The number of operations of the '<em>Risk</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RISK_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.ContractImpl <em>Contract</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.ContractImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getContract()
   * @generated
   */
  int CONTRACT = 20;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Vendor</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__VENDOR = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Service</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__SERVICE = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Start Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__START_DATE = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Renewal Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__RENEWAL_DATE = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Notice Period Days</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__NOTICE_PERIOD_DAYS = RECORD_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Auto Renews</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__AUTO_RENEWS = RECORD_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Cost</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__COST = RECORD_FEATURE_COUNT + 6;

  /**
   * The feature id for the '<em><b>Currency</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__CURRENCY = RECORD_FEATURE_COUNT + 7;

  /**
   * The feature id for the '<em><b>Billing Period</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__BILLING_PERIOD = RECORD_FEATURE_COUNT + 8;

  /**
   * The feature id for the '<em><b>Sla</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__SLA = RECORD_FEATURE_COUNT + 9;

  /**
   * The feature id for the '<em><b>Vendor Contact</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__VENDOR_CONTACT = RECORD_FEATURE_COUNT + 10;

  /**
   * The feature id for the '<em><b>Covers</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT__COVERS = RECORD_FEATURE_COUNT + 11;

  /**
   * The number of structural features of the '<em>Contract</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT_FEATURE_COUNT = RECORD_FEATURE_COUNT + 12;

  /**
   * The number of operations of the '<em>Contract</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTRACT_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.CostItemImpl <em>Cost Item</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.CostItemImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getCostItem()
   * @generated
   */
  int COST_ITEM = 21;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Amount</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__AMOUNT = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Currency</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__CURRENCY = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Period</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__PERIOD = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Budget</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__BUDGET = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Category</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__CATEGORY = RECORD_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Account</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__ACCOUNT = RECORD_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Contract</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__CONTRACT = RECORD_FEATURE_COUNT + 6;

  /**
   * The feature id for the '<em><b>Covers</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM__COVERS = RECORD_FEATURE_COUNT + 7;

  /**
   * The number of structural features of the '<em>Cost Item</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM_FEATURE_COUNT = RECORD_FEATURE_COUNT + 8;

  /**
   * The number of operations of the '<em>Cost Item</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COST_ITEM_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.AccessItemImpl <em>Access Item</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.AccessItemImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getAccessItem()
   * @generated
   */
  int ACCESS_ITEM = 22;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Kind</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__KIND = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Grants</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__GRANTS = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Location</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__LOCATION = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Holders</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__HOLDERS = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Rotation</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__ROTATION = RECORD_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Rotation Days</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__ROTATION_DAYS = RECORD_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Last Rotated</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__LAST_ROTATED = RECORD_FEATURE_COUNT + 6;

  /**
   * The feature id for the '<em><b>Break Glass</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM__BREAK_GLASS = RECORD_FEATURE_COUNT + 7;

  /**
   * The number of structural features of the '<em>Access Item</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM_FEATURE_COUNT = RECORD_FEATURE_COUNT + 8;

  /**
   * The number of operations of the '<em>Access Item</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCESS_ITEM_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.RunbookImpl <em>Runbook</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.RunbookImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getRunbook()
   * @generated
   */
  int RUNBOOK = 23;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Kind</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK__KIND = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Applies</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK__APPLIES = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Last Tested</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK__LAST_TESTED = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Schedule</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK__SCHEDULE = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Dashboard</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK__DASHBOARD = RECORD_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>Runbook</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>Runbook</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RUNBOOK_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.OnCallRotationImpl <em>On Call Rotation</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.OnCallRotationImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getOnCallRotation()
   * @generated
   */
  int ON_CALL_ROTATION = 24;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Team</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION__TEAM = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Schedule</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION__SCHEDULE = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Tool</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION__TOOL = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Escalation</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION__ESCALATION = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Covers</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION__COVERS = RECORD_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>On Call Rotation</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>On Call Rotation</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ON_CALL_ROTATION_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.EscalationStepImpl <em>Escalation Step</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.EscalationStepImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getEscalationStep()
   * @generated
   */
  int ESCALATION_STEP = 25;

  /**
   * The feature id for the '<em><b>Level</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ESCALATION_STEP__LEVEL = 0;

  /**
   * The feature id for the '<em><b>Contact</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ESCALATION_STEP__CONTACT = 1;

  /**
   * The feature id for the '<em><b>After Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ESCALATION_STEP__AFTER_MINUTES = 2;

  /**
   * The feature id for the '<em><b>Note</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ESCALATION_STEP__NOTE = 3;

  /**
   * The number of structural features of the '<em>Escalation Step</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ESCALATION_STEP_FEATURE_COUNT = 4;

  /**
   * The number of operations of the '<em>Escalation Step</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ESCALATION_STEP_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.IncidentImpl <em>Incident</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.IncidentImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getIncident()
   * @generated
   */
  int INCIDENT = 26;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__DATE = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Severity</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__SEVERITY = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Status</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__STATUS = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Affects</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__AFFECTS = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Postmortem</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__POSTMORTEM = RECORD_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Root Cause</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__ROOT_CAUSE = RECORD_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Follow Ups</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT__FOLLOW_UPS = RECORD_FEATURE_COUNT + 6;

  /**
   * The number of structural features of the '<em>Incident</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT_FEATURE_COUNT = RECORD_FEATURE_COUNT + 7;

  /**
   * The number of operations of the '<em>Incident</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INCIDENT_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.SecurityControlImpl <em>Security Control</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.SecurityControlImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getSecurityControl()
   * @generated
   */
  int SECURITY_CONTROL = 27;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Kind</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL__KIND = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Framework</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL__FRAMEWORK = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Status</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL__STATUS = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Evidence</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL__EVIDENCE = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Covers</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL__COVERS = RECORD_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>Security Control</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>Security Control</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SECURITY_CONTROL_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.DeliveryProcessImpl <em>Delivery Process</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.DeliveryProcessImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getDeliveryProcess()
   * @generated
   */
  int DELIVERY_PROCESS = 28;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Repositories</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS__REPOSITORIES = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Branching</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS__BRANCHING = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Pipelines</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS__PIPELINES = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Release</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS__RELEASE = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Setup</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS__SETUP = RECORD_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>Delivery Process</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>Delivery Process</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DELIVERY_PROCESS_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.RepositoryImpl <em>Repository</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.RepositoryImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getRepository()
   * @generated
   */
  int REPOSITORY = 29;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int REPOSITORY__NAME = 0;

  /**
   * The feature id for the '<em><b>Url</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int REPOSITORY__URL = 1;

  /**
   * The feature id for the '<em><b>Default Branch</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int REPOSITORY__DEFAULT_BRANCH = 2;

  /**
   * The feature id for the '<em><b>Components</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int REPOSITORY__COMPONENTS = 3;

  /**
   * The number of structural features of the '<em>Repository</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int REPOSITORY_FEATURE_COUNT = 4;

  /**
   * The number of operations of the '<em>Repository</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int REPOSITORY_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.GlossaryTermImpl <em>Glossary Term</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.GlossaryTermImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getGlossaryTerm()
   * @generated
   */
  int GLOSSARY_TERM = 30;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GLOSSARY_TERM__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GLOSSARY_TERM__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GLOSSARY_TERM__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GLOSSARY_TERM__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GLOSSARY_TERM__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GLOSSARY_TERM__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GLOSSARY_TERM__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GLOSSARY_TERM__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Aliases</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GLOSSARY_TERM__ALIASES = RECORD_FEATURE_COUNT + 0;

  /**
   * The number of structural features of the '<em>Glossary Term</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GLOSSARY_TERM_FEATURE_COUNT = RECORD_FEATURE_COUNT + 1;

  /**
   * The number of operations of the '<em>Glossary Term</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GLOSSARY_TERM_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.OpenQuestionImpl <em>Open Question</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.OpenQuestionImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getOpenQuestion()
   * @generated
   */
  int OPEN_QUESTION = 31;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Status</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION__STATUS = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Raised</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION__RAISED = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Due</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION__DUE = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Affects</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION__AFFECTS = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Answer</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION__ANSWER = RECORD_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>Open Question</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>Open Question</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPEN_QUESTION_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.CommitmentImpl <em>Commitment</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.CommitmentImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getCommitment()
   * @generated
   */
  int COMMITMENT = 32;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Made To</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT__MADE_TO = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Audience</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT__AUDIENCE = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Due</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT__DUE = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Status</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT__STATUS = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Affects</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT__AFFECTS = RECORD_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>Commitment</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>Commitment</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COMMITMENT_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.WorkItemImpl <em>Work Item</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.WorkItemImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getWorkItem()
   * @generated
   */
  int WORK_ITEM = 33;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Status</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM__STATUS = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Due</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM__DUE = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Tracker</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM__TRACKER = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Affects</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM__AFFECTS = RECORD_FEATURE_COUNT + 3;

  /**
   * The number of structural features of the '<em>Work Item</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM_FEATURE_COUNT = RECORD_FEATURE_COUNT + 4;

  /**
   * The number of operations of the '<em>Work Item</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WORK_ITEM_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.HandoverScopeImpl <em>Handover Scope</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.HandoverScopeImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getHandoverScope()
   * @generated
   */
  int HANDOVER_SCOPE = 34;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>From</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__FROM = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>To</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__TO = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Handover Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__HANDOVER_DATE = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Support Until</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__SUPPORT_UNTIL = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Includes</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__INCLUDES = RECORD_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Excluded</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE__EXCLUDED = RECORD_FEATURE_COUNT + 5;

  /**
   * The number of structural features of the '<em>Handover Scope</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE_FEATURE_COUNT = RECORD_FEATURE_COUNT + 6;

  /**
   * The number of operations of the '<em>Handover Scope</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HANDOVER_SCOPE_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.AcceptanceCheckImpl <em>Acceptance Check</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.AcceptanceCheckImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getAcceptanceCheck()
   * @generated
   */
  int ACCEPTANCE_CHECK = 35;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Kind</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK__KIND = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Status</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK__STATUS = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Signed Off By</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK__SIGNED_OFF_BY = RECORD_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Signed Off On</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK__SIGNED_OFF_ON = RECORD_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Runbook</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK__RUNBOOK = RECORD_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>Acceptance Check</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>Acceptance Check</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACCEPTANCE_CHECK_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.impl.FirstWeekActionImpl <em>First Week Action</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.impl.FirstWeekActionImpl
   * @see dev.baton.model.impl.BatonPackageImpl#getFirstWeekAction()
   * @generated
   */
  int FIRST_WEEK_ACTION = 36;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int FIRST_WEEK_ACTION__ID = RECORD__ID;

  /**
   * The feature id for the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int FIRST_WEEK_ACTION__TITLE = RECORD__TITLE;

  /**
   * The feature id for the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int FIRST_WEEK_ACTION__OWNER = RECORD__OWNER;

  /**
   * The feature id for the '<em><b>Tags</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int FIRST_WEEK_ACTION__TAGS = RECORD__TAGS;

  /**
   * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int FIRST_WEEK_ACTION__LAST_REVIEWED = RECORD__LAST_REVIEWED;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int FIRST_WEEK_ACTION__DESCRIPTION = RECORD__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Sections</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int FIRST_WEEK_ACTION__SECTIONS = RECORD__SECTIONS;

  /**
   * The feature id for the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int FIRST_WEEK_ACTION__SOURCE_PATH = RECORD__SOURCE_PATH;

  /**
   * The feature id for the '<em><b>Day</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int FIRST_WEEK_ACTION__DAY = RECORD_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Done</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int FIRST_WEEK_ACTION__DONE = RECORD_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Checks</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int FIRST_WEEK_ACTION__CHECKS = RECORD_FEATURE_COUNT + 2;

  /**
   * The number of structural features of the '<em>First Week Action</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int FIRST_WEEK_ACTION_FEATURE_COUNT = RECORD_FEATURE_COUNT + 3;

  /**
   * The number of operations of the '<em>First Week Action</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int FIRST_WEEK_ACTION_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link dev.baton.model.DecisionStatus <em>Decision Status</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.DecisionStatus
   * @see dev.baton.model.impl.BatonPackageImpl#getDecisionStatus()
   * @generated
   */
  int DECISION_STATUS = 37;

  /**
   * The meta object id for the '{@link dev.baton.model.LinkType <em>Link Type</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.LinkType
   * @see dev.baton.model.impl.BatonPackageImpl#getLinkType()
   * @generated
   */
  int LINK_TYPE = 38;

  /**
   * The meta object id for the '{@link dev.baton.model.Level <em>Level</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.Level
   * @see dev.baton.model.impl.BatonPackageImpl#getLevel()
   * @generated
   */
  int LEVEL = 39;

  /**
   * The meta object id for the '{@link dev.baton.model.RiskKind <em>Risk Kind</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.RiskKind
   * @see dev.baton.model.impl.BatonPackageImpl#getRiskKind()
   * @generated
   */
  int RISK_KIND = 40;

  /**
   * The meta object id for the '{@link dev.baton.model.CheckStatus <em>Check Status</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.CheckStatus
   * @see dev.baton.model.impl.BatonPackageImpl#getCheckStatus()
   * @generated
   */
  int CHECK_STATUS = 41;

  /**
   * The meta object id for the '{@link dev.baton.model.WorkStatus <em>Work Status</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.WorkStatus
   * @see dev.baton.model.impl.BatonPackageImpl#getWorkStatus()
   * @generated
   */
  int WORK_STATUS = 42;

  /**
   * The meta object id for the '{@link dev.baton.model.ControlStatus <em>Control Status</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see dev.baton.model.ControlStatus
   * @see dev.baton.model.impl.BatonPackageImpl#getControlStatus()
   * @generated
   */
  int CONTROL_STATUS = 43;

  /**
   * The meta object id for the '<em>Local Date</em>' data type.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see java.time.LocalDate
   * @see dev.baton.model.impl.BatonPackageImpl#getLocalDate()
   * @generated
   */
  int LOCAL_DATE = 44;


  /**
   * Returns the meta object for class '{@link dev.baton.model.Architecture <em>Architecture</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Architecture</em>'.
   * @see dev.baton.model.Architecture
   * @generated
   */
  EClass getArchitecture();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Architecture#getName <em>Name</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Name</em>'.
   * @see dev.baton.model.Architecture#getName()
   * @see #getArchitecture()
   * @generated
   */
  EAttribute getArchitecture_Name();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Architecture#getDescription <em>Description</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Description</em>'.
   * @see dev.baton.model.Architecture#getDescription()
   * @see #getArchitecture()
   * @generated
   */
  EAttribute getArchitecture_Description();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Architecture#getOrganisation <em>Organisation</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Organisation</em>'.
   * @see dev.baton.model.Architecture#getOrganisation()
   * @see #getArchitecture()
   * @generated
   */
  EAttribute getArchitecture_Organisation();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getDecisionSets <em>Decision Sets</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Decision Sets</em>'.
   * @see dev.baton.model.Architecture#getDecisionSets()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_DecisionSets();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getPeople <em>People</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>People</em>'.
   * @see dev.baton.model.Architecture#getPeople()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_People();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getTeams <em>Teams</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Teams</em>'.
   * @see dev.baton.model.Architecture#getTeams()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_Teams();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getDomains <em>Domains</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Domains</em>'.
   * @see dev.baton.model.Architecture#getDomains()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_Domains();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getSystems <em>Systems</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Systems</em>'.
   * @see dev.baton.model.Architecture#getSystems()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_Systems();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getComponents <em>Components</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Components</em>'.
   * @see dev.baton.model.Architecture#getComponents()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_Components();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getInterfaces <em>Interfaces</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Interfaces</em>'.
   * @see dev.baton.model.Architecture#getInterfaces()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_Interfaces();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getDataFlows <em>Data Flows</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Data Flows</em>'.
   * @see dev.baton.model.Architecture#getDataFlows()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_DataFlows();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getTechnologies <em>Technologies</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Technologies</em>'.
   * @see dev.baton.model.Architecture#getTechnologies()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_Technologies();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getEnvironments <em>Environments</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Environments</em>'.
   * @see dev.baton.model.Architecture#getEnvironments()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_Environments();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getAccounts <em>Accounts</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Accounts</em>'.
   * @see dev.baton.model.Architecture#getAccounts()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_Accounts();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getRisks <em>Risks</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Risks</em>'.
   * @see dev.baton.model.Architecture#getRisks()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_Risks();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getContracts <em>Contracts</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Contracts</em>'.
   * @see dev.baton.model.Architecture#getContracts()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_Contracts();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getCostItems <em>Cost Items</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Cost Items</em>'.
   * @see dev.baton.model.Architecture#getCostItems()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_CostItems();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getAccessItems <em>Access Items</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Access Items</em>'.
   * @see dev.baton.model.Architecture#getAccessItems()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_AccessItems();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getRunbooks <em>Runbooks</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Runbooks</em>'.
   * @see dev.baton.model.Architecture#getRunbooks()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_Runbooks();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getOnCallRotations <em>On Call Rotations</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>On Call Rotations</em>'.
   * @see dev.baton.model.Architecture#getOnCallRotations()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_OnCallRotations();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getIncidents <em>Incidents</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Incidents</em>'.
   * @see dev.baton.model.Architecture#getIncidents()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_Incidents();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getSecurityControls <em>Security Controls</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Security Controls</em>'.
   * @see dev.baton.model.Architecture#getSecurityControls()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_SecurityControls();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getDeliveryProcesses <em>Delivery Processes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Delivery Processes</em>'.
   * @see dev.baton.model.Architecture#getDeliveryProcesses()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_DeliveryProcesses();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getGlossaryTerms <em>Glossary Terms</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Glossary Terms</em>'.
   * @see dev.baton.model.Architecture#getGlossaryTerms()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_GlossaryTerms();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getOpenQuestions <em>Open Questions</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Open Questions</em>'.
   * @see dev.baton.model.Architecture#getOpenQuestions()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_OpenQuestions();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getCommitments <em>Commitments</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Commitments</em>'.
   * @see dev.baton.model.Architecture#getCommitments()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_Commitments();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getWorkItems <em>Work Items</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Work Items</em>'.
   * @see dev.baton.model.Architecture#getWorkItems()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_WorkItems();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getHandoverScopes <em>Handover Scopes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Handover Scopes</em>'.
   * @see dev.baton.model.Architecture#getHandoverScopes()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_HandoverScopes();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getAcceptanceChecks <em>Acceptance Checks</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Acceptance Checks</em>'.
   * @see dev.baton.model.Architecture#getAcceptanceChecks()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_AcceptanceChecks();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Architecture#getFirstWeekActions <em>First Week Actions</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>First Week Actions</em>'.
   * @see dev.baton.model.Architecture#getFirstWeekActions()
   * @see #getArchitecture()
   * @generated
   */
  EReference getArchitecture_FirstWeekActions();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Record <em>Record</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Record</em>'.
   * @see dev.baton.model.Record
   * @generated
   */
  EClass getRecord();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Record#getId <em>Id</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Id</em>'.
   * @see dev.baton.model.Record#getId()
   * @see #getRecord()
   * @generated
   */
  EAttribute getRecord_Id();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Record#getTitle <em>Title</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Title</em>'.
   * @see dev.baton.model.Record#getTitle()
   * @see #getRecord()
   * @generated
   */
  EAttribute getRecord_Title();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.Record#getOwner <em>Owner</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Owner</em>'.
   * @see dev.baton.model.Record#getOwner()
   * @see #getRecord()
   * @generated
   */
  EReference getRecord_Owner();

  /**
   * Returns the meta object for the attribute list '{@link dev.baton.model.Record#getTags <em>Tags</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Tags</em>'.
   * @see dev.baton.model.Record#getTags()
   * @see #getRecord()
   * @generated
   */
  EAttribute getRecord_Tags();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Record#getLastReviewed <em>Last Reviewed</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Last Reviewed</em>'.
   * @see dev.baton.model.Record#getLastReviewed()
   * @see #getRecord()
   * @generated
   */
  EAttribute getRecord_LastReviewed();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Record#getDescription <em>Description</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Description</em>'.
   * @see dev.baton.model.Record#getDescription()
   * @see #getRecord()
   * @generated
   */
  EAttribute getRecord_Description();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Record#getSections <em>Sections</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Sections</em>'.
   * @see dev.baton.model.Record#getSections()
   * @see #getRecord()
   * @generated
   */
  EReference getRecord_Sections();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Record#getSourcePath <em>Source Path</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Source Path</em>'.
   * @see dev.baton.model.Record#getSourcePath()
   * @see #getRecord()
   * @generated
   */
  EAttribute getRecord_SourcePath();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Section <em>Section</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Section</em>'.
   * @see dev.baton.model.Section
   * @generated
   */
  EClass getSection();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Section#getHeading <em>Heading</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Heading</em>'.
   * @see dev.baton.model.Section#getHeading()
   * @see #getSection()
   * @generated
   */
  EAttribute getSection_Heading();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Section#getLevel <em>Level</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Level</em>'.
   * @see dev.baton.model.Section#getLevel()
   * @see #getSection()
   * @generated
   */
  EAttribute getSection_Level();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Section#getBody <em>Body</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Body</em>'.
   * @see dev.baton.model.Section#getBody()
   * @see #getSection()
   * @generated
   */
  EAttribute getSection_Body();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Party <em>Party</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Party</em>'.
   * @see dev.baton.model.Party
   * @generated
   */
  EClass getParty();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Party#getEmail <em>Email</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Email</em>'.
   * @see dev.baton.model.Party#getEmail()
   * @see #getParty()
   * @generated
   */
  EAttribute getParty_Email();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Party#getContact <em>Contact</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Contact</em>'.
   * @see dev.baton.model.Party#getContact()
   * @see #getParty()
   * @generated
   */
  EAttribute getParty_Contact();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Person <em>Person</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Person</em>'.
   * @see dev.baton.model.Person
   * @generated
   */
  EClass getPerson();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Person#getRole <em>Role</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Role</em>'.
   * @see dev.baton.model.Person#getRole()
   * @see #getPerson()
   * @generated
   */
  EAttribute getPerson_Role();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.Person#getTeam <em>Team</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Team</em>'.
   * @see dev.baton.model.Person#getTeam()
   * @see #getPerson()
   * @generated
   */
  EReference getPerson_Team();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Person#getOrganisation <em>Organisation</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Organisation</em>'.
   * @see dev.baton.model.Person#getOrganisation()
   * @see #getPerson()
   * @generated
   */
  EAttribute getPerson_Organisation();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Person#isExternal <em>External</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>External</em>'.
   * @see dev.baton.model.Person#isExternal()
   * @see #getPerson()
   * @generated
   */
  EAttribute getPerson_External();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Person#isLeaving <em>Leaving</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Leaving</em>'.
   * @see dev.baton.model.Person#isLeaving()
   * @see #getPerson()
   * @generated
   */
  EAttribute getPerson_Leaving();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Team <em>Team</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Team</em>'.
   * @see dev.baton.model.Team
   * @generated
   */
  EClass getTeam();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.Team#getLead <em>Lead</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Lead</em>'.
   * @see dev.baton.model.Team#getLead()
   * @see #getTeam()
   * @generated
   */
  EReference getTeam_Lead();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Team#getMembers <em>Members</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Members</em>'.
   * @see dev.baton.model.Team#getMembers()
   * @see #getTeam()
   * @generated
   */
  EReference getTeam_Members();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Element <em>Element</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Element</em>'.
   * @see dev.baton.model.Element
   * @generated
   */
  EClass getElement();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Element#getLifecycle <em>Lifecycle</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Lifecycle</em>'.
   * @see dev.baton.model.Element#getLifecycle()
   * @see #getElement()
   * @generated
   */
  EAttribute getElement_Lifecycle();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Element#getAffectedBy <em>Affected By</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Affected By</em>'.
   * @see dev.baton.model.Element#getAffectedBy()
   * @see #getElement()
   * @generated
   */
  EReference getElement_AffectedBy();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Domain <em>Domain</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Domain</em>'.
   * @see dev.baton.model.Domain
   * @generated
   */
  EClass getDomain();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.Domain#getParent <em>Parent</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Parent</em>'.
   * @see dev.baton.model.Domain#getParent()
   * @see #getDomain()
   * @generated
   */
  EReference getDomain_Parent();

  /**
   * Returns the meta object for class '{@link dev.baton.model.SoftwareSystem <em>Software System</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Software System</em>'.
   * @see dev.baton.model.SoftwareSystem
   * @generated
   */
  EClass getSoftwareSystem();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.SoftwareSystem#getDomain <em>Domain</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Domain</em>'.
   * @see dev.baton.model.SoftwareSystem#getDomain()
   * @see #getSoftwareSystem()
   * @generated
   */
  EReference getSoftwareSystem_Domain();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.SoftwareSystem#isExternal <em>External</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>External</em>'.
   * @see dev.baton.model.SoftwareSystem#isExternal()
   * @see #getSoftwareSystem()
   * @generated
   */
  EAttribute getSoftwareSystem_External();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.SoftwareSystem#getComponents <em>Components</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Components</em>'.
   * @see dev.baton.model.SoftwareSystem#getComponents()
   * @see #getSoftwareSystem()
   * @generated
   */
  EReference getSoftwareSystem_Components();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Component <em>Component</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Component</em>'.
   * @see dev.baton.model.Component
   * @generated
   */
  EClass getComponent();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.Component#getSystem <em>System</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>System</em>'.
   * @see dev.baton.model.Component#getSystem()
   * @see #getComponent()
   * @generated
   */
  EReference getComponent_System();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Component#getType <em>Type</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Type</em>'.
   * @see dev.baton.model.Component#getType()
   * @see #getComponent()
   * @generated
   */
  EAttribute getComponent_Type();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Component#getTechnologies <em>Technologies</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Technologies</em>'.
   * @see dev.baton.model.Component#getTechnologies()
   * @see #getComponent()
   * @generated
   */
  EReference getComponent_Technologies();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Component#getRepository <em>Repository</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Repository</em>'.
   * @see dev.baton.model.Component#getRepository()
   * @see #getComponent()
   * @generated
   */
  EAttribute getComponent_Repository();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Component#getConsumes <em>Consumes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Consumes</em>'.
   * @see dev.baton.model.Component#getConsumes()
   * @see #getComponent()
   * @generated
   */
  EReference getComponent_Consumes();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Component#getDependsOn <em>Depends On</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Depends On</em>'.
   * @see dev.baton.model.Component#getDependsOn()
   * @see #getComponent()
   * @generated
   */
  EReference getComponent_DependsOn();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Component#getEnvironments <em>Environments</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Environments</em>'.
   * @see dev.baton.model.Component#getEnvironments()
   * @see #getComponent()
   * @generated
   */
  EReference getComponent_Environments();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Component#getProvides <em>Provides</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Provides</em>'.
   * @see dev.baton.model.Component#getProvides()
   * @see #getComponent()
   * @generated
   */
  EReference getComponent_Provides();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Interface <em>Interface</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Interface</em>'.
   * @see dev.baton.model.Interface
   * @generated
   */
  EClass getInterface();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.Interface#getProvider <em>Provider</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Provider</em>'.
   * @see dev.baton.model.Interface#getProvider()
   * @see #getInterface()
   * @generated
   */
  EReference getInterface_Provider();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Interface#getProtocol <em>Protocol</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Protocol</em>'.
   * @see dev.baton.model.Interface#getProtocol()
   * @see #getInterface()
   * @generated
   */
  EAttribute getInterface_Protocol();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Interface#getVersion <em>Version</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Version</em>'.
   * @see dev.baton.model.Interface#getVersion()
   * @see #getInterface()
   * @generated
   */
  EAttribute getInterface_Version();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Interface#getSpecification <em>Specification</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Specification</em>'.
   * @see dev.baton.model.Interface#getSpecification()
   * @see #getInterface()
   * @generated
   */
  EAttribute getInterface_Specification();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Interface#getSpecificationFormat <em>Specification Format</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Specification Format</em>'.
   * @see dev.baton.model.Interface#getSpecificationFormat()
   * @see #getInterface()
   * @generated
   */
  EAttribute getInterface_SpecificationFormat();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Interface#getConsumers <em>Consumers</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Consumers</em>'.
   * @see dev.baton.model.Interface#getConsumers()
   * @see #getInterface()
   * @generated
   */
  EReference getInterface_Consumers();

  /**
   * Returns the meta object for class '{@link dev.baton.model.DataFlow <em>Data Flow</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Data Flow</em>'.
   * @see dev.baton.model.DataFlow
   * @generated
   */
  EClass getDataFlow();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.DataFlow#getSource <em>Source</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Source</em>'.
   * @see dev.baton.model.DataFlow#getSource()
   * @see #getDataFlow()
   * @generated
   */
  EReference getDataFlow_Source();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.DataFlow#getTarget <em>Target</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Target</em>'.
   * @see dev.baton.model.DataFlow#getTarget()
   * @see #getDataFlow()
   * @generated
   */
  EReference getDataFlow_Target();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.DataFlow#getVia <em>Via</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Via</em>'.
   * @see dev.baton.model.DataFlow#getVia()
   * @see #getDataFlow()
   * @generated
   */
  EReference getDataFlow_Via();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.DataFlow#getData <em>Data</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Data</em>'.
   * @see dev.baton.model.DataFlow#getData()
   * @see #getDataFlow()
   * @generated
   */
  EAttribute getDataFlow_Data();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.DataFlow#getClassification <em>Classification</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Classification</em>'.
   * @see dev.baton.model.DataFlow#getClassification()
   * @see #getDataFlow()
   * @generated
   */
  EAttribute getDataFlow_Classification();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Technology <em>Technology</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Technology</em>'.
   * @see dev.baton.model.Technology
   * @generated
   */
  EClass getTechnology();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Technology#getVersion <em>Version</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Version</em>'.
   * @see dev.baton.model.Technology#getVersion()
   * @see #getTechnology()
   * @generated
   */
  EAttribute getTechnology_Version();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Technology#getEndOfLife <em>End Of Life</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>End Of Life</em>'.
   * @see dev.baton.model.Technology#getEndOfLife()
   * @see #getTechnology()
   * @generated
   */
  EAttribute getTechnology_EndOfLife();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Technology#getCategory <em>Category</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Category</em>'.
   * @see dev.baton.model.Technology#getCategory()
   * @see #getTechnology()
   * @generated
   */
  EAttribute getTechnology_Category();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Technology#getLicence <em>Licence</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Licence</em>'.
   * @see dev.baton.model.Technology#getLicence()
   * @see #getTechnology()
   * @generated
   */
  EAttribute getTechnology_Licence();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Technology#getUsedBy <em>Used By</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Used By</em>'.
   * @see dev.baton.model.Technology#getUsedBy()
   * @see #getTechnology()
   * @generated
   */
  EReference getTechnology_UsedBy();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Environment <em>Environment</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Environment</em>'.
   * @see dev.baton.model.Environment
   * @generated
   */
  EClass getEnvironment();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Environment#getStage <em>Stage</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Stage</em>'.
   * @see dev.baton.model.Environment#getStage()
   * @see #getEnvironment()
   * @generated
   */
  EAttribute getEnvironment_Stage();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Environment#getUrl <em>Url</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Url</em>'.
   * @see dev.baton.model.Environment#getUrl()
   * @see #getEnvironment()
   * @generated
   */
  EAttribute getEnvironment_Url();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.Environment#getAccount <em>Account</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Account</em>'.
   * @see dev.baton.model.Environment#getAccount()
   * @see #getEnvironment()
   * @generated
   */
  EReference getEnvironment_Account();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Environment#getRegion <em>Region</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Region</em>'.
   * @see dev.baton.model.Environment#getRegion()
   * @see #getEnvironment()
   * @generated
   */
  EAttribute getEnvironment_Region();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Account <em>Account</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Account</em>'.
   * @see dev.baton.model.Account
   * @generated
   */
  EClass getAccount();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Account#getProvider <em>Provider</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Provider</em>'.
   * @see dev.baton.model.Account#getProvider()
   * @see #getAccount()
   * @generated
   */
  EAttribute getAccount_Provider();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Account#getAccountId <em>Account Id</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Account Id</em>'.
   * @see dev.baton.model.Account#getAccountId()
   * @see #getAccount()
   * @generated
   */
  EAttribute getAccount_AccountId();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.Account#getBillingContact <em>Billing Contact</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Billing Contact</em>'.
   * @see dev.baton.model.Account#getBillingContact()
   * @see #getAccount()
   * @generated
   */
  EReference getAccount_BillingContact();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.Account#getRootHeldBy <em>Root Held By</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Root Held By</em>'.
   * @see dev.baton.model.Account#getRootHeldBy()
   * @see #getAccount()
   * @generated
   */
  EReference getAccount_RootHeldBy();

  /**
   * Returns the meta object for class '{@link dev.baton.model.DecisionSet <em>Decision Set</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Decision Set</em>'.
   * @see dev.baton.model.DecisionSet
   * @generated
   */
  EClass getDecisionSet();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.DecisionSet#getName <em>Name</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Name</em>'.
   * @see dev.baton.model.DecisionSet#getName()
   * @see #getDecisionSet()
   * @generated
   */
  EAttribute getDecisionSet_Name();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.DecisionSet#getPath <em>Path</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Path</em>'.
   * @see dev.baton.model.DecisionSet#getPath()
   * @see #getDecisionSet()
   * @generated
   */
  EAttribute getDecisionSet_Path();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.DecisionSet#getDialect <em>Dialect</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Dialect</em>'.
   * @see dev.baton.model.DecisionSet#getDialect()
   * @see #getDecisionSet()
   * @generated
   */
  EAttribute getDecisionSet_Dialect();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.DecisionSet#getDecisions <em>Decisions</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Decisions</em>'.
   * @see dev.baton.model.DecisionSet#getDecisions()
   * @see #getDecisionSet()
   * @generated
   */
  EReference getDecisionSet_Decisions();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Decision <em>Decision</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Decision</em>'.
   * @see dev.baton.model.Decision
   * @generated
   */
  EClass getDecision();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Decision#getNumber <em>Number</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Number</em>'.
   * @see dev.baton.model.Decision#getNumber()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_Number();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Decision#getSlug <em>Slug</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Slug</em>'.
   * @see dev.baton.model.Decision#getSlug()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_Slug();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Decision#getStatus <em>Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Status</em>'.
   * @see dev.baton.model.Decision#getStatus()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_Status();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Decision#getStatusText <em>Status Text</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Status Text</em>'.
   * @see dev.baton.model.Decision#getStatusText()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_StatusText();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Decision#getDate <em>Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Date</em>'.
   * @see dev.baton.model.Decision#getDate()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_Date();

  /**
   * Returns the meta object for the attribute list '{@link dev.baton.model.Decision#getDecisionMakers <em>Decision Makers</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Decision Makers</em>'.
   * @see dev.baton.model.Decision#getDecisionMakers()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_DecisionMakers();

  /**
   * Returns the meta object for the attribute list '{@link dev.baton.model.Decision#getConsulted <em>Consulted</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Consulted</em>'.
   * @see dev.baton.model.Decision#getConsulted()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_Consulted();

  /**
   * Returns the meta object for the attribute list '{@link dev.baton.model.Decision#getInformed <em>Informed</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Informed</em>'.
   * @see dev.baton.model.Decision#getInformed()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_Informed();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Decision#getContext <em>Context</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Context</em>'.
   * @see dev.baton.model.Decision#getContext()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_Context();

  /**
   * Returns the meta object for the attribute list '{@link dev.baton.model.Decision#getDrivers <em>Drivers</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Drivers</em>'.
   * @see dev.baton.model.Decision#getDrivers()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_Drivers();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Decision#getOptions <em>Options</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Options</em>'.
   * @see dev.baton.model.Decision#getOptions()
   * @see #getDecision()
   * @generated
   */
  EReference getDecision_Options();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Decision#getChosenOption <em>Chosen Option</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Chosen Option</em>'.
   * @see dev.baton.model.Decision#getChosenOption()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_ChosenOption();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Decision#getOutcome <em>Outcome</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Outcome</em>'.
   * @see dev.baton.model.Decision#getOutcome()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_Outcome();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Decision#getConsequences <em>Consequences</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Consequences</em>'.
   * @see dev.baton.model.Decision#getConsequences()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_Consequences();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Decision#getConfirmation <em>Confirmation</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Confirmation</em>'.
   * @see dev.baton.model.Decision#getConfirmation()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_Confirmation();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Decision#getMoreInformation <em>More Information</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>More Information</em>'.
   * @see dev.baton.model.Decision#getMoreInformation()
   * @see #getDecision()
   * @generated
   */
  EAttribute getDecision_MoreInformation();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.Decision#getLinks <em>Links</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Links</em>'.
   * @see dev.baton.model.Decision#getLinks()
   * @see #getDecision()
   * @generated
   */
  EReference getDecision_Links();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Decision#getAffects <em>Affects</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Affects</em>'.
   * @see dev.baton.model.Decision#getAffects()
   * @see #getDecision()
   * @generated
   */
  EReference getDecision_Affects();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Decision#getStatedSupersededBy <em>Stated Superseded By</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Stated Superseded By</em>'.
   * @see dev.baton.model.Decision#getStatedSupersededBy()
   * @see #getDecision()
   * @generated
   */
  EReference getDecision_StatedSupersededBy();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Decision#getSupersedes <em>Supersedes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Supersedes</em>'.
   * @see dev.baton.model.Decision#getSupersedes()
   * @see #getDecision()
   * @generated
   */
  EReference getDecision_Supersedes();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Decision#getSupersededBy <em>Superseded By</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Superseded By</em>'.
   * @see dev.baton.model.Decision#getSupersededBy()
   * @see #getDecision()
   * @generated
   */
  EReference getDecision_SupersededBy();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Decision#getAmends <em>Amends</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Amends</em>'.
   * @see dev.baton.model.Decision#getAmends()
   * @see #getDecision()
   * @generated
   */
  EReference getDecision_Amends();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Decision#getAmendedBy <em>Amended By</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Amended By</em>'.
   * @see dev.baton.model.Decision#getAmendedBy()
   * @see #getDecision()
   * @generated
   */
  EReference getDecision_AmendedBy();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Option <em>Option</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Option</em>'.
   * @see dev.baton.model.Option
   * @generated
   */
  EClass getOption();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Option#getTitle <em>Title</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Title</em>'.
   * @see dev.baton.model.Option#getTitle()
   * @see #getOption()
   * @generated
   */
  EAttribute getOption_Title();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Option#getDescription <em>Description</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Description</em>'.
   * @see dev.baton.model.Option#getDescription()
   * @see #getOption()
   * @generated
   */
  EAttribute getOption_Description();

  /**
   * Returns the meta object for the attribute list '{@link dev.baton.model.Option#getPros <em>Pros</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Pros</em>'.
   * @see dev.baton.model.Option#getPros()
   * @see #getOption()
   * @generated
   */
  EAttribute getOption_Pros();

  /**
   * Returns the meta object for the attribute list '{@link dev.baton.model.Option#getNeutral <em>Neutral</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Neutral</em>'.
   * @see dev.baton.model.Option#getNeutral()
   * @see #getOption()
   * @generated
   */
  EAttribute getOption_Neutral();

  /**
   * Returns the meta object for the attribute list '{@link dev.baton.model.Option#getCons <em>Cons</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Cons</em>'.
   * @see dev.baton.model.Option#getCons()
   * @see #getOption()
   * @generated
   */
  EAttribute getOption_Cons();

  /**
   * Returns the meta object for class '{@link dev.baton.model.DecisionLink <em>Decision Link</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Decision Link</em>'.
   * @see dev.baton.model.DecisionLink
   * @generated
   */
  EClass getDecisionLink();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.DecisionLink#getType <em>Type</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Type</em>'.
   * @see dev.baton.model.DecisionLink#getType()
   * @see #getDecisionLink()
   * @generated
   */
  EAttribute getDecisionLink_Type();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.DecisionLink#getCustomType <em>Custom Type</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Custom Type</em>'.
   * @see dev.baton.model.DecisionLink#getCustomType()
   * @see #getDecisionLink()
   * @generated
   */
  EAttribute getDecisionLink_CustomType();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.DecisionLink#getTarget <em>Target</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Target</em>'.
   * @see dev.baton.model.DecisionLink#getTarget()
   * @see #getDecisionLink()
   * @generated
   */
  EReference getDecisionLink_Target();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.DecisionLink#getNote <em>Note</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Note</em>'.
   * @see dev.baton.model.DecisionLink#getNote()
   * @see #getDecisionLink()
   * @generated
   */
  EAttribute getDecisionLink_Note();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Risk <em>Risk</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Risk</em>'.
   * @see dev.baton.model.Risk
   * @generated
   */
  EClass getRisk();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Risk#getKind <em>Kind</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Kind</em>'.
   * @see dev.baton.model.Risk#getKind()
   * @see #getRisk()
   * @generated
   */
  EAttribute getRisk_Kind();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Risk#getLikelihood <em>Likelihood</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Likelihood</em>'.
   * @see dev.baton.model.Risk#getLikelihood()
   * @see #getRisk()
   * @generated
   */
  EAttribute getRisk_Likelihood();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Risk#getImpact <em>Impact</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Impact</em>'.
   * @see dev.baton.model.Risk#getImpact()
   * @see #getRisk()
   * @generated
   */
  EAttribute getRisk_Impact();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Risk#getStatus <em>Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Status</em>'.
   * @see dev.baton.model.Risk#getStatus()
   * @see #getRisk()
   * @generated
   */
  EAttribute getRisk_Status();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Risk#getAffects <em>Affects</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Affects</em>'.
   * @see dev.baton.model.Risk#getAffects()
   * @see #getRisk()
   * @generated
   */
  EReference getRisk_Affects();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Risk#getMitigation <em>Mitigation</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Mitigation</em>'.
   * @see dev.baton.model.Risk#getMitigation()
   * @see #getRisk()
   * @generated
   */
  EAttribute getRisk_Mitigation();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Risk#getMitigationTried <em>Mitigation Tried</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Mitigation Tried</em>'.
   * @see dev.baton.model.Risk#getMitigationTried()
   * @see #getRisk()
   * @generated
   */
  EAttribute getRisk_MitigationTried();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Contract <em>Contract</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Contract</em>'.
   * @see dev.baton.model.Contract
   * @generated
   */
  EClass getContract();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Contract#getVendor <em>Vendor</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Vendor</em>'.
   * @see dev.baton.model.Contract#getVendor()
   * @see #getContract()
   * @generated
   */
  EAttribute getContract_Vendor();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Contract#getService <em>Service</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Service</em>'.
   * @see dev.baton.model.Contract#getService()
   * @see #getContract()
   * @generated
   */
  EAttribute getContract_Service();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Contract#getStartDate <em>Start Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Start Date</em>'.
   * @see dev.baton.model.Contract#getStartDate()
   * @see #getContract()
   * @generated
   */
  EAttribute getContract_StartDate();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Contract#getRenewalDate <em>Renewal Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Renewal Date</em>'.
   * @see dev.baton.model.Contract#getRenewalDate()
   * @see #getContract()
   * @generated
   */
  EAttribute getContract_RenewalDate();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Contract#getNoticePeriodDays <em>Notice Period Days</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Notice Period Days</em>'.
   * @see dev.baton.model.Contract#getNoticePeriodDays()
   * @see #getContract()
   * @generated
   */
  EAttribute getContract_NoticePeriodDays();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Contract#isAutoRenews <em>Auto Renews</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Auto Renews</em>'.
   * @see dev.baton.model.Contract#isAutoRenews()
   * @see #getContract()
   * @generated
   */
  EAttribute getContract_AutoRenews();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Contract#getCost <em>Cost</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Cost</em>'.
   * @see dev.baton.model.Contract#getCost()
   * @see #getContract()
   * @generated
   */
  EAttribute getContract_Cost();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Contract#getCurrency <em>Currency</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Currency</em>'.
   * @see dev.baton.model.Contract#getCurrency()
   * @see #getContract()
   * @generated
   */
  EAttribute getContract_Currency();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Contract#getBillingPeriod <em>Billing Period</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Billing Period</em>'.
   * @see dev.baton.model.Contract#getBillingPeriod()
   * @see #getContract()
   * @generated
   */
  EAttribute getContract_BillingPeriod();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Contract#getSla <em>Sla</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Sla</em>'.
   * @see dev.baton.model.Contract#getSla()
   * @see #getContract()
   * @generated
   */
  EAttribute getContract_Sla();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.Contract#getVendorContact <em>Vendor Contact</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Vendor Contact</em>'.
   * @see dev.baton.model.Contract#getVendorContact()
   * @see #getContract()
   * @generated
   */
  EReference getContract_VendorContact();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Contract#getCovers <em>Covers</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Covers</em>'.
   * @see dev.baton.model.Contract#getCovers()
   * @see #getContract()
   * @generated
   */
  EReference getContract_Covers();

  /**
   * Returns the meta object for class '{@link dev.baton.model.CostItem <em>Cost Item</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Cost Item</em>'.
   * @see dev.baton.model.CostItem
   * @generated
   */
  EClass getCostItem();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.CostItem#getAmount <em>Amount</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Amount</em>'.
   * @see dev.baton.model.CostItem#getAmount()
   * @see #getCostItem()
   * @generated
   */
  EAttribute getCostItem_Amount();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.CostItem#getCurrency <em>Currency</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Currency</em>'.
   * @see dev.baton.model.CostItem#getCurrency()
   * @see #getCostItem()
   * @generated
   */
  EAttribute getCostItem_Currency();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.CostItem#getPeriod <em>Period</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Period</em>'.
   * @see dev.baton.model.CostItem#getPeriod()
   * @see #getCostItem()
   * @generated
   */
  EAttribute getCostItem_Period();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.CostItem#getBudget <em>Budget</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Budget</em>'.
   * @see dev.baton.model.CostItem#getBudget()
   * @see #getCostItem()
   * @generated
   */
  EAttribute getCostItem_Budget();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.CostItem#getCategory <em>Category</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Category</em>'.
   * @see dev.baton.model.CostItem#getCategory()
   * @see #getCostItem()
   * @generated
   */
  EAttribute getCostItem_Category();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.CostItem#getAccount <em>Account</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Account</em>'.
   * @see dev.baton.model.CostItem#getAccount()
   * @see #getCostItem()
   * @generated
   */
  EReference getCostItem_Account();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.CostItem#getContract <em>Contract</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Contract</em>'.
   * @see dev.baton.model.CostItem#getContract()
   * @see #getCostItem()
   * @generated
   */
  EReference getCostItem_Contract();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.CostItem#getCovers <em>Covers</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Covers</em>'.
   * @see dev.baton.model.CostItem#getCovers()
   * @see #getCostItem()
   * @generated
   */
  EReference getCostItem_Covers();

  /**
   * Returns the meta object for class '{@link dev.baton.model.AccessItem <em>Access Item</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Access Item</em>'.
   * @see dev.baton.model.AccessItem
   * @generated
   */
  EClass getAccessItem();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.AccessItem#getKind <em>Kind</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Kind</em>'.
   * @see dev.baton.model.AccessItem#getKind()
   * @see #getAccessItem()
   * @generated
   */
  EAttribute getAccessItem_Kind();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.AccessItem#getGrants <em>Grants</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Grants</em>'.
   * @see dev.baton.model.AccessItem#getGrants()
   * @see #getAccessItem()
   * @generated
   */
  EReference getAccessItem_Grants();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.AccessItem#getLocation <em>Location</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Location</em>'.
   * @see dev.baton.model.AccessItem#getLocation()
   * @see #getAccessItem()
   * @generated
   */
  EAttribute getAccessItem_Location();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.AccessItem#getHolders <em>Holders</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Holders</em>'.
   * @see dev.baton.model.AccessItem#getHolders()
   * @see #getAccessItem()
   * @generated
   */
  EReference getAccessItem_Holders();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.AccessItem#getRotation <em>Rotation</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Rotation</em>'.
   * @see dev.baton.model.AccessItem#getRotation()
   * @see #getAccessItem()
   * @generated
   */
  EAttribute getAccessItem_Rotation();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.AccessItem#getRotationDays <em>Rotation Days</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Rotation Days</em>'.
   * @see dev.baton.model.AccessItem#getRotationDays()
   * @see #getAccessItem()
   * @generated
   */
  EAttribute getAccessItem_RotationDays();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.AccessItem#getLastRotated <em>Last Rotated</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Last Rotated</em>'.
   * @see dev.baton.model.AccessItem#getLastRotated()
   * @see #getAccessItem()
   * @generated
   */
  EAttribute getAccessItem_LastRotated();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.AccessItem#isBreakGlass <em>Break Glass</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Break Glass</em>'.
   * @see dev.baton.model.AccessItem#isBreakGlass()
   * @see #getAccessItem()
   * @generated
   */
  EAttribute getAccessItem_BreakGlass();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Runbook <em>Runbook</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Runbook</em>'.
   * @see dev.baton.model.Runbook
   * @generated
   */
  EClass getRunbook();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Runbook#getKind <em>Kind</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Kind</em>'.
   * @see dev.baton.model.Runbook#getKind()
   * @see #getRunbook()
   * @generated
   */
  EAttribute getRunbook_Kind();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Runbook#getApplies <em>Applies</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Applies</em>'.
   * @see dev.baton.model.Runbook#getApplies()
   * @see #getRunbook()
   * @generated
   */
  EReference getRunbook_Applies();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Runbook#getLastTested <em>Last Tested</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Last Tested</em>'.
   * @see dev.baton.model.Runbook#getLastTested()
   * @see #getRunbook()
   * @generated
   */
  EAttribute getRunbook_LastTested();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Runbook#getSchedule <em>Schedule</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Schedule</em>'.
   * @see dev.baton.model.Runbook#getSchedule()
   * @see #getRunbook()
   * @generated
   */
  EAttribute getRunbook_Schedule();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Runbook#getDashboard <em>Dashboard</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Dashboard</em>'.
   * @see dev.baton.model.Runbook#getDashboard()
   * @see #getRunbook()
   * @generated
   */
  EAttribute getRunbook_Dashboard();

  /**
   * Returns the meta object for class '{@link dev.baton.model.OnCallRotation <em>On Call Rotation</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>On Call Rotation</em>'.
   * @see dev.baton.model.OnCallRotation
   * @generated
   */
  EClass getOnCallRotation();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.OnCallRotation#getTeam <em>Team</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Team</em>'.
   * @see dev.baton.model.OnCallRotation#getTeam()
   * @see #getOnCallRotation()
   * @generated
   */
  EReference getOnCallRotation_Team();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.OnCallRotation#getSchedule <em>Schedule</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Schedule</em>'.
   * @see dev.baton.model.OnCallRotation#getSchedule()
   * @see #getOnCallRotation()
   * @generated
   */
  EAttribute getOnCallRotation_Schedule();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.OnCallRotation#getTool <em>Tool</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Tool</em>'.
   * @see dev.baton.model.OnCallRotation#getTool()
   * @see #getOnCallRotation()
   * @generated
   */
  EAttribute getOnCallRotation_Tool();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.OnCallRotation#getEscalation <em>Escalation</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Escalation</em>'.
   * @see dev.baton.model.OnCallRotation#getEscalation()
   * @see #getOnCallRotation()
   * @generated
   */
  EReference getOnCallRotation_Escalation();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.OnCallRotation#getCovers <em>Covers</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Covers</em>'.
   * @see dev.baton.model.OnCallRotation#getCovers()
   * @see #getOnCallRotation()
   * @generated
   */
  EReference getOnCallRotation_Covers();

  /**
   * Returns the meta object for class '{@link dev.baton.model.EscalationStep <em>Escalation Step</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Escalation Step</em>'.
   * @see dev.baton.model.EscalationStep
   * @generated
   */
  EClass getEscalationStep();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.EscalationStep#getLevel <em>Level</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Level</em>'.
   * @see dev.baton.model.EscalationStep#getLevel()
   * @see #getEscalationStep()
   * @generated
   */
  EAttribute getEscalationStep_Level();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.EscalationStep#getContact <em>Contact</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Contact</em>'.
   * @see dev.baton.model.EscalationStep#getContact()
   * @see #getEscalationStep()
   * @generated
   */
  EReference getEscalationStep_Contact();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.EscalationStep#getAfterMinutes <em>After Minutes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>After Minutes</em>'.
   * @see dev.baton.model.EscalationStep#getAfterMinutes()
   * @see #getEscalationStep()
   * @generated
   */
  EAttribute getEscalationStep_AfterMinutes();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.EscalationStep#getNote <em>Note</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Note</em>'.
   * @see dev.baton.model.EscalationStep#getNote()
   * @see #getEscalationStep()
   * @generated
   */
  EAttribute getEscalationStep_Note();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Incident <em>Incident</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Incident</em>'.
   * @see dev.baton.model.Incident
   * @generated
   */
  EClass getIncident();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Incident#getDate <em>Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Date</em>'.
   * @see dev.baton.model.Incident#getDate()
   * @see #getIncident()
   * @generated
   */
  EAttribute getIncident_Date();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Incident#getSeverity <em>Severity</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Severity</em>'.
   * @see dev.baton.model.Incident#getSeverity()
   * @see #getIncident()
   * @generated
   */
  EAttribute getIncident_Severity();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Incident#getStatus <em>Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Status</em>'.
   * @see dev.baton.model.Incident#getStatus()
   * @see #getIncident()
   * @generated
   */
  EAttribute getIncident_Status();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Incident#getAffects <em>Affects</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Affects</em>'.
   * @see dev.baton.model.Incident#getAffects()
   * @see #getIncident()
   * @generated
   */
  EReference getIncident_Affects();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Incident#getPostmortem <em>Postmortem</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Postmortem</em>'.
   * @see dev.baton.model.Incident#getPostmortem()
   * @see #getIncident()
   * @generated
   */
  EAttribute getIncident_Postmortem();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Incident#getRootCause <em>Root Cause</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Root Cause</em>'.
   * @see dev.baton.model.Incident#getRootCause()
   * @see #getIncident()
   * @generated
   */
  EAttribute getIncident_RootCause();

  /**
   * Returns the meta object for the attribute list '{@link dev.baton.model.Incident#getFollowUps <em>Follow Ups</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Follow Ups</em>'.
   * @see dev.baton.model.Incident#getFollowUps()
   * @see #getIncident()
   * @generated
   */
  EAttribute getIncident_FollowUps();

  /**
   * Returns the meta object for class '{@link dev.baton.model.SecurityControl <em>Security Control</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Security Control</em>'.
   * @see dev.baton.model.SecurityControl
   * @generated
   */
  EClass getSecurityControl();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.SecurityControl#getKind <em>Kind</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Kind</em>'.
   * @see dev.baton.model.SecurityControl#getKind()
   * @see #getSecurityControl()
   * @generated
   */
  EAttribute getSecurityControl_Kind();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.SecurityControl#getFramework <em>Framework</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Framework</em>'.
   * @see dev.baton.model.SecurityControl#getFramework()
   * @see #getSecurityControl()
   * @generated
   */
  EAttribute getSecurityControl_Framework();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.SecurityControl#getStatus <em>Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Status</em>'.
   * @see dev.baton.model.SecurityControl#getStatus()
   * @see #getSecurityControl()
   * @generated
   */
  EAttribute getSecurityControl_Status();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.SecurityControl#getEvidence <em>Evidence</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Evidence</em>'.
   * @see dev.baton.model.SecurityControl#getEvidence()
   * @see #getSecurityControl()
   * @generated
   */
  EAttribute getSecurityControl_Evidence();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.SecurityControl#getCovers <em>Covers</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Covers</em>'.
   * @see dev.baton.model.SecurityControl#getCovers()
   * @see #getSecurityControl()
   * @generated
   */
  EReference getSecurityControl_Covers();

  /**
   * Returns the meta object for class '{@link dev.baton.model.DeliveryProcess <em>Delivery Process</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Delivery Process</em>'.
   * @see dev.baton.model.DeliveryProcess
   * @generated
   */
  EClass getDeliveryProcess();

  /**
   * Returns the meta object for the containment reference list '{@link dev.baton.model.DeliveryProcess#getRepositories <em>Repositories</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Repositories</em>'.
   * @see dev.baton.model.DeliveryProcess#getRepositories()
   * @see #getDeliveryProcess()
   * @generated
   */
  EReference getDeliveryProcess_Repositories();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.DeliveryProcess#getBranching <em>Branching</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Branching</em>'.
   * @see dev.baton.model.DeliveryProcess#getBranching()
   * @see #getDeliveryProcess()
   * @generated
   */
  EAttribute getDeliveryProcess_Branching();

  /**
   * Returns the meta object for the attribute list '{@link dev.baton.model.DeliveryProcess#getPipelines <em>Pipelines</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Pipelines</em>'.
   * @see dev.baton.model.DeliveryProcess#getPipelines()
   * @see #getDeliveryProcess()
   * @generated
   */
  EAttribute getDeliveryProcess_Pipelines();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.DeliveryProcess#getRelease <em>Release</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Release</em>'.
   * @see dev.baton.model.DeliveryProcess#getRelease()
   * @see #getDeliveryProcess()
   * @generated
   */
  EAttribute getDeliveryProcess_Release();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.DeliveryProcess#getSetup <em>Setup</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Setup</em>'.
   * @see dev.baton.model.DeliveryProcess#getSetup()
   * @see #getDeliveryProcess()
   * @generated
   */
  EAttribute getDeliveryProcess_Setup();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Repository <em>Repository</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Repository</em>'.
   * @see dev.baton.model.Repository
   * @generated
   */
  EClass getRepository();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Repository#getName <em>Name</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Name</em>'.
   * @see dev.baton.model.Repository#getName()
   * @see #getRepository()
   * @generated
   */
  EAttribute getRepository_Name();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Repository#getUrl <em>Url</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Url</em>'.
   * @see dev.baton.model.Repository#getUrl()
   * @see #getRepository()
   * @generated
   */
  EAttribute getRepository_Url();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Repository#getDefaultBranch <em>Default Branch</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Default Branch</em>'.
   * @see dev.baton.model.Repository#getDefaultBranch()
   * @see #getRepository()
   * @generated
   */
  EAttribute getRepository_DefaultBranch();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Repository#getComponents <em>Components</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Components</em>'.
   * @see dev.baton.model.Repository#getComponents()
   * @see #getRepository()
   * @generated
   */
  EReference getRepository_Components();

  /**
   * Returns the meta object for class '{@link dev.baton.model.GlossaryTerm <em>Glossary Term</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Glossary Term</em>'.
   * @see dev.baton.model.GlossaryTerm
   * @generated
   */
  EClass getGlossaryTerm();

  /**
   * Returns the meta object for the attribute list '{@link dev.baton.model.GlossaryTerm#getAliases <em>Aliases</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Aliases</em>'.
   * @see dev.baton.model.GlossaryTerm#getAliases()
   * @see #getGlossaryTerm()
   * @generated
   */
  EAttribute getGlossaryTerm_Aliases();

  /**
   * Returns the meta object for class '{@link dev.baton.model.OpenQuestion <em>Open Question</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Open Question</em>'.
   * @see dev.baton.model.OpenQuestion
   * @generated
   */
  EClass getOpenQuestion();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.OpenQuestion#getStatus <em>Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Status</em>'.
   * @see dev.baton.model.OpenQuestion#getStatus()
   * @see #getOpenQuestion()
   * @generated
   */
  EAttribute getOpenQuestion_Status();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.OpenQuestion#getRaised <em>Raised</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Raised</em>'.
   * @see dev.baton.model.OpenQuestion#getRaised()
   * @see #getOpenQuestion()
   * @generated
   */
  EAttribute getOpenQuestion_Raised();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.OpenQuestion#getDue <em>Due</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Due</em>'.
   * @see dev.baton.model.OpenQuestion#getDue()
   * @see #getOpenQuestion()
   * @generated
   */
  EAttribute getOpenQuestion_Due();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.OpenQuestion#getAffects <em>Affects</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Affects</em>'.
   * @see dev.baton.model.OpenQuestion#getAffects()
   * @see #getOpenQuestion()
   * @generated
   */
  EReference getOpenQuestion_Affects();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.OpenQuestion#getAnswer <em>Answer</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Answer</em>'.
   * @see dev.baton.model.OpenQuestion#getAnswer()
   * @see #getOpenQuestion()
   * @generated
   */
  EAttribute getOpenQuestion_Answer();

  /**
   * Returns the meta object for class '{@link dev.baton.model.Commitment <em>Commitment</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Commitment</em>'.
   * @see dev.baton.model.Commitment
   * @generated
   */
  EClass getCommitment();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Commitment#getMadeTo <em>Made To</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Made To</em>'.
   * @see dev.baton.model.Commitment#getMadeTo()
   * @see #getCommitment()
   * @generated
   */
  EAttribute getCommitment_MadeTo();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Commitment#getAudience <em>Audience</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Audience</em>'.
   * @see dev.baton.model.Commitment#getAudience()
   * @see #getCommitment()
   * @generated
   */
  EAttribute getCommitment_Audience();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Commitment#getDue <em>Due</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Due</em>'.
   * @see dev.baton.model.Commitment#getDue()
   * @see #getCommitment()
   * @generated
   */
  EAttribute getCommitment_Due();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.Commitment#getStatus <em>Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Status</em>'.
   * @see dev.baton.model.Commitment#getStatus()
   * @see #getCommitment()
   * @generated
   */
  EAttribute getCommitment_Status();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.Commitment#getAffects <em>Affects</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Affects</em>'.
   * @see dev.baton.model.Commitment#getAffects()
   * @see #getCommitment()
   * @generated
   */
  EReference getCommitment_Affects();

  /**
   * Returns the meta object for class '{@link dev.baton.model.WorkItem <em>Work Item</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Work Item</em>'.
   * @see dev.baton.model.WorkItem
   * @generated
   */
  EClass getWorkItem();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.WorkItem#getStatus <em>Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Status</em>'.
   * @see dev.baton.model.WorkItem#getStatus()
   * @see #getWorkItem()
   * @generated
   */
  EAttribute getWorkItem_Status();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.WorkItem#getDue <em>Due</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Due</em>'.
   * @see dev.baton.model.WorkItem#getDue()
   * @see #getWorkItem()
   * @generated
   */
  EAttribute getWorkItem_Due();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.WorkItem#getTracker <em>Tracker</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Tracker</em>'.
   * @see dev.baton.model.WorkItem#getTracker()
   * @see #getWorkItem()
   * @generated
   */
  EAttribute getWorkItem_Tracker();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.WorkItem#getAffects <em>Affects</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Affects</em>'.
   * @see dev.baton.model.WorkItem#getAffects()
   * @see #getWorkItem()
   * @generated
   */
  EReference getWorkItem_Affects();

  /**
   * Returns the meta object for class '{@link dev.baton.model.HandoverScope <em>Handover Scope</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Handover Scope</em>'.
   * @see dev.baton.model.HandoverScope
   * @generated
   */
  EClass getHandoverScope();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.HandoverScope#getFrom <em>From</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>From</em>'.
   * @see dev.baton.model.HandoverScope#getFrom()
   * @see #getHandoverScope()
   * @generated
   */
  EReference getHandoverScope_From();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.HandoverScope#getTo <em>To</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>To</em>'.
   * @see dev.baton.model.HandoverScope#getTo()
   * @see #getHandoverScope()
   * @generated
   */
  EReference getHandoverScope_To();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.HandoverScope#getHandoverDate <em>Handover Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Handover Date</em>'.
   * @see dev.baton.model.HandoverScope#getHandoverDate()
   * @see #getHandoverScope()
   * @generated
   */
  EAttribute getHandoverScope_HandoverDate();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.HandoverScope#getSupportUntil <em>Support Until</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Support Until</em>'.
   * @see dev.baton.model.HandoverScope#getSupportUntil()
   * @see #getHandoverScope()
   * @generated
   */
  EAttribute getHandoverScope_SupportUntil();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.HandoverScope#getIncludes <em>Includes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Includes</em>'.
   * @see dev.baton.model.HandoverScope#getIncludes()
   * @see #getHandoverScope()
   * @generated
   */
  EReference getHandoverScope_Includes();

  /**
   * Returns the meta object for the attribute list '{@link dev.baton.model.HandoverScope#getExcluded <em>Excluded</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Excluded</em>'.
   * @see dev.baton.model.HandoverScope#getExcluded()
   * @see #getHandoverScope()
   * @generated
   */
  EAttribute getHandoverScope_Excluded();

  /**
   * Returns the meta object for class '{@link dev.baton.model.AcceptanceCheck <em>Acceptance Check</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Acceptance Check</em>'.
   * @see dev.baton.model.AcceptanceCheck
   * @generated
   */
  EClass getAcceptanceCheck();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.AcceptanceCheck#getKind <em>Kind</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Kind</em>'.
   * @see dev.baton.model.AcceptanceCheck#getKind()
   * @see #getAcceptanceCheck()
   * @generated
   */
  EAttribute getAcceptanceCheck_Kind();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.AcceptanceCheck#getStatus <em>Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Status</em>'.
   * @see dev.baton.model.AcceptanceCheck#getStatus()
   * @see #getAcceptanceCheck()
   * @generated
   */
  EAttribute getAcceptanceCheck_Status();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.AcceptanceCheck#getSignedOffBy <em>Signed Off By</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Signed Off By</em>'.
   * @see dev.baton.model.AcceptanceCheck#getSignedOffBy()
   * @see #getAcceptanceCheck()
   * @generated
   */
  EReference getAcceptanceCheck_SignedOffBy();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.AcceptanceCheck#getSignedOffOn <em>Signed Off On</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Signed Off On</em>'.
   * @see dev.baton.model.AcceptanceCheck#getSignedOffOn()
   * @see #getAcceptanceCheck()
   * @generated
   */
  EAttribute getAcceptanceCheck_SignedOffOn();

  /**
   * Returns the meta object for the reference '{@link dev.baton.model.AcceptanceCheck#getRunbook <em>Runbook</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Runbook</em>'.
   * @see dev.baton.model.AcceptanceCheck#getRunbook()
   * @see #getAcceptanceCheck()
   * @generated
   */
  EReference getAcceptanceCheck_Runbook();

  /**
   * Returns the meta object for class '{@link dev.baton.model.FirstWeekAction <em>First Week Action</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>First Week Action</em>'.
   * @see dev.baton.model.FirstWeekAction
   * @generated
   */
  EClass getFirstWeekAction();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.FirstWeekAction#getDay <em>Day</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Day</em>'.
   * @see dev.baton.model.FirstWeekAction#getDay()
   * @see #getFirstWeekAction()
   * @generated
   */
  EAttribute getFirstWeekAction_Day();

  /**
   * Returns the meta object for the attribute '{@link dev.baton.model.FirstWeekAction#isDone <em>Done</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Done</em>'.
   * @see dev.baton.model.FirstWeekAction#isDone()
   * @see #getFirstWeekAction()
   * @generated
   */
  EAttribute getFirstWeekAction_Done();

  /**
   * Returns the meta object for the reference list '{@link dev.baton.model.FirstWeekAction#getChecks <em>Checks</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Checks</em>'.
   * @see dev.baton.model.FirstWeekAction#getChecks()
   * @see #getFirstWeekAction()
   * @generated
   */
  EReference getFirstWeekAction_Checks();

  /**
   * Returns the meta object for enum '{@link dev.baton.model.DecisionStatus <em>Decision Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Decision Status</em>'.
   * @see dev.baton.model.DecisionStatus
   * @generated
   */
  EEnum getDecisionStatus();

  /**
   * Returns the meta object for enum '{@link dev.baton.model.LinkType <em>Link Type</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Link Type</em>'.
   * @see dev.baton.model.LinkType
   * @generated
   */
  EEnum getLinkType();

  /**
   * Returns the meta object for enum '{@link dev.baton.model.Level <em>Level</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Level</em>'.
   * @see dev.baton.model.Level
   * @generated
   */
  EEnum getLevel();

  /**
   * Returns the meta object for enum '{@link dev.baton.model.RiskKind <em>Risk Kind</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Risk Kind</em>'.
   * @see dev.baton.model.RiskKind
   * @generated
   */
  EEnum getRiskKind();

  /**
   * Returns the meta object for enum '{@link dev.baton.model.CheckStatus <em>Check Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Check Status</em>'.
   * @see dev.baton.model.CheckStatus
   * @generated
   */
  EEnum getCheckStatus();

  /**
   * Returns the meta object for enum '{@link dev.baton.model.WorkStatus <em>Work Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Work Status</em>'.
   * @see dev.baton.model.WorkStatus
   * @generated
   */
  EEnum getWorkStatus();

  /**
   * Returns the meta object for enum '{@link dev.baton.model.ControlStatus <em>Control Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Control Status</em>'.
   * @see dev.baton.model.ControlStatus
   * @generated
   */
  EEnum getControlStatus();

  /**
   * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, written as ISO 8601 (2026-11-28).
     * <!-- end-model-doc -->
   * @return the meta object for data type '<em>Local Date</em>'.
   * @see java.time.LocalDate
   * @model instanceClass="java.time.LocalDate"
   *        annotation="http://www.eclipse.org/emf/2002/GenModel create='return it == null || it.isEmpty() ? null : java.time.LocalDate.parse(it);' convert='return it == null ? null : it.toString();'"
   * @generated
   */
  EDataType getLocalDate();

  /**
   * Returns the factory that creates the instances of the model.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the factory that creates the instances of the model.
   * @generated
   */
  BatonFactory getBatonFactory();

  /**
   * <!-- begin-user-doc -->
   * Defines literals for the meta objects that represent
   * <ul>
   *   <li>each class,</li>
   *   <li>each feature of each class,</li>
   *   <li>each operation of each class,</li>
   *   <li>each enum,</li>
   *   <li>and each data type</li>
   * </ul>
   * <!-- end-user-doc -->
   * @generated
   */
  interface Literals
  {
    /**
     * The meta object literal for the '{@link dev.baton.model.impl.ArchitectureImpl <em>Architecture</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.ArchitectureImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getArchitecture()
     * @generated
     */
    EClass ARCHITECTURE = eINSTANCE.getArchitecture();

    /**
     * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ARCHITECTURE__NAME = eINSTANCE.getArchitecture_Name();

    /**
     * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ARCHITECTURE__DESCRIPTION = eINSTANCE.getArchitecture_Description();

    /**
     * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ARCHITECTURE__ORGANISATION = eINSTANCE.getArchitecture_Organisation();

    /**
     * The meta object literal for the '<em><b>Decision Sets</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__DECISION_SETS = eINSTANCE.getArchitecture_DecisionSets();

    /**
     * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__PEOPLE = eINSTANCE.getArchitecture_People();

    /**
     * The meta object literal for the '<em><b>Teams</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__TEAMS = eINSTANCE.getArchitecture_Teams();

    /**
     * The meta object literal for the '<em><b>Domains</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__DOMAINS = eINSTANCE.getArchitecture_Domains();

    /**
     * The meta object literal for the '<em><b>Systems</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__SYSTEMS = eINSTANCE.getArchitecture_Systems();

    /**
     * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__COMPONENTS = eINSTANCE.getArchitecture_Components();

    /**
     * The meta object literal for the '<em><b>Interfaces</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__INTERFACES = eINSTANCE.getArchitecture_Interfaces();

    /**
     * The meta object literal for the '<em><b>Data Flows</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__DATA_FLOWS = eINSTANCE.getArchitecture_DataFlows();

    /**
     * The meta object literal for the '<em><b>Technologies</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__TECHNOLOGIES = eINSTANCE.getArchitecture_Technologies();

    /**
     * The meta object literal for the '<em><b>Environments</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__ENVIRONMENTS = eINSTANCE.getArchitecture_Environments();

    /**
     * The meta object literal for the '<em><b>Accounts</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__ACCOUNTS = eINSTANCE.getArchitecture_Accounts();

    /**
     * The meta object literal for the '<em><b>Risks</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__RISKS = eINSTANCE.getArchitecture_Risks();

    /**
     * The meta object literal for the '<em><b>Contracts</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__CONTRACTS = eINSTANCE.getArchitecture_Contracts();

    /**
     * The meta object literal for the '<em><b>Cost Items</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__COST_ITEMS = eINSTANCE.getArchitecture_CostItems();

    /**
     * The meta object literal for the '<em><b>Access Items</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__ACCESS_ITEMS = eINSTANCE.getArchitecture_AccessItems();

    /**
     * The meta object literal for the '<em><b>Runbooks</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__RUNBOOKS = eINSTANCE.getArchitecture_Runbooks();

    /**
     * The meta object literal for the '<em><b>On Call Rotations</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__ON_CALL_ROTATIONS = eINSTANCE.getArchitecture_OnCallRotations();

    /**
     * The meta object literal for the '<em><b>Incidents</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__INCIDENTS = eINSTANCE.getArchitecture_Incidents();

    /**
     * The meta object literal for the '<em><b>Security Controls</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__SECURITY_CONTROLS = eINSTANCE.getArchitecture_SecurityControls();

    /**
     * The meta object literal for the '<em><b>Delivery Processes</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__DELIVERY_PROCESSES = eINSTANCE.getArchitecture_DeliveryProcesses();

    /**
     * The meta object literal for the '<em><b>Glossary Terms</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__GLOSSARY_TERMS = eINSTANCE.getArchitecture_GlossaryTerms();

    /**
     * The meta object literal for the '<em><b>Open Questions</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__OPEN_QUESTIONS = eINSTANCE.getArchitecture_OpenQuestions();

    /**
     * The meta object literal for the '<em><b>Commitments</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__COMMITMENTS = eINSTANCE.getArchitecture_Commitments();

    /**
     * The meta object literal for the '<em><b>Work Items</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__WORK_ITEMS = eINSTANCE.getArchitecture_WorkItems();

    /**
     * The meta object literal for the '<em><b>Handover Scopes</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__HANDOVER_SCOPES = eINSTANCE.getArchitecture_HandoverScopes();

    /**
     * The meta object literal for the '<em><b>Acceptance Checks</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__ACCEPTANCE_CHECKS = eINSTANCE.getArchitecture_AcceptanceChecks();

    /**
     * The meta object literal for the '<em><b>First Week Actions</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ARCHITECTURE__FIRST_WEEK_ACTIONS = eINSTANCE.getArchitecture_FirstWeekActions();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.RecordImpl <em>Record</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.RecordImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getRecord()
     * @generated
     */
    EClass RECORD = eINSTANCE.getRecord();

    /**
     * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RECORD__ID = eINSTANCE.getRecord_Id();

    /**
     * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RECORD__TITLE = eINSTANCE.getRecord_Title();

    /**
     * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference RECORD__OWNER = eINSTANCE.getRecord_Owner();

    /**
     * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RECORD__TAGS = eINSTANCE.getRecord_Tags();

    /**
     * The meta object literal for the '<em><b>Last Reviewed</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RECORD__LAST_REVIEWED = eINSTANCE.getRecord_LastReviewed();

    /**
     * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RECORD__DESCRIPTION = eINSTANCE.getRecord_Description();

    /**
     * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference RECORD__SECTIONS = eINSTANCE.getRecord_Sections();

    /**
     * The meta object literal for the '<em><b>Source Path</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RECORD__SOURCE_PATH = eINSTANCE.getRecord_SourcePath();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.SectionImpl <em>Section</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.SectionImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getSection()
     * @generated
     */
    EClass SECTION = eINSTANCE.getSection();

    /**
     * The meta object literal for the '<em><b>Heading</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SECTION__HEADING = eINSTANCE.getSection_Heading();

    /**
     * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SECTION__LEVEL = eINSTANCE.getSection_Level();

    /**
     * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SECTION__BODY = eINSTANCE.getSection_Body();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.PartyImpl <em>Party</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.PartyImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getParty()
     * @generated
     */
    EClass PARTY = eINSTANCE.getParty();

    /**
     * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute PARTY__EMAIL = eINSTANCE.getParty_Email();

    /**
     * The meta object literal for the '<em><b>Contact</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute PARTY__CONTACT = eINSTANCE.getParty_Contact();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.PersonImpl <em>Person</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.PersonImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getPerson()
     * @generated
     */
    EClass PERSON = eINSTANCE.getPerson();

    /**
     * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute PERSON__ROLE = eINSTANCE.getPerson_Role();

    /**
     * The meta object literal for the '<em><b>Team</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference PERSON__TEAM = eINSTANCE.getPerson_Team();

    /**
     * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute PERSON__ORGANISATION = eINSTANCE.getPerson_Organisation();

    /**
     * The meta object literal for the '<em><b>External</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute PERSON__EXTERNAL = eINSTANCE.getPerson_External();

    /**
     * The meta object literal for the '<em><b>Leaving</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute PERSON__LEAVING = eINSTANCE.getPerson_Leaving();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.TeamImpl <em>Team</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.TeamImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getTeam()
     * @generated
     */
    EClass TEAM = eINSTANCE.getTeam();

    /**
     * The meta object literal for the '<em><b>Lead</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference TEAM__LEAD = eINSTANCE.getTeam_Lead();

    /**
     * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference TEAM__MEMBERS = eINSTANCE.getTeam_Members();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.ElementImpl <em>Element</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.ElementImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getElement()
     * @generated
     */
    EClass ELEMENT = eINSTANCE.getElement();

    /**
     * The meta object literal for the '<em><b>Lifecycle</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ELEMENT__LIFECYCLE = eINSTANCE.getElement_Lifecycle();

    /**
     * The meta object literal for the '<em><b>Affected By</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ELEMENT__AFFECTED_BY = eINSTANCE.getElement_AffectedBy();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.DomainImpl <em>Domain</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.DomainImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getDomain()
     * @generated
     */
    EClass DOMAIN = eINSTANCE.getDomain();

    /**
     * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DOMAIN__PARENT = eINSTANCE.getDomain_Parent();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.SoftwareSystemImpl <em>Software System</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.SoftwareSystemImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getSoftwareSystem()
     * @generated
     */
    EClass SOFTWARE_SYSTEM = eINSTANCE.getSoftwareSystem();

    /**
     * The meta object literal for the '<em><b>Domain</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference SOFTWARE_SYSTEM__DOMAIN = eINSTANCE.getSoftwareSystem_Domain();

    /**
     * The meta object literal for the '<em><b>External</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SOFTWARE_SYSTEM__EXTERNAL = eINSTANCE.getSoftwareSystem_External();

    /**
     * The meta object literal for the '<em><b>Components</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference SOFTWARE_SYSTEM__COMPONENTS = eINSTANCE.getSoftwareSystem_Components();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.ComponentImpl <em>Component</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.ComponentImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getComponent()
     * @generated
     */
    EClass COMPONENT = eINSTANCE.getComponent();

    /**
     * The meta object literal for the '<em><b>System</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COMPONENT__SYSTEM = eINSTANCE.getComponent_System();

    /**
     * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COMPONENT__TYPE = eINSTANCE.getComponent_Type();

    /**
     * The meta object literal for the '<em><b>Technologies</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COMPONENT__TECHNOLOGIES = eINSTANCE.getComponent_Technologies();

    /**
     * The meta object literal for the '<em><b>Repository</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COMPONENT__REPOSITORY = eINSTANCE.getComponent_Repository();

    /**
     * The meta object literal for the '<em><b>Consumes</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COMPONENT__CONSUMES = eINSTANCE.getComponent_Consumes();

    /**
     * The meta object literal for the '<em><b>Depends On</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COMPONENT__DEPENDS_ON = eINSTANCE.getComponent_DependsOn();

    /**
     * The meta object literal for the '<em><b>Environments</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COMPONENT__ENVIRONMENTS = eINSTANCE.getComponent_Environments();

    /**
     * The meta object literal for the '<em><b>Provides</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COMPONENT__PROVIDES = eINSTANCE.getComponent_Provides();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.InterfaceImpl <em>Interface</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.InterfaceImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getInterface()
     * @generated
     */
    EClass INTERFACE = eINSTANCE.getInterface();

    /**
     * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference INTERFACE__PROVIDER = eINSTANCE.getInterface_Provider();

    /**
     * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INTERFACE__PROTOCOL = eINSTANCE.getInterface_Protocol();

    /**
     * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INTERFACE__VERSION = eINSTANCE.getInterface_Version();

    /**
     * The meta object literal for the '<em><b>Specification</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INTERFACE__SPECIFICATION = eINSTANCE.getInterface_Specification();

    /**
     * The meta object literal for the '<em><b>Specification Format</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INTERFACE__SPECIFICATION_FORMAT = eINSTANCE.getInterface_SpecificationFormat();

    /**
     * The meta object literal for the '<em><b>Consumers</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference INTERFACE__CONSUMERS = eINSTANCE.getInterface_Consumers();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.DataFlowImpl <em>Data Flow</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.DataFlowImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getDataFlow()
     * @generated
     */
    EClass DATA_FLOW = eINSTANCE.getDataFlow();

    /**
     * The meta object literal for the '<em><b>Source</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DATA_FLOW__SOURCE = eINSTANCE.getDataFlow_Source();

    /**
     * The meta object literal for the '<em><b>Target</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DATA_FLOW__TARGET = eINSTANCE.getDataFlow_Target();

    /**
     * The meta object literal for the '<em><b>Via</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DATA_FLOW__VIA = eINSTANCE.getDataFlow_Via();

    /**
     * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DATA_FLOW__DATA = eINSTANCE.getDataFlow_Data();

    /**
     * The meta object literal for the '<em><b>Classification</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DATA_FLOW__CLASSIFICATION = eINSTANCE.getDataFlow_Classification();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.TechnologyImpl <em>Technology</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.TechnologyImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getTechnology()
     * @generated
     */
    EClass TECHNOLOGY = eINSTANCE.getTechnology();

    /**
     * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute TECHNOLOGY__VERSION = eINSTANCE.getTechnology_Version();

    /**
     * The meta object literal for the '<em><b>End Of Life</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute TECHNOLOGY__END_OF_LIFE = eINSTANCE.getTechnology_EndOfLife();

    /**
     * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute TECHNOLOGY__CATEGORY = eINSTANCE.getTechnology_Category();

    /**
     * The meta object literal for the '<em><b>Licence</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute TECHNOLOGY__LICENCE = eINSTANCE.getTechnology_Licence();

    /**
     * The meta object literal for the '<em><b>Used By</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference TECHNOLOGY__USED_BY = eINSTANCE.getTechnology_UsedBy();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.EnvironmentImpl <em>Environment</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.EnvironmentImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getEnvironment()
     * @generated
     */
    EClass ENVIRONMENT = eINSTANCE.getEnvironment();

    /**
     * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ENVIRONMENT__STAGE = eINSTANCE.getEnvironment_Stage();

    /**
     * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ENVIRONMENT__URL = eINSTANCE.getEnvironment_Url();

    /**
     * The meta object literal for the '<em><b>Account</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ENVIRONMENT__ACCOUNT = eINSTANCE.getEnvironment_Account();

    /**
     * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ENVIRONMENT__REGION = eINSTANCE.getEnvironment_Region();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.AccountImpl <em>Account</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.AccountImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getAccount()
     * @generated
     */
    EClass ACCOUNT = eINSTANCE.getAccount();

    /**
     * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACCOUNT__PROVIDER = eINSTANCE.getAccount_Provider();

    /**
     * The meta object literal for the '<em><b>Account Id</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACCOUNT__ACCOUNT_ID = eINSTANCE.getAccount_AccountId();

    /**
     * The meta object literal for the '<em><b>Billing Contact</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ACCOUNT__BILLING_CONTACT = eINSTANCE.getAccount_BillingContact();

    /**
     * The meta object literal for the '<em><b>Root Held By</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ACCOUNT__ROOT_HELD_BY = eINSTANCE.getAccount_RootHeldBy();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.DecisionSetImpl <em>Decision Set</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.DecisionSetImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getDecisionSet()
     * @generated
     */
    EClass DECISION_SET = eINSTANCE.getDecisionSet();

    /**
     * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION_SET__NAME = eINSTANCE.getDecisionSet_Name();

    /**
     * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION_SET__PATH = eINSTANCE.getDecisionSet_Path();

    /**
     * The meta object literal for the '<em><b>Dialect</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION_SET__DIALECT = eINSTANCE.getDecisionSet_Dialect();

    /**
     * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DECISION_SET__DECISIONS = eINSTANCE.getDecisionSet_Decisions();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.DecisionImpl <em>Decision</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.DecisionImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getDecision()
     * @generated
     */
    EClass DECISION = eINSTANCE.getDecision();

    /**
     * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__NUMBER = eINSTANCE.getDecision_Number();

    /**
     * The meta object literal for the '<em><b>Slug</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__SLUG = eINSTANCE.getDecision_Slug();

    /**
     * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__STATUS = eINSTANCE.getDecision_Status();

    /**
     * The meta object literal for the '<em><b>Status Text</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__STATUS_TEXT = eINSTANCE.getDecision_StatusText();

    /**
     * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__DATE = eINSTANCE.getDecision_Date();

    /**
     * The meta object literal for the '<em><b>Decision Makers</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__DECISION_MAKERS = eINSTANCE.getDecision_DecisionMakers();

    /**
     * The meta object literal for the '<em><b>Consulted</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__CONSULTED = eINSTANCE.getDecision_Consulted();

    /**
     * The meta object literal for the '<em><b>Informed</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__INFORMED = eINSTANCE.getDecision_Informed();

    /**
     * The meta object literal for the '<em><b>Context</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__CONTEXT = eINSTANCE.getDecision_Context();

    /**
     * The meta object literal for the '<em><b>Drivers</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__DRIVERS = eINSTANCE.getDecision_Drivers();

    /**
     * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DECISION__OPTIONS = eINSTANCE.getDecision_Options();

    /**
     * The meta object literal for the '<em><b>Chosen Option</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__CHOSEN_OPTION = eINSTANCE.getDecision_ChosenOption();

    /**
     * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__OUTCOME = eINSTANCE.getDecision_Outcome();

    /**
     * The meta object literal for the '<em><b>Consequences</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__CONSEQUENCES = eINSTANCE.getDecision_Consequences();

    /**
     * The meta object literal for the '<em><b>Confirmation</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__CONFIRMATION = eINSTANCE.getDecision_Confirmation();

    /**
     * The meta object literal for the '<em><b>More Information</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION__MORE_INFORMATION = eINSTANCE.getDecision_MoreInformation();

    /**
     * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DECISION__LINKS = eINSTANCE.getDecision_Links();

    /**
     * The meta object literal for the '<em><b>Affects</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DECISION__AFFECTS = eINSTANCE.getDecision_Affects();

    /**
     * The meta object literal for the '<em><b>Stated Superseded By</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DECISION__STATED_SUPERSEDED_BY = eINSTANCE.getDecision_StatedSupersededBy();

    /**
     * The meta object literal for the '<em><b>Supersedes</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DECISION__SUPERSEDES = eINSTANCE.getDecision_Supersedes();

    /**
     * The meta object literal for the '<em><b>Superseded By</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DECISION__SUPERSEDED_BY = eINSTANCE.getDecision_SupersededBy();

    /**
     * The meta object literal for the '<em><b>Amends</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DECISION__AMENDS = eINSTANCE.getDecision_Amends();

    /**
     * The meta object literal for the '<em><b>Amended By</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DECISION__AMENDED_BY = eINSTANCE.getDecision_AmendedBy();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.OptionImpl <em>Option</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.OptionImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getOption()
     * @generated
     */
    EClass OPTION = eINSTANCE.getOption();

    /**
     * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OPTION__TITLE = eINSTANCE.getOption_Title();

    /**
     * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OPTION__DESCRIPTION = eINSTANCE.getOption_Description();

    /**
     * The meta object literal for the '<em><b>Pros</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OPTION__PROS = eINSTANCE.getOption_Pros();

    /**
     * The meta object literal for the '<em><b>Neutral</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OPTION__NEUTRAL = eINSTANCE.getOption_Neutral();

    /**
     * The meta object literal for the '<em><b>Cons</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OPTION__CONS = eINSTANCE.getOption_Cons();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.DecisionLinkImpl <em>Decision Link</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.DecisionLinkImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getDecisionLink()
     * @generated
     */
    EClass DECISION_LINK = eINSTANCE.getDecisionLink();

    /**
     * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION_LINK__TYPE = eINSTANCE.getDecisionLink_Type();

    /**
     * The meta object literal for the '<em><b>Custom Type</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION_LINK__CUSTOM_TYPE = eINSTANCE.getDecisionLink_CustomType();

    /**
     * The meta object literal for the '<em><b>Target</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DECISION_LINK__TARGET = eINSTANCE.getDecisionLink_Target();

    /**
     * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DECISION_LINK__NOTE = eINSTANCE.getDecisionLink_Note();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.RiskImpl <em>Risk</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.RiskImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getRisk()
     * @generated
     */
    EClass RISK = eINSTANCE.getRisk();

    /**
     * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RISK__KIND = eINSTANCE.getRisk_Kind();

    /**
     * The meta object literal for the '<em><b>Likelihood</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RISK__LIKELIHOOD = eINSTANCE.getRisk_Likelihood();

    /**
     * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RISK__IMPACT = eINSTANCE.getRisk_Impact();

    /**
     * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RISK__STATUS = eINSTANCE.getRisk_Status();

    /**
     * The meta object literal for the '<em><b>Affects</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference RISK__AFFECTS = eINSTANCE.getRisk_Affects();

    /**
     * The meta object literal for the '<em><b>Mitigation</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RISK__MITIGATION = eINSTANCE.getRisk_Mitigation();

    /**
     * The meta object literal for the '<em><b>Mitigation Tried</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RISK__MITIGATION_TRIED = eINSTANCE.getRisk_MitigationTried();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.ContractImpl <em>Contract</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.ContractImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getContract()
     * @generated
     */
    EClass CONTRACT = eINSTANCE.getContract();

    /**
     * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTRACT__VENDOR = eINSTANCE.getContract_Vendor();

    /**
     * The meta object literal for the '<em><b>Service</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTRACT__SERVICE = eINSTANCE.getContract_Service();

    /**
     * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTRACT__START_DATE = eINSTANCE.getContract_StartDate();

    /**
     * The meta object literal for the '<em><b>Renewal Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTRACT__RENEWAL_DATE = eINSTANCE.getContract_RenewalDate();

    /**
     * The meta object literal for the '<em><b>Notice Period Days</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTRACT__NOTICE_PERIOD_DAYS = eINSTANCE.getContract_NoticePeriodDays();

    /**
     * The meta object literal for the '<em><b>Auto Renews</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTRACT__AUTO_RENEWS = eINSTANCE.getContract_AutoRenews();

    /**
     * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTRACT__COST = eINSTANCE.getContract_Cost();

    /**
     * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTRACT__CURRENCY = eINSTANCE.getContract_Currency();

    /**
     * The meta object literal for the '<em><b>Billing Period</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTRACT__BILLING_PERIOD = eINSTANCE.getContract_BillingPeriod();

    /**
     * The meta object literal for the '<em><b>Sla</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTRACT__SLA = eINSTANCE.getContract_Sla();

    /**
     * The meta object literal for the '<em><b>Vendor Contact</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CONTRACT__VENDOR_CONTACT = eINSTANCE.getContract_VendorContact();

    /**
     * The meta object literal for the '<em><b>Covers</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CONTRACT__COVERS = eINSTANCE.getContract_Covers();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.CostItemImpl <em>Cost Item</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.CostItemImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getCostItem()
     * @generated
     */
    EClass COST_ITEM = eINSTANCE.getCostItem();

    /**
     * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COST_ITEM__AMOUNT = eINSTANCE.getCostItem_Amount();

    /**
     * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COST_ITEM__CURRENCY = eINSTANCE.getCostItem_Currency();

    /**
     * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COST_ITEM__PERIOD = eINSTANCE.getCostItem_Period();

    /**
     * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COST_ITEM__BUDGET = eINSTANCE.getCostItem_Budget();

    /**
     * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COST_ITEM__CATEGORY = eINSTANCE.getCostItem_Category();

    /**
     * The meta object literal for the '<em><b>Account</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COST_ITEM__ACCOUNT = eINSTANCE.getCostItem_Account();

    /**
     * The meta object literal for the '<em><b>Contract</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COST_ITEM__CONTRACT = eINSTANCE.getCostItem_Contract();

    /**
     * The meta object literal for the '<em><b>Covers</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COST_ITEM__COVERS = eINSTANCE.getCostItem_Covers();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.AccessItemImpl <em>Access Item</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.AccessItemImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getAccessItem()
     * @generated
     */
    EClass ACCESS_ITEM = eINSTANCE.getAccessItem();

    /**
     * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACCESS_ITEM__KIND = eINSTANCE.getAccessItem_Kind();

    /**
     * The meta object literal for the '<em><b>Grants</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ACCESS_ITEM__GRANTS = eINSTANCE.getAccessItem_Grants();

    /**
     * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACCESS_ITEM__LOCATION = eINSTANCE.getAccessItem_Location();

    /**
     * The meta object literal for the '<em><b>Holders</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ACCESS_ITEM__HOLDERS = eINSTANCE.getAccessItem_Holders();

    /**
     * The meta object literal for the '<em><b>Rotation</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACCESS_ITEM__ROTATION = eINSTANCE.getAccessItem_Rotation();

    /**
     * The meta object literal for the '<em><b>Rotation Days</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACCESS_ITEM__ROTATION_DAYS = eINSTANCE.getAccessItem_RotationDays();

    /**
     * The meta object literal for the '<em><b>Last Rotated</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACCESS_ITEM__LAST_ROTATED = eINSTANCE.getAccessItem_LastRotated();

    /**
     * The meta object literal for the '<em><b>Break Glass</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACCESS_ITEM__BREAK_GLASS = eINSTANCE.getAccessItem_BreakGlass();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.RunbookImpl <em>Runbook</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.RunbookImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getRunbook()
     * @generated
     */
    EClass RUNBOOK = eINSTANCE.getRunbook();

    /**
     * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RUNBOOK__KIND = eINSTANCE.getRunbook_Kind();

    /**
     * The meta object literal for the '<em><b>Applies</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference RUNBOOK__APPLIES = eINSTANCE.getRunbook_Applies();

    /**
     * The meta object literal for the '<em><b>Last Tested</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RUNBOOK__LAST_TESTED = eINSTANCE.getRunbook_LastTested();

    /**
     * The meta object literal for the '<em><b>Schedule</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RUNBOOK__SCHEDULE = eINSTANCE.getRunbook_Schedule();

    /**
     * The meta object literal for the '<em><b>Dashboard</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RUNBOOK__DASHBOARD = eINSTANCE.getRunbook_Dashboard();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.OnCallRotationImpl <em>On Call Rotation</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.OnCallRotationImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getOnCallRotation()
     * @generated
     */
    EClass ON_CALL_ROTATION = eINSTANCE.getOnCallRotation();

    /**
     * The meta object literal for the '<em><b>Team</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ON_CALL_ROTATION__TEAM = eINSTANCE.getOnCallRotation_Team();

    /**
     * The meta object literal for the '<em><b>Schedule</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ON_CALL_ROTATION__SCHEDULE = eINSTANCE.getOnCallRotation_Schedule();

    /**
     * The meta object literal for the '<em><b>Tool</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ON_CALL_ROTATION__TOOL = eINSTANCE.getOnCallRotation_Tool();

    /**
     * The meta object literal for the '<em><b>Escalation</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ON_CALL_ROTATION__ESCALATION = eINSTANCE.getOnCallRotation_Escalation();

    /**
     * The meta object literal for the '<em><b>Covers</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ON_CALL_ROTATION__COVERS = eINSTANCE.getOnCallRotation_Covers();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.EscalationStepImpl <em>Escalation Step</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.EscalationStepImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getEscalationStep()
     * @generated
     */
    EClass ESCALATION_STEP = eINSTANCE.getEscalationStep();

    /**
     * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ESCALATION_STEP__LEVEL = eINSTANCE.getEscalationStep_Level();

    /**
     * The meta object literal for the '<em><b>Contact</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ESCALATION_STEP__CONTACT = eINSTANCE.getEscalationStep_Contact();

    /**
     * The meta object literal for the '<em><b>After Minutes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ESCALATION_STEP__AFTER_MINUTES = eINSTANCE.getEscalationStep_AfterMinutes();

    /**
     * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ESCALATION_STEP__NOTE = eINSTANCE.getEscalationStep_Note();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.IncidentImpl <em>Incident</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.IncidentImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getIncident()
     * @generated
     */
    EClass INCIDENT = eINSTANCE.getIncident();

    /**
     * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INCIDENT__DATE = eINSTANCE.getIncident_Date();

    /**
     * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INCIDENT__SEVERITY = eINSTANCE.getIncident_Severity();

    /**
     * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INCIDENT__STATUS = eINSTANCE.getIncident_Status();

    /**
     * The meta object literal for the '<em><b>Affects</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference INCIDENT__AFFECTS = eINSTANCE.getIncident_Affects();

    /**
     * The meta object literal for the '<em><b>Postmortem</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INCIDENT__POSTMORTEM = eINSTANCE.getIncident_Postmortem();

    /**
     * The meta object literal for the '<em><b>Root Cause</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INCIDENT__ROOT_CAUSE = eINSTANCE.getIncident_RootCause();

    /**
     * The meta object literal for the '<em><b>Follow Ups</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INCIDENT__FOLLOW_UPS = eINSTANCE.getIncident_FollowUps();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.SecurityControlImpl <em>Security Control</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.SecurityControlImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getSecurityControl()
     * @generated
     */
    EClass SECURITY_CONTROL = eINSTANCE.getSecurityControl();

    /**
     * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SECURITY_CONTROL__KIND = eINSTANCE.getSecurityControl_Kind();

    /**
     * The meta object literal for the '<em><b>Framework</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SECURITY_CONTROL__FRAMEWORK = eINSTANCE.getSecurityControl_Framework();

    /**
     * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SECURITY_CONTROL__STATUS = eINSTANCE.getSecurityControl_Status();

    /**
     * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SECURITY_CONTROL__EVIDENCE = eINSTANCE.getSecurityControl_Evidence();

    /**
     * The meta object literal for the '<em><b>Covers</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference SECURITY_CONTROL__COVERS = eINSTANCE.getSecurityControl_Covers();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.DeliveryProcessImpl <em>Delivery Process</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.DeliveryProcessImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getDeliveryProcess()
     * @generated
     */
    EClass DELIVERY_PROCESS = eINSTANCE.getDeliveryProcess();

    /**
     * The meta object literal for the '<em><b>Repositories</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DELIVERY_PROCESS__REPOSITORIES = eINSTANCE.getDeliveryProcess_Repositories();

    /**
     * The meta object literal for the '<em><b>Branching</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DELIVERY_PROCESS__BRANCHING = eINSTANCE.getDeliveryProcess_Branching();

    /**
     * The meta object literal for the '<em><b>Pipelines</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DELIVERY_PROCESS__PIPELINES = eINSTANCE.getDeliveryProcess_Pipelines();

    /**
     * The meta object literal for the '<em><b>Release</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DELIVERY_PROCESS__RELEASE = eINSTANCE.getDeliveryProcess_Release();

    /**
     * The meta object literal for the '<em><b>Setup</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DELIVERY_PROCESS__SETUP = eINSTANCE.getDeliveryProcess_Setup();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.RepositoryImpl <em>Repository</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.RepositoryImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getRepository()
     * @generated
     */
    EClass REPOSITORY = eINSTANCE.getRepository();

    /**
     * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute REPOSITORY__NAME = eINSTANCE.getRepository_Name();

    /**
     * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute REPOSITORY__URL = eINSTANCE.getRepository_Url();

    /**
     * The meta object literal for the '<em><b>Default Branch</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute REPOSITORY__DEFAULT_BRANCH = eINSTANCE.getRepository_DefaultBranch();

    /**
     * The meta object literal for the '<em><b>Components</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference REPOSITORY__COMPONENTS = eINSTANCE.getRepository_Components();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.GlossaryTermImpl <em>Glossary Term</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.GlossaryTermImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getGlossaryTerm()
     * @generated
     */
    EClass GLOSSARY_TERM = eINSTANCE.getGlossaryTerm();

    /**
     * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GLOSSARY_TERM__ALIASES = eINSTANCE.getGlossaryTerm_Aliases();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.OpenQuestionImpl <em>Open Question</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.OpenQuestionImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getOpenQuestion()
     * @generated
     */
    EClass OPEN_QUESTION = eINSTANCE.getOpenQuestion();

    /**
     * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OPEN_QUESTION__STATUS = eINSTANCE.getOpenQuestion_Status();

    /**
     * The meta object literal for the '<em><b>Raised</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OPEN_QUESTION__RAISED = eINSTANCE.getOpenQuestion_Raised();

    /**
     * The meta object literal for the '<em><b>Due</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OPEN_QUESTION__DUE = eINSTANCE.getOpenQuestion_Due();

    /**
     * The meta object literal for the '<em><b>Affects</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference OPEN_QUESTION__AFFECTS = eINSTANCE.getOpenQuestion_Affects();

    /**
     * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OPEN_QUESTION__ANSWER = eINSTANCE.getOpenQuestion_Answer();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.CommitmentImpl <em>Commitment</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.CommitmentImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getCommitment()
     * @generated
     */
    EClass COMMITMENT = eINSTANCE.getCommitment();

    /**
     * The meta object literal for the '<em><b>Made To</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COMMITMENT__MADE_TO = eINSTANCE.getCommitment_MadeTo();

    /**
     * The meta object literal for the '<em><b>Audience</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COMMITMENT__AUDIENCE = eINSTANCE.getCommitment_Audience();

    /**
     * The meta object literal for the '<em><b>Due</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COMMITMENT__DUE = eINSTANCE.getCommitment_Due();

    /**
     * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COMMITMENT__STATUS = eINSTANCE.getCommitment_Status();

    /**
     * The meta object literal for the '<em><b>Affects</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COMMITMENT__AFFECTS = eINSTANCE.getCommitment_Affects();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.WorkItemImpl <em>Work Item</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.WorkItemImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getWorkItem()
     * @generated
     */
    EClass WORK_ITEM = eINSTANCE.getWorkItem();

    /**
     * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute WORK_ITEM__STATUS = eINSTANCE.getWorkItem_Status();

    /**
     * The meta object literal for the '<em><b>Due</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute WORK_ITEM__DUE = eINSTANCE.getWorkItem_Due();

    /**
     * The meta object literal for the '<em><b>Tracker</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute WORK_ITEM__TRACKER = eINSTANCE.getWorkItem_Tracker();

    /**
     * The meta object literal for the '<em><b>Affects</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference WORK_ITEM__AFFECTS = eINSTANCE.getWorkItem_Affects();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.HandoverScopeImpl <em>Handover Scope</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.HandoverScopeImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getHandoverScope()
     * @generated
     */
    EClass HANDOVER_SCOPE = eINSTANCE.getHandoverScope();

    /**
     * The meta object literal for the '<em><b>From</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference HANDOVER_SCOPE__FROM = eINSTANCE.getHandoverScope_From();

    /**
     * The meta object literal for the '<em><b>To</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference HANDOVER_SCOPE__TO = eINSTANCE.getHandoverScope_To();

    /**
     * The meta object literal for the '<em><b>Handover Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute HANDOVER_SCOPE__HANDOVER_DATE = eINSTANCE.getHandoverScope_HandoverDate();

    /**
     * The meta object literal for the '<em><b>Support Until</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute HANDOVER_SCOPE__SUPPORT_UNTIL = eINSTANCE.getHandoverScope_SupportUntil();

    /**
     * The meta object literal for the '<em><b>Includes</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference HANDOVER_SCOPE__INCLUDES = eINSTANCE.getHandoverScope_Includes();

    /**
     * The meta object literal for the '<em><b>Excluded</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute HANDOVER_SCOPE__EXCLUDED = eINSTANCE.getHandoverScope_Excluded();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.AcceptanceCheckImpl <em>Acceptance Check</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.AcceptanceCheckImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getAcceptanceCheck()
     * @generated
     */
    EClass ACCEPTANCE_CHECK = eINSTANCE.getAcceptanceCheck();

    /**
     * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACCEPTANCE_CHECK__KIND = eINSTANCE.getAcceptanceCheck_Kind();

    /**
     * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACCEPTANCE_CHECK__STATUS = eINSTANCE.getAcceptanceCheck_Status();

    /**
     * The meta object literal for the '<em><b>Signed Off By</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ACCEPTANCE_CHECK__SIGNED_OFF_BY = eINSTANCE.getAcceptanceCheck_SignedOffBy();

    /**
     * The meta object literal for the '<em><b>Signed Off On</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACCEPTANCE_CHECK__SIGNED_OFF_ON = eINSTANCE.getAcceptanceCheck_SignedOffOn();

    /**
     * The meta object literal for the '<em><b>Runbook</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ACCEPTANCE_CHECK__RUNBOOK = eINSTANCE.getAcceptanceCheck_Runbook();

    /**
     * The meta object literal for the '{@link dev.baton.model.impl.FirstWeekActionImpl <em>First Week Action</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.impl.FirstWeekActionImpl
     * @see dev.baton.model.impl.BatonPackageImpl#getFirstWeekAction()
     * @generated
     */
    EClass FIRST_WEEK_ACTION = eINSTANCE.getFirstWeekAction();

    /**
     * The meta object literal for the '<em><b>Day</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute FIRST_WEEK_ACTION__DAY = eINSTANCE.getFirstWeekAction_Day();

    /**
     * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute FIRST_WEEK_ACTION__DONE = eINSTANCE.getFirstWeekAction_Done();

    /**
     * The meta object literal for the '<em><b>Checks</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference FIRST_WEEK_ACTION__CHECKS = eINSTANCE.getFirstWeekAction_Checks();

    /**
     * The meta object literal for the '{@link dev.baton.model.DecisionStatus <em>Decision Status</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.DecisionStatus
     * @see dev.baton.model.impl.BatonPackageImpl#getDecisionStatus()
     * @generated
     */
    EEnum DECISION_STATUS = eINSTANCE.getDecisionStatus();

    /**
     * The meta object literal for the '{@link dev.baton.model.LinkType <em>Link Type</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.LinkType
     * @see dev.baton.model.impl.BatonPackageImpl#getLinkType()
     * @generated
     */
    EEnum LINK_TYPE = eINSTANCE.getLinkType();

    /**
     * The meta object literal for the '{@link dev.baton.model.Level <em>Level</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.Level
     * @see dev.baton.model.impl.BatonPackageImpl#getLevel()
     * @generated
     */
    EEnum LEVEL = eINSTANCE.getLevel();

    /**
     * The meta object literal for the '{@link dev.baton.model.RiskKind <em>Risk Kind</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.RiskKind
     * @see dev.baton.model.impl.BatonPackageImpl#getRiskKind()
     * @generated
     */
    EEnum RISK_KIND = eINSTANCE.getRiskKind();

    /**
     * The meta object literal for the '{@link dev.baton.model.CheckStatus <em>Check Status</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.CheckStatus
     * @see dev.baton.model.impl.BatonPackageImpl#getCheckStatus()
     * @generated
     */
    EEnum CHECK_STATUS = eINSTANCE.getCheckStatus();

    /**
     * The meta object literal for the '{@link dev.baton.model.WorkStatus <em>Work Status</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.WorkStatus
     * @see dev.baton.model.impl.BatonPackageImpl#getWorkStatus()
     * @generated
     */
    EEnum WORK_STATUS = eINSTANCE.getWorkStatus();

    /**
     * The meta object literal for the '{@link dev.baton.model.ControlStatus <em>Control Status</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see dev.baton.model.ControlStatus
     * @see dev.baton.model.impl.BatonPackageImpl#getControlStatus()
     * @generated
     */
    EEnum CONTROL_STATUS = eINSTANCE.getControlStatus();

    /**
     * The meta object literal for the '<em>Local Date</em>' data type.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see java.time.LocalDate
     * @see dev.baton.model.impl.BatonPackageImpl#getLocalDate()
     * @generated
     */
    EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

  }

} //BatonPackage
