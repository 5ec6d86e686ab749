package dev.baton.backstage.internal;

import java.util.Locale;

/**
 * A Backstage entity reference, {@code [kind:][namespace/]name}, and its Baton id. Baton ids have no namespaces: an
 * entity of the {@code default} namespace keeps its name as id, any other gets {@code namespace--name} (Backstage names
 * never hold two separators in a row, so the form is unambiguous and turns back into the reference on export).
 *
 * @param kind      lower case, {@code null} when the reference leaves it to the relation's default
 * @param namespace {@code null} for the default namespace
 * @param name      the entity's name
 */
public record EntityRef(String kind, String namespace, String name) {

	/** What separates namespace and name in a Baton id. */
	public static final String NAMESPACE_SEPARATOR = "--";

	public EntityRef {
		kind = kind == null || kind.isBlank() ? null : kind.toLowerCase(Locale.ROOT);
		namespace =
				namespace == null || namespace.isBlank() || namespace.equalsIgnoreCase("default") ? null : namespace;
	}

	/**
	 * Parses a reference as written in a catalog file.
	 *
	 * @param defaultKind      the relation's kind when the reference names none ({@code group} for an owner, ...)
	 * @param contextNamespace the referring entity's namespace, which Backstage uses when the reference names none
	 */
	public static EntityRef parse(String text, String defaultKind, String contextNamespace) {
		String rest = text.strip();
		String kind = defaultKind;
		int colon = rest.indexOf(':');
		if (colon > 0) {
			kind = rest.substring(0, colon);
			rest = rest.substring(colon + 1);
		}
		String namespace = contextNamespace;
		int slash = rest.indexOf('/');
		if (slash > 0) {
			namespace = rest.substring(0, slash);
			rest = rest.substring(slash + 1);
		}
		return new EntityRef(kind, namespace, rest);
	}

	/** The reference a Baton id stands for ({@code payments--billing}: namespace payments). */
	public static EntityRef ofBatonId(String kind, String id) {
		int separator = id.indexOf(NAMESPACE_SEPARATOR);
		if (separator > 0 && separator + NAMESPACE_SEPARATOR.length() < id.length()) {
			return new EntityRef(kind, id.substring(0, separator),
					id.substring(separator + NAMESPACE_SEPARATOR.length()));
		}
		return new EntityRef(kind, null, id);
	}

	/** The Baton id: the name, or {@code namespace--name} outside the default namespace. */
	public String batonId() {
		return namespace == null ? name : namespace + NAMESPACE_SEPARATOR + name;
	}

	/** The key an entity is found by: kind, namespace and name, case-insensitive like Backstage. */
	public String key() {
		return (kind + ":" + (namespace == null ? "default" : namespace) + "/" + name).toLowerCase(Locale.ROOT);
	}

	/** As a catalog file writes it, leaving out the kind when it is the relation's default. */
	public String written(String defaultKind) {
		String text = namespace == null ? name : namespace + "/" + name;
		return kind == null || kind.equalsIgnoreCase(defaultKind) ? text : kind + ":" + text;
	}
}
