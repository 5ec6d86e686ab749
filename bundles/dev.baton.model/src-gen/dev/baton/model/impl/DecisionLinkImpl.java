/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.LinkType;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decision Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.DecisionLinkImpl#getType <em>Type</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionLinkImpl#getCustomType <em>Custom Type</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionLinkImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionLinkImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecisionLinkImpl extends MinimalEObjectImpl.Container implements DecisionLink
{
  /**
   * The default value of the '{@link #getType() <em>Type</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getType()
   * @generated
   * @ordered
   */
  protected static final LinkType TYPE_EDEFAULT = LinkType.SUPERSEDES;

  /**
   * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getType()
   * @generated
   * @ordered
   */
  protected LinkType type = TYPE_EDEFAULT;

  /**
   * The default value of the '{@link #getCustomType() <em>Custom Type</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCustomType()
   * @generated
   * @ordered
   */
  protected static final String CUSTOM_TYPE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getCustomType() <em>Custom Type</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCustomType()
   * @generated
   * @ordered
   */
  protected String customType = CUSTOM_TYPE_EDEFAULT;

  /**
   * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTarget()
   * @generated
   * @ordered
   */
  protected Decision target;

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
  protected DecisionLinkImpl()
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
    return BatonPackage.Literals.DECISION_LINK;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LinkType getType()
  {
    return type;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setType(LinkType newType)
  {
    LinkType oldType = type;
    type = newType == null ? TYPE_EDEFAULT : newType;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION_LINK__TYPE, oldType, type));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getCustomType()
  {
    return customType;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setCustomType(String newCustomType)
  {
    String oldCustomType = customType;
    customType = newCustomType;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION_LINK__CUSTOM_TYPE, oldCustomType, customType));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Decision getTarget()
  {
    return target;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTarget(Decision newTarget)
  {
    Decision oldTarget = target;
    target = newTarget;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION_LINK__TARGET, oldTarget, target));
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
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION_LINK__NOTE, oldNote, note));
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
      case BatonPackage.DECISION_LINK__TYPE:
        return getType();
      case BatonPackage.DECISION_LINK__CUSTOM_TYPE:
        return getCustomType();
      case BatonPackage.DECISION_LINK__TARGET:
        return getTarget();
      case BatonPackage.DECISION_LINK__NOTE:
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
      case BatonPackage.DECISION_LINK__TYPE:
        setType((LinkType)newValue);
        return;
      case BatonPackage.DECISION_LINK__CUSTOM_TYPE:
        setCustomType((String)newValue);
        return;
      case BatonPackage.DECISION_LINK__TARGET:
        setTarget((Decision)newValue);
        return;
      case BatonPackage.DECISION_LINK__NOTE:
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
      case BatonPackage.DECISION_LINK__TYPE:
        setType(TYPE_EDEFAULT);
        return;
      case BatonPackage.DECISION_LINK__CUSTOM_TYPE:
        setCustomType(CUSTOM_TYPE_EDEFAULT);
        return;
      case BatonPackage.DECISION_LINK__TARGET:
        setTarget((Decision)null);
        return;
      case BatonPackage.DECISION_LINK__NOTE:
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
      case BatonPackage.DECISION_LINK__TYPE:
        return type != TYPE_EDEFAULT;
      case BatonPackage.DECISION_LINK__CUSTOM_TYPE:
        return CUSTOM_TYPE_EDEFAULT == null ? customType != null : !CUSTOM_TYPE_EDEFAULT.equals(customType);
      case BatonPackage.DECISION_LINK__TARGET:
        return target != null;
      case BatonPackage.DECISION_LINK__NOTE:
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
    result.append(" (type: "); //$NON-NLS-1$
    result.append(type);
    result.append(", customType: "); //$NON-NLS-1$
    result.append(customType);
    result.append(", note: "); //$NON-NLS-1$
    result.append(note);
    result.append(')');
    return result.toString();
  }

} //DecisionLinkImpl
