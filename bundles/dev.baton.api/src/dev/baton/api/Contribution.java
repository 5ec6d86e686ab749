package dev.baton.api;

import java.util.Map;
import java.util.Objects;

/**
 * A registered piece of pluggable work with its service properties.
 *
 * @param <T>        the service interface
 * @param id         the {@link ServiceProperties#ID}
 * @param label      the {@link ServiceProperties#LABEL}, or the id when there is none
 * @param service    the service object
 * @param properties all service properties
 */
public record Contribution<T>(String id, String label, T service, Map<String, Object> properties) {

	public Contribution {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(service, "service");
		properties = Map.copyOf(properties);
	}

	/** A property as a string, or {@code null}. */
	public String property(String name) {
		Object value = properties.get(name);
		return value == null ? null : value.toString();
	}
}
