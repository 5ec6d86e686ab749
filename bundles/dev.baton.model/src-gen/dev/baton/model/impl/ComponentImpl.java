/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Component;
import dev.baton.model.Environment;
import dev.baton.model.Interface;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Technology;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.ComponentImpl#getSystem <em>System</em>}</li>
 *   <li>{@link dev.baton.model.impl.ComponentImpl#getType <em>Type</em>}</li>
 *   <li>{@link dev.baton.model.impl.ComponentImpl#getTechnologies <em>Technologies</em>}</li>
 *   <li>{@link dev.baton.model.impl.ComponentImpl#getRepository <em>Repository</em>}</li>
 *   <li>{@link dev.baton.model.impl.ComponentImpl#getConsumes <em>Consumes</em>}</li>
 *   <li>{@link dev.baton.model.impl.ComponentImpl#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link dev.baton.model.impl.ComponentImpl#getEnvironments <em>Environments</em>}</li>
 *   <li>{@link dev.baton.model.impl.ComponentImpl#getProvides <em>Provides</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComponentImpl extends ElementImpl implements Component
{
  /**
   * The cached value of the '{@link #getSystem() <em>System</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSystem()
   * @generated
   * @ordered
   */
  protected SoftwareSystem system;

  /**
   * The default value of the '{@link #getType() <em>Type</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getType()
   * @generated
   * @ordered
   */
  protected static final String TYPE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getType()
   * @generated
   * @ordered
   */
  protected String type = TYPE_EDEFAULT;

  /**
   * The cached value of the '{@link #getTechnologies() <em>Technologies</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTechnologies()
   * @generated
   * @ordered
   */
  protected EList<Technology> technologies;

  /**
   * The default value of the '{@link #getRepository() <em>Repository</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRepository()
   * @generated
   * @ordered
   */
  protected static final String REPOSITORY_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getRepository() <em>Repository</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRepository()
   * @generated
   * @ordered
   */
  protected String repository = REPOSITORY_EDEFAULT;

  /**
   * The cached value of the '{@link #getConsumes() <em>Consumes</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getConsumes()
   * @generated
   * @ordered
   */
  protected EList<Interface> consumes;

  /**
   * The cached value of the '{@link #getDependsOn() <em>Depends On</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDependsOn()
   * @generated
   * @ordered
   */
  protected EList<Component> dependsOn;

  /**
   * The cached value of the '{@link #getEnvironments() <em>Environments</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEnvironments()
   * @generated
   * @ordered
   */
  protected EList<Environment> environments;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected ComponentImpl()
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
    return BatonPackage.Literals.COMPONENT;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public SoftwareSystem getSystem()
  {
    return system;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSystem(SoftwareSystem newSystem)
  {
    SoftwareSystem oldSystem = system;
    system = newSystem;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COMPONENT__SYSTEM, oldSystem, system));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getType()
  {
    return type;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setType(String newType)
  {
    String oldType = type;
    type = newType;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COMPONENT__TYPE, oldType, type));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Technology> getTechnologies()
  {
    if (technologies == null)
    {
      technologies = new EObjectEList<Technology>(Technology.class, this, BatonPackage.COMPONENT__TECHNOLOGIES);
    }
    return technologies;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getRepository()
  {
    return repository;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRepository(String newRepository)
  {
    String oldRepository = repository;
    repository = newRepository;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.COMPONENT__REPOSITORY, oldRepository, repository));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Interface> getConsumes()
  {
    if (consumes == null)
    {
      consumes = new EObjectEList<Interface>(Interface.class, this, BatonPackage.COMPONENT__CONSUMES);
    }
    return consumes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Component> getDependsOn()
  {
    if (dependsOn == null)
    {
      dependsOn = new EObjectEList<Component>(Component.class, this, BatonPackage.COMPONENT__DEPENDS_ON);
    }
    return dependsOn;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Environment> getEnvironments()
  {
    if (environments == null)
    {
      environments = new EObjectEList<Environment>(Environment.class, this, BatonPackage.COMPONENT__ENVIRONMENTS);
    }
    return environments;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Interface> getProvides()
  {
    return dev.baton.model.query.Inverses.provides(this);
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
      case BatonPackage.COMPONENT__SYSTEM:
        return getSystem();
      case BatonPackage.COMPONENT__TYPE:
        return getType();
      case BatonPackage.COMPONENT__TECHNOLOGIES:
        return getTechnologies();
      case BatonPackage.COMPONENT__REPOSITORY:
        return getRepository();
      case BatonPackage.COMPONENT__CONSUMES:
        return getConsumes();
      case BatonPackage.COMPONENT__DEPENDS_ON:
        return getDependsOn();
      case BatonPackage.COMPONENT__ENVIRONMENTS:
        return getEnvironments();
      case BatonPackage.COMPONENT__PROVIDES:
        return getProvides();
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
      case BatonPackage.COMPONENT__SYSTEM:
        setSystem((SoftwareSystem)newValue);
        return;
      case BatonPackage.COMPONENT__TYPE:
        setType((String)newValue);
        return;
      case BatonPackage.COMPONENT__TECHNOLOGIES:
        getTechnologies().clear();
        getTechnologies().addAll((Collection<? extends Technology>)newValue);
        return;
      case BatonPackage.COMPONENT__REPOSITORY:
        setRepository((String)newValue);
        return;
      case BatonPackage.COMPONENT__CONSUMES:
        getConsumes().clear();
        getConsumes().addAll((Collection<? extends Interface>)newValue);
        return;
      case BatonPackage.COMPONENT__DEPENDS_ON:
        getDependsOn().clear();
        getDependsOn().addAll((Collection<? extends Component>)newValue);
        return;
      case BatonPackage.COMPONENT__ENVIRONMENTS:
        getEnvironments().clear();
        getEnvironments().addAll((Collection<? extends Environment>)newValue);
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
      case BatonPackage.COMPONENT__SYSTEM:
        setSystem((SoftwareSystem)null);
        return;
      case BatonPackage.COMPONENT__TYPE:
        setType(TYPE_EDEFAULT);
        return;
      case BatonPackage.COMPONENT__TECHNOLOGIES:
        getTechnologies().clear();
        return;
      case BatonPackage.COMPONENT__REPOSITORY:
        setRepository(REPOSITORY_EDEFAULT);
        return;
      case BatonPackage.COMPONENT__CONSUMES:
        getConsumes().clear();
        return;
      case BatonPackage.COMPONENT__DEPENDS_ON:
        getDependsOn().clear();
        return;
      case BatonPackage.COMPONENT__ENVIRONMENTS:
        getEnvironments().clear();
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
      case BatonPackage.COMPONENT__SYSTEM:
        return system != null;
      case BatonPackage.COMPONENT__TYPE:
        return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
      case BatonPackage.COMPONENT__TECHNOLOGIES:
        return technologies != null && !technologies.isEmpty();
      case BatonPackage.COMPONENT__REPOSITORY:
        return REPOSITORY_EDEFAULT == null ? repository != null : !REPOSITORY_EDEFAULT.equals(repository);
      case BatonPackage.COMPONENT__CONSUMES:
        return consumes != null && !consumes.isEmpty();
      case BatonPackage.COMPONENT__DEPENDS_ON:
        return dependsOn != null && !dependsOn.isEmpty();
      case BatonPackage.COMPONENT__ENVIRONMENTS:
        return environments != null && !environments.isEmpty();
      case BatonPackage.COMPONENT__PROVIDES:
        return !getProvides().isEmpty();
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
    result.append(", repository: "); //$NON-NLS-1$
    result.append(repository);
    result.append(')');
    return result.toString();
  }

} //ComponentImpl
