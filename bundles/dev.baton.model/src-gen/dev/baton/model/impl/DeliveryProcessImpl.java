/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.DeliveryProcess;
import dev.baton.model.Repository;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Delivery Process</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.DeliveryProcessImpl#getRepositories <em>Repositories</em>}</li>
 *   <li>{@link dev.baton.model.impl.DeliveryProcessImpl#getBranching <em>Branching</em>}</li>
 *   <li>{@link dev.baton.model.impl.DeliveryProcessImpl#getPipelines <em>Pipelines</em>}</li>
 *   <li>{@link dev.baton.model.impl.DeliveryProcessImpl#getRelease <em>Release</em>}</li>
 *   <li>{@link dev.baton.model.impl.DeliveryProcessImpl#getSetup <em>Setup</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeliveryProcessImpl extends RecordImpl implements DeliveryProcess
{
  /**
   * The cached value of the '{@link #getRepositories() <em>Repositories</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRepositories()
   * @generated
   * @ordered
   */
  protected EList<Repository> repositories;

  /**
   * The default value of the '{@link #getBranching() <em>Branching</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBranching()
   * @generated
   * @ordered
   */
  protected static final String BRANCHING_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getBranching() <em>Branching</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBranching()
   * @generated
   * @ordered
   */
  protected String branching = BRANCHING_EDEFAULT;

  /**
   * The cached value of the '{@link #getPipelines() <em>Pipelines</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPipelines()
   * @generated
   * @ordered
   */
  protected EList<String> pipelines;

  /**
   * The default value of the '{@link #getRelease() <em>Release</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRelease()
   * @generated
   * @ordered
   */
  protected static final String RELEASE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getRelease() <em>Release</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRelease()
   * @generated
   * @ordered
   */
  protected String release = RELEASE_EDEFAULT;

  /**
   * The default value of the '{@link #getSetup() <em>Setup</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSetup()
   * @generated
   * @ordered
   */
  protected static final String SETUP_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getSetup() <em>Setup</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSetup()
   * @generated
   * @ordered
   */
  protected String setup = SETUP_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected DeliveryProcessImpl()
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
    return BatonPackage.Literals.DELIVERY_PROCESS;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Repository> getRepositories()
  {
    if (repositories == null)
    {
      repositories = new EObjectContainmentEList<Repository>(Repository.class, this, BatonPackage.DELIVERY_PROCESS__REPOSITORIES);
    }
    return repositories;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getBranching()
  {
    return branching;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setBranching(String newBranching)
  {
    String oldBranching = branching;
    branching = newBranching;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DELIVERY_PROCESS__BRANCHING, oldBranching, branching));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<String> getPipelines()
  {
    if (pipelines == null)
    {
      pipelines = new EDataTypeUniqueEList<String>(String.class, this, BatonPackage.DELIVERY_PROCESS__PIPELINES);
    }
    return pipelines;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getRelease()
  {
    return release;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRelease(String newRelease)
  {
    String oldRelease = release;
    release = newRelease;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DELIVERY_PROCESS__RELEASE, oldRelease, release));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getSetup()
  {
    return setup;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSetup(String newSetup)
  {
    String oldSetup = setup;
    setup = newSetup;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.DELIVERY_PROCESS__SETUP, oldSetup, setup));
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
      case BatonPackage.DELIVERY_PROCESS__REPOSITORIES:
        return ((InternalEList<?>)getRepositories()).basicRemove(otherEnd, msgs);
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
      case BatonPackage.DELIVERY_PROCESS__REPOSITORIES:
        return getRepositories();
      case BatonPackage.DELIVERY_PROCESS__BRANCHING:
        return getBranching();
      case BatonPackage.DELIVERY_PROCESS__PIPELINES:
        return getPipelines();
      case BatonPackage.DELIVERY_PROCESS__RELEASE:
        return getRelease();
      case BatonPackage.DELIVERY_PROCESS__SETUP:
        return getSetup();
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
      case BatonPackage.DELIVERY_PROCESS__REPOSITORIES:
        getRepositories().clear();
        getRepositories().addAll((Collection<? extends Repository>)newValue);
        return;
      case BatonPackage.DELIVERY_PROCESS__BRANCHING:
        setBranching((String)newValue);
        return;
      case BatonPackage.DELIVERY_PROCESS__PIPELINES:
        getPipelines().clear();
        getPipelines().addAll((Collection<? extends String>)newValue);
        return;
      case BatonPackage.DELIVERY_PROCESS__RELEASE:
        setRelease((String)newValue);
        return;
      case BatonPackage.DELIVERY_PROCESS__SETUP:
        setSetup((String)newValue);
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
      case BatonPackage.DELIVERY_PROCESS__REPOSITORIES:
        getRepositories().clear();
        return;
      case BatonPackage.DELIVERY_PROCESS__BRANCHING:
        setBranching(BRANCHING_EDEFAULT);
        return;
      case BatonPackage.DELIVERY_PROCESS__PIPELINES:
        getPipelines().clear();
        return;
      case BatonPackage.DELIVERY_PROCESS__RELEASE:
        setRelease(RELEASE_EDEFAULT);
        return;
      case BatonPackage.DELIVERY_PROCESS__SETUP:
        setSetup(SETUP_EDEFAULT);
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
      case BatonPackage.DELIVERY_PROCESS__REPOSITORIES:
        return repositories != null && !repositories.isEmpty();
      case BatonPackage.DELIVERY_PROCESS__BRANCHING:
        return BRANCHING_EDEFAULT == null ? branching != null : !BRANCHING_EDEFAULT.equals(branching);
      case BatonPackage.DELIVERY_PROCESS__PIPELINES:
        return pipelines != null && !pipelines.isEmpty();
      case BatonPackage.DELIVERY_PROCESS__RELEASE:
        return RELEASE_EDEFAULT == null ? release != null : !RELEASE_EDEFAULT.equals(release);
      case BatonPackage.DELIVERY_PROCESS__SETUP:
        return SETUP_EDEFAULT == null ? setup != null : !SETUP_EDEFAULT.equals(setup);
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
    result.append(" (branching: "); //$NON-NLS-1$
    result.append(branching);
    result.append(", pipelines: "); //$NON-NLS-1$
    result.append(pipelines);
    result.append(", release: "); //$NON-NLS-1$
    result.append(release);
    result.append(", setup: "); //$NON-NLS-1$
    result.append(setup);
    result.append(')');
    return result.toString();
  }

} //DeliveryProcessImpl
