/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Element;
import dev.baton.model.OpenQuestion;

import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Open Question</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.OpenQuestionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.impl.OpenQuestionImpl#getRaised <em>Raised</em>}</li>
 *   <li>{@link dev.baton.model.impl.OpenQuestionImpl#getDue <em>Due</em>}</li>
 *   <li>{@link dev.baton.model.impl.OpenQuestionImpl#getAffects <em>Affects</em>}</li>
 *   <li>{@link dev.baton.model.impl.OpenQuestionImpl#getAnswer <em>Answer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OpenQuestionImpl extends RecordImpl implements OpenQuestion
{
  /**
   * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected static final String STATUS_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected String status = STATUS_EDEFAULT;

  /**
   * The default value of the '{@link #getRaised() <em>Raised</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRaised()
   * @generated
   * @ordered
   */
  protected static final LocalDate RAISED_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getRaised() <em>Raised</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRaised()
   * @generated
   * @ordered
   */
  protected LocalDate raised = RAISED_EDEFAULT;

  /**
   * The default value of the '{@link #getDue() <em>Due</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDue()
   * @generated
   * @ordered
   */
  protected static final LocalDate DUE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDue() <em>Due</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDue()
   * @generated
   * @ordered
   */
  protected LocalDate due = DUE_EDEFAULT;

  /**
   * The cached value of the '{@link #getAffects() <em>Affects</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAffects()
   * @generated
   * @ordered
   */
  protected EList<Element> affects;

  /**
   * The default value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAnswer()
   * @generated
   * @ordered
   */
  protected static final String ANSWER_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAnswer()
   * @generated
   * @ordered
   */
  protected String answer = ANSWER_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected OpenQuestionImpl()
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
    return BatonPackage.Literals.OPEN_QUESTION;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getStatus()
  {
    return status;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStatus(String newStatus)
  {
    String oldStatus = status;
    status = newStatus;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.OPEN_QUESTION__STATUS, oldStatus, status));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getRaised()
  {
    return raised;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRaised(LocalDate newRaised)
  {
    LocalDate oldRaised = raised;
    raised = newRaised;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.OPEN_QUESTION__RAISED, oldRaised, raised));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getDue()
  {
    return due;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDue(LocalDate newDue)
  {
    LocalDate oldDue = due;
    due = newDue;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.OPEN_QUESTION__DUE, oldDue, due));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Element> getAffects()
  {
    if (affects == null)
    {
      affects = new EObjectEList<Element>(Element.class, this, BatonPackage.OPEN_QUESTION__AFFECTS);
    }
    return affects;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getAnswer()
  {
    return answer;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAnswer(String newAnswer)
  {
    String oldAnswer = answer;
    answer = newAnswer;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.OPEN_QUESTION__ANSWER, oldAnswer, answer));
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
      case BatonPackage.OPEN_QUESTION__STATUS:
        return getStatus();
      case BatonPackage.OPEN_QUESTION__RAISED:
        return getRaised();
      case BatonPackage.OPEN_QUESTION__DUE:
        return getDue();
      case BatonPackage.OPEN_QUESTION__AFFECTS:
        return getAffects();
      case BatonPackage.OPEN_QUESTION__ANSWER:
        return getAnswer();
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
      case BatonPackage.OPEN_QUESTION__STATUS:
        setStatus((String)newValue);
        return;
      case BatonPackage.OPEN_QUESTION__RAISED:
        setRaised((LocalDate)newValue);
        return;
      case BatonPackage.OPEN_QUESTION__DUE:
        setDue((LocalDate)newValue);
        return;
      case BatonPackage.OPEN_QUESTION__AFFECTS:
        getAffects().clear();
        getAffects().addAll((Collection<? extends Element>)newValue);
        return;
      case BatonPackage.OPEN_QUESTION__ANSWER:
        setAnswer((String)newValue);
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
      case BatonPackage.OPEN_QUESTION__STATUS:
        setStatus(STATUS_EDEFAULT);
        return;
      case BatonPackage.OPEN_QUESTION__RAISED:
        setRaised(RAISED_EDEFAULT);
        return;
      case BatonPackage.OPEN_QUESTION__DUE:
        setDue(DUE_EDEFAULT);
        return;
      case BatonPackage.OPEN_QUESTION__AFFECTS:
        getAffects().clear();
        return;
      case BatonPackage.OPEN_QUESTION__ANSWER:
        setAnswer(ANSWER_EDEFAULT);
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
      case BatonPackage.OPEN_QUESTION__STATUS:
        return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
      case BatonPackage.OPEN_QUESTION__RAISED:
        return RAISED_EDEFAULT == null ? raised != null : !RAISED_EDEFAULT.equals(raised);
      case BatonPackage.OPEN_QUESTION__DUE:
        return DUE_EDEFAULT == null ? due != null : !DUE_EDEFAULT.equals(due);
      case BatonPackage.OPEN_QUESTION__AFFECTS:
        return affects != null && !affects.isEmpty();
      case BatonPackage.OPEN_QUESTION__ANSWER:
        return ANSWER_EDEFAULT == null ? answer != null : !ANSWER_EDEFAULT.equals(answer);
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
    result.append(" (status: "); //$NON-NLS-1$
    result.append(status);
    result.append(", raised: "); //$NON-NLS-1$
    result.append(raised);
    result.append(", due: "); //$NON-NLS-1$
    result.append(due);
    result.append(", answer: "); //$NON-NLS-1$
    result.append(answer);
    result.append(')');
    return result.toString();
  }

} //OpenQuestionImpl
