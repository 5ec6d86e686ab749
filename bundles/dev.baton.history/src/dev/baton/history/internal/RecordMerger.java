package dev.baton.history.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.baton.history.MergeConflict;
import dev.baton.history.RecordMerge;

/** The work of {@link RecordMerge}: the front matter by entry, the body by section, then the pieces joined. */
public final class RecordMerger {

	private final RecordMerge.Labels labels;

	public RecordMerger(RecordMerge.Labels labels) {
		this.labels = labels;
	}

	public RecordMerge.Result merge(String base, String ours, String theirs) {
		if (ours.equals(theirs) || base.equals(theirs)) {
			return new RecordMerge.Result(ours.getBytes(StandardCharsets.UTF_8), List.of(), List.of());
		}
		if (base.equals(ours)) {
			return new RecordMerge.Result(theirs.getBytes(StandardCharsets.UTF_8), List.of(), List.of());
		}
		RecordParts b = RecordParts.of(base);
		RecordParts o = RecordParts.of(ours);
		RecordParts t = RecordParts.of(theirs);
		List<String> notes = new ArrayList<>();
		List<Piece> front;
		try {
			front = KeyedMerge.merge(b.fields(), o.fields(), t.fields(), this::field);
		} catch (RecordParts.Unsplittable e) {
			notes.add("the front matter was merged line by line: " + e.getMessage());
			front = List.of(LineMerge.merge(b.frontMatter, o.frontMatter, t.frontMatter, labels,
					MergeConflict.Where.LINES, "the front matter"));
		}
		List<Piece> body;
		try {
			body = KeyedMerge.merge(b.sections(), o.sections(), t.sections(), this::section);
		} catch (RecordParts.Unsplittable e) {
			notes.add("the text was merged line by line: " + e.getMessage());
			body = List.of(bodyByLines(b, o, t));
		}
		Joined joined = new Joined(o.end);
		if (!front.isEmpty() || o.open != null && t.open != null) {
			joined.add(Piece.of(o.open != null ? o.open : t.open != null ? t.open : "---" + o.end));
			front.forEach(joined::add);
			joined.add(Piece.of(o.close != null ? o.close : t.close != null ? t.close : "---" + o.end));
		}
		body.forEach(joined::add);
		return new RecordMerge.Result(joined.text.toString().getBytes(StandardCharsets.UTF_8), joined.conflicts,
				notes);
	}

	/** An entry both sides changed: a list as a set, anything else line by line, a conflict naming the entry. */
	private Piece field(Unit base, Unit ours, Unit theirs) {
		Optional<String> list = ListMerge.merge(base, ours, theirs);
		if (list.isPresent()) {
			return Piece.of(list.get());
		}
		String label = (ours != null ? ours : theirs).label();
		return LineMerge.merge(text(base), text(ours), text(theirs), labels, MergeConflict.Where.FIELD, label);
	}

	/** A section both sides changed, merged line by line; one removed on one side is merged with the whole text. */
	private Piece section(Unit base, Unit ours, Unit theirs) throws RecordParts.Unsplittable {
		if (ours == null || theirs == null) {
			throw new RecordParts.Unsplittable("the section '" + (ours != null ? ours : theirs).label()
					+ "' was removed or renamed on one side and changed on the other");
		}
		return LineMerge.merge(text(base), ours.text(), theirs.text(), labels, MergeConflict.Where.SECTION,
				ours.label());
	}

	/** The bodies merged line by line; each conflict named after the heading above it. */
	private Piece bodyByLines(RecordParts b, RecordParts o, RecordParts t) {
		Piece merged = LineMerge.merge(b.bodyText(), o.bodyText(), t.bodyText(), labels, MergeConflict.Where.SECTION,
				"");
		List<String> lines = Lines.of(merged.text());
		List<Piece.Local> named = new ArrayList<>();
		for (Piece.Local conflict : merged.conflicts()) {
			String heading = "";
			for (int i = conflict.line(); i >= 0; i--) {
				Optional<String> title = RecordParts.heading(lines.get(i));
				if (title.isPresent()) {
					heading = title.get();
					break;
				}
			}
			named.add(new Piece.Local(MergeConflict.Where.SECTION, heading, conflict.line()));
		}
		return new Piece(merged.text(), named);
	}

	private static String text(Unit unit) {
		return unit == null ? "" : unit.text();
	}

	/** The merged text as it grows, with its conflicts' lines. */
	private static final class Joined {

		final StringBuilder text = new StringBuilder();
		final List<MergeConflict> conflicts = new ArrayList<>();
		private final String end;
		private int line;

		Joined(String end) {
			this.end = end;
		}

		private String lastLine() {
			int start = text.lastIndexOf("\n", text.length() - 2) + 1;
			return text.substring(start);
		}

		void add(Piece piece) {
			if (piece.text().isEmpty()) {
				return;
			}
			if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
				text.append(end); // the last line of a part that was last in its version, now followed by another
				line++;
			}
			if (piece.moved() && RecordParts.heading(Lines.of(piece.text()).get(0)).isPresent() && !text.isEmpty()
					&& !Lines.bare(lastLine()).isEmpty()) {
				text.append(end); // a section put after another than in its version: a blank line between them
				line++;
			}
			for (Piece.Local conflict : piece.conflicts()) {
				conflicts.add(new MergeConflict(conflict.where(), conflict.name(), line + conflict.line() + 1));
			}
			text.append(piece.text());
			line += Lines.count(piece.text());
		}
	}
}
