/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Element;
import dev.baton.model.EscalationStep;
import dev.baton.model.OnCallRotation;
import dev.baton.model.Team;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>On Call Rotation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.OnCallRotationImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link dev.baton.model.impl.OnCallRotationImpl#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link dev.baton.model.impl.OnCallRotationImpl#getTool <em>Tool</em>}</li>
 *   <li>{@link dev.baton.model.impl.OnCallRotationImpl#getEscalation <em>Escalation</em>}</li>
 *   <li>{@link dev.baton.model.impl.OnCallRotationImpl#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OnCallRotationImpl extends RecordImpl implements OnCallRotation
{
  /**
   * The cached value of the '{@link #getTeam() <em>Team</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTeam()
   * @generated
   * @ordered
   */
  protected Team team;

  /**
   * The default value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSchedule()
   * @generated
   * @ordered
   */
  protected static final String SCHEDULE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSchedule()
   * @generated
   * @ordered
   */
  protected String schedule = SCHEDULE_EDEFAULT;

  /**
   * The default value of the '{@link #getTool() <em>Tool</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTool()
   * @generated
   * @ordered
   */
  protected static final String TOOL_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getTool() <em>Tool</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTool()
   * @generated
   * @ordered
   */
  protected String tool = TOOL_EDEFAULT;

  /**
   * The cached value of the '{@link #getEscalation() <em>Escalation</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEscalation()
   * @generated
   * @ordered
   */
  protected EList<EscalationStep> escalation;

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
  protected OnCallRotationImpl()
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
    return BatonPackage.Literals.ON_CALL_ROTATION;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Team getTeam()
  {
    return team;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTeam(Team newTeam)
  {
    Team oldTeam = team;
    team = newTeam;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ON_CALL_ROTATION__TEAM, oldTeam, team));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getSchedule()
  {
    return schedule;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSchedule(String newSchedule)
  {
    String oldSchedule = schedule;
    schedule = newSchedule;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ON_CALL_ROTATION__SCHEDULE, oldSchedule, schedule));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getTool()
  {
    return tool;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTool(String newTool)
  {
    String oldTool = tool;
    tool = newTool;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ON_CALL_ROTATION__TOOL, oldTool, tool));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<EscalationStep> getEscalation()
  {
    if (escalation == null)
    {
      escalation = new EObjectContainmentEList<EscalationStep>(EscalationStep.class, this, BatonPackage.ON_CALL_ROTATION__ESCALATION);
    }
    return escalation;
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
      covers = new EObjectEList<Element>(Element.class, this, BatonPackage.ON_CALL_ROTATION__COVERS);
    }
    return covers;
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
      case BatonPackage.ON_CALL_ROTATION__ESCALATION:
        return ((InternalEList<?>)getEscalation()).basicRemove(otherEnd, msgs);
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
      case BatonPackage.ON_CALL_ROTATION__TEAM:
        return getTeam();
      case BatonPackage.ON_CALL_ROTATION__SCHEDULE:
        return getSchedule();
      case BatonPackage.ON_CALL_ROTATION__TOOL:
        return getTool();
      case BatonPackage.ON_CALL_ROTATION__ESCALATION:
        return getEscalation();
      case BatonPackage.ON_CALL_ROTATION__COVERS:
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
      case BatonPackage.ON_CALL_ROTATION__TEAM:
        setTeam((Team)newValue);
        return;
      case BatonPackage.ON_CALL_ROTATION__SCHEDULE:
        setSchedule((String)newValue);
        return;
      case BatonPackage.ON_CALL_ROTATION__TOOL:
        setTool((String)newValue);
        return;
      case BatonPackage.ON_CALL_ROTATION__ESCALATION:
        getEscalation().clear();
        getEscalation().addAll((Collection<? extends EscalationStep>)newValue);
        return;
      case BatonPackage.ON_CALL_ROTATION__COVERS:
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
      case BatonPackage.ON_CALL_ROTATION__TEAM:
        setTeam((Team)null);
        return;
      case BatonPackage.ON_CALL_ROTATION__SCHEDULE:
        setSchedule(SCHEDULE_EDEFAULT);
        return;
      case BatonPackage.ON_CALL_ROTATION__TOOL:
        setTool(TOOL_EDEFAULT);
        return;
      case BatonPackage.ON_CALL_ROTATION__ESCALATION:
        getEscalation().clear();
        return;
      case BatonPackage.ON_CALL_ROTATION__COVERS:
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
      case BatonPackage.ON_CALL_ROTATION__TEAM:
        return team != null;
      case BatonPackage.ON_CALL_ROTATION__SCHEDULE:
        return SCHEDULE_EDEFAULT == null ? schedule != null : !SCHEDULE_EDEFAULT.equals(schedule);
      case BatonPackage.ON_CALL_ROTATION__TOOL:
        return TOOL_EDEFAULT == null ? tool != null : !TOOL_EDEFAULT.equals(tool);
      case BatonPackage.ON_CALL_ROTATION__ESCALATION:
        return escalation != null && !escalation.isEmpty();
      case BatonPackage.ON_CALL_ROTATION__COVERS:
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
    result.append(" (schedule: "); //$NON-NLS-1$
    result.append(schedule);
    result.append(", tool: "); //$NON-NLS-1$
    result.append(tool);
    result.append(')');
    return result.toString();
  }

} //OnCallRotationImpl
