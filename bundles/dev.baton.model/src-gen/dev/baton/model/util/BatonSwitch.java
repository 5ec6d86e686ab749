/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.util;

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
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionSet;
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
import dev.baton.model.OnCallRotation;
import dev.baton.model.OpenQuestion;
import dev.baton.model.Option;
import dev.baton.model.Party;
import dev.baton.model.Person;
import dev.baton.model.Repository;
import dev.baton.model.Risk;
import dev.baton.model.Runbook;
import dev.baton.model.Section;
import dev.baton.model.SecurityControl;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Team;
import dev.baton.model.Technology;
import dev.baton.model.WorkItem;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see dev.baton.model.BatonPackage
 * @generated
 */
public class BatonSwitch<T> extends Switch<T>
{
  /**
   * The cached model package
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected static BatonPackage modelPackage;

  /**
   * Creates an instance of the switch.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public BatonSwitch()
  {
    if (modelPackage == null)
    {
      modelPackage = BatonPackage.eINSTANCE;
    }
  }

  /**
   * Checks whether this is a switch for the given package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param ePackage the package in question.
   * @return whether this is a switch for the given package.
   * @generated
   */
  @Override
  protected boolean isSwitchFor(EPackage ePackage)
  {
    return ePackage == modelPackage;
  }

  /**
   * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the first non-null result returned by a <code>caseXXX</code> call.
   * @generated
   */
  @Override
  protected T doSwitch(int classifierID, EObject theEObject)
  {
    switch (classifierID)
    {
      case BatonPackage.ARCHITECTURE:
      {
        Architecture architecture = (Architecture)theEObject;
        T result = caseArchitecture(architecture);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.RECORD:
      {
        dev.baton.model.Record record = (dev.baton.model.Record)theEObject;
        T result = caseRecord(record);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.SECTION:
      {
        Section section = (Section)theEObject;
        T result = caseSection(section);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.PARTY:
      {
        Party party = (Party)theEObject;
        T result = caseParty(party);
        if (result == null) result = caseRecord(party);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.PERSON:
      {
        Person person = (Person)theEObject;
        T result = casePerson(person);
        if (result == null) result = caseParty(person);
        if (result == null) result = caseRecord(person);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.TEAM:
      {
        Team team = (Team)theEObject;
        T result = caseTeam(team);
        if (result == null) result = caseParty(team);
        if (result == null) result = caseRecord(team);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.ELEMENT:
      {
        Element element = (Element)theEObject;
        T result = caseElement(element);
        if (result == null) result = caseRecord(element);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.DOMAIN:
      {
        Domain domain = (Domain)theEObject;
        T result = caseDomain(domain);
        if (result == null) result = caseElement(domain);
        if (result == null) result = caseRecord(domain);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.SOFTWARE_SYSTEM:
      {
        SoftwareSystem softwareSystem = (SoftwareSystem)theEObject;
        T result = caseSoftwareSystem(softwareSystem);
        if (result == null) result = caseElement(softwareSystem);
        if (result == null) result = caseRecord(softwareSystem);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.COMPONENT:
      {
        Component component = (Component)theEObject;
        T result = caseComponent(component);
        if (result == null) result = caseElement(component);
        if (result == null) result = caseRecord(component);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.INTERFACE:
      {
        Interface interface_ = (Interface)theEObject;
        T result = caseInterface(interface_);
        if (result == null) result = caseElement(interface_);
        if (result == null) result = caseRecord(interface_);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.DATA_FLOW:
      {
        DataFlow dataFlow = (DataFlow)theEObject;
        T result = caseDataFlow(dataFlow);
        if (result == null) result = caseElement(dataFlow);
        if (result == null) result = caseRecord(dataFlow);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.TECHNOLOGY:
      {
        Technology technology = (Technology)theEObject;
        T result = caseTechnology(technology);
        if (result == null) result = caseElement(technology);
        if (result == null) result = caseRecord(technology);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.ENVIRONMENT:
      {
        Environment environment = (Environment)theEObject;
        T result = caseEnvironment(environment);
        if (result == null) result = caseElement(environment);
        if (result == null) result = caseRecord(environment);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.ACCOUNT:
      {
        Account account = (Account)theEObject;
        T result = caseAccount(account);
        if (result == null) result = caseElement(account);
        if (result == null) result = caseRecord(account);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.DECISION_SET:
      {
        DecisionSet decisionSet = (DecisionSet)theEObject;
        T result = caseDecisionSet(decisionSet);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.DECISION:
      {
        Decision decision = (Decision)theEObject;
        T result = caseDecision(decision);
        if (result == null) result = caseRecord(decision);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.OPTION:
      {
        Option option = (Option)theEObject;
        T result = caseOption(option);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.DECISION_LINK:
      {
        DecisionLink decisionLink = (DecisionLink)theEObject;
        T result = caseDecisionLink(decisionLink);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.RISK:
      {
        Risk risk = (Risk)theEObject;
        T result = caseRisk(risk);
        if (result == null) result = caseRecord(risk);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.CONTRACT:
      {
        Contract contract = (Contract)theEObject;
        T result = caseContract(contract);
        if (result == null) result = caseRecord(contract);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.COST_ITEM:
      {
        CostItem costItem = (CostItem)theEObject;
        T result = caseCostItem(costItem);
        if (result == null) result = caseRecord(costItem);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.ACCESS_ITEM:
      {
        AccessItem accessItem = (AccessItem)theEObject;
        T result = caseAccessItem(accessItem);
        if (result == null) result = caseRecord(accessItem);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.RUNBOOK:
      {
        Runbook runbook = (Runbook)theEObject;
        T result = caseRunbook(runbook);
        if (result == null) result = caseRecord(runbook);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.ON_CALL_ROTATION:
      {
        OnCallRotation onCallRotation = (OnCallRotation)theEObject;
        T result = caseOnCallRotation(onCallRotation);
        if (result == null) result = caseRecord(onCallRotation);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.ESCALATION_STEP:
      {
        EscalationStep escalationStep = (EscalationStep)theEObject;
        T result = caseEscalationStep(escalationStep);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.INCIDENT:
      {
        Incident incident = (Incident)theEObject;
        T result = caseIncident(incident);
        if (result == null) result = caseRecord(incident);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.SECURITY_CONTROL:
      {
        SecurityControl securityControl = (SecurityControl)theEObject;
        T result = caseSecurityControl(securityControl);
        if (result == null) result = caseRecord(securityControl);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.DELIVERY_PROCESS:
      {
        DeliveryProcess deliveryProcess = (DeliveryProcess)theEObject;
        T result = caseDeliveryProcess(deliveryProcess);
        if (result == null) result = caseRecord(deliveryProcess);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.REPOSITORY:
      {
        Repository repository = (Repository)theEObject;
        T result = caseRepository(repository);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.GLOSSARY_TERM:
      {
        GlossaryTerm glossaryTerm = (GlossaryTerm)theEObject;
        T result = caseGlossaryTerm(glossaryTerm);
        if (result == null) result = caseRecord(glossaryTerm);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.OPEN_QUESTION:
      {
        OpenQuestion openQuestion = (OpenQuestion)theEObject;
        T result = caseOpenQuestion(openQuestion);
        if (result == null) result = caseRecord(openQuestion);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.COMMITMENT:
      {
        Commitment commitment = (Commitment)theEObject;
        T result = caseCommitment(commitment);
        if (result == null) result = caseRecord(commitment);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.WORK_ITEM:
      {
        WorkItem workItem = (WorkItem)theEObject;
        T result = caseWorkItem(workItem);
        if (result == null) result = caseRecord(workItem);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.HANDOVER_SCOPE:
      {
        HandoverScope handoverScope = (HandoverScope)theEObject;
        T result = caseHandoverScope(handoverScope);
        if (result == null) result = caseRecord(handoverScope);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.ACCEPTANCE_CHECK:
      {
        AcceptanceCheck acceptanceCheck = (AcceptanceCheck)theEObject;
        T result = caseAcceptanceCheck(acceptanceCheck);
        if (result == null) result = caseRecord(acceptanceCheck);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case BatonPackage.FIRST_WEEK_ACTION:
      {
        FirstWeekAction firstWeekAction = (FirstWeekAction)theEObject;
        T result = caseFirstWeekAction(firstWeekAction);
        if (result == null) result = caseRecord(firstWeekAction);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      default: return defaultCase(theEObject);
    }
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Architecture</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Architecture</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseArchitecture(Architecture object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Record</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Record</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseRecord(dev.baton.model.Record object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Section</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Section</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseSection(Section object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Party</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Party</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseParty(Party object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Person</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Person</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T casePerson(Person object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Team</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Team</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseTeam(Team object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Element</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Element</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseElement(Element object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Domain</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Domain</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseDomain(Domain object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Software System</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Software System</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseSoftwareSystem(SoftwareSystem object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Component</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Component</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseComponent(Component object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Interface</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Interface</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseInterface(Interface object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Data Flow</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Data Flow</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseDataFlow(DataFlow object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Technology</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Technology</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseTechnology(Technology object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Environment</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Environment</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseEnvironment(Environment object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Account</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Account</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseAccount(Account object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Decision Set</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Decision Set</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseDecisionSet(DecisionSet object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Decision</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Decision</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseDecision(Decision object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Option</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Option</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseOption(Option object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Decision Link</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Decision Link</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseDecisionLink(DecisionLink object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Risk</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Risk</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseRisk(Risk object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Contract</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Contract</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseContract(Contract object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Cost Item</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Cost Item</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseCostItem(CostItem object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Access Item</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Access Item</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseAccessItem(AccessItem object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Runbook</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Runbook</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseRunbook(Runbook object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>On Call Rotation</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>On Call Rotation</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseOnCallRotation(OnCallRotation object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Escalation Step</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Escalation Step</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseEscalationStep(EscalationStep object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Incident</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Incident</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseIncident(Incident object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Security Control</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Security Control</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseSecurityControl(SecurityControl object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Delivery Process</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Delivery Process</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseDeliveryProcess(DeliveryProcess object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Repository</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Repository</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseRepository(Repository object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Glossary Term</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Glossary Term</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseGlossaryTerm(GlossaryTerm object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Open Question</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Open Question</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseOpenQuestion(OpenQuestion object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Commitment</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Commitment</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseCommitment(Commitment object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Work Item</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Work Item</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseWorkItem(WorkItem object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Handover Scope</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Handover Scope</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseHandoverScope(HandoverScope object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Acceptance Check</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Acceptance Check</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseAcceptanceCheck(AcceptanceCheck object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>First Week Action</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>First Week Action</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseFirstWeekAction(FirstWeekAction object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch, but this is the last case anyway.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject)
   * @generated
   */
  @Override
  public T defaultCase(EObject object)
  {
    return null;
  }

} //BatonSwitch
