package dev.baton.api.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.baton.api.Command;
import dev.baton.api.Contribution;
import dev.baton.api.Exporter;
import dev.baton.api.Importer;
import dev.baton.api.ReadinessRule;
import dev.baton.api.Registry;
import dev.baton.api.ServiceProperties;

/**
 * The {@link Registry}: dynamic, multiple, greedy references to each kind of pluggable work, so services that start
 * later (or stop) are seen without restarting anything. It binds service references and gets the service objects only
 * when asked, so a command that itself uses the registry (a circular reference) still gets registered.
 */
@Component(service = Registry.class)
public final class RegistryComponent implements Registry {

	private static final Map<Class<?>, String> REFERENCE_NAMES = Map.of(Exporter.class, "exporters", Importer.class,
			"importers", ReadinessRule.class, "rules", Command.class, "commands");

	private final ConcurrentMap<Class<?>, ConcurrentMap<ServiceReference<?>, Boolean>> references =
			new ConcurrentHashMap<>();
	private ComponentContext context;

	@Activate
	void activate(ComponentContext componentContext) {
		this.context = componentContext;
	}

	@Override
	public <T> List<Contribution<T>> all(Class<T> type) {
		List<Contribution<T>> result = new ArrayList<>();
		String name = REFERENCE_NAMES.get(type);
		for (ServiceReference<?> reference : references.getOrDefault(type, new ConcurrentHashMap<>()).keySet()) {
			Object service = context == null || name == null ? null : context.locateService(name, reference);
			if (type.isInstance(service)) {
				Map<String, Object> properties = new HashMap<>();
				for (String key : reference.getPropertyKeys()) {
					properties.put(key, reference.getProperty(key));
				}
				String id = String.valueOf(properties.getOrDefault(ServiceProperties.ID, service.getClass().getName()));
				String label = String.valueOf(properties.getOrDefault(ServiceProperties.LABEL, id));
				result.add(new Contribution<>(id, label, type.cast(service), properties));
			}
		}
		result.sort(Comparator.comparing(Contribution::id));
		return result;
	}

	private void add(Class<?> type, ServiceReference<?> reference) {
		references.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).put(reference, Boolean.TRUE);
	}

	private void remove(Class<?> type, ServiceReference<?> reference) {
		references.getOrDefault(type, new ConcurrentHashMap<>()).remove(reference);
	}

	@Reference(name = "exporters", service = Exporter.class, cardinality = ReferenceCardinality.MULTIPLE,
			policy = ReferencePolicy.DYNAMIC, unbind = "removeExporter")
	void addExporter(ServiceReference<Exporter> reference) {
		add(Exporter.class, reference);
	}

	void removeExporter(ServiceReference<Exporter> reference) {
		remove(Exporter.class, reference);
	}

	@Reference(name = "importers", service = Importer.class, cardinality = ReferenceCardinality.MULTIPLE,
			policy = ReferencePolicy.DYNAMIC, unbind = "removeImporter")
	void addImporter(ServiceReference<Importer> reference) {
		add(Importer.class, reference);
	}

	void removeImporter(ServiceReference<Importer> reference) {
		remove(Importer.class, reference);
	}

	@Reference(name = "rules", service = ReadinessRule.class, cardinality = ReferenceCardinality.MULTIPLE,
			policy = ReferencePolicy.DYNAMIC, unbind = "removeRule")
	void addRule(ServiceReference<ReadinessRule> reference) {
		add(ReadinessRule.class, reference);
	}

	void removeRule(ServiceReference<ReadinessRule> reference) {
		remove(ReadinessRule.class, reference);
	}

	@Reference(name = "commands", service = Command.class, cardinality = ReferenceCardinality.MULTIPLE,
			policy = ReferencePolicy.DYNAMIC, unbind = "removeCommand")
	void addCommand(ServiceReference<Command> reference) {
		add(Command.class, reference);
	}

	void removeCommand(ServiceReference<Command> reference) {
		remove(Command.class, reference);
	}
}
