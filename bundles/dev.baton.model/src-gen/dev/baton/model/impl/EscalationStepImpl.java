/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.EscalationStep;
import dev.baton.model.Party;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Escalation Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.EscalationStepImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link dev.baton.model.impl.EscalationStepImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link dev.baton.model.impl.EscalationStepImpl#getAfterMinutes <em>After Minutes</em>}</li>
 *   <li>{@link dev.baton.model.impl.EscalationStepImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EscalationStepImpl extends MinimalEObjectImpl.Container implements EscalationStep
{
  /**
   * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLevel()
   * @generated
   * @ordered
   */
  protected static final int LEVEL_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLevel()
   * @generated
   * @ordered
   */
  protected int level = LEVEL_EDEFAULT;

  /**
   * The cached value of the '{@link #getContact() <em>Contact</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getContact()
   * @generated
   * @ordered
   */
  protected Party contact;

  /**
   * The default value of the '{@link #getAfterMinutes() <em>After Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAfterMinutes()
   * @generated
   * @ordered
   */
  protected static final Integer AFTER_MINUTES_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getAfterMinutes() <em>After Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAfterMinutes()
   * @generated
   * @ordered
   */
  protected Integer afterMinutes = AFTER_MINUTES_EDEFAULT;

  /**
   * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getNote()
   * @generated
   * @ordered
   */
  protected static final String NOTE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getNote()
   * @generated
   * @ordered
   */
  protected String note = NOTE_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected EscalationStepImpl()
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
    return BatonPackage.Literals.ESCALATION_STEP;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getLevel()
  {
    return level;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLevel(int newLevel)
  {
    int oldLevel = level;
    level = newLevel;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ESCALATION_STEP__LEVEL, oldLevel, level));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Party getContact()
  {
    return contact;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setContact(Party newContact)
  {
    Party oldContact = contact;
    contact = newContact;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ESCALATION_STEP__CONTACT, oldContact, contact));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Integer getAfterMinutes()
  {
    return afterMinutes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAfterMinutes(Integer newAfterMinutes)
  {
    Integer oldAfterMinutes = afterMinutes;
    afterMinutes = newAfterMinutes;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ESCALATION_STEP__AFTER_MINUTES, oldAfterMinutes, afterMinutes));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getNote()
  {
    return note;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setNote(String newNote)
  {
    String oldNote = note;
    note = newNote;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ESCALATION_STEP__NOTE, oldNote, note));
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
      case BatonPackage.ESCALATION_STEP__LEVEL:
        return getLevel();
      case BatonPackage.ESCALATION_STEP__CONTACT:
        return getContact();
      case BatonPackage.ESCALATION_STEP__AFTER_MINUTES:
        return getAfterMinutes();
      case BatonPackage.ESCALATION_STEP__NOTE:
        return getNote();
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
      case BatonPackage.ESCALATION_STEP__LEVEL:
        setLevel((Integer)newValue);
        return;
      case BatonPackage.ESCALATION_STEP__CONTACT:
        setContact((Party)newValue);
        return;
      case BatonPackage.ESCALATION_STEP__AFTER_MINUTES:
        setAfterMinutes((Integer)newValue);
        return;
      case BatonPackage.ESCALATION_STEP__NOTE:
        setNote((String)newValue);
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
      case BatonPackage.ESCALATION_STEP__LEVEL:
        setLevel(LEVEL_EDEFAULT);
        return;
      case BatonPackage.ESCALATION_STEP__CONTACT:
        setContact((Party)null);
        return;
      case BatonPackage.ESCALATION_STEP__AFTER_MINUTES:
        setAfterMinutes(AFTER_MINUTES_EDEFAULT);
        return;
      case BatonPackage.ESCALATION_STEP__NOTE:
        setNote(NOTE_EDEFAULT);
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
      case BatonPackage.ESCALATION_STEP__LEVEL:
        return level != LEVEL_EDEFAULT;
      case BatonPackage.ESCALATION_STEP__CONTACT:
        return contact != null;
      case BatonPackage.ESCALATION_STEP__AFTER_MINUTES:
        return AFTER_MINUTES_EDEFAULT == null ? afterMinutes != null : !AFTER_MINUTES_EDEFAULT.equals(afterMinutes);
      case BatonPackage.ESCALATION_STEP__NOTE:
        return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
    result.append(" (level: "); //$NON-NLS-1$
    result.append(level);
    result.append(", afterMinutes: "); //$NON-NLS-1$
    result.append(afterMinutes);
    result.append(", note: "); //$NON-NLS-1$
    result.append(note);
    result.append(')');
    return result.toString();
  }

} //EscalationStepImpl
