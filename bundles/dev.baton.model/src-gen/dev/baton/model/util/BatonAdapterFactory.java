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

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see dev.baton.model.BatonPackage
 * @generated
 */
public class BatonAdapterFactory extends AdapterFactoryImpl
{
  /**
   * The cached model package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected static BatonPackage modelPackage;

  /**
   * Creates an instance of the adapter factory.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public BatonAdapterFactory()
  {
    if (modelPackage == null)
    {
      modelPackage = BatonPackage.eINSTANCE;
    }
  }

  /**
   * Returns whether this factory is applicable for the type of the object.
   * <!-- begin-user-doc -->
   * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
   * <!-- end-user-doc -->
   * @return whether this factory is applicable for the type of the object.
   * @generated
   */
  @Override
  public boolean isFactoryForType(Object object)
  {
    if (object == modelPackage)
    {
      return true;
    }
    if (object instanceof EObject)
    {
      return ((EObject)object).eClass().getEPackage() == modelPackage;
    }
    return false;
  }

  /**
   * The switch that delegates to the <code>createXXX</code> methods.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected BatonSwitch<Adapter> modelSwitch =
    new BatonSwitch<Adapter>()
    {
      @Override
      public Adapter caseArchitecture(Architecture object)
      {
        return createArchitectureAdapter();
      }
      @Override
      public Adapter caseRecord(dev.baton.model.Record object)
      {
        return createRecordAdapter();
      }
      @Override
      public Adapter caseSection(Section object)
      {
        return createSectionAdapter();
      }
      @Override
      public Adapter caseParty(Party object)
      {
        return createPartyAdapter();
      }
      @Override
      public Adapter casePerson(Person object)
      {
        return createPersonAdapter();
      }
      @Override
      public Adapter caseTeam(Team object)
      {
        return createTeamAdapter();
      }
      @Override
      public Adapter caseElement(Element object)
      {
        return createElementAdapter();
      }
      @Override
      public Adapter caseDomain(Domain object)
      {
        return createDomainAdapter();
      }
      @Override
      public Adapter caseSoftwareSystem(SoftwareSystem object)
      {
        return createSoftwareSystemAdapter();
      }
      @Override
      public Adapter caseComponent(Component object)
      {
        return createComponentAdapter();
      }
      @Override
      public Adapter caseInterface(Interface object)
      {
        return createInterfaceAdapter();
      }
      @Override
      public Adapter caseDataFlow(DataFlow object)
      {
        return createDataFlowAdapter();
      }
      @Override
      public Adapter caseTechnology(Technology object)
      {
        return createTechnologyAdapter();
      }
      @Override
      public Adapter caseEnvironment(Environment object)
      {
        return createEnvironmentAdapter();
      }
      @Override
      public Adapter caseAccount(Account object)
      {
        return createAccountAdapter();
      }
      @Override
      public Adapter caseDecisionSet(DecisionSet object)
      {
        return createDecisionSetAdapter();
      }
      @Override
      public Adapter caseDecision(Decision object)
      {
        return createDecisionAdapter();
      }
      @Override
      public Adapter caseOption(Option object)
      {
        return createOptionAdapter();
      }
      @Override
      public Adapter caseDecisionLink(DecisionLink object)
      {
        return createDecisionLinkAdapter();
      }
      @Override
      public Adapter caseRisk(Risk object)
      {
        return createRiskAdapter();
      }
      @Override
      public Adapter caseContract(Contract object)
      {
        return createContractAdapter();
      }
      @Override
      public Adapter caseCostItem(CostItem object)
      {
        return createCostItemAdapter();
      }
      @Override
      public Adapter caseAccessItem(AccessItem object)
      {
        return createAccessItemAdapter();
      }
      @Override
      public Adapter caseRunbook(Runbook object)
      {
        return createRunbookAdapter();
      }
      @Override
      public Adapter caseOnCallRotation(OnCallRotation object)
      {
        return createOnCallRotationAdapter();
      }
      @Override
      public Adapter caseEscalationStep(EscalationStep object)
      {
        return createEscalationStepAdapter();
      }
      @Override
      public Adapter caseIncident(Incident object)
      {
        return createIncidentAdapter();
      }
      @Override
      public Adapter caseSecurityControl(SecurityControl object)
      {
        return createSecurityControlAdapter();
      }
      @Override
      public Adapter caseDeliveryProcess(DeliveryProcess object)
      {
        return createDeliveryProcessAdapter();
      }
      @Override
      public Adapter caseRepository(Repository object)
      {
        return createRepositoryAdapter();
      }
      @Override
      public Adapter caseGlossaryTerm(GlossaryTerm object)
      {
        return createGlossaryTermAdapter();
      }
      @Override
      public Adapter caseOpenQuestion(OpenQuestion object)
      {
        return createOpenQuestionAdapter();
      }
      @Override
      public Adapter caseCommitment(Commitment object)
      {
        return createCommitmentAdapter();
      }
      @Override
      public Adapter caseWorkItem(WorkItem object)
      {
        return createWorkItemAdapter();
      }
      @Override
      public Adapter caseHandoverScope(HandoverScope object)
      {
        return createHandoverScopeAdapter();
      }
      @Override
      public Adapter caseAcceptanceCheck(AcceptanceCheck object)
      {
        return createAcceptanceCheckAdapter();
      }
      @Override
      public Adapter caseFirstWeekAction(FirstWeekAction object)
      {
        return createFirstWeekActionAdapter();
      }
      @Override
      public Adapter defaultCase(EObject object)
      {
        return createEObjectAdapter();
      }
    };

  /**
   * Creates an adapter for the <code>target</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param target the object to adapt.
   * @return the adapter for the <code>target</code>.
   * @generated
   */
  @Override
  public Adapter createAdapter(Notifier target)
  {
    return modelSwitch.doSwitch((EObject)target);
  }


  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Architecture <em>Architecture</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Architecture
   * @generated
   */
  public Adapter createArchitectureAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Record <em>Record</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Record
   * @generated
   */
  public Adapter createRecordAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Section <em>Section</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Section
   * @generated
   */
  public Adapter createSectionAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Party <em>Party</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Party
   * @generated
   */
  public Adapter createPartyAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Person <em>Person</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Person
   * @generated
   */
  public Adapter createPersonAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Team <em>Team</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Team
   * @generated
   */
  public Adapter createTeamAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Element <em>Element</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Element
   * @generated
   */
  public Adapter createElementAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Domain <em>Domain</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Domain
   * @generated
   */
  public Adapter createDomainAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.SoftwareSystem <em>Software System</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.SoftwareSystem
   * @generated
   */
  public Adapter createSoftwareSystemAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Component <em>Component</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Component
   * @generated
   */
  public Adapter createComponentAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Interface <em>Interface</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Interface
   * @generated
   */
  public Adapter createInterfaceAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.DataFlow <em>Data Flow</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.DataFlow
   * @generated
   */
  public Adapter createDataFlowAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Technology <em>Technology</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Technology
   * @generated
   */
  public Adapter createTechnologyAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Environment <em>Environment</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Environment
   * @generated
   */
  public Adapter createEnvironmentAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Account <em>Account</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Account
   * @generated
   */
  public Adapter createAccountAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.DecisionSet <em>Decision Set</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.DecisionSet
   * @generated
   */
  public Adapter createDecisionSetAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Decision <em>Decision</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Decision
   * @generated
   */
  public Adapter createDecisionAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Option <em>Option</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Option
   * @generated
   */
  public Adapter createOptionAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.DecisionLink <em>Decision Link</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.DecisionLink
   * @generated
   */
  public Adapter createDecisionLinkAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Risk <em>Risk</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Risk
   * @generated
   */
  public Adapter createRiskAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Contract <em>Contract</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Contract
   * @generated
   */
  public Adapter createContractAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.CostItem <em>Cost Item</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.CostItem
   * @generated
   */
  public Adapter createCostItemAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.AccessItem <em>Access Item</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.AccessItem
   * @generated
   */
  public Adapter createAccessItemAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Runbook <em>Runbook</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Runbook
   * @generated
   */
  public Adapter createRunbookAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.OnCallRotation <em>On Call Rotation</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.OnCallRotation
   * @generated
   */
  public Adapter createOnCallRotationAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.EscalationStep <em>Escalation Step</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.EscalationStep
   * @generated
   */
  public Adapter createEscalationStepAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Incident <em>Incident</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Incident
   * @generated
   */
  public Adapter createIncidentAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.SecurityControl <em>Security Control</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.SecurityControl
   * @generated
   */
  public Adapter createSecurityControlAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.DeliveryProcess <em>Delivery Process</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.DeliveryProcess
   * @generated
   */
  public Adapter createDeliveryProcessAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Repository <em>Repository</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Repository
   * @generated
   */
  public Adapter createRepositoryAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.GlossaryTerm <em>Glossary Term</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.GlossaryTerm
   * @generated
   */
  public Adapter createGlossaryTermAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.OpenQuestion <em>Open Question</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.OpenQuestion
   * @generated
   */
  public Adapter createOpenQuestionAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.Commitment <em>Commitment</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.Commitment
   * @generated
   */
  public Adapter createCommitmentAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.WorkItem <em>Work Item</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.WorkItem
   * @generated
   */
  public Adapter createWorkItemAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.HandoverScope <em>Handover Scope</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.HandoverScope
   * @generated
   */
  public Adapter createHandoverScopeAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.AcceptanceCheck <em>Acceptance Check</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.AcceptanceCheck
   * @generated
   */
  public Adapter createAcceptanceCheckAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link dev.baton.model.FirstWeekAction <em>First Week Action</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see dev.baton.model.FirstWeekAction
   * @generated
   */
  public Adapter createFirstWeekActionAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for the default case.
   * <!-- begin-user-doc -->
   * This default implementation returns null.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @generated
   */
  public Adapter createEObjectAdapter()
  {
    return null;
  }

} //BatonAdapterFactory
