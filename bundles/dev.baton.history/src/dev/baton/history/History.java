package dev.baton.history;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;

import dev.baton.store.DecisionFormat;

/**
 * The history of an architecture folder from git: every record's versions and status transitions, and the timeline of
 * decision events, read in one walk over the commits that diffs each commit's tree with its parent's below the
 * architecture folder only, and parses only the record files a commit changed (each blob once).
 *
 * <p>
 * Renames and moves are followed: of a file, and of the whole folder (the folder is found at each commit by its
 * {@code baton.yaml}; where it moved from is found by git's rename detection). A merge commit contributes only what
 * differs from all of its parents (a conflict resolution), so a change made on a branch is shown once, at the commit
 * that made it.
 */
public final class History {

	private final List<RecordHistory> records;
	private final List<TimelineEvent> timeline;
	private final List<StatusTransition> transitions;
	private final Diagnostic findings;
	private final int commits;
	private final int parsed;

	History(List<RecordHistory> records, List<TimelineEvent> timeline, List<StatusTransition> transitions,
			Diagnostic findings, int commits, int parsed) {
		this.records = Collections.unmodifiableList(records);
		this.timeline = Collections.unmodifiableList(timeline);
		this.transitions = Collections.unmodifiableList(transitions);
		this.findings = findings;
		this.commits = commits;
		this.parsed = parsed;
	}

	/**
	 * Reads the history of the folder from HEAD back to the first commit (or the shallow boundary).
	 *
	 * @param formats formats of decision sets kept in a foreign dialect, by id
	 * @param monitor progress, one unit per commit; cancelling stops the walk (what was read stays)
	 * @throws NoHistoryException when git cannot be read
	 */
	public static History read(GitFolder git, Map<String, DecisionFormat> formats, Monitor monitor)
			throws NoHistoryException {
		return new HistoryWalk(git, formats, monitor).run();
	}

	/** Every record that ever had a file in the folder, in the order their files first appeared. */
	public List<RecordHistory> records() {
		return records;
	}

	/** The decision events of the whole history, oldest first (parents before children). */
	public List<TimelineEvent> timeline() {
		return timeline;
	}

	/** Every status transition of every decision, oldest first. */
	public List<StatusTransition> transitions() {
		return transitions;
	}

	/**
	 * The record a user names: by id (current or earlier), decision number or file path; records that still exist win
	 * over removed ones.
	 */
	public Optional<RecordHistory> find(String name) {
		Optional<RecordHistory> present = records.stream().filter(r -> !r.removed() && r.matches(name)).findFirst();
		return present.isPresent() ? present : records.stream().filter(r -> r.matches(name)).findFirst();
	}

	/** Files that could not be read at some revision, naming {@code commit:path} and the line. */
	public Diagnostic findings() {
		return findings;
	}

	/** How many commits were walked. */
	public int commits() {
		return commits;
	}

	/** How many record files were parsed (each blob once). */
	public int parsed() {
		return parsed;
	}
}
