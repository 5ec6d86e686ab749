package dev.baton.history.internal;

import java.util.Objects;

/**
 * A part of a record merged as a whole: a front-matter entry (its comment lines, key and value lines) or a Markdown
 * section (its heading and the lines up to the next heading).
 *
 * @param key   what identifies the part in all three versions: the entry's key, or the section's heading path
 * @param label how a message names it: the key, or the heading's text
 * @param text  the part's lines, line ends included
 * @param value the entry's value as YAML reads it (so that {@code [a, b]} and a block list of a and b are the same);
 *              {@code null} for a section
 */
record Unit(String key, String label, String text, Object value) {

	/** True when the two parts say the same: the same text, or entries of the same value. */
	static boolean same(Unit a, Unit b) {
		if (a == null || b == null) {
			return a == b;
		}
		return a.text.equals(b.text) || a.value != null && Objects.equals(a.value, b.value);
	}

	/** True when the two parts have the same text. */
	static boolean unchanged(Unit before, Unit after) {
		return before == null ? after == null : after != null && before.text.equals(after.text);
	}
}
