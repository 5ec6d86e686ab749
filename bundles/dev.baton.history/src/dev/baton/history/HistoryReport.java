package dev.baton.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.store.Json;

/** A record's history and the timeline of decision events, as text and as JSON. */
public final class HistoryReport {

	/** Version of the JSON documents' shape. */
	public static final String JSON_FORMAT = "baton-history/1";

	private HistoryReport() {
	}

	/** A record's versions, newest last, each with what changed; then its status transitions. */
	public static String text(RecordHistory record) {
		StringBuilder out = new StringBuilder();
		out.append(record.kind()).append(' ').append(record.id());
		if (record.title() != null) {
			out.append(" \"").append(record.title()).append('"');
		}
		out.append(": ").append(record.versions().size())
				.append(record.versions().size() == 1 ? " revision" : " revisions")
				.append(record.removed() ? " (removed)" : "").append('\n');
		for (RecordVersion version : record.versions()) {
			Revision revision = version.revision();
			out.append(revision.shortId()).append("  ").append(revision.day()).append("  ").append(revision.author())
					.append("  ").append(version.change().label());
			if (version.previousPath() != null) {
				out.append(" from ").append(version.previousPath()).append(" to ").append(version.path());
			} else if (version.change() == ChangeKind.ADDED) {
				out.append(' ').append(version.path());
			}
			out.append("  ").append(revision.message()).append('\n');
			if (version.change() != ChangeKind.ADDED) {
				for (FieldChange field : version.changes()) {
					out.append("    ").append(field.field()).append(": ").append(DiffReport.describe(field))
							.append('\n');
				}
			}
			if (version.record() == null && version.change() != ChangeKind.REMOVED) {
				out.append("    (the file could not be read at this revision)\n");
			}
		}
		if (!record.transitions().isEmpty()) {
			out.append("Status:\n");
			for (StatusTransition transition : record.transitions()) {
				out.append("  ").append(transition.describe()).append(" (").append(transition.revision().shortId())
						.append(")\n");
			}
		}
		return out.toString();
	}

	/** The timeline: one line per decision event, oldest first. */
	public static String text(History history) {
		StringBuilder out = new StringBuilder();
		out.append("Decision timeline: ").append(history.timeline().size()).append(" events in ")
				.append(history.commits()).append(history.commits() == 1 ? " commit\n" : " commits\n");
		for (TimelineEvent event : history.timeline()) {
			Revision revision = event.revision();
			out.append(revision.day()).append("  ").append(revision.shortId()).append("  ")
					.append(String.format("%-8s", event.kind().label())).append(event.recordId());
			if (event.title() != null) {
				out.append(" \"").append(event.title()).append('"');
			}
			out.append("  ").append(event.detail()).append("  (").append(revision.author()).append(")\n");
		}
		return out.toString();
	}

	/** A record's history as JSON. */
	public static String json(RecordHistory record) {
		return Json.write(recordJson(record)) + "\n";
	}

	private static Map<String, Object> recordJson(RecordHistory record) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", JSON_FORMAT);
		document.put("kind", record.kind());
		document.put("id", record.id());
		document.put("title", record.title());
		document.put("path", record.latest().path());
		document.put("removed", record.removed());
		List<Object> versions = new ArrayList<>();
		for (RecordVersion version : record.versions()) {
			Map<String, Object> entry = revisionJson(version.revision());
			entry.put("change", version.change().label());
			entry.put("path", version.path());
			if (version.previousPath() != null) {
				entry.put("previous-path", version.previousPath());
			}
			if (version.record() != null) {
				entry.put("id", version.record().getId());
				entry.put("title", version.record().getTitle());
				String status = RecordFields.status(version.record());
				if (status != null) {
					entry.put("status", status);
				}
			}
			List<Object> fields = new ArrayList<>();
			if (version.change() != ChangeKind.ADDED) {
				version.changes().forEach(f -> fields.add(DiffReport.fieldJson(f)));
			}
			entry.put("fields", fields);
			versions.add(entry);
		}
		document.put("versions", versions);
		List<Object> transitions = new ArrayList<>();
		for (StatusTransition transition : record.transitions()) {
			Map<String, Object> entry = revisionJson(transition.revision());
			entry.put("from", transition.from());
			entry.put("to", transition.to());
			transitions.add(entry);
		}
		document.put("transitions", transitions);
		return document;
	}

	/** The timeline as JSON. */
	public static String json(History history) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", JSON_FORMAT);
		document.put("commits", history.commits());
		List<Object> events = new ArrayList<>();
		for (TimelineEvent event : history.timeline()) {
			Map<String, Object> entry = revisionJson(event.revision());
			entry.put("event", event.kind().label());
			entry.put("id", event.recordId());
			entry.put("title", event.title());
			entry.put("path", event.path());
			entry.put("detail", event.detail());
			events.add(entry);
		}
		document.put("events", events);
		return Json.write(document) + "\n";
	}

	private static Map<String, Object> revisionJson(Revision revision) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("commit", revision.id());
		entry.put("author", revision.author());
		entry.put("email", revision.email());
		entry.put("date", revision.date().toString());
		entry.put("message", revision.message());
		return entry;
	}
}
