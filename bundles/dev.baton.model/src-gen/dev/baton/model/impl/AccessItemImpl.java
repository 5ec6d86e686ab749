/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.AccessItem;
import dev.baton.model.BatonPackage;
import dev.baton.model.Element;
import dev.baton.model.Party;

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
 * An implementation of the model object '<em><b>Access Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.AccessItemImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.baton.model.impl.AccessItemImpl#getGrants <em>Grants</em>}</li>
 *   <li>{@link dev.baton.model.impl.AccessItemImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link dev.baton.model.impl.AccessItemImpl#getHolders <em>Holders</em>}</li>
 *   <li>{@link dev.baton.model.impl.AccessItemImpl#getRotation <em>Rotation</em>}</li>
 *   <li>{@link dev.baton.model.impl.AccessItemImpl#getRotationDays <em>Rotation Days</em>}</li>
 *   <li>{@link dev.baton.model.impl.AccessItemImpl#getLastRotated <em>Last Rotated</em>}</li>
 *   <li>{@link dev.baton.model.impl.AccessItemImpl#isBreakGlass <em>Break Glass</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccessItemImpl extends RecordImpl implements AccessItem
{
  /**
   * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKind()
   * @generated
   * @ordered
   */
  protected static final String KIND_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKind()
   * @generated
   * @ordered
   */
  protected String kind = KIND_EDEFAULT;

  /**
   * The cached value of the '{@link #getGrants() <em>Grants</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getGrants()
   * @generated
   * @ordered
   */
  protected Element grants;

  /**
   * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLocation()
   * @generated
   * @ordered
   */
  protected static final String LOCATION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLocation()
   * @generated
   * @ordered
   */
  protected String location = LOCATION_EDEFAULT;

  /**
   * The cached value of the '{@link #getHolders() <em>Holders</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getHolders()
   * @generated
   * @ordered
   */
  protected EList<Party> holders;

  /**
   * The default value of the '{@link #getRotation() <em>Rotation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRotation()
   * @generated
   * @ordered
   */
  protected static final String ROTATION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getRotation() <em>Rotation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRotation()
   * @generated
   * @ordered
   */
  protected String rotation = ROTATION_EDEFAULT;

  /**
   * The default value of the '{@link #getRotationDays() <em>Rotation Days</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRotationDays()
   * @generated
   * @ordered
   */
  protected static final Integer ROTATION_DAYS_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getRotationDays() <em>Rotation Days</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRotationDays()
   * @generated
   * @ordered
   */
  protected Integer rotationDays = ROTATION_DAYS_EDEFAULT;

  /**
   * The default value of the '{@link #getLastRotated() <em>Last Rotated</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLastRotated()
   * @generated
   * @ordered
   */
  protected static final LocalDate LAST_ROTATED_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getLastRotated() <em>Last Rotated</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLastRotated()
   * @generated
   * @ordered
   */
  protected LocalDate lastRotated = LAST_ROTATED_EDEFAULT;

  /**
   * The default value of the '{@link #isBreakGlass() <em>Break Glass</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isBreakGlass()
   * @generated
   * @ordered
   */
  protected static final boolean BREAK_GLASS_EDEFAULT = false;

  /**
   * The cached value of the '{@link #isBreakGlass() <em>Break Glass</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isBreakGlass()
   * @generated
   * @ordered
   */
  protected boolean breakGlass = BREAK_GLASS_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected AccessItemImpl()
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
    return BatonPackage.Literals.ACCESS_ITEM;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getKind()
  {
    return kind;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setKind(String newKind)
  {
    String oldKind = kind;
    kind = newKind;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCESS_ITEM__KIND, oldKind, kind));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Element getGrants()
  {
    return grants;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setGrants(Element newGrants)
  {
    Element oldGrants = grants;
    grants = newGrants;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCESS_ITEM__GRANTS, oldGrants, grants));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getLocation()
  {
    return location;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLocation(String newLocation)
  {
    String oldLocation = location;
    location = newLocation;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCESS_ITEM__LOCATION, oldLocation, location));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Party> getHolders()
  {
    if (holders == null)
    {
      holders = new EObjectEList<Party>(Party.class, this, BatonPackage.ACCESS_ITEM__HOLDERS);
    }
    return holders;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getRotation()
  {
    return rotation;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRotation(String newRotation)
  {
    String oldRotation = rotation;
    rotation = newRotation;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCESS_ITEM__ROTATION, oldRotation, rotation));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Integer getRotationDays()
  {
    return rotationDays;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRotationDays(Integer newRotationDays)
  {
    Integer oldRotationDays = rotationDays;
    rotationDays = newRotationDays;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCESS_ITEM__ROTATION_DAYS, oldRotationDays, rotationDays));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getLastRotated()
  {
    return lastRotated;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLastRotated(LocalDate newLastRotated)
  {
    LocalDate oldLastRotated = lastRotated;
    lastRotated = newLastRotated;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCESS_ITEM__LAST_ROTATED, oldLastRotated, lastRotated));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean isBreakGlass()
  {
    return breakGlass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setBreakGlass(boolean newBreakGlass)
  {
    boolean oldBreakGlass = breakGlass;
    breakGlass = newBreakGlass;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.ACCESS_ITEM__BREAK_GLASS, oldBreakGlass, breakGlass));
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
      case BatonPackage.ACCESS_ITEM__KIND:
        return getKind();
      case BatonPackage.ACCESS_ITEM__GRANTS:
        return getGrants();
      case BatonPackage.ACCESS_ITEM__LOCATION:
        return getLocation();
      case BatonPackage.ACCESS_ITEM__HOLDERS:
        return getHolders();
      case BatonPackage.ACCESS_ITEM__ROTATION:
        return getRotation();
      case BatonPackage.ACCESS_ITEM__ROTATION_DAYS:
        return getRotationDays();
      case BatonPackage.ACCESS_ITEM__LAST_ROTATED:
        return getLastRotated();
      case BatonPackage.ACCESS_ITEM__BREAK_GLASS:
        return isBreakGlass();
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
      case BatonPackage.ACCESS_ITEM__KIND:
        setKind((String)newValue);
        return;
      case BatonPackage.ACCESS_ITEM__GRANTS:
        setGrants((Element)newValue);
        return;
      case BatonPackage.ACCESS_ITEM__LOCATION:
        setLocation((String)newValue);
        return;
      case BatonPackage.ACCESS_ITEM__HOLDERS:
        getHolders().clear();
        getHolders().addAll((Collection<? extends Party>)newValue);
        return;
      case BatonPackage.ACCESS_ITEM__ROTATION:
        setRotation((String)newValue);
        return;
      case BatonPackage.ACCESS_ITEM__ROTATION_DAYS:
        setRotationDays((Integer)newValue);
        return;
      case BatonPackage.ACCESS_ITEM__LAST_ROTATED:
        setLastRotated((LocalDate)newValue);
        return;
      case BatonPackage.ACCESS_ITEM__BREAK_GLASS:
        setBreakGlass((Boolean)newValue);
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
      case BatonPackage.ACCESS_ITEM__KIND:
        setKind(KIND_EDEFAULT);
        return;
      case BatonPackage.ACCESS_ITEM__GRANTS:
        setGrants((Element)null);
        return;
      case BatonPackage.ACCESS_ITEM__LOCATION:
        setLocation(LOCATION_EDEFAULT);
        return;
      case BatonPackage.ACCESS_ITEM__HOLDERS:
        getHolders().clear();
        return;
      case BatonPackage.ACCESS_ITEM__ROTATION:
        setRotation(ROTATION_EDEFAULT);
        return;
      case BatonPackage.ACCESS_ITEM__ROTATION_DAYS:
        setRotationDays(ROTATION_DAYS_EDEFAULT);
        return;
      case BatonPackage.ACCESS_ITEM__LAST_ROTATED:
        setLastRotated(LAST_ROTATED_EDEFAULT);
        return;
      case BatonPackage.ACCESS_ITEM__BREAK_GLASS:
        setBreakGlass(BREAK_GLASS_EDEFAULT);
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
      case BatonPackage.ACCESS_ITEM__KIND:
        return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
      case BatonPackage.ACCESS_ITEM__GRANTS:
        return grants != null;
      case BatonPackage.ACCESS_ITEM__LOCATION:
        return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
      case BatonPackage.ACCESS_ITEM__HOLDERS:
        return holders != null && !holders.isEmpty();
      case BatonPackage.ACCESS_ITEM__ROTATION:
        return ROTATION_EDEFAULT == null ? rotation != null : !ROTATION_EDEFAULT.equals(rotation);
      case BatonPackage.ACCESS_ITEM__ROTATION_DAYS:
        return ROTATION_DAYS_EDEFAULT == null ? rotationDays != null : !ROTATION_DAYS_EDEFAULT.equals(rotationDays);
      case BatonPackage.ACCESS_ITEM__LAST_ROTATED:
        return LAST_ROTATED_EDEFAULT == null ? lastRotated != null : !LAST_ROTATED_EDEFAULT.equals(lastRotated);
      case BatonPackage.ACCESS_ITEM__BREAK_GLASS:
        return breakGlass != BREAK_GLASS_EDEFAULT;
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
    result.append(" (kind: "); //$NON-NLS-1$
    result.append(kind);
    result.append(", location: "); //$NON-NLS-1$
    result.append(location);
    result.append(", rotation: "); //$NON-NLS-1$
    result.append(rotation);
    result.append(", rotationDays: "); //$NON-NLS-1$
    result.append(rotationDays);
    result.append(", lastRotated: "); //$NON-NLS-1$
    result.append(lastRotated);
    result.append(", breakGlass: "); //$NON-NLS-1$
    result.append(breakGlass);
    result.append(')');
    return result.toString();
  }

} //AccessItemImpl
