package dev.baton.store;

import java.util.Locale;

import dev.baton.model.DecisionStatus;

/**
 * Maps a status as people write it ("Accepted", "PROPOSED", "superseded by [ADR-0005](0005-x.md)",
 * "Partly superseded") to the decision lifecycle. The text itself is always kept.
 */
public final class DecisionStatuses {

	private DecisionStatuses() {
	}

	/** The lifecycle state of a status text; {@link DecisionStatus#UNKNOWN} when none fits. */
	public static DecisionStatus of(String text) {
		if (text == null || text.isBlank()) {
			return DecisionStatus.UNKNOWN;
		}
		String status = text.strip().toLowerCase(Locale.ROOT);
		if (status.startsWith("draft") || status.startsWith("wip")) {
			return DecisionStatus.DRAFT;
		}
		if (status.startsWith("proposed") || status.startsWith("pending") || status.startsWith("in review")
				|| status.startsWith("under review") || status.startsWith("open") || status.startsWith("on hold")) {
			return DecisionStatus.PROPOSED;
		}
		if (status.startsWith("accepted") || status.startsWith("approved") || status.startsWith("adopted")
				|| status.startsWith("decided") || status.startsWith("done") || status.startsWith("implemented")) {
			return DecisionStatus.ACCEPTED;
		}
		if (status.startsWith("rejected") || status.startsWith("declined")) {
			return DecisionStatus.REJECTED;
		}
		if (status.startsWith("deprecated") || status.startsWith("obsolete") || status.startsWith("retired")) {
			return DecisionStatus.DEPRECATED;
		}
		if (status.contains("superseded") || status.contains("superceded") || status.startsWith("replaced")) {
			return DecisionStatus.SUPERSEDED;
		}
		return DecisionStatus.UNKNOWN;
	}
}
