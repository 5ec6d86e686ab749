/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Person;
import dev.baton.model.Team;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.PersonImpl#getRole <em>Role</em>}</li>
 *   <li>{@link dev.baton.model.impl.PersonImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link dev.baton.model.impl.PersonImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link dev.baton.model.impl.PersonImpl#isExternal <em>External</em>}</li>
 *   <li>{@link dev.baton.model.impl.PersonImpl#isLeaving <em>Leaving</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends PartyImpl implements Person
{
  /**
   * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRole()
   * @generated
   * @ordered
   */
  protected static final String ROLE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRole()
   * @generated
   * @ordered
   */
  protected String role = ROLE_EDEFAULT;

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
   * The default value of the '{@link #isExternal() <em>External</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isExternal()
   * @generated
   * @ordered
   */
  protected static final boolean EXTERNAL_EDEFAULT = false;

  /**
   * The cached value of the '{@link #isExternal() <em>External</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isExternal()
   * @generated
   * @ordered
   */
  protected boolean external = EXTERNAL_EDEFAULT;

  /**
   * The default value of the '{@link #isLeaving() <em>Leaving</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isLeaving()
   * @generated
   * @ordered
   */
  protected static final boolean LEAVING_EDEFAULT = false;

  /**
   * The cached value of the '{@link #isLeaving() <em>Leaving</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isLeaving()
   * @generated
   * @ordered
   */
  protected boolean leaving = LEAVING_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected PersonImpl()
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
    return BatonPackage.Literals.PERSON;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getRole()
  {
    return role;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRole(String newRole)
  {
    String oldRole = role;
    role = newRole;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.PERSON__ROLE, oldRole, role));
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
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.PERSON__TEAM, oldTeam, team));
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
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.PERSON__ORGANISATION, oldOrganisation, organisation));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean isExternal()
  {
    return external;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setExternal(boolean newExternal)
  {
    boolean oldExternal = external;
    external = newExternal;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.PERSON__EXTERNAL, oldExternal, external));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean isLeaving()
  {
    return leaving;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLeaving(boolean newLeaving)
  {
    boolean oldLeaving = leaving;
    leaving = newLeaving;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.PERSON__LEAVING, oldLeaving, leaving));
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
      case BatonPackage.PERSON__ROLE:
        return getRole();
      case BatonPackage.PERSON__TEAM:
        return getTeam();
      case BatonPackage.PERSON__ORGANISATION:
        return getOrganisation();
      case BatonPackage.PERSON__EXTERNAL:
        return isExternal();
      case BatonPackage.PERSON__LEAVING:
        return isLeaving();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case BatonPackage.PERSON__ROLE:
        setRole((String)newValue);
        return;
      case BatonPackage.PERSON__TEAM:
        setTeam((Team)newValue);
        return;
      case BatonPackage.PERSON__ORGANISATION:
        setOrganisation((String)newValue);
        return;
      case BatonPackage.PERSON__EXTERNAL:
        setExternal((Boolean)newValue);
        return;
      case BatonPackage.PERSON__LEAVING:
        setLeaving((Boolean)newValue);
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
      case BatonPackage.PERSON__ROLE:
        setRole(ROLE_EDEFAULT);
        return;
      case BatonPackage.PERSON__TEAM:
        setTeam((Team)null);
        return;
      case BatonPackage.PERSON__ORGANISATION:
        setOrganisation(ORGANISATION_EDEFAULT);
        return;
      case BatonPackage.PERSON__EXTERNAL:
        setExternal(EXTERNAL_EDEFAULT);
        return;
      case BatonPackage.PERSON__LEAVING:
        setLeaving(LEAVING_EDEFAULT);
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
      case BatonPackage.PERSON__ROLE:
        return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
      case BatonPackage.PERSON__TEAM:
        return team != null;
      case BatonPackage.PERSON__ORGANISATION:
        return ORGANISATION_EDEFAULT == null ? organisation != null : !ORGANISATION_EDEFAULT.equals(organisation);
      case BatonPackage.PERSON__EXTERNAL:
        return external != EXTERNAL_EDEFAULT;
      case BatonPackage.PERSON__LEAVING:
        return leaving != LEAVING_EDEFAULT;
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
    result.append(" (role: "); //$NON-NLS-1$
    result.append(role);
    result.append(", organisation: "); //$NON-NLS-1$
    result.append(organisation);
    result.append(", external: "); //$NON-NLS-1$
    result.append(external);
    result.append(", leaving: "); //$NON-NLS-1$
    result.append(leaving);
    result.append(')');
    return result.toString();
  }

} //PersonImpl
