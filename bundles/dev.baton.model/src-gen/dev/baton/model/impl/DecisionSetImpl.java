/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decision Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.DecisionSetImpl#getName <em>Name</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionSetImpl#getPath <em>Path</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionSetImpl#getDialect <em>Dialect</em>}</li>
 *   <li>{@link dev.baton.model.impl.DecisionSetImpl#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecisionSetImpl extends MinimalEObjectImpl.Container implements DecisionSet
{
  /**
   * The default value of the '{@link #getName() <em>Name</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getName()
   * @generated
   * @ordered
   */
  protected static final String NAME_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getName()
   * @generated
   * @ordered
   */
  protected String name = NAME_EDEFAULT;

  /**
   * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPath()
   * @generated
   * @ordered
   */
  protected static final String PATH_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPath()
   * @generated
   * @ordered
   */
  protected String path = PATH_EDEFAULT;

  /**
   * The default value of the '{@link #getDialect() <em>Dialect</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDialect()
   * @generated
   * @ordered
   */
  protected static final String DIALECT_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDialect() <em>Dialect</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDialect()
   * @generated
   * @ordered
   */
  protected String dialect = DIALECT_EDEFAULT;

  /**
   * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDecisions()
   * @generated
   * @ordered
   */
  protected EList<Decision> decisions;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected DecisionSetImpl()
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
    return BatonPackage.Literals.DECISION_SET;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getName()
  {
    return name;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setName(String newName)
  {
    String oldName = name;
    name = newName;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION_SET__NAME, oldName, name));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getPath()
  {
    return path;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setPath(String newPath)
  {
    String oldPath = path;
    path = newPath;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION_SET__PATH, oldPath, path));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getDialect()
  {
    return dialect;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDialect(String newDialect)
  {
    String oldDialect = dialect;
    dialect = newDialect;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DECISION_SET__DIALECT, oldDialect, dialect));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Decision> getDecisions()
  {
    if (decisions == null)
    {
      decisions = new EObjectContainmentEList<Decision>(Decision.class, this, BatonPackage.DECISION_SET__DECISIONS);
    }
    return decisions;
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
      case BatonPackage.DECISION_SET__DECISIONS:
        return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
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
      case BatonPackage.DECISION_SET__NAME:
        return getName();
      case BatonPackage.DECISION_SET__PATH:
        return getPath();
      case BatonPackage.DECISION_SET__DIALECT:
        return getDialect();
      case BatonPackage.DECISION_SET__DECISIONS:
        return getDecisions();
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
      case BatonPackage.DECISION_SET__NAME:
        setName((String)newValue);
        return;
      case BatonPackage.DECISION_SET__PATH:
        setPath((String)newValue);
        return;
      case BatonPackage.DECISION_SET__DIALECT:
        setDialect((String)newValue);
        return;
      case BatonPackage.DECISION_SET__DECISIONS:
        getDecisions().clear();
        getDecisions().addAll((Collection<? extends Decision>)newValue);
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
      case BatonPackage.DECISION_SET__NAME:
        setName(NAME_EDEFAULT);
        return;
      case BatonPackage.DECISION_SET__PATH:
        setPath(PATH_EDEFAULT);
        return;
      case BatonPackage.DECISION_SET__DIALECT:
        setDialect(DIALECT_EDEFAULT);
        return;
      case BatonPackage.DECISION_SET__DECISIONS:
        getDecisions().clear();
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
      case BatonPackage.DECISION_SET__NAME:
        return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
      case BatonPackage.DECISION_SET__PATH:
        return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
      case BatonPackage.DECISION_SET__DIALECT:
        return DIALECT_EDEFAULT == null ? dialect != null : !DIALECT_EDEFAULT.equals(dialect);
      case BatonPackage.DECISION_SET__DECISIONS:
        return decisions != null && !decisions.isEmpty();
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
    result.append(" (name: "); //$NON-NLS-1$
    result.append(name);
    result.append(", path: "); //$NON-NLS-1$
    result.append(path);
    result.append(", dialect: "); //$NON-NLS-1$
    result.append(dialect);
    result.append(')');
    return result.toString();
  }

} //DecisionSetImpl
