/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.impl;

import dev.baton.model.BatonPackage;
import dev.baton.model.Party;
import dev.baton.model.Section;

import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.impl.RecordImpl#getId <em>Id</em>}</li>
 *   <li>{@link dev.baton.model.impl.RecordImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link dev.baton.model.impl.RecordImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.baton.model.impl.RecordImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link dev.baton.model.impl.RecordImpl#getLastReviewed <em>Last Reviewed</em>}</li>
 *   <li>{@link dev.baton.model.impl.RecordImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.baton.model.impl.RecordImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link dev.baton.model.impl.RecordImpl#getSourcePath <em>Source Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class RecordImpl extends MinimalEObjectImpl.Container implements dev.baton.model.Record
{
  /**
   * The default value of the '{@link #getId() <em>Id</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getId()
   * @generated
   * @ordered
   */
  protected static final String ID_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getId()
   * @generated
   * @ordered
   */
  protected String id = ID_EDEFAULT;

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
   * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOwner()
   * @generated
   * @ordered
   */
  protected Party owner;

  /**
   * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTags()
   * @generated
   * @ordered
   */
  protected EList<String> tags;

  /**
   * The default value of the '{@link #getLastReviewed() <em>Last Reviewed</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLastReviewed()
   * @generated
   * @ordered
   */
  protected static final LocalDate LAST_REVIEWED_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getLastReviewed() <em>Last Reviewed</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLastReviewed()
   * @generated
   * @ordered
   */
  protected LocalDate lastReviewed = LAST_REVIEWED_EDEFAULT;

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
   * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSections()
   * @generated
   * @ordered
   */
  protected EList<Section> sections;

  /**
   * The default value of the '{@link #getSourcePath() <em>Source Path</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSourcePath()
   * @generated
   * @ordered
   */
  protected static final String SOURCE_PATH_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getSourcePath() <em>Source Path</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSourcePath()
   * @generated
   * @ordered
   */
  protected String sourcePath = SOURCE_PATH_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected RecordImpl()
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
    return BatonPackage.Literals.RECORD;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getId()
  {
    return id;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setId(String newId)
  {
    String oldId = id;
    id = newId;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RECORD__ID, oldId, id));
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
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RECORD__TITLE, oldTitle, title));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Party getOwner()
  {
    return owner;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOwner(Party newOwner)
  {
    Party oldOwner = owner;
    owner = newOwner;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RECORD__OWNER, oldOwner, owner));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<String> getTags()
  {
    if (tags == null)
    {
      tags = new EDataTypeUniqueEList<String>(String.class, this, BatonPackage.RECORD__TAGS);
    }
    return tags;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getLastReviewed()
  {
    return lastReviewed;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLastReviewed(LocalDate newLastReviewed)
  {
    LocalDate oldLastReviewed = lastReviewed;
    lastReviewed = newLastReviewed;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RECORD__LAST_REVIEWED, oldLastReviewed, lastReviewed));
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
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RECORD__DESCRIPTION, oldDescription, description));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<Section> getSections()
  {
    if (sections == null)
    {
      sections = new EObjectContainmentEList<Section>(Section.class, this, BatonPackage.RECORD__SECTIONS);
    }
    return sections;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getSourcePath()
  {
    return sourcePath;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSourcePath(String newSourcePath)
  {
    String oldSourcePath = sourcePath;
    sourcePath = newSourcePath;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, BatonPackage.RECORD__SOURCE_PATH, oldSourcePath, sourcePath));
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
      case BatonPackage.RECORD__SECTIONS:
        return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
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
      case BatonPackage.RECORD__ID:
        return getId();
      case BatonPackage.RECORD__TITLE:
        return getTitle();
      case BatonPackage.RECORD__OWNER:
        return getOwner();
      case BatonPackage.RECORD__TAGS:
        return getTags();
      case BatonPackage.RECORD__LAST_REVIEWED:
        return getLastReviewed();
      case BatonPackage.RECORD__DESCRIPTION:
        return getDescription();
      case BatonPackage.RECORD__SECTIONS:
        return getSections();
      case BatonPackage.RECORD__SOURCE_PATH:
        return getSourcePath();
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
      case BatonPackage.RECORD__ID:
        setId((String)newValue);
        return;
      case BatonPackage.RECORD__TITLE:
        setTitle((String)newValue);
        return;
      case BatonPackage.RECORD__OWNER:
        setOwner((Party)newValue);
        return;
      case BatonPackage.RECORD__TAGS:
        getTags().clear();
        getTags().addAll((Collection<? extends String>)newValue);
        return;
      case BatonPackage.RECORD__LAST_REVIEWED:
        setLastReviewed((LocalDate)newValue);
        return;
      case BatonPackage.RECORD__DESCRIPTION:
        setDescription((String)newValue);
        return;
      case BatonPackage.RECORD__SECTIONS:
        getSections().clear();
        getSections().addAll((Collection<? extends Section>)newValue);
        return;
      case BatonPackage.RECORD__SOURCE_PATH:
        setSourcePath((String)newValue);
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
      case BatonPackage.RECORD__ID:
        setId(ID_EDEFAULT);
        return;
      case BatonPackage.RECORD__TITLE:
        setTitle(TITLE_EDEFAULT);
        return;
      case BatonPackage.RECORD__OWNER:
        setOwner((Party)null);
        return;
      case BatonPackage.RECORD__TAGS:
        getTags().clear();
        return;
      case BatonPackage.RECORD__LAST_REVIEWED:
        setLastReviewed(LAST_REVIEWED_EDEFAULT);
        return;
      case BatonPackage.RECORD__DESCRIPTION:
        setDescription(DESCRIPTION_EDEFAULT);
        return;
      case BatonPackage.RECORD__SECTIONS:
        getSections().clear();
        return;
      case BatonPackage.RECORD__SOURCE_PATH:
        setSourcePath(SOURCE_PATH_EDEFAULT);
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
      case BatonPackage.RECORD__ID:
        return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
      case BatonPackage.RECORD__TITLE:
        return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
      case BatonPackage.RECORD__OWNER:
        return owner != null;
      case BatonPackage.RECORD__TAGS:
        return tags != null && !tags.isEmpty();
      case BatonPackage.RECORD__LAST_REVIEWED:
        return LAST_REVIEWED_EDEFAULT == null ? lastReviewed != null : !LAST_REVIEWED_EDEFAULT.equals(lastReviewed);
      case BatonPackage.RECORD__DESCRIPTION:
        return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
      case BatonPackage.RECORD__SECTIONS:
        return sections != null && !sections.isEmpty();
      case BatonPackage.RECORD__SOURCE_PATH:
        return SOURCE_PATH_EDEFAULT == null ? sourcePath != null : !SOURCE_PATH_EDEFAULT.equals(sourcePath);
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
    result.append(" (id: "); //$NON-NLS-1$
    result.append(id);
    result.append(", title: "); //$NON-NLS-1$
    result.append(title);
    result.append(", tags: "); //$NON-NLS-1$
    result.append(tags);
    result.append(", lastReviewed: "); //$NON-NLS-1$
    result.append(lastReviewed);
    result.append(", description: "); //$NON-NLS-1$
    result.append(description);
    result.append(", sourcePath: "); //$NON-NLS-1$
    result.append(sourcePath);
    result.append(')');
    return result.toString();
  }

} //RecordImpl
