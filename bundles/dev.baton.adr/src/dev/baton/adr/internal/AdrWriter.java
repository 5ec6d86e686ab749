package dev.baton.adr.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import dev.baton.adr.AdrDates;
import dev.baton.adr.Vocabulary;
import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.Record;
import dev.baton.model.Section;
import dev.baton.store.DecisionFormat;
import dev.baton.store.codec.MarkdownOutline;
import dev.baton.store.codec.RecordSections;
import dev.baton.store.codec.SectionCodec;
import dev.baton.store.codec.SourceText;
import dev.baton.store.codec.YamlText;

/**
 * Writes decisions in an ADR dialect: a whole new file ({@link #render}), or the file it was read from with only the
 * changed parts replaced ({@link #patch}), each in the style the file uses (its bullet marker, its date format, its
 * link wording, its headings).
 */
public final class AdrWriter {

	/** A link as it would be written: its meaning and its target's token. */
	record LinkValue(String meaning, String token, EObject target) {
	}

	private record Edit(int start, int end, String text, int order) {
	}

	private final Decision decision;
	private final DecisionFormat.Links links;
	private final Layout layout;
	private final SourceText source;
	private final String nl;
	private final List<Edit> edits = new ArrayList<>();

	private AdrWriter(Decision decision, Layout layout, DecisionFormat.Links links) {
		this.decision = decision;
		this.layout = layout;
		this.links = links;
		this.source = layout == null ? null : layout.source;
		this.nl = source == null || source.text().isEmpty() ? "\n" : source.newline();
	}

	// --- canonical values ---

	/** The decision's links (and stated superseded-by) as tokens, prose links left out: they stay in the prose. */
	static List<LinkValue> linkValues(Decision decision, DecisionFormat.Links links) {
		List<LinkValue> values = new ArrayList<>();
		for (DecisionLink link : decision.getLinks()) {
			if (link.getTarget() == null || link.getNote() != null && link.getNote().endsWith("in prose")) {
				continue;
			}
			String meaning = switch (link.getType()) {
			case SUPERSEDES -> "supersedes";
			case AMENDS -> "amends";
			case CUSTOM -> link.getCustomType() == null ? "relates-to" : link.getCustomType();
			default -> "relates-to";
			};
			values.add(new LinkValue(meaning, token(decision, link.getTarget(), links), link.getTarget()));
		}
		for (Decision by : decision.getStatedSupersededBy()) {
			values.add(new LinkValue("superseded-by", token(decision, by, links), by));
		}
		return values;
	}

	private static String token(Decision from, EObject target, DecisionFormat.Links links) {
		if (links == null) {
			return target instanceof Record record ? record.getId() : String.valueOf(target);
		}
		String written = links.written(from, target);
		if (written != null) {
			return written;
		}
		return target.eIsProxy() || !(target instanceof Record record) ? links.token(target) : record.getId();
	}

	/** The canonical value of every part of a decision, as {@link Layout#loaded} holds them at reading. */
	static Map<String, Object> canonical(Decision decision, DecisionFormat.Links links) {
		Map<String, Object> values = new HashMap<>();
		values.put("title", decision.getTitle());
		values.put("status", AdrReader.statusValue(decision));
		values.put("date", decision.getDate());
		values.put("deciders", List.copyOf(decision.getDecisionMakers()));
		values.put("consulted", List.copyOf(decision.getConsulted()));
		values.put("informed", List.copyOf(decision.getInformed()));
		values.put("tags", List.copyOf(decision.getTags()));
		values.put("links", linkValues(decision, links).stream().map(l -> l.meaning() + " " + l.token()).toList());
		return values;
	}

	/** The canonical values, without the links said in prose (they stay in the prose). */
	private static Map<String, Object> canonical(Decision decision, DecisionFormat.Links links, Layout layout) {
		Map<String, Object> values = canonical(decision, links);
		@SuppressWarnings("unchecked")
		List<String> all = (List<String>) values.get("links");
		values.put("links", all.stream().filter(k -> !layout.proseKeys.contains(k)).toList());
		for (SectionCodec body : RecordSections.of(BatonPackage.Literals.DECISION).sections()) {
			values.put("body:" + body.heading(), body.canonical(decision));
		}
		values.put("description", decision.getDescription());
		values.put("sections", AdrReader.sections(decision));
		return values;
	}

	// --- patching ---

	/** The file's text with the parts that changed since reading replaced. */
	public static String patch(Decision decision, Layout layout, DecisionFormat.Links links) {
		AdrWriter writer = new AdrWriter(decision, layout, links);
		return writer.patch();
	}

	private String patch() {
		Map<String, Object> now = canonical(decision, links, layout);
		Map<String, Object> before = new HashMap<>(layout.loaded);
		if (!Objects.equals(before.get("title"), now.get("title")) && now.get("title") != null
				|| !Objects.equals(before.get("number"), decision.getNumber()) && layout.titleLine >= 0) {
			patchTitle((String) now.get("title"));
		}
		for (String key : List.of("status", "date", "deciders", "consulted", "informed", "tags")) {
			if (!Objects.equals(before.get(key), now.get(key))) {
				patchField(key, now.get(key));
			}
		}
		if (!Objects.equals(before.get("links"), now.get("links"))) {
			patchLinks();
		}
		RecordSections codec = RecordSections.of(BatonPackage.Literals.DECISION);
		for (SectionCodec body : codec.sections()) {
			String id = "body:" + body.heading();
			if (!Objects.equals(before.get(id), now.get(id))) {
				patchSection(codec, body, now.get(id));
			}
		}
		if (!Objects.equals(before.get("sections"), now.get("sections"))) {
			patchExtraSections();
		}
		return apply();
	}

	private void add(int start, int end, String text) {
		edits.add(new Edit(start, end, text, edits.size()));
	}

	private void patchTitle(String title) {
		if (layout.titleLine < 0) {
			String marker = layout.markup == Layout.Markup.ASCIIDOC ? "= " : "# ";
			int at = layout.frontMatterEnd >= 0 ? source.lineStart(layout.frontMatterEnd + 1) : 0;
			add(at, at, marker + title + nl + nl);
			return;
		}
		String prefix = layout.titlePrefix;
		Object oldNumber = layout.loaded.get("number");
		if (oldNumber != null && decision.getNumber() != null && !oldNumber.equals(decision.getNumber())) {
			// "# 10. X" -> "# 11. X" when the decision was renumbered; the padding stays
			Matcher m = Pattern.compile("(\\D*?)(0*)" + oldNumber + "\\b").matcher(prefix);
			if (m.find()) {
				String digits = String.valueOf(decision.getNumber());
				int width = m.group(2).length() + String.valueOf(oldNumber).length();
				prefix = prefix.substring(0, m.start()) + m.group(1) + "0".repeat(Math.max(0, width - digits.length()))
						+ digits + prefix.substring(m.end());
			}
		}
		int start = source.lineStart(layout.titleLine);
		add(start, start + source.line(layout.titleLine).stripTrailing().length(), prefix + title + layout.titleSuffix);
	}

	private String valueText(String key, Object value, Layout.Field field) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate date) {
			return field != null && field.style() == Layout.Style.FRONT_MATTER ? date.toString()
					: AdrDates.format(date, field == null ? null : field.pattern());
		}
		if (value instanceof List<?> list) {
			if (field != null && field.style() == Layout.Style.FRONT_MATTER) {
				return YamlText.inline(list);
			}
			return String.join(", ", list.stream().map(String::valueOf).toList());
		}
		return field != null && field.style() == Layout.Style.FRONT_MATTER ? YamlText.inline(value) : value.toString();
	}

	private void patchField(String key, Object value) {
		Layout.Field field = layout.fields.get(key);
		if (key.equals("status") && value instanceof String status && !status.isEmpty()) {
			// a file that writes "Accepted" gets "Superseded", not "superseded"
			Object old = layout.loaded.get("status");
			boolean capitals = old instanceof String s ? !s.isEmpty() && Character.isUpperCase(s.charAt(0))
					: !"madr".equals(layout.dialect) && !"log4brains".equals(layout.dialect);
			if (capitals && Character.isLowerCase(status.charAt(0))
					&& status.equals(status.toLowerCase(Locale.ROOT))) {
				value = AdrReader.capitalise(status);
			}
		}
		String text = valueText(key, value, field);
		if (field != null) {
			if (field.style() == Layout.Style.HISTORY) {
				if (value != null) {
					add(field.end(), field.end(), nl + LocalDate.now() + " " + text);
				}
				return;
			}
			if (value == null && (field.style() == Layout.Style.BULLET || field.style() == Layout.Style.LINE)) {
				int end = field.line() + 1 < source.lineCount() ? source.lineStart(field.line() + 1)
						: source.text().length();
				add(source.lineStart(field.line()), end, "");
				return;
			}
			add(field.start(), field.end(), text);
			return;
		}
		if (value == null || value instanceof List<?> list && list.isEmpty()) {
			return;
		}
		String label = label(key);
		boolean bullets = layout.fields.values().stream().anyMatch(f -> f.style() == Layout.Style.BULLET);
		boolean frontMatter = layout.frontMatterEnd >= 0;
		if (frontMatter) {
			int at = source.lineStart(layout.frontMatterEnd);
			add(at, at, key + ": "
					+ valueText(key, value, new Layout.Field(Layout.Style.FRONT_MATTER, 0, 0, 0, null, null)) + nl);
		} else if (bullets && layout.metaEnd >= 0) {
			int at = lineStartOrEnd(layout.metaEnd);
			add(at, at, layout.bulletMarker + " " + label + ": " + text + nl);
		} else if (key.equals("status")) {
			if (layout.statusSection != null) {
				int at = source.lineStart(layout.statusSection.contentFrom());
				add(at, at, nl + text + nl);
			} else {
				int at = layout.outline.sections().isEmpty() ? source.text().length()
						: source.lineStart(layout.outline.sections().get(0).headingLine());
				String hashes = layout.markup == Layout.Markup.ASCIIDOC ? "== " : "## ";
				add(at, at, (at == source.text().length() && !source.text().endsWith("\n") ? nl + nl : "") + hashes
						+ "Status" + nl + nl + text + nl + nl);
			}
		} else if (layout.metaEnd >= 0) {
			int at = lineStartOrEnd(layout.metaEnd);
			add(at, at, label + ": " + text + nl);
		} else {
			int at = layout.titleLine >= 0 ? lineStartOrEnd(layout.titleLine + 1) : 0;
			add(at, at, nl + label + ": " + text + nl);
		}
	}

	private int lineStartOrEnd(int line) {
		return line < source.lineCount() ? source.lineStart(line) : source.text().length();
	}

	private static String label(String key) {
		return switch (key) {
		case "deciders" -> "Deciders";
		case "consulted" -> "Consulted";
		case "informed" -> "Informed";
		default -> AdrReader.capitalise(key);
		};
	}

	/**
	 * Rewrites the block of link lines: unchanged links keep their line as written, new ones get the dialect's wording.
	 */
	private void patchLinks() {
		Map<String, String> original = new HashMap<>();
		List<Layout.LinkLine> lines = new ArrayList<>();
		for (Layout.LinkLine line : layout.links) {
			if (Vocabulary.isBackLink(line.meaning())) {
				continue; // not modelled (derived from the other record): the line stays
			}
			lines.add(line);
			if (line.keys().size() == 1) {
				original.putIfAbsent(line.keys().get(0), source.line(line.line()));
			}
		}
		lines.sort(Comparator.comparingInt(Layout.LinkLine::line));
		boolean inLinksSection = layout.linksSection != null
				&& lines.stream().allMatch(
						l -> l.line() >= layout.linksSection.contentFrom() && l.line() < layout.linksSection.to());
		for (Layout.LinkLine line : lines) {
			int end = line.line() + 1 < source.lineCount() ? source.lineStart(line.line() + 1) : source.text().length();
			int start = source.lineStart(line.line());
			// a link line followed by a blank line in a status section: take the blank too
			if (!inLinksSection && line.line() + 1 < source.lineCount() && source.line(line.line() + 1).isBlank()
					&& line.line() > 0 && source.line(line.line() - 1).isBlank()) {
				end = line.line() + 2 < source.lineCount() ? source.lineStart(line.line() + 2) : source.text().length();
			}
			add(start, end, "");
		}
		StringBuilder block = new StringBuilder();
		boolean bullet = inLinksSection || isMadr2();
		Set<String> used = new HashSet<>();
		List<LinkValue> values = linkValues(decision, links);
		List<String> nowKeys = values.stream().map(l -> l.meaning() + " " + l.token()).toList();
		for (LinkValue link : values) {
			String key = link.meaning() + " " + link.token();
			String text = original.get(key);
			if (text != null) {
				used.add(key);
			} else {
				text = retargeted(link, original, used, nowKeys);
			}
			if (text == null) {
				text = (bullet ? "- " : "") + linkLine(decision, link, layout.markup, links);
			}
			block.append(text).append(nl);
			if (!bullet) {
				block.append(nl);
			}
		}
		if (block.length() == 0) {
			return;
		}
		if (layout.linksSection != null && bullet) {
			int at = !lines.isEmpty() && inLinksSection ? source.lineStart(lines.get(0).line())
					: lineStartOrEnd(lastContentLine(layout.linksSection) + 1);
			add(at, at, block.toString());
		} else if (layout.statusSection != null && !bullet) {
			if (!lines.isEmpty()) {
				int at = source.lineStart(lines.get(0).line());
				add(at, at, block.toString());
			} else {
				int at = lineStartOrEnd(lastContentLine(layout.statusSection) + 1);
				add(at, at, nl + block.toString().stripTrailing() + nl);
			}
		} else {
			String hashes = layout.markup == Layout.Markup.ASCIIDOC ? "== " : "## ";
			int at = source.text().length();
			String lead = source.text().endsWith("\n\n") ? "" : source.text().endsWith("\n") ? nl : nl + nl;
			add(at, at,
					lead + hashes + (bullet ? "Links" : "Status") + nl + nl + block.toString().stripTrailing() + nl);
		}
	}

	/**
	 * The line of a link whose target was renamed or renumbered: the line as written, with the old file name and number
	 * replaced, so its wording ("Superceded by") stays.
	 */
	private String retargeted(LinkValue link, Map<String, String> original, Set<String> used,
			List<String> nowKeys) {
		for (Map.Entry<String, String> entry : original.entrySet()) {
			String key = entry.getKey();
			if (used.contains(key) || nowKeys.contains(key) || !key.startsWith(link.meaning() + " ")) {
				continue;
			}
			String oldToken = key.substring(link.meaning().length() + 1);
			if (!(link.target() instanceof Decision target) || target.eIsProxy()
					|| !entry.getValue().contains(oldToken)) {
				continue;
			}
			used.add(key);
			String text = entry.getValue().replace(oldToken, link.token());
			Matcher number = Pattern.compile("^0*(\\d+)").matcher(oldToken);
			if (number.find() && target.getNumber() != null) {
				text = text.replaceFirst("([\\[,])(\\D{0,4}?)0*" + number.group(1) + "\\.",
						"$1$2" + target.getNumber() + ".");
			}
			return text;
		}
		return null;
	}

	private boolean isMadr2() {
		return "madr2".equals(layout.dialect) || "log4brains".equals(layout.dialect)
				|| "status-table".equals(layout.dialect);
	}

	private int lastContentLine(MarkdownOutline.Section section) {
		int last = section.ownContentTo() - 1;
		while (last > section.headingLine() && source.line(last).isBlank()) {
			last--;
		}
		return last;
	}

	/** {@code Supersedes [1. Record decisions](0001-record-decisions.md)} in the dialect's markup. */
	static String linkLine(Decision from, LinkValue link, Layout.Markup markup, DecisionFormat.Links links) {
		String phrase = Vocabulary.phraseFor(link.meaning());
		String href = links == null ? null : links.href(from, link.target());
		if (href == null) {
			return phrase + " " + link.token();
		}
		String text = link.target() instanceof Decision target
				? (target.getNumber() != null ? target.getNumber() + ". " : "") + target.getTitle()
				: link.token();
		return markup == Layout.Markup.ASCIIDOC ? phrase + " <<" + href + "#," + text + ">>"
				: phrase + " [" + text + "](" + href + ")";
	}

	private void patchSection(RecordSections codec, SectionCodec body, Object value) {
		MarkdownOutline.Section section = codec.locate(body, layout.outline);
		if (section != null) {
			int to = layout.wholeSections.contains(body.heading()) ? section.to() : section.ownContentTo();
			String previous = layout.outline.text(section.contentFrom(), to);
			replaceContent(section.contentFrom(), to, value == null ? null : body.render(value, previous));
			return;
		}
		if (value == null) {
			return;
		}
		String hashes = layout.markup == Layout.Markup.ASCIIDOC ? "== " : "## ";
		int at = source.text().length();
		String lead = source.text().endsWith("\n\n") ? "" : source.text().endsWith("\n") ? nl : nl + nl;
		add(at, at, lead + hashes + heading(body, layout.dialect) + nl + nl + body.render(value, "").replace("\n", nl)
				+ nl);
	}

	/** Replaces the content lines [from, to), keeping one blank line after the heading and before the next one. */
	private void replaceContent(int from, int to, String content) {
		int end = to < source.lineCount() ? source.lineStart(to) : source.text().length();
		boolean atEnd = end >= source.text().length();
		String text = content == null ? (atEnd ? "" : nl) : nl + content.replace("\n", nl) + nl + (atEnd ? "" : nl);
		add(source.lineStart(from), end, text);
	}

	private void patchExtraSections() {
		List<Section> wanted = new ArrayList<>(decision.getSections());
		List<MarkdownOutline.Section> existing = layout.extraSections;
		List<Section> matched = new ArrayList<>();
		for (MarkdownOutline.Section section : existing) {
			String heading = source.line(section.headingLine()).replaceFirst("^[#=]+\\s*", "").strip();
			Section match = wanted.stream().filter(s -> !matched.contains(s) && Objects.equals(s.getHeading(), heading))
					.findFirst().orElse(null);
			if (match == null) {
				int end = section.to() < source.lineCount() ? source.lineStart(section.to()) : source.text().length();
				add(source.lineStart(section.headingLine()), end, "");
				continue;
			}
			matched.add(match);
			String body = match.getBody() == null ? "" : match.getBody();
			if (!layout.outline.text(section.contentFrom(), section.to()).equals(body)) {
				replaceContent(section.contentFrom(), section.to(), body.isEmpty() ? null : body);
			}
		}
		for (Section section : wanted) {
			if (!matched.contains(section)) {
				String marker = layout.markup == Layout.Markup.ASCIIDOC ? "=" : "#";
				int at = source.text().length();
				String lead = source.text().endsWith("\n\n") ? "" : source.text().endsWith("\n") ? nl : nl + nl;
				add(at, at, lead + marker.repeat(Math.max(2, section.getLevel())) + " " + section.getHeading() + nl + nl
						+ (section.getBody() == null ? "" : section.getBody().replace("\n", nl) + nl));
			}
		}
	}

	private String apply() {
		if (edits.isEmpty()) {
			return source.text();
		}
		edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt((Edit e) -> e.end() == e.start() ? 0 : 1)
				.thenComparingInt(Edit::order));
		StringBuilder out = new StringBuilder(source.text().length() + 256);
		int at = 0;
		for (Edit edit : edits) {
			if (edit.start() < at) {
				continue; // an edit inside a range already replaced (a link line inside a rewritten status)
			}
			out.append(source.text(), at, edit.start()).append(edit.text());
			at = Math.max(at, edit.end());
		}
		out.append(source.text(), at, source.text().length());
		return out.toString();
	}

	// --- new files ---

	/** The heading a dialect gives a section ({@code Decision} in adr-tools for MADR's {@code Decision Outcome}). */
	static String heading(SectionCodec body, String dialect) {
		boolean nygard = !("madr2".equals(dialect) || "log4brains".equals(dialect));
		if (nygard) {
			return switch (body.heading()) {
			case "Context and Problem Statement" -> "Context";
			case "Decision Outcome" -> "Decision";
			default -> body.heading();
			};
		}
		return body.heading();
	}

	/** Deciders, consulted and informed as label and comma-separated names, those that are given. */
	private static List<String[]> people(Decision decision) {
		List<String[]> result = new ArrayList<>();
		if (!decision.getDecisionMakers().isEmpty()) {
			result.add(new String[] { "Deciders", String.join(", ", decision.getDecisionMakers()) });
		}
		if (!decision.getConsulted().isEmpty()) {
			result.add(new String[] { "Consulted", String.join(", ", decision.getConsulted()) });
		}
		if (!decision.getInformed().isEmpty()) {
			result.add(new String[] { "Informed", String.join(", ", decision.getInformed()) });
		}
		return result;
	}

	/** MADR 3 and 4's YAML front matter: status, date, the people and tags. */
	private static String frontMatter(Decision decision, String status) {
		StringBuilder yaml = new StringBuilder("---\n");
		if (status != null) {
			yaml.append(YamlText.entry("status", status, false, "  ", "\n"));
		}
		if (decision.getDate() != null) {
			yaml.append("date: ").append(decision.getDate()).append('\n');
		}
		if (!decision.getDecisionMakers().isEmpty()) {
			yaml.append(
					YamlText.entry("decision-makers", List.copyOf(decision.getDecisionMakers()), false, "  ", "\n"));
		}
		if (!decision.getConsulted().isEmpty()) {
			yaml.append(YamlText.entry("consulted", List.copyOf(decision.getConsulted()), false, "  ", "\n"));
		}
		if (!decision.getInformed().isEmpty()) {
			yaml.append(YamlText.entry("informed", List.copyOf(decision.getInformed()), false, "  ", "\n"));
		}
		if (!decision.getTags().isEmpty()) {
			yaml.append(YamlText.entry("tags", List.copyOf(decision.getTags()), false, "  ", "\n"));
		}
		return yaml.append("---\n\n").toString();
	}

	/** A whole file for a decision in the dialect. */
	public static String render(Decision decision, String dialect, DecisionFormat.Links links) {
		StringBuilder out = new StringBuilder();
		boolean adoc = "asciidoc".equals(dialect);
		boolean frontMatter = "madr3".equals(dialect);
		boolean madr2 = "madr2".equals(dialect) || "log4brains".equals(dialect) || frontMatter;
		String h1 = adoc ? "= " : "# ";
		String h2 = adoc ? "== " : "## ";
		String h3 = adoc ? "=== " : "### ";
		boolean numbered = decision.getNumber() != null && !"folder-per-record".equals(dialect) && !madr2
				&& !"status-table".equals(dialect);
		{
			out.append(h1).append(numbered ? decision.getNumber() + ". " : "").append(decision.getTitle())
					.append("\n\n");
		}
		String status = AdrReader.statusValue(decision);
		List<LinkValue> linkValues = linkValues(decision, links);
		if (frontMatter) {
			out.insert(0, frontMatter(decision, status));
		} else if (madr2) {
			String marker = "log4brains".equals(dialect) ? "-" : "*";
			if (status != null) {
				out.append(marker).append(" Status: ").append(status).append('\n');
			}
			for (String[] people : people(decision)) {
				out.append(marker).append(' ').append(people[0]).append(": ").append(people[1]).append('\n');
			}
			if (decision.getDate() != null) {
				out.append(marker).append(" Date: ").append(decision.getDate()).append('\n');
			}
			if (!decision.getTags().isEmpty()) {
				out.append(marker).append(" Tags: ").append(String.join(", ", decision.getTags())).append('\n');
			}
			out.append('\n');
		} else if ("status-table".equals(dialect)) {
			out.append("| Status | Date | Author(s) |\n|:-------|:-----|:----------|\n| ")
					.append(status == null ? "" : status)
					.append(" | ").append(decision.getDate() == null ? "" : decision.getDate()).append(" | ")
					.append(String.join(", ", decision.getDecisionMakers())).append(" |\n\n");
			for (String[] people : people(decision)) {
				if (!people[0].equals("Deciders")) {
					out.append(people[0]).append(": ").append(people[1]).append("\n\n");
				}
			}
			if (!decision.getTags().isEmpty()) {
				out.append("Tags: ").append(String.join(", ", decision.getTags())).append("\n\n");
			}
		} else {
			if (decision.getDate() != null) {
				out.append("Date: ").append(decision.getDate()).append("\n\n");
			}
			for (String[] people : people(decision)) {
				out.append(people[0]).append(": ").append(people[1]).append("\n\n");
			}
			if (!decision.getTags().isEmpty()) {
				out.append("Tags: ").append(String.join(", ", decision.getTags())).append("\n\n");
			}
			if (status != null || !linkValues.isEmpty()) {
				out.append(h2).append("Status\n\n");
				if (status != null) {
					out.append(status).append("\n\n");
				}
				for (LinkValue link : linkValues) {
					out.append(linkLine(decision, link, adoc ? Layout.Markup.ASCIIDOC : Layout.Markup.MARKDOWN, links))
							.append("\n\n");
				}
			}
		}
		if (decision.getDescription() != null && !decision.getDescription().isEmpty()) {
			out.append(decision.getDescription()).append("\n\n");
		}
		boolean outcomeWritten = false;
		for (SectionCodec body : RecordSections.of(BatonPackage.Literals.DECISION).sections()) {
			Object value = body.canonical(decision);
			if (value == null) {
				continue;
			}
			boolean nested = body.parent() != null && madr2;
			if (nested && !outcomeWritten) {
				out.append(h2).append(body.parent()).append("\n\n");
				outcomeWritten = true;
			}
			if (body.heading().equals(body.parent() == null ? "Decision Outcome" : "")) {
				outcomeWritten = true;
			}
			out.append(nested ? h3 : h2).append(heading(body, dialect)).append("\n\n").append(body.render(value, ""))
					.append("\n\n");
		}
		for (Section section : decision.getSections()) {
			out.append((adoc ? "=" : "#").repeat(Math.max(2, section.getLevel()))).append(' ')
					.append(section.getHeading())
					.append("\n\n");
			if (section.getBody() != null && !section.getBody().isEmpty()) {
				out.append(section.getBody()).append("\n\n");
			}
		}
		if ((madr2 || "status-table".equals(dialect)) && !linkValues.isEmpty()) {
			out.append(h2).append("Links\n\n");
			for (LinkValue link : linkValues) {
				out.append("- ").append(linkLine(decision, link, Layout.Markup.MARKDOWN, links)).append('\n');
			}
		}
		String text = out.toString();
		int end = text.length();
		while (end > 0 && text.charAt(end - 1) == '\n') {
			end--;
		}
		return text.substring(0, end) + "\n";
	}
}
