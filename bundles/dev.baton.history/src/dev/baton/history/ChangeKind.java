package dev.baton.history;

import java.util.Locale;

/** How a record's file changed between two revisions. */
public enum ChangeKind {

	/** The file appeared. */
	ADDED,
	/** The file's content changed in place. */
	MODIFIED,
	/** The file moved (its name, its folder or the whole architecture folder), perhaps changed too. */
	RENAMED,
	/** The file went away. */
	REMOVED;

	/** {@code added}, {@code modified}, ... */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
