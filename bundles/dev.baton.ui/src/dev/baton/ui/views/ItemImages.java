package dev.baton.ui.views;

import java.net.URL;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

import dev.baton.model.provider.BatonItemProviderAdapterFactory;

/**
 * Icons of model objects from their EMF.Edit item providers (EMF's own image registry lives in edit.ui, which is not on
 * Maven Central): the item provider's URL as an SWT image, disposed with the control.
 */
final class ItemImages {

	private final ComposedAdapterFactory factory = new ComposedAdapterFactory(new BatonItemProviderAdapterFactory());
	private final LocalResourceManager images;

	ItemImages(Control owner) {
		images = new LocalResourceManager(JFaceResources.getResources(), owner);
		owner.addDisposeListener(e -> factory.dispose());
	}

	Image of(Object object) {
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class);
		Object image = labels == null ? null : labels.getImage(object);
		return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
	}
}
