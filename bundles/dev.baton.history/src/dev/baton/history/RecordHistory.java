package dev.baton.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.baton.model.Decision;
import dev.baton.model.Record;

/**
 * Every revision that touched one record's file, oldest first, followed across renames and moves of the file and of the
 * architecture folder.
 */
public final class RecordHistory {

	private final String kind;
	private final List<RecordVersion> versions = new ArrayList<>();
	private final List<StatusTransition> transitions = new ArrayList<>();

	/** @param kind the kind of record ({@code decision}, {@code component}, ...) */
	public RecordHistory(String kind) {
		this.kind = kind;
	}

	/** The kind of record ({@code decision}, {@code component}, ...). */
	public String kind() {
		return kind;
	}

	/** Every version, oldest first. */
	public List<RecordVersion> versions() {
		return Collections.unmodifiableList(versions);
	}

	/** The status changes, oldest first; the first is the creation ({@code from} is {@code null}). */
	public List<StatusTransition> transitions() {
		return Collections.unmodifiableList(transitions);
	}

	/** The newest version. */
	public RecordVersion latest() {
		return versions.get(versions.size() - 1);
	}

	/** The newest record that could be read, or {@code null}. */
	public Record record() {
		for (int i = versions.size() - 1; i >= 0; i--) {
			if (versions.get(i).record() != null) {
				return versions.get(i).record();
			}
		}
		return null;
	}

	/** The record's id in its newest readable version (else its file name). */
	public String id() {
		Record record = record();
		if (record != null && record.getId() != null) {
			return record.getId();
		}
		String path = latest().path();
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
	}

	/** The record's title in its newest readable version, or {@code null}. */
	public String title() {
		Record record = record();
		return record == null ? null : record.getTitle();
	}

	/** Whether the file is gone at the newest revision. */
	public boolean removed() {
		return latest().change() == ChangeKind.REMOVED;
	}

	/**
	 * Whether a name given by a user means this record: its id (now or at any earlier version), its decision number
	 * ({@code 7}, {@code 0007}, {@code ADR-7}), or its file's path.
	 */
	public boolean matches(String name) {
		String digits = name.replaceFirst("(?i)^adr-?", "");
		Integer number = digits.matches("\\d{1,9}") ? Integer.valueOf(digits) : null;
		for (RecordVersion version : versions) {
			Record record = version.record();
			if (version.path().equals(name) || version.path().endsWith("/" + name)) {
				return true;
			}
			if (record != null && (name.equals(record.getId())
					|| number != null && record instanceof Decision decision && number.equals(decision.getNumber()))) {
				return true;
			}
		}
		return false;
	}

	void add(RecordVersion version) {
		versions.add(version);
	}

	void add(StatusTransition transition) {
		transitions.add(transition);
	}
}
