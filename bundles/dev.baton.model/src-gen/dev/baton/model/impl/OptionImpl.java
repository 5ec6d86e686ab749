/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Option;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Option</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.OptionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link dev.baton.model.impl.OptionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.baton.model.impl.OptionImpl#getPros <em>Pros</em>}</li>
 *   <li>{@link dev.baton.model.impl.OptionImpl#getNeutral <em>Neutral</em>}</li>
 *   <li>{@link dev.baton.model.impl.OptionImpl#getCons <em>Cons</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OptionImpl extends MinimalEObjectImpl.Container implements Option
{
  /**
   * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTitle()
   * @generated
   * @ordered
   */
  protected static final String TITLE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTitle()
   * @generated
   * @ordered
   */
  protected String title = TITLE_EDEFAULT;

  /**
   * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDescription()
   * @generated
   * @ordered
   */
  protected static final String DESCRIPTION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDescription()
   * @generated
   * @ordered
   */
  protected String description = DESCRIPTION_EDEFAULT;

  /**
   * The cached value of the '{@link #getPros() <em>Pros</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPros()
   * @generated
   * @ordered
   */
  protected EList<String> pros;

  /**
   * The cached value of the '{@link #getNeutral() <em>Neutral</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getNeutral()
   * @generated
   * @ordered
   */
  protected EList<String> neutral;

  /**
   * The cached value of the '{@link #getCons() <em>Cons</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCons()
   * @generated
   * @ordered
   */
  protected EList<String> cons;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected OptionImpl()
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
    return BatonPackage.Literals.OPTION;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getTitle()
  {
    return title;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTitle(String newTitle)
  {
    String oldTitle = title;
    title = newTitle;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.OPTION__TITLE, oldTitle, title));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getDescription()
  {
    return description;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDescription(String newDescription)
  {
    String oldDescription = description;
    description = newDescription;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.OPTION__DESCRIPTION, oldDescription, description));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<String> getPros()
  {
    if (pros == null)
    {
      pros = new EDataTypeUniqueEList<String>(String.class, this, BatonPackage.OPTION__PROS);
    }
    return pros;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<String> getNeutral()
  {
    if (neutral == null)
    {
      neutral = new EDataTypeUniqueEList<String>(String.class, this, BatonPackage.OPTION__NEUTRAL);
    }
    return neutral;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<String> getCons()
  {
    if (cons == null)
    {
      cons = new EDataTypeUniqueEList<String>(String.class, this, BatonPackage.OPTION__CONS);
    }
    return cons;
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
      case BatonPackage.OPTION__TITLE:
        return getTitle();
      case BatonPackage.OPTION__DESCRIPTION:
        return getDescription();
      case BatonPackage.OPTION__PROS:
        return getPros();
      case BatonPackage.OPTION__NEUTRAL:
        return getNeutral();
      case BatonPackage.OPTION__CONS:
        return getCons();
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
      case BatonPackage.OPTION__TITLE:
        setTitle((String)newValue);
        return;
      case BatonPackage.OPTION__DESCRIPTION:
        setDescription((String)newValue);
        return;
      case BatonPackage.OPTION__PROS:
        getPros().clear();
        getPros().addAll((Collection<? extends String>)newValue);
        return;
      case BatonPackage.OPTION__NEUTRAL:
        getNeutral().clear();
        getNeutral().addAll((Collection<? extends String>)newValue);
        return;
      case BatonPackage.OPTION__CONS:
        getCons().clear();
        getCons().addAll((Collection<? extends String>)newValue);
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
      case BatonPackage.OPTION__TITLE:
        setTitle(TITLE_EDEFAULT);
        return;
      case BatonPackage.OPTION__DESCRIPTION:
        setDescription(DESCRIPTION_EDEFAULT);
        return;
      case BatonPackage.OPTION__PROS:
        getPros().clear();
        return;
      case BatonPackage.OPTION__NEUTRAL:
        getNeutral().clear();
        return;
      case BatonPackage.OPTION__CONS:
        getCons().clear();
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
      case BatonPackage.OPTION__TITLE:
        return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
      case BatonPackage.OPTION__DESCRIPTION:
        return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
      case BatonPackage.OPTION__PROS:
        return pros != null && !pros.isEmpty();
      case BatonPackage.OPTION__NEUTRAL:
        return neutral != null && !neutral.isEmpty();
      case BatonPackage.OPTION__CONS:
        return cons != null && !cons.isEmpty();
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
    result.append(" (title: "); //$NON-NLS-1$
    result.append(title);
    result.append(", description: "); //$NON-NLS-1$
    result.append(description);
    result.append(", pros: "); //$NON-NLS-1$
    result.append(pros);
    result.append(", neutral: "); //$NON-NLS-1$
    result.append(neutral);
    result.append(", cons: "); //$NON-NLS-1$
    result.append(cons);
    result.append(')');
    return result.toString();
  }

} //OptionImpl
