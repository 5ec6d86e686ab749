/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.provider;


import dev.baton.model.BatonPackage;
import dev.baton.model.Commitment;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.baton.model.Commitment} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CommitmentItemProvider extends RecordItemProvider
{
  /**
   * This constructs an instance from a factory and a notifier.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public CommitmentItemProvider(AdapterFactory adapterFactory)
  {
    super(adapterFactory);
  }

  /**
   * This returns the property descriptors for the adapted class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
  {
    if (itemPropertyDescriptors == null)
    {
      super.getPropertyDescriptors(object);

      addMadeToPropertyDescriptor(object);
      addAudiencePropertyDescriptor(object);
      addDuePropertyDescriptor(object);
      addStatusPropertyDescriptor(object);
      addAffectsPropertyDescriptor(object);
    }
    return itemPropertyDescriptors;
  }

  /**
   * This adds a property descriptor for the Made To feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addMadeToPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Commitment_madeTo_feature"), //$NON-NLS-1$
         getString("_UI_PropertyDescriptor_description", "_UI_Commitment_madeTo_feature", "_UI_Commitment_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
         BatonPackage.Literals.COMMITMENT__MADE_TO,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Audience feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addAudiencePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Commitment_audience_feature"), //$NON-NLS-1$
         getString("_UI_PropertyDescriptor_description", "_UI_Commitment_audience_feature", "_UI_Commitment_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
         BatonPackage.Literals.COMMITMENT__AUDIENCE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Due feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addDuePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Commitment_due_feature"), //$NON-NLS-1$
         getString("_UI_PropertyDescriptor_description", "_UI_Commitment_due_feature", "_UI_Commitment_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
         BatonPackage.Literals.COMMITMENT__DUE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Status feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addStatusPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Commitment_status_feature"), //$NON-NLS-1$
         getString("_UI_PropertyDescriptor_description", "_UI_Commitment_status_feature", "_UI_Commitment_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
         BatonPackage.Literals.COMMITMENT__STATUS,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Affects feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addAffectsPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Commitment_affects_feature"), //$NON-NLS-1$
         getString("_UI_PropertyDescriptor_description", "_UI_Commitment_affects_feature", "_UI_Commitment_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
         BatonPackage.Literals.COMMITMENT__AFFECTS,
         true,
         false,
         true,
         null,
         null,
         null));
  }

  /**
   * This returns Commitment.gif.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object getImage(Object object)
  {
    return overlayImage(object, getResourceLocator().getImage("full/obj16/Commitment")); //$NON-NLS-1$
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected boolean shouldComposeCreationImage()
  {
    return true;
  }

  /**
   * This returns the label text for the adapted class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getText(Object object)
  {
    String label = ((Commitment)object).getId();
    return label == null || label.length() == 0 ?
      getString("_UI_Commitment_type") : //$NON-NLS-1$
      getString("_UI_Commitment_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
  }


  /**
   * This handles model notifications by calling {@link #updateChildren} to update any cached
   * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void notifyChanged(Notification notification)
  {
    updateChildren(notification);

    switch (notification.getFeatureID(Commitment.class))
    {
      case BatonPackage.COMMITMENT__MADE_TO:
      case BatonPackage.COMMITMENT__AUDIENCE:
      case BatonPackage.COMMITMENT__DUE:
      case BatonPackage.COMMITMENT__STATUS:
        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
        return;
    }
    super.notifyChanged(notification);
  }

  /**
   * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
   * that can be created under this object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
  {
    super.collectNewChildDescriptors(newChildDescriptors, object);
  }

}
