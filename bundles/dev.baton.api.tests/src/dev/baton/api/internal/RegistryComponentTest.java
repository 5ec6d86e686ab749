package dev.baton.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;

import dev.baton.api.Contribution;
import dev.baton.api.Exporter;
import dev.baton.api.Registry;
import dev.baton.api.ServiceProperties;

/**
 * Runs inside the OSGi framework (Equinox under Tycho surefire, with Felix SCR): proves that the DS descriptors
 * generated from the annotations are in the jar and that the registry follows services as they come and go.
 */
class RegistryComponentTest {

	private BundleContext context;

	@BeforeEach
	void startBundle() throws BundleException {
		Bundle bundle = FrameworkUtil.getBundle(Registry.class);
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		context = bundle.getBundleContext();
	}

	@Test
	void theBuiltBundleDeclaresItsComponentsFromAnnotations() {
		Bundle bundle = FrameworkUtil.getBundle(Registry.class);
		String header = bundle.getHeaders().get("Service-Component");
		assertNotNull(header, "Service-Component header missing: DS descriptors were not generated");
		assertTrue(header.contains("OSGI-INF/dev.baton.api.internal.RegistryComponent.xml"), header);
		assertNotNull(bundle.getEntry("OSGI-INF/dev.baton.api.internal.RegistryComponent.xml"));
	}

	@Test
	void serviceComponentRuntimeRunsTheRegistry() throws InterruptedException {
		Registry registry = service(Registry.class);
		assertNotNull(registry);
		ServiceComponentRuntime scr = service(ServiceComponentRuntime.class);
		Bundle bundle = FrameworkUtil.getBundle(Registry.class);
		ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(bundle, RegistryComponent.class.getName());
		assertNotNull(description, "SCR does not know the registry component");
		assertTrue(scr.isComponentEnabled(description));
		int state = scr.getComponentConfigurationDTOs(description).iterator().next().state;
		assertEquals(ComponentConfigurationDTO.ACTIVE, state);
	}

	@Test
	void theRegistryFollowsServicesAsTheyComeAndGo() throws InterruptedException {
		Registry registry = service(Registry.class);
		Hashtable<String, Object> properties = new Hashtable<>();
		properties.put(ServiceProperties.ID, "test-export");
		properties.put(ServiceProperties.LABEL, "Test export");
		properties.put(ServiceProperties.FILE_EXTENSION, "txt");
		Exporter exporter = (architecture, target, runContext, findings) -> {
		};
		ServiceRegistration<Exporter> registration = context.registerService(Exporter.class, exporter, properties);
		try {
			Contribution<Exporter> found = registry.find(Exporter.class, "test-export").orElseThrow();
			assertEquals("Test export", found.label());
			assertEquals("txt", found.property(ServiceProperties.FILE_EXTENSION));
			assertTrue(found.service() == exporter);
		} finally {
			registration.unregister();
		}
		List<Contribution<Exporter>> after = registry.all(Exporter.class);
		assertTrue(after.stream().noneMatch(c -> c.id().equals("test-export")), after.toString());
	}

	private <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(10_000);
			assertNotNull(service, "no " + type.getSimpleName() + " service within 10 s");
			return service;
		} finally {
			// the service object stays usable after close: DS keeps the component while registered
			tracker.close();
		}
	}
}
