/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Architecture</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root: one architecture folder (baton.yaml and the records below it).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Architecture#getName <em>Name</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getDecisionSets <em>Decision Sets</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getPeople <em>People</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getTeams <em>Teams</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getDomains <em>Domains</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getSystems <em>Systems</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getComponents <em>Components</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getDataFlows <em>Data Flows</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getTechnologies <em>Technologies</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getEnvironments <em>Environments</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getAccounts <em>Accounts</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getRisks <em>Risks</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getContracts <em>Contracts</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getCostItems <em>Cost Items</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getAccessItems <em>Access Items</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getRunbooks <em>Runbooks</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getOnCallRotations <em>On Call Rotations</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getIncidents <em>Incidents</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getSecurityControls <em>Security Controls</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getDeliveryProcesses <em>Delivery Processes</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getGlossaryTerms <em>Glossary Terms</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getOpenQuestions <em>Open Questions</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getCommitments <em>Commitments</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getWorkItems <em>Work Items</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getHandoverScopes <em>Handover Scopes</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getAcceptanceChecks <em>Acceptance Checks</em>}</li>
 *   <li>{@link dev.baton.model.Architecture#getFirstWeekActions <em>First Week Actions</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getArchitecture()
 * @model
 * @generated
 */
public interface Architecture extends EObject
{
  /**
   * Returns the value of the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Project or platform name (baton.yaml name).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Name</em>' attribute.
   * @see #setName(String)
   * @see dev.baton.model.BatonPackage#getArchitecture_Name()
   * @model
   * @generated
   */
  String getName();

  /**
   * Sets the value of the '{@link dev.baton.model.Architecture#getName <em>Name</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Name</em>' attribute.
   * @see #getName()
   * @generated
   */
  void setName(String value);

  /**
   * Returns the value of the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * What the architecture folder describes (baton.yaml description).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Description</em>' attribute.
   * @see #setDescription(String)
   * @see dev.baton.model.BatonPackage#getArchitecture_Description()
   * @model
   * @generated
   */
  String getDescription();

  /**
   * Sets the value of the '{@link dev.baton.model.Architecture#getDescription <em>Description</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Description</em>' attribute.
   * @see #getDescription()
   * @generated
   */
  void setDescription(String value);

  /**
   * Returns the value of the '<em><b>Organisation</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The organisation that owns the platform (baton.yaml organisation).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Organisation</em>' attribute.
   * @see #setOrganisation(String)
   * @see dev.baton.model.BatonPackage#getArchitecture_Organisation()
   * @model
   * @generated
   */
  String getOrganisation();

  /**
   * Sets the value of the '{@link dev.baton.model.Architecture#getOrganisation <em>Organisation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Organisation</em>' attribute.
   * @see #getOrganisation()
   * @generated
   */
  void setOrganisation(String value);

  /**
   * Returns the value of the '<em><b>Decision Sets</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.DecisionSet}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Sets of decisions; decision numbers and ids are scoped per set.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Decision Sets</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_DecisionSets()
   * @model containment="true"
   * @generated
   */
  List<DecisionSet> getDecisionSets();

  /**
   * Returns the value of the '<em><b>People</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Person}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>People</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_People()
   * @model containment="true"
   * @generated
   */
  List<Person> getPeople();

  /**
   * Returns the value of the '<em><b>Teams</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Team}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Teams</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_Teams()
   * @model containment="true"
   * @generated
   */
  List<Team> getTeams();

  /**
   * Returns the value of the '<em><b>Domains</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Domain}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Domains</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_Domains()
   * @model containment="true"
   * @generated
   */
  List<Domain> getDomains();

  /**
   * Returns the value of the '<em><b>Systems</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.SoftwareSystem}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Systems</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_Systems()
   * @model containment="true"
   * @generated
   */
  List<SoftwareSystem> getSystems();

  /**
   * Returns the value of the '<em><b>Components</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Component}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Components</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_Components()
   * @model containment="true"
   * @generated
   */
  List<Component> getComponents();

  /**
   * Returns the value of the '<em><b>Interfaces</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Interface}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Interfaces</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_Interfaces()
   * @model containment="true"
   * @generated
   */
  List<Interface> getInterfaces();

  /**
   * Returns the value of the '<em><b>Data Flows</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.DataFlow}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Data Flows</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_DataFlows()
   * @model containment="true"
   * @generated
   */
  List<DataFlow> getDataFlows();

  /**
   * Returns the value of the '<em><b>Technologies</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Technology}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Technologies</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_Technologies()
   * @model containment="true"
   * @generated
   */
  List<Technology> getTechnologies();

  /**
   * Returns the value of the '<em><b>Environments</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Environment}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Environments</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_Environments()
   * @model containment="true"
   * @generated
   */
  List<Environment> getEnvironments();

  /**
   * Returns the value of the '<em><b>Accounts</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Account}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Accounts</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_Accounts()
   * @model containment="true"
   * @generated
   */
  List<Account> getAccounts();

  /**
   * Returns the value of the '<em><b>Risks</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Risk}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Risks</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_Risks()
   * @model containment="true"
   * @generated
   */
  List<Risk> getRisks();

  /**
   * Returns the value of the '<em><b>Contracts</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Contract}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Contracts</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_Contracts()
   * @model containment="true"
   * @generated
   */
  List<Contract> getContracts();

  /**
   * Returns the value of the '<em><b>Cost Items</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.CostItem}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Cost Items</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_CostItems()
   * @model containment="true"
   * @generated
   */
  List<CostItem> getCostItems();

  /**
   * Returns the value of the '<em><b>Access Items</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.AccessItem}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Access Items</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_AccessItems()
   * @model containment="true"
   * @generated
   */
  List<AccessItem> getAccessItems();

  /**
   * Returns the value of the '<em><b>Runbooks</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Runbook}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Runbooks</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_Runbooks()
   * @model containment="true"
   * @generated
   */
  List<Runbook> getRunbooks();

  /**
   * Returns the value of the '<em><b>On Call Rotations</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.OnCallRotation}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>On Call Rotations</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_OnCallRotations()
   * @model containment="true"
   * @generated
   */
  List<OnCallRotation> getOnCallRotations();

  /**
   * Returns the value of the '<em><b>Incidents</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Incident}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Incidents</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_Incidents()
   * @model containment="true"
   * @generated
   */
  List<Incident> getIncidents();

  /**
   * Returns the value of the '<em><b>Security Controls</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.SecurityControl}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Security Controls</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_SecurityControls()
   * @model containment="true"
   * @generated
   */
  List<SecurityControl> getSecurityControls();

  /**
   * Returns the value of the '<em><b>Delivery Processes</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.DeliveryProcess}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Delivery Processes</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_DeliveryProcesses()
   * @model containment="true"
   * @generated
   */
  List<DeliveryProcess> getDeliveryProcesses();

  /**
   * Returns the value of the '<em><b>Glossary Terms</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.GlossaryTerm}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Glossary Terms</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_GlossaryTerms()
   * @model containment="true"
   * @generated
   */
  List<GlossaryTerm> getGlossaryTerms();

  /**
   * Returns the value of the '<em><b>Open Questions</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.OpenQuestion}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Open Questions</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_OpenQuestions()
   * @model containment="true"
   * @generated
   */
  List<OpenQuestion> getOpenQuestions();

  /**
   * Returns the value of the '<em><b>Commitments</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Commitment}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Commitments</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_Commitments()
   * @model containment="true"
   * @generated
   */
  List<Commitment> getCommitments();

  /**
   * Returns the value of the '<em><b>Work Items</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.WorkItem}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Work Items</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_WorkItems()
   * @model containment="true"
   * @generated
   */
  List<WorkItem> getWorkItems();

  /**
   * Returns the value of the '<em><b>Handover Scopes</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.HandoverScope}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Handover Scopes</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_HandoverScopes()
   * @model containment="true"
   * @generated
   */
  List<HandoverScope> getHandoverScopes();

  /**
   * Returns the value of the '<em><b>Acceptance Checks</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.AcceptanceCheck}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Acceptance Checks</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_AcceptanceChecks()
   * @model containment="true"
   * @generated
   */
  List<AcceptanceCheck> getAcceptanceChecks();

  /**
   * Returns the value of the '<em><b>First Week Actions</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.FirstWeekAction}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>First Week Actions</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getArchitecture_FirstWeekActions()
   * @model containment="true"
   * @generated
   */
  List<FirstWeekAction> getFirstWeekActions();

} // Architecture
