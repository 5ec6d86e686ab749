package dev.baton.ui;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.baton.api.Registry;

/** Baton's OSGi services as the UI reaches them. */
public final class Services {

	private Services() {
	}

	/**
	 * The registry of exporters, importers and readiness rules.
	 *
	 * @throws IllegalStateException when Declarative Services is not running, so no registry is
	 */
	public static Registry registry() {
		Bundle bundle = FrameworkUtil.getBundle(Services.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		ServiceReference<Registry> reference = context == null ? null : context.getServiceReference(Registry.class);
		Registry registry = reference == null ? null : context.getService(reference);
		if (registry == null) {
			throw new IllegalStateException(Messages.Services_noRegistry);
		}
		return registry;
	}
}
