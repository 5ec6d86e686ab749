package dev.baton.history;

/**
 * A decision's status changed in a commit: {@code proposed -> accepted by Ada Lovelace on 2024-03-05}.
 *
 * @param recordId the decision's id at that revision
 * @param title    its title at that revision
 * @param from     the status as written before ({@code null} when the decision was created with {@code to})
 * @param to       the status as written after
 * @param revision the commit that made the change
 */
public record StatusTransition(String recordId, String title, String from, String to, Revision revision) {

	/** {@code proposed -> accepted by Ada Lovelace on 2024-03-05}; {@code (new) -> proposed ...} for a creation. */
	public String describe() {
		return (from == null ? "(new)" : from) + " -> " + to + " by " + revision.author() + " on " + revision.day();
	}
}
