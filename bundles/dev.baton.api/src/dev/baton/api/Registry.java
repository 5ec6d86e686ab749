package dev.baton.api;

import java.util.List;
import java.util.Optional;

/**
 * Collects every registered {@link Exporter}, {@link Importer}, {@link ReadinessRule} and {@link Command}, as they come
 * and go, and finds them by id. The UI and the command line look work up here instead of tracking services themselves.
 */
public interface Registry {

	/** Contributions of the given service type, ordered by id. */
	<T> List<Contribution<T>> all(Class<T> type);

	/** The contribution of the given type with the given id. */
	default <T> Optional<Contribution<T>> find(Class<T> type, String id) {
		return all(type).stream().filter(c -> c.id().equals(id)).findFirst();
	}
}
