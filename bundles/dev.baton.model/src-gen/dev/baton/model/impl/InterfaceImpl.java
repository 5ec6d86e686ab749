/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Component;
import dev.baton.model.Interface;

import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.InterfaceImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link dev.baton.model.impl.InterfaceImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link dev.baton.model.impl.InterfaceImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link dev.baton.model.impl.InterfaceImpl#getSpecification <em>Specification</em>}</li>
 *   <li>{@link dev.baton.model.impl.InterfaceImpl#getSpecificationFormat <em>Specification Format</em>}</li>
 *   <li>{@link dev.baton.model.impl.InterfaceImpl#getConsumers <em>Consumers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfaceImpl extends ElementImpl implements Interface
{
  /**
   * The cached value of the '{@link #getProvider() <em>Provider</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getProvider()
   * @generated
   * @ordered
   */
  protected Component provider;

  /**
   * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getProtocol()
   * @generated
   * @ordered
   */
  protected static final String PROTOCOL_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getProtocol()
   * @generated
   * @ordered
   */
  protected String protocol = PROTOCOL_EDEFAULT;

  /**
   * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getVersion()
   * @generated
   * @ordered
   */
  protected static final String VERSION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getVersion()
   * @generated
   * @ordered
   */
  protected String version = VERSION_EDEFAULT;

  /**
   * The default value of the '{@link #getSpecification() <em>Specification</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSpecification()
   * @generated
   * @ordered
   */
  protected static final String SPECIFICATION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getSpecification() <em>Specification</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSpecification()
   * @generated
   * @ordered
   */
  protected String specification = SPECIFICATION_EDEFAULT;

  /**
   * The default value of the '{@link #getSpecificationFormat() <em>Specification Format</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSpecificationFormat()
   * @generated
   * @ordered
   */
  protected static final String SPECIFICATION_FORMAT_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getSpecificationFormat() <em>Specification Format</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSpecificationFormat()
   * @generated
   * @ordered
   */
  protected String specificationFormat = SPECIFICATION_FORMAT_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected InterfaceImpl()
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
    return BatonPackage.Literals.INTERFACE;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Component getProvider()
  {
    return provider;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setProvider(Component newProvider)
  {
    Component oldProvider = provider;
    provider = newProvider;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.INTERFACE__PROVIDER, oldProvider, provider));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getProtocol()
  {
    return protocol;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setProtocol(String newProtocol)
  {
    String oldProtocol = protocol;
    protocol = newProtocol;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.INTERFACE__PROTOCOL, oldProtocol, protocol));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getVersion()
  {
    return version;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setVersion(String newVersion)
  {
    String oldVersion = version;
    version = newVersion;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.INTERFACE__VERSION, oldVersion, version));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getSpecification()
  {
    return specification;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSpecification(String newSpecification)
  {
    String oldSpecification = specification;
    specification = newSpecification;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.INTERFACE__SPECIFICATION, oldSpecification, specification));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getSpecificationFormat()
  {
    return specificationFormat;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSpecificationFormat(String newSpecificationFormat)
  {
    String oldSpecificationFormat = specificationFormat;
    specificationFormat = newSpecificationFormat;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.INTERFACE__SPECIFICATION_FORMAT, oldSpecificationFormat, specificationFormat));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Component> getConsumers()
  {
    return dev.baton.model.query.Inverses.consumers(this);
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
      case BatonPackage.INTERFACE__PROVIDER:
        return getProvider();
      case BatonPackage.INTERFACE__PROTOCOL:
        return getProtocol();
      case BatonPackage.INTERFACE__VERSION:
        return getVersion();
      case BatonPackage.INTERFACE__SPECIFICATION:
        return getSpecification();
      case BatonPackage.INTERFACE__SPECIFICATION_FORMAT:
        return getSpecificationFormat();
      case BatonPackage.INTERFACE__CONSUMERS:
        return getConsumers();
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
      case BatonPackage.INTERFACE__PROVIDER:
        setProvider((Component)newValue);
        return;
      case BatonPackage.INTERFACE__PROTOCOL:
        setProtocol((String)newValue);
        return;
      case BatonPackage.INTERFACE__VERSION:
        setVersion((String)newValue);
        return;
      case BatonPackage.INTERFACE__SPECIFICATION:
        setSpecification((String)newValue);
        return;
      case BatonPackage.INTERFACE__SPECIFICATION_FORMAT:
        setSpecificationFormat((String)newValue);
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
      case BatonPackage.INTERFACE__PROVIDER:
        setProvider((Component)null);
        return;
      case BatonPackage.INTERFACE__PROTOCOL:
        setProtocol(PROTOCOL_EDEFAULT);
        return;
      case BatonPackage.INTERFACE__VERSION:
        setVersion(VERSION_EDEFAULT);
        return;
      case BatonPackage.INTERFACE__SPECIFICATION:
        setSpecification(SPECIFICATION_EDEFAULT);
        return;
      case BatonPackage.INTERFACE__SPECIFICATION_FORMAT:
        setSpecificationFormat(SPECIFICATION_FORMAT_EDEFAULT);
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
      case BatonPackage.INTERFACE__PROVIDER:
        return provider != null;
      case BatonPackage.INTERFACE__PROTOCOL:
        return PROTOCOL_EDEFAULT == null ? protocol != null : !PROTOCOL_EDEFAULT.equals(protocol);
      case BatonPackage.INTERFACE__VERSION:
        return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
      case BatonPackage.INTERFACE__SPECIFICATION:
        return SPECIFICATION_EDEFAULT == null ? specification != null : !SPECIFICATION_EDEFAULT.equals(specification);
      case BatonPackage.INTERFACE__SPECIFICATION_FORMAT:
        return SPECIFICATION_FORMAT_EDEFAULT == null ? specificationFormat != null : !SPECIFICATION_FORMAT_EDEFAULT.equals(specificationFormat);
      case BatonPackage.INTERFACE__CONSUMERS:
        return !getConsumers().isEmpty();
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
    result.append(" (protocol: "); //$NON-NLS-1$
    result.append(protocol);
    result.append(", version: "); //$NON-NLS-1$
    result.append(version);
    result.append(", specification: "); //$NON-NLS-1$
    result.append(specification);
    result.append(", specificationFormat: "); //$NON-NLS-1$
    result.append(specificationFormat);
    result.append(')');
    return result.toString();
  }

} //InterfaceImpl
