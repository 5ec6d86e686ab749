package dev.baton.api.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

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
 * The {@link Registry}: dynamic, multiple, greedy references to each kind of pluggable
 * work, so services that start later (or stop) are seen without restarting anything.
 */
@Component(service = Registry.class)
public final class RegistryComponent implements Registry {

	private final ConcurrentMap<Class<?>, ConcurrentMap<Object, Contribution<?>>> contributions = new ConcurrentHashMap<>();

	@Override
	public <T> List<Contribution<T>> all(Class<T> type) {
		List<Contribution<T>> result = new ArrayList<>();
		for (Contribution<?> contribution : contributions.getOrDefault(type, new ConcurrentHashMap<>()).values()) {
			result.add(cast(contribution));
		}
		result.sort(Comparator.comparing(Contribution::id));
		return result;
	}

	@SuppressWarnings("unchecked")
	private static <T> Contribution<T> cast(Contribution<?> contribution) {
		return (Contribution<T>) contribution;
	}

	private <T> void add(Class<T> type, T service, Map<String, Object> properties) {
		String id = String.valueOf(properties.getOrDefault(ServiceProperties.ID, service.getClass().getName()));
		String label = String.valueOf(properties.getOrDefault(ServiceProperties.LABEL, id));
		contributions.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).put(service,
				new Contribution<>(id, label, service, properties));
	}

	private void remove(Class<?> type, Object service) {
		contributions.getOrDefault(type, new ConcurrentHashMap<>()).remove(service);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeExporter")
	void addExporter(Exporter service, Map<String, Object> properties) {
		add(Exporter.class, service, properties);
	}

	void removeExporter(Exporter service) {
		remove(Exporter.class, service);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeImporter")
	void addImporter(Importer service, Map<String, Object> properties) {
		add(Importer.class, service, properties);
	}

	void removeImporter(Importer service) {
		remove(Importer.class, service);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeRule")
	void addRule(ReadinessRule service, Map<String, Object> properties) {
		add(ReadinessRule.class, service, properties);
	}

	void removeRule(ReadinessRule service) {
		remove(ReadinessRule.class, service);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeCommand")
	void addCommand(Command service, Map<String, Object> properties) {
		add(Command.class, service, properties);
	}

	void removeCommand(Command service) {
		remove(Command.class, service);
	}
}
