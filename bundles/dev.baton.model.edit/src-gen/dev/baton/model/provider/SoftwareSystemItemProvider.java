/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.provider;


import dev.baton.model.BatonPackage;
import dev.baton.model.SoftwareSystem;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.baton.model.SoftwareSystem} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SoftwareSystemItemProvider extends ElementItemProvider
{
  /**
   * This constructs an instance from a factory and a notifier.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public SoftwareSystemItemProvider(AdapterFactory adapterFactory)
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

      addDomainPropertyDescriptor(object);
      addExternalPropertyDescriptor(object);
      addComponentsPropertyDescriptor(object);
    }
    return itemPropertyDescriptors;
  }

  /**
   * This adds a property descriptor for the Domain feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addDomainPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_SoftwareSystem_domain_feature"), //$NON-NLS-1$
         getString("_UI_PropertyDescriptor_description", "_UI_SoftwareSystem_domain_feature", "_UI_SoftwareSystem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
         BatonPackage.Literals.SOFTWARE_SYSTEM__DOMAIN,
         true,
         false,
         true,
         null,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the External feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addExternalPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_SoftwareSystem_external_feature"), //$NON-NLS-1$
         getString("_UI_PropertyDescriptor_description", "_UI_SoftwareSystem_external_feature", "_UI_SoftwareSystem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
         BatonPackage.Literals.SOFTWARE_SYSTEM__EXTERNAL,
         true,
         false,
         false,
         ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Components feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addComponentsPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_SoftwareSystem_components_feature"), //$NON-NLS-1$
         getString("_UI_PropertyDescriptor_description", "_UI_SoftwareSystem_components_feature", "_UI_SoftwareSystem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
         BatonPackage.Literals.SOFTWARE_SYSTEM__COMPONENTS,
         false,
         false,
         false,
         null,
         null,
         null));
  }

  /**
   * This returns SoftwareSystem.gif.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object getImage(Object object)
  {
    return overlayImage(object, getResourceLocator().getImage("full/obj16/SoftwareSystem")); //$NON-NLS-1$
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
    String label = ((SoftwareSystem)object).getId();
    return label == null || label.length() == 0 ?
      getString("_UI_SoftwareSystem_type") : //$NON-NLS-1$
      getString("_UI_SoftwareSystem_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
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

    switch (notification.getFeatureID(SoftwareSystem.class))
    {
      case BatonPackage.SOFTWARE_SYSTEM__EXTERNAL:
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
