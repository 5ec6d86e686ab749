package dev.baton.history;

import java.util.Locale;

/**
 * Something that happened to a decision in a commit.
 *
 * @param kind     what happened
 * @param recordId the decision's id after the event (before it, for a removal)
 * @param title    its title then
 * @param path     its file relative to the architecture folder, with {@code /}
 * @param detail   what changed, in words ({@code proposed -> accepted}, {@code from doc/adr/0001-x.md})
 * @param revision the commit
 */
public record TimelineEvent(Kind kind, String recordId, String title, String path, String detail, Revision revision) {

	/** Kinds of decision events. */
	public enum Kind {

		/** The decision's file appeared. */
		CREATED,
		/** Its status changed. */
		STATUS,
		/** Its file moved. */
		RENAMED,
		/** Its content changed, its status did not. */
		EDITED,
		/** Its file went away. */
		REMOVED;

		/** {@code created}, {@code status}, ... */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}
