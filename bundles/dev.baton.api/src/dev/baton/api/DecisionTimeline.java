package dev.baton.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Monitor;

/**
 * The status transitions of an architecture folder's decisions, read from the version control history the folder is
 * kept in. Registered as a DS service by the history bundle; the handover pack uses it when it is there (so the pack
 * does not depend on git).
 */
@FunctionalInterface
public interface DecisionTimeline {

	/**
	 * The transitions of the decisions of the folder, oldest first.
	 *
	 * @param folder  the architecture folder (the one with {@code baton.yaml})
	 * @param monitor progress and cancellation
	 * @return the transitions, or the reason there are none (no repository, a shallow clone, ...)
	 */
	Result transitions(Path folder, Monitor monitor);

	/**
	 * What was read. The pack publishes the note; the advice goes to the user only, because a pack travels and must not
	 * carry the machine's paths or commands meant for whoever runs the export.
	 *
	 * @param transitions every status change, oldest first; a decision's creation is one (from {@code null})
	 * @param note        why the history is missing or incomplete (not a git repository, a shallow clone), else
	 *                    {@code null}; fit for the pack: no absolute path, no command to run
	 * @param advice      the same for the user at the console, with where and what to do (may name the folder's
	 *                    absolute path and commands), else {@code null}
	 */
	record Result(List<Transition> transitions, String note, String advice) {

		public Result {
			transitions = List.copyOf(transitions);
		}

		/** A result with nothing to tell the user beyond the note. */
		public Result(List<Transition> transitions, String note) {
			this(transitions, note, null);
		}
	}

	/**
	 * A decision's status changed in a commit.
	 *
	 * @param path    the decision's file now (or last), relative to the architecture folder, with {@code /}
	 * @param id      the decision's id at that commit
	 * @param title   its title at that commit
	 * @param from    the status before as written, {@code null} when the decision was created with {@code to}
	 * @param to      the status after as written
	 * @param author  who made the change
	 * @param date    the day of the change
	 * @param commit  the commit's id
	 * @param message the first line of the commit message
	 */
	record Transition(String path, String id, String title, String from, String to, String author, LocalDate date,
			String commit, String message) {
	}
}
