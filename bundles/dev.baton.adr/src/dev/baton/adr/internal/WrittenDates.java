package dev.baton.adr.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.adr.AdrDates;
import dev.baton.adr.Vocabulary;
import dev.baton.store.codec.MarkdownOutline;
import dev.baton.store.codec.SourceText;

/**
 * Where an ADR writes its date other than in the metadata under the title, which wins over a date in the file name: a
 * {@code Date:} line under any heading, a {@code ## Date} section, the entry of a changelog list that creates the
 * record (its earliest; day and month ordered as the list's own unambiguous entries order them), a date in the prose
 * before the first section. It only finds; the reader applies what it finds and says so.
 */
final class WrittenDates {

	/** A date found, the 0-based line that says so, and the note that says where it comes from. */
	record Found(LocalDate date, int line, String note) {
	}

	private static final Pattern CHANGELOG = Pattern.compile(
			"(?i)^(change ?log|changes|history|revision history|revisions|document history|historique|historial"
					+ "|变更历史|变更记录)$");

	private WrittenDates() {
	}

	/**
	 * The lines outside code fences that read {@code Date: <a date>}, in file order.
	 *
	 * @param meta the metadata line pattern: group 3 the label, group 4 the value
	 */
	static List<Integer> dateLines(SourceText source, Pattern meta) {
		List<Integer> lines = new ArrayList<>();
		boolean fenced = false;
		for (int line = 0; line < source.lineCount(); line++) {
			String text = source.line(line);
			if (text.strip().startsWith("```") || text.strip().startsWith("~~~")) {
				fenced = !fenced;
			}
			Matcher m = meta.matcher(text);
			if (!fenced && m.matches() && "date".equals(Vocabulary.meta(m.group(3)))
					&& AdrDates.firstIn(m.group(4), null).date() != null) {
				lines.add(line);
			}
		}
		return lines;
	}

	/**
	 * The date of a {@code ## Date} section or of a changelog's creating entry, or {@code null}.
	 *
	 * @param heading a section's heading as written, without its numbering
	 */
	static Found fromSections(SourceText source, List<MarkdownOutline.Section> sections,
			Function<MarkdownOutline.Section, String> heading) {
		for (MarkdownOutline.Section section : sections) {
			String name = heading.apply(section);
			List<String> entries = new ArrayList<>();
			for (int line = section.contentFrom(); line < section.ownContentTo(); line++) {
				if (!source.line(line).isBlank()) {
					entries.add(source.line(line).strip());
				}
			}
			if ("date".equals(Vocabulary.meta(name)) && !entries.isEmpty()) {
				AdrDates.Parsed parsed = AdrDates.firstIn(entries.get(0), null);
				if (parsed.date() != null) {
					return new Found(parsed.date(), section.headingLine(),
							"date " + parsed.date() + " from the '" + name + "' section");
				}
			}
			if (CHANGELOG.matcher(name).matches()) {
				Found created = created(entries, section.headingLine(), name);
				if (created != null) {
					return created;
				}
			}
			Found inner = fromSections(source, section.children(), heading);
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	/** The earliest entry of a changelog list, day and month ordered as its own entries order them. */
	private static Found created(List<String> entries, int headingLine, String name) {
		Boolean monthFirst = AdrDates.monthFirst(entries);
		LocalDate first = null;
		for (String entry : entries) {
			LocalDate date = AdrDates.firstIn(entry, monthFirst == null ? Boolean.FALSE : monthFirst).date();
			if (date != null && (first == null || date.isBefore(first))) {
				first = date;
			}
		}
		return first == null ? null
				: new Found(first, headingLine,
						"date " + first + ": the first entry of the '" + name + "' list" + (monthFirst == null
								? ""
								: monthFirst ? " (month/day, as its entries write)"
										: " (day/month, as its entries write)"));
	}

	/** A date in the prose before the first section ("Decided on 12 March 2021"), or {@code null}. */
	static Found fromProse(MarkdownOutline outline) {
		AdrDates.Parsed parsed = AdrDates.firstIn(outline.text(outline.preambleFrom(), outline.preambleTo()), null);
		return parsed.date() == null ? null
				: new Found(parsed.date(), outline.preambleFrom(),
						"date " + parsed.date() + " found in the prose");
	}

}
