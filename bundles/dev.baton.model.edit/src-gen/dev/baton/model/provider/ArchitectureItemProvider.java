/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model.provider;


import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.BatonPackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.baton.model.Architecture} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ArchitectureItemProvider 
  extends ItemProviderAdapter
  implements
    IEditingDomainItemProvider,
    IStructuredItemContentProvider,
    ITreeItemContentProvider,
    IItemLabelProvider,
    IItemPropertySource
{
  /**
   * This constructs an instance from a factory and a notifier.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public ArchitectureItemProvider(AdapterFactory adapterFactory)
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

      addNamePropertyDescriptor(object);
      addDescriptionPropertyDescriptor(object);
      addOrganisationPropertyDescriptor(object);
    }
    return itemPropertyDescriptors;
  }

  /**
   * This adds a property descriptor for the Name feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addNamePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Architecture_name_feature"), //$NON-NLS-1$
         getString("_UI_PropertyDescriptor_description", "_UI_Architecture_name_feature", "_UI_Architecture_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
         BatonPackage.Literals.ARCHITECTURE__NAME,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Description feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addDescriptionPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Architecture_description_feature"), //$NON-NLS-1$
         getString("_UI_PropertyDescriptor_description", "_UI_Architecture_description_feature", "_UI_Architecture_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
         BatonPackage.Literals.ARCHITECTURE__DESCRIPTION,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Organisation feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addOrganisationPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Architecture_organisation_feature"), //$NON-NLS-1$
         getString("_UI_PropertyDescriptor_description", "_UI_Architecture_organisation_feature", "_UI_Architecture_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
         BatonPackage.Literals.ARCHITECTURE__ORGANISATION,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
   * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
   * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
  {
    if (childrenFeatures == null)
    {
      super.getChildrenFeatures(object);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__DECISION_SETS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__PEOPLE);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__TEAMS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__DOMAINS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__SYSTEMS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__COMPONENTS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__INTERFACES);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__DATA_FLOWS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__TECHNOLOGIES);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__ENVIRONMENTS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__ACCOUNTS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__RISKS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__CONTRACTS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__COST_ITEMS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__ACCESS_ITEMS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__RUNBOOKS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__ON_CALL_ROTATIONS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__INCIDENTS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__SECURITY_CONTROLS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__DELIVERY_PROCESSES);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__GLOSSARY_TERMS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__OPEN_QUESTIONS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__COMMITMENTS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__WORK_ITEMS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__HANDOVER_SCOPES);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__ACCEPTANCE_CHECKS);
      childrenFeatures.add(BatonPackage.Literals.ARCHITECTURE__FIRST_WEEK_ACTIONS);
    }
    return childrenFeatures;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected EStructuralFeature getChildFeature(Object object, Object child)
  {
    // Check the type of the specified child object and return the proper feature to use for
    // adding (see {@link AddCommand}) it as a child.

    return super.getChildFeature(object, child);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean hasChildren(Object object)
  {
    return hasChildren(object, true);
  }

  /**
   * This returns Architecture.gif.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object getImage(Object object)
  {
    return overlayImage(object, getResourceLocator().getImage("full/obj16/Architecture")); //$NON-NLS-1$
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
    String label = ((Architecture)object).getName();
    return label == null || label.length() == 0 ?
      getString("_UI_Architecture_type") : //$NON-NLS-1$
      getString("_UI_Architecture_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
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

    switch (notification.getFeatureID(Architecture.class))
    {
      case BatonPackage.ARCHITECTURE__NAME:
      case BatonPackage.ARCHITECTURE__DESCRIPTION:
      case BatonPackage.ARCHITECTURE__ORGANISATION:
        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
        return;
      case BatonPackage.ARCHITECTURE__DECISION_SETS:
      case BatonPackage.ARCHITECTURE__PEOPLE:
      case BatonPackage.ARCHITECTURE__TEAMS:
      case BatonPackage.ARCHITECTURE__DOMAINS:
      case BatonPackage.ARCHITECTURE__SYSTEMS:
      case BatonPackage.ARCHITECTURE__COMPONENTS:
      case BatonPackage.ARCHITECTURE__INTERFACES:
      case BatonPackage.ARCHITECTURE__DATA_FLOWS:
      case BatonPackage.ARCHITECTURE__TECHNOLOGIES:
      case BatonPackage.ARCHITECTURE__ENVIRONMENTS:
      case BatonPackage.ARCHITECTURE__ACCOUNTS:
      case BatonPackage.ARCHITECTURE__RISKS:
      case BatonPackage.ARCHITECTURE__CONTRACTS:
      case BatonPackage.ARCHITECTURE__COST_ITEMS:
      case BatonPackage.ARCHITECTURE__ACCESS_ITEMS:
      case BatonPackage.ARCHITECTURE__RUNBOOKS:
      case BatonPackage.ARCHITECTURE__ON_CALL_ROTATIONS:
      case BatonPackage.ARCHITECTURE__INCIDENTS:
      case BatonPackage.ARCHITECTURE__SECURITY_CONTROLS:
      case BatonPackage.ARCHITECTURE__DELIVERY_PROCESSES:
      case BatonPackage.ARCHITECTURE__GLOSSARY_TERMS:
      case BatonPackage.ARCHITECTURE__OPEN_QUESTIONS:
      case BatonPackage.ARCHITECTURE__COMMITMENTS:
      case BatonPackage.ARCHITECTURE__WORK_ITEMS:
      case BatonPackage.ARCHITECTURE__HANDOVER_SCOPES:
      case BatonPackage.ARCHITECTURE__ACCEPTANCE_CHECKS:
      case BatonPackage.ARCHITECTURE__FIRST_WEEK_ACTIONS:
        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__DECISION_SETS,
         BatonFactory.eINSTANCE.createDecisionSet()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__PEOPLE,
         BatonFactory.eINSTANCE.createPerson()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__TEAMS,
         BatonFactory.eINSTANCE.createTeam()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__DOMAINS,
         BatonFactory.eINSTANCE.createDomain()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__SYSTEMS,
         BatonFactory.eINSTANCE.createSoftwareSystem()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__COMPONENTS,
         BatonFactory.eINSTANCE.createComponent()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__INTERFACES,
         BatonFactory.eINSTANCE.createInterface()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__DATA_FLOWS,
         BatonFactory.eINSTANCE.createDataFlow()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__TECHNOLOGIES,
         BatonFactory.eINSTANCE.createTechnology()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__ENVIRONMENTS,
         BatonFactory.eINSTANCE.createEnvironment()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__ACCOUNTS,
         BatonFactory.eINSTANCE.createAccount()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__RISKS,
         BatonFactory.eINSTANCE.createRisk()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__CONTRACTS,
         BatonFactory.eINSTANCE.createContract()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__COST_ITEMS,
         BatonFactory.eINSTANCE.createCostItem()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__ACCESS_ITEMS,
         BatonFactory.eINSTANCE.createAccessItem()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__RUNBOOKS,
         BatonFactory.eINSTANCE.createRunbook()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__ON_CALL_ROTATIONS,
         BatonFactory.eINSTANCE.createOnCallRotation()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__INCIDENTS,
         BatonFactory.eINSTANCE.createIncident()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__SECURITY_CONTROLS,
         BatonFactory.eINSTANCE.createSecurityControl()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__DELIVERY_PROCESSES,
         BatonFactory.eINSTANCE.createDeliveryProcess()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__GLOSSARY_TERMS,
         BatonFactory.eINSTANCE.createGlossaryTerm()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__OPEN_QUESTIONS,
         BatonFactory.eINSTANCE.createOpenQuestion()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__COMMITMENTS,
         BatonFactory.eINSTANCE.createCommitment()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__WORK_ITEMS,
         BatonFactory.eINSTANCE.createWorkItem()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__HANDOVER_SCOPES,
         BatonFactory.eINSTANCE.createHandoverScope()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__ACCEPTANCE_CHECKS,
         BatonFactory.eINSTANCE.createAcceptanceCheck()));

    newChildDescriptors.add
      (createChildParameter
        (BatonPackage.Literals.ARCHITECTURE__FIRST_WEEK_ACTIONS,
         BatonFactory.eINSTANCE.createFirstWeekAction()));
  }

  /**
   * Return the resource locator for this item provider's resources.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public ResourceLocator getResourceLocator()
  {
    return BatonEditPlugin.INSTANCE;
  }

}
