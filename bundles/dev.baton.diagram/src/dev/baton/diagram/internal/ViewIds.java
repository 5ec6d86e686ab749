package dev.baton.diagram.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.baton.model.Record;

/**
 * Stable ids, safe as file names, for the records a view shows or is about: the kind, a dash and the record's id with
 * every character but letters, digits, dot, dash and underscore replaced. Records whose ids collide that way (or differ
 * only in case, which some file systems ignore) get {@code -2}, {@code -3}, ... in the order they are first asked for.
 */
final class ViewIds {

	private final Map<Record, String> ids = new HashMap<>();
	private final Set<String> taken = new HashSet<>();

	String of(String kind, Record record) {
		return ids.computeIfAbsent(record, r -> unique(kind + "-" + safe(r.getId())));
	}

	private String unique(String base) {
		String id = base;
		for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	static String safe(String id) {
		StringBuilder safe = new StringBuilder(id.length());
		id.codePoints().forEach(c -> safe.append(isSafe(c) ? (char) c : '-'));
		return safe.toString();
	}

	private static boolean isSafe(int c) {
		return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
	}
}
