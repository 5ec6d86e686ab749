package dev.baton.history;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

import dev.baton.store.Json;

/**
 * An {@link ArchitectureDiff} as text (for a terminal), Markdown (for a pull-request comment) and JSON (for tools). The
 * same diff gives the same bytes.
 */
public final class DiffReport {

	/** Version of the JSON document's shape. */
	public static final String JSON_FORMAT = "baton-diff/1";

	private DiffReport() {
	}

	private static String range(ArchitectureDiff diff) {
		return diff.from() + ".." + diff.to();
	}

	private static String summary(ArchitectureDiff diff) {
		return diff.count(ChangeKind.ADDED) + " added, " + diff.count(ChangeKind.REMOVED) + " removed, "
				+ diff.count(ChangeKind.RENAMED) + " renamed, " + diff.count(ChangeKind.MODIFIED) + " changed";
	}

	/** One line per record, then one indented line per changed field. */
	public static String text(ArchitectureDiff diff) {
		StringBuilder out = new StringBuilder();
		out.append("Architecture changes ").append(range(diff)).append(": ").append(summary(diff)).append('\n');
		if (diff.folderMoved()) {
			out.append("The architecture folder moved from ").append(diff.fromFolder()).append(" to ")
					.append(diff.toFolder())
					.append('\n');
		}
		for (RecordChange change : diff.changes()) {
			out.append(String.format("%-9s", change.change().label())).append(change.kind()).append(' ');
			if (change.previousId() != null) {
				out.append(change.previousId()).append(" -> ");
			}
			out.append(change.id());
			if (change.title() != null) {
				out.append(" \"").append(change.title()).append('"');
			}
			if (change.status() != null && change.change() != ChangeKind.MODIFIED
					&& change.change() != ChangeKind.RENAMED) {
				out.append(" (").append(change.status()).append(')');
			}
			out.append("  ");
			out.append(change.previousPath() == null ? change.path() : change.previousPath() + " -> " + change.path());
			out.append('\n');
			for (FieldChange field : change.fields()) {
				out.append("    ").append(field.field()).append(": ").append(describe(field)).append('\n');
			}
		}
		return out.toString();
	}

	/** How a field changed, in one line. */
	static String describe(FieldChange field) {
		if (field.prose()) {
			if (field.before().isEmpty()) {
				return "added (" + lines(field.after()) + " lines)";
			}
			if (field.after().isEmpty()) {
				return "removed (was " + lines(field.before()) + " lines)";
			}
			List<String> diff = lineDiff(String.join("\n", field.before()), String.join("\n", field.after()));
			long added = diff.stream().filter(l -> l.startsWith("+")).count();
			long removed = diff.stream().filter(l -> l.startsWith("-")).count();
			return "changed (+" + added + " -" + removed + " lines)";
		}
		if (field.list()) {
			List<String> parts = new ArrayList<>();
			field.added().forEach(item -> parts.add("+" + item));
			field.removed().forEach(item -> parts.add("-" + item));
			return parts.isEmpty() ? "reordered: " + field.afterText() : String.join(", ", parts);
		}
		return field.beforeText() + " -> " + field.afterText();
	}

	private static int lines(List<String> text) {
		return String.join("\n", text).split("\n", -1).length;
	}

	/** The lines of a line diff: {@code -} removed, {@code +} added (no context lines). */
	static List<String> lineDiff(String before, String after) {
		RawText a = new RawText(before.getBytes(StandardCharsets.UTF_8));
		RawText b = new RawText(after.getBytes(StandardCharsets.UTF_8));
		List<String> lines = new ArrayList<>();
		for (Edit edit : DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
				.diff(RawTextComparator.DEFAULT, a, b)) {
			for (int i = edit.getBeginA(); i < edit.getEndA(); i++) {
				lines.add("-" + a.getString(i));
			}
			for (int i = edit.getBeginB(); i < edit.getEndB(); i++) {
				lines.add("+" + b.getString(i));
			}
		}
		return lines;
	}

	/**
	 * GitHub-flavoured Markdown for a pull-request comment: a summary line, a table of the records that changed, and
	 * each changed prose section as a collapsed {@code diff} block.
	 */
	public static String markdown(ArchitectureDiff diff) {
		StringBuilder out = new StringBuilder();
		out.append("### Architecture changes `").append(cell(diff.from())).append("` → `").append(cell(diff.to()))
				.append("`\n\n");
		out.append("**").append(summary(diff)).append("**\n");
		if (diff.folderMoved()) {
			out.append("\nThe architecture folder moved from `").append(cell(diff.fromFolder())).append("` to `")
					.append(cell(diff.toFolder())).append("`.\n");
		}
		if (diff.changes().isEmpty()) {
			out.append("\nNo record changed.\n");
			return out.toString();
		}
		out.append("\n| change | kind | record | what changed |\n|---|---|---|---|\n");
		List<String> details = new ArrayList<>();
		for (RecordChange change : diff.changes()) {
			String record = "`" + cell(change.id()) + "`" + (change.title() == null ? "" : " " + cell(change.title()));
			List<String> what = new ArrayList<>();
			switch (change.change()) {
			case ADDED -> what.add(change.status() == null ? "new" : "new, status **" + cell(change.status()) + "**");
			case REMOVED ->
				what.add("removed" + (change.status() == null ? "" : " (was " + cell(change.status()) + ")"));
			case RENAMED -> what.add("moved from `" + cell(change.previousPath()) + "`");
			default -> {
			}
			}
			for (FieldChange field : change.fields()) {
				if (field.prose()) {
					what.add(cell(field.field()) + ": " + describe(field));
					details.add(proseDetails(change, field));
				} else if (field.list()) {
					what.add("**" + cell(field.field()) + "**: " + cell(describe(field)));
				} else {
					what.add("**" + cell(field.field()) + "**: " + cell(field.beforeText()) + " → "
							+ cell(field.afterText()));
				}
			}
			out.append("| ").append(change.change().label()).append(" | ").append(change.kind()).append(" | ")
					.append(record).append(" | ").append(String.join("<br>", what)).append(" |\n");
		}
		details.forEach(out::append);
		return out.toString();
	}

	private static String proseDetails(RecordChange change, FieldChange field) {
		StringBuilder out = new StringBuilder();
		out.append("\n<details><summary><code>").append(html(change.id())).append("</code> ")
				.append(html(field.field()))
				.append("</summary>\n\n");
		List<String> lines = lineDiff(String.join("\n", field.before()), String.join("\n", field.after()));
		String fence = "```";
		while (lines.stream().anyMatch(l -> l.contains("```")) && fence.length() < 10) {
			fence += "`";
		}
		out.append(fence).append("diff\n");
		lines.forEach(l -> out.append(l).append('\n'));
		out.append(fence).append("\n\n</details>\n");
		return out.toString();
	}

	private static String cell(String text) {
		return text == null ? ""
				: text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
	}

	private static String html(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** The diff as a JSON document (format {@value #JSON_FORMAT}). */
	public static String json(ArchitectureDiff diff) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", JSON_FORMAT);
		document.put("from", diff.from());
		document.put("from-commit", diff.fromId());
		document.put("to", diff.to());
		document.put("to-commit", diff.toId());
		document.put("from-folder", diff.fromFolder());
		document.put("to-folder", diff.toFolder());
		Map<String, Object> counts = new LinkedHashMap<>();
		for (ChangeKind kind : ChangeKind.values()) {
			counts.put(kind.label(), diff.count(kind));
		}
		document.put("summary", counts);
		List<Object> changes = new ArrayList<>();
		for (RecordChange change : diff.changes()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("change", change.change().label());
			entry.put("kind", change.kind());
			entry.put("id", change.id());
			if (change.previousId() != null) {
				entry.put("previous-id", change.previousId());
			}
			entry.put("title", change.title());
			if (change.status() != null) {
				entry.put("status", change.status());
			}
			entry.put("path", change.path());
			if (change.previousPath() != null) {
				entry.put("previous-path", change.previousPath());
			}
			List<Object> fields = new ArrayList<>();
			for (FieldChange field : change.fields()) {
				fields.add(fieldJson(field));
			}
			entry.put("fields", fields);
			changes.add(entry);
		}
		document.put("changes", changes);
		return Json.write(document) + "\n";
	}

	/** A field change as JSON: single values as strings (or null), lists as arrays with what was added and removed. */
	static Map<String, Object> fieldJson(FieldChange field) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("field", field.field());
		if (field.list()) {
			entry.put("before", field.before());
			entry.put("after", field.after());
			entry.put("added", field.added());
			entry.put("removed", field.removed());
		} else {
			entry.put("before", field.before().isEmpty() ? null : String.join("\n", field.before()));
			entry.put("after", field.after().isEmpty() ? null : String.join("\n", field.after()));
		}
		if (field.prose()) {
			entry.put("prose", true);
		}
		return entry;
	}
}
