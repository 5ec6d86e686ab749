/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.DataFlow;
import dev.baton.model.Element;
import dev.baton.model.Interface;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Flow</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.DataFlowImpl#getSource <em>Source</em>}</li>
 *   <li>{@link dev.baton.model.impl.DataFlowImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.baton.model.impl.DataFlowImpl#getVia <em>Via</em>}</li>
 *   <li>{@link dev.baton.model.impl.DataFlowImpl#getData <em>Data</em>}</li>
 *   <li>{@link dev.baton.model.impl.DataFlowImpl#getClassification <em>Classification</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataFlowImpl extends ElementImpl implements DataFlow
{
  /**
   * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSource()
   * @generated
   * @ordered
   */
  protected Element source;

  /**
   * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTarget()
   * @generated
   * @ordered
   */
  protected Element target;

  /**
   * The cached value of the '{@link #getVia() <em>Via</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getVia()
   * @generated
   * @ordered
   */
  protected Interface via;

  /**
   * The default value of the '{@link #getData() <em>Data</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getData()
   * @generated
   * @ordered
   */
  protected static final String DATA_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getData() <em>Data</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getData()
   * @generated
   * @ordered
   */
  protected String data = DATA_EDEFAULT;

  /**
   * The default value of the '{@link #getClassification() <em>Classification</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getClassification()
   * @generated
   * @ordered
   */
  protected static final String CLASSIFICATION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getClassification() <em>Classification</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getClassification()
   * @generated
   * @ordered
   */
  protected String classification = CLASSIFICATION_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected DataFlowImpl()
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
    return BatonPackage.Literals.DATA_FLOW;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Element getSource()
  {
    return source;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSource(Element newSource)
  {
    Element oldSource = source;
    source = newSource;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DATA_FLOW__SOURCE, oldSource, source));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Element getTarget()
  {
    return target;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTarget(Element newTarget)
  {
    Element oldTarget = target;
    target = newTarget;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DATA_FLOW__TARGET, oldTarget, target));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Interface getVia()
  {
    return via;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setVia(Interface newVia)
  {
    Interface oldVia = via;
    via = newVia;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DATA_FLOW__VIA, oldVia, via));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getData()
  {
    return data;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setData(String newData)
  {
    String oldData = data;
    data = newData;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DATA_FLOW__DATA, oldData, data));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getClassification()
  {
    return classification;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setClassification(String newClassification)
  {
    String oldClassification = classification;
    classification = newClassification;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DATA_FLOW__CLASSIFICATION, oldClassification, classification));
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
      case BatonPackage.DATA_FLOW__SOURCE:
        return getSource();
      case BatonPackage.DATA_FLOW__TARGET:
        return getTarget();
      case BatonPackage.DATA_FLOW__VIA:
        return getVia();
      case BatonPackage.DATA_FLOW__DATA:
        return getData();
      case BatonPackage.DATA_FLOW__CLASSIFICATION:
        return getClassification();
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
      case BatonPackage.DATA_FLOW__SOURCE:
        setSource((Element)newValue);
        return;
      case BatonPackage.DATA_FLOW__TARGET:
        setTarget((Element)newValue);
        return;
      case BatonPackage.DATA_FLOW__VIA:
        setVia((Interface)newValue);
        return;
      case BatonPackage.DATA_FLOW__DATA:
        setData((String)newValue);
        return;
      case BatonPackage.DATA_FLOW__CLASSIFICATION:
        setClassification((String)newValue);
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
      case BatonPackage.DATA_FLOW__SOURCE:
        setSource((Element)null);
        return;
      case BatonPackage.DATA_FLOW__TARGET:
        setTarget((Element)null);
        return;
      case BatonPackage.DATA_FLOW__VIA:
        setVia((Interface)null);
        return;
      case BatonPackage.DATA_FLOW__DATA:
        setData(DATA_EDEFAULT);
        return;
      case BatonPackage.DATA_FLOW__CLASSIFICATION:
        setClassification(CLASSIFICATION_EDEFAULT);
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
      case BatonPackage.DATA_FLOW__SOURCE:
        return source != null;
      case BatonPackage.DATA_FLOW__TARGET:
        return target != null;
      case BatonPackage.DATA_FLOW__VIA:
        return via != null;
      case BatonPackage.DATA_FLOW__DATA:
        return DATA_EDEFAULT == null ? data != null : !DATA_EDEFAULT.equals(data);
      case BatonPackage.DATA_FLOW__CLASSIFICATION:
        return CLASSIFICATION_EDEFAULT == null ? classification != null : !CLASSIFICATION_EDEFAULT.equals(classification);
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
    result.append(" (data: "); //$NON-NLS-1$
    result.append(data);
    result.append(", classification: "); //$NON-NLS-1$
    result.append(classification);
    result.append(')');
    return result.toString();
  }

} //DataFlowImpl
