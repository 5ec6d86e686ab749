package dev.baton.history;

import java.util.ArrayList;
import java.util.List;

/**
 * One field of a record that differs between two versions: a front matter value, a list (links, affected elements,
 * tags, ...) or a prose section.
 *
 * @param field  the key as written ({@code status}, {@code affects}) or {@code section: <heading>}
 * @param before the value before, one entry per list item; empty when it was not set
 * @param after  the value after
 * @param prose  whether the field is Markdown prose (a section), compared as a whole
 * @param list   whether the field holds a list (a single value otherwise)
 */
public record FieldChange(String field, List<String> before, List<String> after, boolean prose, boolean list) {

	public FieldChange {
		before = List.copyOf(before);
		after = List.copyOf(after);
	}

	/** Items of a list field that are new. */
	public List<String> added() {
		List<String> added = new ArrayList<>(after);
		added.removeAll(before);
		return added;
	}

	/** Items of a list field that went away. */
	public List<String> removed() {
		List<String> removed = new ArrayList<>(before);
		removed.removeAll(after);
		return removed;
	}

	/** The value before as one line ({@code -} when unset). */
	public String beforeText() {
		return before.isEmpty() ? "-" : String.join(", ", before);
	}

	/** The value after as one line ({@code -} when unset). */
	public String afterText() {
		return after.isEmpty() ? "-" : String.join(", ", after);
	}
}
