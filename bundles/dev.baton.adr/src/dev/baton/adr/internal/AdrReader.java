package dev.baton.adr.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.baton.adr.AdrDates;
import dev.baton.adr.Vocabulary;
import dev.baton.model.BatonFactory;
import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;
import dev.baton.model.Section;
import dev.baton.store.DecisionFormat;
import dev.baton.store.DecisionStatuses;
import dev.baton.store.codec.FrontMatter;
import dev.baton.store.codec.MarkdownOutline;
import dev.baton.store.codec.RecordSections;
import dev.baton.store.codec.SectionCodec;
import dev.baton.store.codec.SourceText;
import dev.baton.store.codec.TemplateText;
import dev.baton.store.codec.YamlBlock;

/**
 * Reads an ADR in any dialect seen in the wild into a decision and its {@link Layout}: adr-tools and Nygard's original
 * form, MADR 2 bullets, MADR 3 and 4 front matter, log4brains, one folder per record, a status table, a status at the
 * end of the file, AsciiDoc, and localised headings and labels. What it normalises (a status word, a date order, a
 * title prefix) it tells through {@link DecisionFormat.Context#info}; what it cannot read, through warnings naming the
 * line.
 */
public final class AdrReader {

	static final String STATUS = "Status";
	static final String LINKS = "Links";

	private static final Pattern NUMBERED_TITLE = Pattern.compile("^(\\d{1,6})[.:)]?\\s+(\\S.*)$");
	private static final Pattern ADR_TITLE =
			Pattern.compile("^(?i)(?:ADR|RFC|AD|DR)[-_ ]?(\\d{1,6})\\s*[:.\\-–—]\\s*(\\S.*)$");
	private static final Pattern ADR_TITLE_PREFIX = Pattern.compile(
			"^(?i)(?:Architecture Decision Record|Architectural Decision Record|Decision "
					+ "record|ADR)\\s*[:\\-–—]\\s*(\\S.*)$");
	private static final Pattern META = Pattern.compile(
			"^(\\s*(?:([*+-])\\s+)?(?:\\*\\*|__)?)([^:：*_|\\[\\]]{2,30}?)(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?\\s*(."
					+ "*?)\\s*$");
	private static final Pattern HISTORY =
			Pattern.compile("^\\s*[*-]?\\s*(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})[\\s:,-]+(\\S.*?)\\s*$");
	/**
	 * A Markdown link. Its text holds no bracket (as in CommonMark, where brackets in a link's text must pair up), so a
	 * line of nested brackets is scanned once: with {@code [^\]]*} every {@code [} scanned on to the first {@code ]}
	 * and back, and 3,400 of them took a second.
	 */
	private static final Pattern MD_LINK = Pattern
			.compile("\\[([^\\[\\]]*+)\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
	private static final Pattern ADOC_LINK = Pattern.compile(
			"(?:link:|xref:)([^\\[\\s]+)\\[([^\\]]*)\\]|<<([^,>#]+)(?:#[^,>]*)?(?:,([^>]*))?>>|(https?://[^\\s\\[]+)\\["
					+ "([^\\]]*)\\]");
	private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)\\](?!\\()");
	private static final Pattern REF_DEFINITION = Pattern.compile("^\\s*\\[([^\\]]+)\\]:\\s*<?(\\S+?)>?\\s*$");
	private static final Pattern ADR_TOKEN =
			Pattern.compile("(?i)\\b(?:ADR|RFC)[-_ #]?0*(\\d{1,6})\\b|#0*(\\d{1,6})\\b|\\b0*(\\d{1,6})\\b");
	private static final Pattern PROSE_SUPERSEDES =
			Pattern.compile("(?i)\\b(?:(?:in part|partly|partially)\\s+)?(supersedes|superseded by)\\b(.*)$");
	private static final Pattern DATE_NAMED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}|\\d{8})[-_].*");
	private static final Pattern LEADING_NUMBER =
			Pattern.compile("^(?i)(?:adr|rfc|dr)?[-_]?(\\d{1,6})(?:[-_ .]+(.*))?$");

	private static final Set<String> MODELLED = Set.of("status", "date", "deciders", "consulted",
			"informed", "tags");

	private final DecisionFormat.Context context;
	private final Layout layout = new Layout();
	private final Decision decision = BatonFactory.eINSTANCE.createDecision();
	private final Map<Integer, String> originalHeadings = new HashMap<>();
	private final Map<String, String> referenceDefinitions = new HashMap<>();
	private YamlBlock yaml = YamlBlock.empty();
	/** "meaning token" of every link read, in the order the writer lists them (superseded-by last). */
	private final List<String> linkKeys = new ArrayList<>();
	private final List<String> supersededByKeys = new ArrayList<>();
	/** Every target this record relates to so far: a References list adds no second relation to one. */
	private final Set<String> relatedTokens = new HashSet<>();
	/** The lines of a metadata table of one row a field: no part of the description. */
	private final Set<Integer> rowTableLines = new HashSet<>();
	private List<String> lineKeys;
	private Supplier<String> siteTitle = () -> null;
	/** The title as written, prefix and all ({@code ADR-XXX: Short Title}), for telling templates. */
	private String writtenTitle;

	private AdrReader(DecisionFormat.Context context) {
		this.context = context;
	}

	/** Reads one ADR file; {@code null} when it holds nothing to read (the reason is reported). */
	public static DecisionFormat.Reading read(String text, DecisionFormat.Context context) {
		return read(text, context, () -> null);
	}

	/**
	 * Reads one ADR file.
	 *
	 * @param siteTitle the title a documentation site gives a file without a title of its own ({@code mkdocs.yml}'s
	 *                  nav), or {@code null}: asked only for such files
	 */
	public static DecisionFormat.Reading read(String text, DecisionFormat.Context context,
			Supplier<String> siteTitle) {
		// what is said while reading waits until the file is known to be a record: a template's
		// placeholders are no one's mistake, only the reason it is skipped is reported
		Held held = new Held(context);
		AdrReader reader = new AdrReader(held);
		reader.siteTitle = siteTitle;
		boolean read;
		try {
			read = reader.run(text);
		} catch (RuntimeException e) {
			held.release();
			context.error(0, "cannot be read (" + e + "): the file is skipped, the rest is read; please report it");
			return null;
		}
		held.release();
		return read ? new DecisionFormat.Reading(reader.decision, reader.layout) : null;
	}

	/** A context that holds what is said until {@link #release} (or drops it with {@link #dropAll}). */
	private static final class Held implements DecisionFormat.Context {

		private final DecisionFormat.Context target;
		private final List<Runnable> said = new ArrayList<>();

		Held(DecisionFormat.Context target) {
			this.target = target;
		}

		void release() {
			said.forEach(Runnable::run);
			said.clear();
		}

		void dropAll() {
			said.clear();
		}

		@Override
		public Path file() {
			return target.file();
		}

		@Override
		public String setRelativePath() {
			return target.setRelativePath();
		}

		@Override
		public void warning(int line, String message) {
			said.add(() -> target.warning(line, message));
		}

		@Override
		public void error(int line, String message) {
			said.add(() -> target.error(line, message));
		}

		@Override
		public void info(int line, String message) {
			said.add(() -> target.info(line, message));
		}

		@Override
		public void refer(EObject holder, EReference feature, String token,
				int line) {
			said.add(() -> target.refer(holder, feature, token, line));
		}
	}

	private boolean run(String text) {
		String path = context.setRelativePath();
		SourceText source = new SourceText(text);
		layout.source = source;
		String lower = path.toLowerCase(Locale.ROOT);
		layout.markup = lower.endsWith(".adoc") || lower.endsWith(".asciidoc") || lower.endsWith(".asc")
				? Layout.Markup.ASCIIDOC
				: Layout.Markup.MARKDOWN;
		int bodyLine = 0;
		if (layout.markup == Layout.Markup.MARKDOWN) {
			FrontMatter frontMatter = FrontMatter.find(source);
			if (frontMatter.unterminated()) {
				context.error(1, "the front matter opened with '---' on line 1 is never closed: add a line '---' "
						+ "after the last key; the file is skipped");
				return false;
			}
			if (frontMatter.present()) {
				try {
					yaml = YamlBlock.parse(source, frontMatter.yamlFromLine(), frontMatter.yamlToLine(), path);
				} catch (YamlBlock.YamlProblem e) {
					context.error(e.line(),
							e.getMessage() + ": fix the front matter; the file is skipped (nothing in it is changed)");
					return false;
				}
				bodyLine = frontMatter.bodyLine();
				layout.frontMatterEnd = frontMatter.yamlToLine();
			}
		}
		MarkdownOutline raw = layout.markup == Layout.Markup.MARKDOWN ? MarkdownOutline.parse(source, bodyLine)
				: AsciiDocOutline.parse(source);
		layout.outline = translate(raw);
		collectReferenceDefinitions();
		readIdentity(path);
		readTitle();
		readFrontMatter();
		readMetadataLines();
		readStatusSection();
		String template = TemplateText.reason(writtenTitle, decision.getStatusText(), text);
		if (template != null) {
			((Held) context).dropAll();
			context.info(0, "skipped: a template for new records, not a record (" + template + ")");
			return false;
		}
		readLinksSection();
		readBody();
		readProseSupersession();
		readProseRelations();
		readReferenceSections(layout.outline.sections());
		finish(path);
		return true;
	}

	// --- structure ---

	private MarkdownOutline translate(MarkdownOutline raw) {
		return MarkdownOutline.of(raw.source(), raw.bodyLine(), raw.title(), raw.preambleFrom(), raw.preambleTo(),
				translate(raw.sections()));
	}

	private List<MarkdownOutline.Section> translate(List<MarkdownOutline.Section> sections) {
		List<MarkdownOutline.Section> result = new ArrayList<>();
		for (MarkdownOutline.Section section : sections) {
			originalHeadings.put(section.headingLine(), section.heading());
			String name = Vocabulary.section(stripNumbering(section.heading()));
			result.add(new MarkdownOutline.Section(section.level(), name == null ? section.heading() : name,
					section.headingLine(), section.contentFrom(), section.to(), translate(section.children())));
		}
		return result;
	}

	/** "1. Context", "Context:" and "**Context**" name the Context section too. */
	private static String stripNumbering(String heading) {
		return heading.replaceFirst("^\\d+(\\.\\d+)*\\.?\\s+", "").replaceAll("^[*_]+|[*_]+$", "").strip();
	}

	private void collectReferenceDefinitions() {
		SourceText source = layout.source;
		for (int line = 0; line < source.lineCount(); line++) {
			Matcher m = REF_DEFINITION.matcher(source.line(line));
			if (m.matches()) {
				referenceDefinitions.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
			}
		}
	}

	// --- id, number, title ---

	private void readIdentity(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		String stem = stripExtension(name);
		String lowerName = name.toLowerCase(Locale.ROOT);
		if (path.contains("/") && (lowerName.startsWith("readme.") || lowerName.startsWith("index."))) {
			String folder = path.substring(0, path.lastIndexOf('/'));
			stem = folder.substring(folder.lastIndexOf('/') + 1);
		}
		decision.setId(stem);
		if (DATE_NAMED.matcher(stem).matches() && AdrDates.fromName(stem) != null) {
			decision.setSlug(stem.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}|\\d{8})[-_]", ""));
			return;
		}
		Matcher m = LEADING_NUMBER.matcher(stem);
		if (m.matches()) {
			decision.setNumber(Integer.valueOf(m.group(1)));
			decision.setSlug(m.group(2) == null ? "" : m.group(2));
		} else {
			decision.setSlug(stem);
		}
	}

	static String stripExtension(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private void readTitle() {
		MarkdownOutline.Section title = layout.outline.title();
		if (title == null) {
			YamlBlock.Entry entry = yaml.get("title");
			if (entry != null && entry.javaValue() instanceof String text) {
				layout.title = text;
				writtenTitle = text;
				// "title: 'ADR: Naming'": the kind label is no part of the title (written back only if changed)
				Matcher prefixed = ADR_TITLE_PREFIX.matcher(text);
				decision.setTitle(prefixed.matches() ? prefixed.group(1) : text);
				layout.fields.put("title",
						new Layout.Field(Layout.Style.FRONT_MATTER, entry.line() - 1, entry.valueStart(),
								entry.valueEnd(), text, null));
			}
			return;
		}
		int line = title.headingLine();
		String raw = layout.source.line(line);
		String heading = title.heading();
		writtenTitle = heading;
		int at = raw.indexOf(heading);
		if (at < 0) {
			at = raw.length();
		}
		String rest = heading;
		Matcher m = NUMBERED_TITLE.matcher(rest);
		Matcher adr = ADR_TITLE.matcher(rest);
		Matcher prefixed = ADR_TITLE_PREFIX.matcher(rest);
		Integer number = null;
		if (m.matches()) {
			number = Integer.valueOf(m.group(1));
			rest = m.group(2);
		} else if (adr.matches()) {
			number = Integer.valueOf(adr.group(1));
			rest = adr.group(2);
		} else if (prefixed.matches()) {
			rest = prefixed.group(1);
			context.info(line + 1, "title prefix '" + heading.substring(0, heading.length() - rest.length()).strip()
					+ "' is not part of the title");
		}
		if (number != null && decision.getNumber() != null && !number.equals(decision.getNumber())) {
			context.warning(line + 1, "the title says number " + number + " but the file name says "
					+ decision.getNumber() + ": the file name's number is used; make them agree");
		} else if (number != null && decision.getNumber() == null) {
			decision.setNumber(number);
		}
		int restAt = raw.indexOf(rest, at);
		if (restAt < 0) {
			restAt = at;
		}
		layout.titleLine = line;
		layout.titlePrefix = raw.substring(0, restAt);
		layout.titleSuffix = raw.substring(Math.min(raw.length(), restAt + rest.length()));
		layout.title = rest;
		decision.setTitle(rest);
	}

	// --- metadata ---

	private void readFrontMatter() {
		for (String key : List.of("status", "date", "deciders", "decision-makers", "consulted", "informed", "tags")) {
			YamlBlock.Entry entry = yaml.get(key);
			if (entry == null) {
				continue;
			}
			String field = key.equals("decision-makers") ? "deciders" : key;
			Object value = entry.javaValue();
			// an empty key ("decision-makers:" in MADR's bare template) is an empty list, not nothing
			Object normalised = value instanceof List<?> list
					? list.stream().filter(Objects::nonNull).map(String::valueOf).toList()
					: value == null ? (isList(field) ? List.of() : null)
							: isList(field) ? splitList(String.valueOf(value)) : String.valueOf(value);
			if (!layout.fields.containsKey(field)) {
				layout.fields.put(field,
						new Layout.Field(Layout.Style.FRONT_MATTER, entry.line() - 1, entry.valueStart(),
								entry.valueEnd(), normalised, key));
				apply(field, normalised, entry.line(), Layout.Style.FRONT_MATTER);
			}
		}
		for (String key : List.of("supersedes", "superseded-by", "amends", "amended-by", "relates-to")) {
			YamlBlock.Entry entry = yaml.get(key);
			if (entry == null) {
				continue;
			}
			Object value = entry.javaValue();
			for (Object token : value instanceof List<?> list ? list : List.of(value)) {
				if (token != null) {
					addLink(key, String.valueOf(token), entry.line(), null, false);
				}
			}
		}
	}

	private void readMetadataLines() {
		SourceText source = layout.source;
		int from = layout.frontMatterEnd >= 0 ? layout.frontMatterEnd + 1 : 0;
		int to = layout.outline.preambleTo();
		for (int line = from; line < to; line++) {
			if (line == layout.titleLine) {
				continue;
			}
			String text = source.line(line);
			if (text.strip().startsWith("|")) {
				int last = readTable(line);
				if (last >= 0) {
					line = last;
					continue;
				}
			}
			// "Replaces: ADR-3", "* **Amends:** [ADR-2](0002-x.md)": a link as a metadata line
			String bare = text.strip().replaceFirst("^[*+-]\\s+", "").replace("**", "").replace("__", "");
			Vocabulary.LinkPhrase phrase = Vocabulary.linkAt(bare);
			if (phrase != null && bare.length() > phrase.text().length()
					&& ":：".indexOf(bare.charAt(phrase.text().length())) >= 0 && hasTarget(bare, phrase)) {
				readLinkLine(line, bare, phrase);
				continue;
			}
			readMetaLine(line, text);
		}
		if (!layout.fields.containsKey("status")) {
			// a status on one of the last lines ("Status: accepted" at the end of the file)
			int seen = 0;
			for (int line = source.lineCount() - 1; line >= to && seen < 5; line--) {
				if (!source.line(line).isBlank()) {
					seen++;
					Matcher m = META.matcher(source.line(line));
					if (m.matches() && "status".equals(Vocabulary.meta(m.group(3)))) {
						readMetaLine(line, source.line(line));
						break;
					}
				}
			}
		}
	}

	private void readMetaLine(int line, String text) {
		Matcher m = META.matcher(text);
		if (!m.matches()) {
			return;
		}
		String key = Vocabulary.meta(m.group(3));
		if (key == null || !MODELLED.contains(key) || layout.fields.containsKey(key)) {
			return; // "Technical Story:" and the like stay in the prose
		}
		Layout.Style style = m.group(2) != null ? Layout.Style.BULLET : Layout.Style.LINE;
		if (m.group(2) != null) {
			layout.bulletMarker = m.group(2);
		}
		int lineStart = layout.source.lineStart(line);
		// "**Status:** Accepted", "**Status: Accepted**", "Status: **Proposed**": the value is the word, not the marks
		String raw = m.group(4);
		int lead = 0;
		int trail = 0;
		Matcher marks = Pattern.compile("^((?:\\*\\*|__|[*_`])?)(.*?)((?:\\*\\*|__|[*_`])?)$").matcher(raw);
		if (marks.matches() && !marks.group(2).isBlank() && (marks.group(1).equals(marks.group(3))
				|| marks.group(1).isEmpty() && marks.group(3).length() == 2
						&& (text.substring(0, m.start(4)).stripTrailing().endsWith(marks.group(3))
								|| m.group(1).endsWith(marks.group(3))))) {
			lead = marks.group(1).length();
			trail = marks.group(3).length();
		}
		String value = raw.substring(lead, raw.length() - trail).strip();
		int valueStart = lineStart + m.start(4) + lead;
		int valueEnd = valueStart + value.length();
		Object parsed = isList(key) ? splitList(value) : value;
		layout.fields.put(key, new Layout.Field(style, line, valueStart, valueEnd, parsed, null));
		layout.metaEnd = Math.max(layout.metaEnd, line + 1);
		apply(key, parsed, line + 1, style);
	}

	/** Reads a metadata table at a line; its last line, or -1 when it holds no metadata. */
	private int readTable(int line) {
		SourceText source = layout.source;
		if (line + 2 >= source.lineCount() || !source.line(line + 1).matches("^\\s*\\|?[\\s:|-]+\\|?\\s*$")) {
			return -1;
		}
		int rows = readRowTable(line);
		if (rows >= 0) {
			return rows;
		}
		List<int[]> headerCells = cells(source.line(line));
		List<int[]> valueCells = cells(source.line(line + 2));
		boolean any = false;
		for (int i = 0; i < headerCells.size() && i < valueCells.size(); i++) {
			int[] h = headerCells.get(i);
			String key = Vocabulary.meta(source.line(line).substring(h[0], h[1]).strip());
			key = key != null && MODELLED.contains(key) ? key : null;
			if (key == null || layout.fields.containsKey(key)) {
				continue;
			}
			any = true;
			int[] v = valueCells.get(i);
			String raw = source.line(line + 2).substring(v[0], v[1]);
			int lead = raw.length() - raw.stripLeading().length();
			String value = raw.strip();
			int start = source.lineStart(line + 2) + v[0] + lead;
			Object parsed = isList(key) ? splitList(value) : value;
			layout.fields.put(key,
					new Layout.Field(Layout.Style.TABLE, line + 2, start, start + value.length(), parsed, null));
			apply(key, parsed, line + 3, Layout.Style.TABLE);
		}
		return any ? line + 2 : -1;
	}

	/**
	 * A table of one row a field ({@code | Status | Accepted |} under {@code | Metadata | Value |}): its last line, or
	 * -1 when its rows name no metadata. A row naming a relation ({@code | Updates
	 * | ADR-8 |}) relates; the table stays as written.
	 */
	private int readRowTable(int line) {
		SourceText source = layout.source;
		int last = line + 1;
		while (last + 1 < source.lineCount() && source.line(last + 1).strip().startsWith("|")) {
			last++;
		}
		boolean any = false;
		for (int row = line + 2; row <= last; row++) {
			List<int[]> cells = cells(source.line(row));
			if (cells.size() < 2) {
				continue;
			}
			String name = source.line(row).substring(cells.get(0)[0], cells.get(0)[1]).strip();
			String raw = source.line(row).substring(cells.get(1)[0], cells.get(1)[1]);
			String value = raw.strip();
			String key = Vocabulary.meta(name);
			Vocabulary.LinkPhrase phrase = Vocabulary.linkAt(name);
			if (key != null && MODELLED.contains(key) && !layout.fields.containsKey(key) && !value.isEmpty()) {
				int start = source.lineStart(row) + cells.get(1)[0] + raw.length() - raw.stripLeading().length();
				Object parsed = isList(key) ? splitList(value) : value;
				layout.fields.put(key,
						new Layout.Field(Layout.Style.TABLE, row, start, start + value.length(), parsed, null));
				apply(key, parsed, row + 1, Layout.Style.TABLE);
				any = true;
			} else if (phrase != null && phrase.text().length() == name.replaceAll("[:：]$", "").length()) {
				Matcher token = ADR_TOKEN.matcher(value);
				Matcher md = MD_LINK.matcher(value);
				String target = md.find() ? hrefToken(md.group(2), row)
						: token.find()
								? (token.group(1) != null ? token.group(1)
										: token.group(2) != null ? token.group(2) : token.group(3))
								: null;
				if (target != null) {
					addLink(phrase.meaning(), target, row + 1, "in the metadata table", true);
				}
			}
		}
		if (any) {
			for (int l = line; l <= last; l++) {
				rowTableLines.add(l);
			}
		}
		return any ? last : -1;
	}

	/** Cells of a Markdown table row, as [start, end) columns between the pipes. */
	private static List<int[]> cells(String row) {
		List<int[]> cells = new ArrayList<>();
		int start = row.indexOf('|');
		if (start < 0) {
			return cells;
		}
		for (int i = start + 1; i < row.length(); i++) {
			if (row.charAt(i) == '|' && row.charAt(i - 1) != '\\') {
				cells.add(new int[] { start + 1, i });
				start = i;
			}
		}
		return cells;
	}

	private static boolean isList(String key) {
		return key.equals("deciders") || key.equals("consulted") || key.equals("informed") || key.equals("tags");
	}

	static List<String> splitList(String value) {
		List<String> items = new ArrayList<>();
		for (String item : value.split("\\s*[,，;、]\\s*")) {
			String stripped = item.strip();
			if (!stripped.isEmpty() && !stripped.matches("\\[?\\s*(list everyone[^]]*|[-–—]|n/?a|none)\\s*\\]?")) {
				items.add(stripped);
			}
		}
		return items;
	}

	@SuppressWarnings("unchecked")
	private void apply(String key, Object value, int line, Layout.Style style) {
		switch (key) {
		case "status" -> setStatus((String) value, line);
		case "date" -> {
			String text = value == null ? null : value.toString();
			AdrDates.Parsed parsed = AdrDates.parse(text);
			if (parsed.date() == null && text != null && text.strip().matches("\\[[^\\]]*\\d{4}[^\\]]*\\]")) {
				parsed = AdrDates.parse(text.strip().substring(1)); // "[2023-01-17]"
			}
			if (parsed.date() != null) {
				decision.setDate(parsed.date());
				Layout.Field field = layout.fields.get("date");
				layout.fields.put("date", new Layout.Field(field.style(), field.line(), field.start(), field.end(),
						parsed.date(), style == Layout.Style.FRONT_MATTER ? "yyyy-MM-dd" : parsed.pattern()));
				if (parsed.ambiguous() != null) {
					context.warning(line, parsed.ambiguous());
				}
			} else if (text != null && !text.isBlank() && !text.matches("\\{?\\s*YYYY-MM-DD.*|\\[.*\\]")) {
				context.warning(line, "'" + text + "' is not a date Baton can read: write it as YYYY-MM-DD; "
						+ "the date is left empty");
			}
		}
		case "deciders" -> decision.getDecisionMakers().addAll((List<String>) value);
		case "consulted" -> decision.getConsulted().addAll((List<String>) value);
		case "informed" -> decision.getInformed().addAll((List<String>) value);
		case "tags" -> decision.getTags().addAll((List<String>) value);
		default -> {
			// technical story and other labels stay in the text
		}
		}
	}

	private void setStatus(String text, int line) {
		if (text == null || text.isBlank()) {
			return;
		}
		String linked = TemplateText.isPlaceholder(text) ? null : linkedPart(text);
		Vocabulary.LinkPhrase phrase = linked == null ? null : Vocabulary.linkAt(linked);
		if (phrase != null && hasTarget(linked, phrase) && !layout.links.stream().anyMatch(l -> l.line() == line - 1)) {
			// "- Status: superseded by [x](x.md)", "proposed | partially superseded by [x](x.md)": the status, and a
			// link
			readLinkLine(line - 1, linked, phrase);
			// the link lives in the status value, not on a line of its own: rewriting links leaves it alone
			layout.links.removeIf(l -> l.line() == line - 1);
			// the text is kept as written ("superseded by ADR-0042" stays so, copied or in place)
			DecisionStatus state = phrase.meaning().equals("superseded-by")
					? DecisionStatus.SUPERSEDED
					: DecisionStatuses.of(text);
			decision.setStatusText(text);
			decision.setStatus(state);
			context.info(line, "status '" + text + "' read as " + state.getLiteral() + ", with a link");
			return;
		}
		decision.setStatusText(text);
		decision.setStatus(statusOf(text));
		if (TemplateText.isPlaceholder(text)) {
			context.warning(line, "status '" + text + "' is the template's list of choices, not a status: it is "
					+ "unknown; write the one that holds (proposed, accepted, ...)");
		} else if (decision.getStatus() == DecisionStatus.UNKNOWN) {
			context.warning(line, "status '" + text + "' is not a lifecycle state Baton knows: it is kept as written; "
					+ "use proposed, accepted, rejected, deprecated or superseded, or add the word to statuses.tsv");
		}
	}

	/** The part of a status from its link phrase on: all of it, or after a separator ("proposed | superseded by"). */
	private static String linkedPart(String status) {
		String text = status.strip();
		if (Vocabulary.linkAt(text) != null) {
			return text;
		}
		Matcher separator = Pattern.compile("[|;,(]\\s*").matcher(text);
		while (separator.find()) {
			String rest = text.substring(separator.end());
			if (Vocabulary.linkAt(rest) != null) {
				return rest;
			}
		}
		return null;
	}

	// --- status and links ---

	private void readStatusSection() {
		MarkdownOutline.Section section = findDeep(layout.outline.sections(), STATUS);
		if (section == null) {
			return;
		}
		layout.statusSection = section;
		SourceText source = layout.source;
		int statusFrom = -1;
		int statusTo = -1;
		String lastHistory = null;
		int lastHistoryLine = -1;
		Vocabulary.LinkPhrase continued = null;
		for (int line = section.contentFrom(); line < section.ownContentTo(); line++) {
			String text = source.line(line);
			if (text.isBlank()) {
				if (statusFrom >= 0 && statusTo < 0) {
					statusTo = line;
				}
				continued = null;
				continue;
			}
			String stripped = text.strip();
			// "⌛️ Superseded by [36. X](0036-x.md)": a mark before the phrase is no part of it
			String linkText = stripped.replaceFirst("^[*-]\\s+", "").replaceFirst("^[^\\p{L}\\p{N}\\[]+", "");
			Vocabulary.LinkPhrase phrase = Vocabulary.linkAt(linkText);
			if (phrase != null && hasTarget(linkText, phrase)) {
				if (statusFrom >= 0 && statusTo < 0) {
					statusTo = line;
				}
				readLinkLine(line, linkText, phrase);
				continued = linkText.endsWith(",") ? phrase : null;
				continue;
			}
			if (continued != null && linkText.startsWith("[") && MD_LINK.matcher(linkText).lookingAt()) {
				// "Completes [20. X](0020-x.md),\n[23. Y](0023-y.md)": the list goes on on the next line
				readLinkLine(line, continued.text() + " " + linkText, continued);
				continued = linkText.endsWith(",") ? continued : null;
				continue;
			}
			continued = null;
			if ((statusTo >= 0 || layout.fields.containsKey("status")) && readStatusNote(line, linkText)) {
				continue;
			}
			Matcher history = HISTORY.matcher(text);
			if (history.matches() && DecisionStatuses.of(history.group(2)) != DecisionStatus.UNKNOWN) {
				lastHistory = history.group(2);
				lastHistoryLine = line;
				continue;
			}
			if (isLegend(stripped)) {
				context.info(line + 1, "'" + stripped + "' lists the possible statuses; it is not the status");
				continue;
			}
			if (statusFrom < 0 && !layout.fields.containsKey("status")) {
				statusFrom = line;
			}
		}
		if (lastHistory != null && !layout.fields.containsKey("status")) {
			int end = source.lineStart(lastHistoryLine) + source.line(lastHistoryLine).stripTrailing().length();
			layout.fields.put("status",
					new Layout.Field(Layout.Style.HISTORY, lastHistoryLine, end, end, lastHistory, null));
			setStatus(lastHistory, lastHistoryLine + 1);
			context.info(lastHistoryLine + 1, "status history: the last entry ('" + lastHistory + "') is the status");
			return;
		}
		if (statusFrom >= 0) {
			if (statusTo < 0) {
				statusTo = section.ownContentTo();
				while (statusTo > statusFrom && source.line(statusTo - 1).isBlank()) {
					statusTo--;
				}
			}
			String text = layout.outline.text(statusFrom, statusTo).replaceAll("\\s*\\n\\s*", " ");
			int start = source.lineStart(statusFrom);
			int end = start + source.lines(statusFrom, statusTo).stripTrailing().length();
			layout.fields.put("status", new Layout.Field(Layout.Style.SECTION, statusFrom, start, end, text, null));
			setStatus(text, statusFrom + 1);
			if (Vocabulary.linkAt(text) == null) {
				for (int line = statusFrom; line < statusTo; line++) {
					readStatusNote(line, source.line(line));
				}
			}
		} else if (!layout.fields.containsKey("status") && !layout.links.isEmpty()) {
			for (Layout.LinkLine link : layout.links) {
				if (link.meaning().equals("superseded-by")) {
					// the line is the status as written ("⌛️ Superseded by [36. X](0036-x.md)"), kept so
					decision.setStatusText(DecisionStatuses.of(link.text()) == DecisionStatus.SUPERSEDED
							? source.line(link.line()).strip().replaceFirst("^[*-]\\s+", "")
							: "Superseded");
					decision.setStatus(DecisionStatus.SUPERSEDED);
					context.info(link.line() + 1, "no status word, only '" + link.text() + "': read as superseded");
					break;
				}
			}
		}
	}

	/**
	 * A line of a status section other than the status and its link phrases that links other ADRs of the set ("Requires
	 * [46. X](0046-x.md)", "An alternative is proposed in [...]", "Rejected (see [19](019-x.md))"): each is related;
	 * the line stays as written.
	 */
	private boolean readStatusNote(int line, String text) {
		boolean any = false;
		Matcher md = MD_LINK.matcher(text);
		while (md.find()) {
			if (isSiblingAdr(md.group(2))) {
				String token = hrefToken(md.group(2), line);
				if (!relatedTokens.contains(token)) {
					addLink("relates-to", token, line + 1, "in the status section", true);
					context.info(line + 1, "relates to " + token + ": linked in the status section");
				}
				any = true;
			}
		}
		return any;
	}

	private static boolean isLegend(String line) {
		String[] parts = line.replaceFirst("^[^:：]*[:：]", "").split("\\s*/\\s*");
		if (parts.length < 3) {
			return false;
		}
		int known = 0;
		for (String part : parts) {
			if (DecisionStatuses.of(part) != DecisionStatus.UNKNOWN) {
				known++;
			}
		}
		return known >= 3;
	}

	private boolean hasTarget(String line, Vocabulary.LinkPhrase phrase) {
		String rest = line.substring(Math.min(line.length(), phrase.text().length()));
		return MD_LINK.matcher(rest).find() || ADOC_LINK.matcher(rest).find() || REF_LINK.matcher(rest).find()
				|| ADR_TOKEN.matcher(rest).find();
	}

	private void readLinksSection() {
		MarkdownOutline.Section section = findDeep(layout.outline.sections(), LINKS);
		if (section == null) {
			return;
		}
		layout.linksSection = section;
		for (int line = section.contentFrom(); line < section.ownContentTo(); line++) {
			String stripped = layout.source.line(line).strip().replaceFirst("^[*+-]\\s+", "");
			Vocabulary.LinkPhrase phrase = Vocabulary.linkAt(stripped);
			if (phrase != null && hasTarget(stripped, phrase)) {
				readLinkLine(line, stripped, phrase);
			}
		}
	}

	private void readLinkLine(int line, String text, Vocabulary.LinkPhrase phrase) {
		lineKeys = new ArrayList<>();
		String rest = text.substring(phrase.text().length());
		String note = phrase.text().toLowerCase(Locale.ROOT).matches("(in part|partly|partially).*") ? "in part" : null;
		boolean found = false;
		Matcher md = MD_LINK.matcher(rest);
		while (md.find()) {
			addLink(phrase.meaning(), hrefToken(md.group(2), line), line + 1, note, false);
			found = true;
		}
		if (!found) {
			Matcher adoc = ADOC_LINK.matcher(rest);
			while (adoc.find()) {
				String href =
						adoc.group(1) != null ? adoc.group(1) : adoc.group(3) != null ? adoc.group(3) : adoc.group(5);
				addLink(phrase.meaning(), hrefToken(href, line), line + 1, note, false);
				found = true;
			}
		}
		if (!found) {
			Matcher ref = REF_LINK.matcher(rest);
			while (ref.find()) {
				String href = referenceDefinitions.get(ref.group(1).toLowerCase(Locale.ROOT));
				if (href != null) {
					addLink(phrase.meaning(), hrefToken(href, line), line + 1, note, false);
					found = true;
				}
			}
		}
		if (!found) {
			Matcher token = ADR_TOKEN.matcher(rest);
			if (token.find()) {
				String number = token.group(1) != null ? token.group(1)
						: token.group(2) != null ? token.group(2)
								: token.group(3);
				addLink(phrase.meaning(), number, line + 1, note, false);
				found = true;
			}
		}
		if (found) {
			layout.links.add(new Layout.LinkLine(line, phrase.meaning(), List.copyOf(lineKeys), text));
		}
		lineKeys = null;
	}

	/**
	 * The token of a link target: the target file's id (its stem, or its folder for README.md), or the URL as written.
	 */
	private String hrefToken(String href, int line) {
		if (href.matches("(?i)[a-z][a-z0-9+.-]*:.*") && !href.matches("(?i)(link|xref):.*")) {
			context.info(line + 1, "link to '" + href + "' is outside the decisions: kept as written");
			return href;
		}
		String path = href.replaceFirst("#.*$", "").replaceFirst("\\?.*$", "");
		if (path.isEmpty()) {
			return href;
		}
		String base = context.setRelativePath().contains("/")
				? context.setRelativePath().substring(0, context.setRelativePath().lastIndexOf('/') + 1)
				: "";
		String resolved = normalise(base + path);
		if (resolved == null || resolved.startsWith("../") || href.startsWith("/")) {
			context.info(line + 1, "link to '" + href + "' points outside the decision folder: kept as written");
			return href;
		}
		String name = resolved.substring(resolved.lastIndexOf('/') + 1);
		String lowerName = name.toLowerCase(Locale.ROOT);
		if (resolved.contains("/") && (lowerName.startsWith("readme.") || lowerName.startsWith("index."))) {
			String folder = resolved.substring(0, resolved.lastIndexOf('/'));
			return folder.substring(folder.lastIndexOf('/') + 1);
		}
		if (resolved.contains("/")) {
			context.info(line + 1, "link to '" + href + "' points into a sub-folder: its file name is used");
		}
		return stripExtension(name);
	}

	private static String normalise(String path) {
		List<String> parts = new ArrayList<>();
		for (String part : path.split("/")) {
			if (part.isEmpty() || part.equals(".")) {
				continue;
			}
			if (part.equals("..")) {
				if (parts.isEmpty() || parts.get(parts.size() - 1).equals("..")) {
					parts.add("..");
				} else {
					parts.remove(parts.size() - 1);
				}
			} else {
				parts.add(part);
			}
		}
		return String.join("/", parts);
	}

	private void addLink(String meaning, String token, int line, String note, boolean prose) {
		boolean backLink = Vocabulary.isBackLink(meaning);
		if (!backLink) {
			relatedTokens.add(token);
		}
		if (!prose && !backLink) {
			String key = meaning + " " + token;
			List<String> keys = meaning.equals("superseded-by") ? supersededByKeys : linkKeys;
			if (lineKeys != null) {
				lineKeys.add(key);
			}
			if (keys.contains(key)) {
				return; // said twice (in the status and in the links): one relation
			}
			keys.add(key);
		}
		switch (meaning) {
		case "superseded-by" ->
			context.refer(decision, BatonPackage.Literals.DECISION__STATED_SUPERSEDED_BY, token, line);
		default -> {
			if (backLink) {
				return; // the inverse of the other record's relation: derived, and kept in the text
			}
			DecisionLink link = BatonFactory.eINSTANCE.createDecisionLink();
			link.setType(switch (meaning) {
			case "supersedes" -> LinkType.SUPERSEDES;
			case "amends" -> LinkType.AMENDS;
			case "relates-to" -> LinkType.RELATES_TO;
			default -> LinkType.CUSTOM;
			});
			if (link.getType() == LinkType.CUSTOM) {
				link.setCustomType(meaning); // "references", adr-tools' "implements", ...
			}
			link.setNote(prose ? (note == null ? "in prose" : note + ", in prose") : note);
			decision.getLinks().add(link);
			context.refer(link, BatonPackage.Literals.DECISION_LINK__TARGET, token, line);
		}
		}
	}

	private void readProseSupersession() {
		boolean explicitSupersedes = layout.links.stream().anyMatch(l -> l.meaning().equals("supersedes"));
		boolean explicitBy = layout.links.stream().anyMatch(l -> l.meaning().equals("superseded-by"));
		SourceText source = layout.source;
		Set<Integer> linkLines = new HashSet<>();
		layout.links.forEach(l -> linkLines.add(l.line()));
		for (int line = layout.outline.preambleFrom(); line < source.lineCount(); line++) {
			String text = withoutCode(source.line(line));
			if (text.length() < 10 || text.toLowerCase(Locale.ROOT).indexOf("supersede") < 0) {
				continue;
			}
			Matcher m = PROSE_SUPERSEDES.matcher(text);
			if (!m.find()) {
				continue;
			}
			final int l = line;
			if (layout.fields.values().stream()
					.anyMatch(f -> f.line() == l && f.style() != Layout.Style.FRONT_MATTER)) {
				continue;
			}
			if (linkLines.contains(line) || Vocabulary.linkAt(text.strip().replaceFirst("^[*-]\\s+", "")) != null) {
				continue;
			}
			boolean by = m.group(1).toLowerCase(Locale.ROOT).startsWith("superseded");
			if (by ? explicitBy : explicitSupersedes) {
				continue;
			}
			if (OTHER_RECORD.matcher(sentenceBefore(line, m.start())).find()) {
				// "[ADR 35] ... supersedes ADR 0026": another record supersedes, this one only reports it
				continue;
			}
			// the ADRs named right after the phrase, up to the end of the clause: "supersedes ADR-7 and ADR-8",
			// never a passing mention later in the sentence ("..., and as per ADR-11 we log")
			String tail = m.group(2).split("[.;](?:\\s|$)|,\\s+(?!(?:and\\s+|or\\s+)?(?:ADR|RFC|\\[))", 2)[0];
			List<String> tokens = linkTokens(tail, line);
			if (tokens.isEmpty() && !ADR_NAMED.matcher(tail).find()) {
				// "superseded by three ADRs, covering ...: [A][a], [B][b]": the list after the colon
				String rest = sentenceAfter(line, m.end());
				int colon = rest.indexOf(':');
				tokens = colon < 0 ? tokens : linkTokens(rest.substring(colon + 1), line);
			}
			if (tokens.isEmpty()) {
				Matcher token = Pattern.compile("(?i)\\bADR[-_ #]?0*(\\d{1,6})\\b").matcher(tail);
				while (token.find()) {
					tokens.add(token.group(1));
				}
			}
			String sentence = text.substring(m.start()).strip();
			boolean partly = (text.substring(0, m.start()) + m.group()).toLowerCase(Locale.ROOT)
					.matches("(?s).*(some aspects|in part|partly|partially).*");
			for (String token : tokens) {
				String meaning = by ? "superseded-by" : "supersedes";
				addLink(meaning, token, line + 1, partly ? "in part" : null, true);
				if (by) {
					layout.proseKeys.add(meaning + " " + token);
				}
				context.info(line + 1, (by ? "superseded by " : "supersedes ") + token + (partly ? " in part" : "")
						+ ", as said in prose: '" + sentence + "'");
			}
		}
	}

	private static final Pattern ADR_NAMED = Pattern.compile("(?i)\\bADR[-_ #]?0*(\\d{1,6})\\b");

	/** The targets of the inline and reference-style links of a text ({@code [A](a.md)}, {@code [A][a]}). */
	private List<String> linkTokens(String text, int line) {
		List<String> tokens = new ArrayList<>();
		Matcher md = MD_LINK.matcher(text);
		while (md.find()) {
			tokens.add(hrefToken(md.group(2), line));
		}
		Matcher ref = REF_LINK.matcher(text.replaceAll("\\[[^\\]]*\\]\\([^)]*\\)", ""));
		while (ref.find()) {
			String href = referenceDefinitions.get(ref.group(1).toLowerCase(Locale.ROOT));
			if (href != null && !href.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
				tokens.add(hrefToken(href, line));
			}
		}
		return tokens;
	}

	/** The rest of a sentence from a column of a line, on the lines of its paragraph that follow. */
	private String sentenceAfter(int line, int column) {
		StringBuilder text = new StringBuilder(withoutCode(layout.source.line(line)).substring(column));
		for (int l = line + 1; l < layout.source.lineCount()
				&& !text.toString().matches("(?s).*[.!?](?:\\s.*)?$"); l++) {
			String next = layout.source.line(l);
			if (next.isBlank() || next.strip().startsWith("#")) {
				break;
			}
			text.append(' ').append(next.strip());
		}
		return text.toString().split("(?<=[.!?])\\s", 2)[0];
	}

	/** A line with its inline code blanked out: "`superseded by [ADR-5](..)`" is an example, not a statement. */
	private static String withoutCode(String line) {
		Matcher code = Pattern.compile("`+[^`]*`+").matcher(line);
		StringBuilder out = new StringBuilder(line);
		while (code.find()) {
			for (int i = code.start(); i < code.end(); i++) {
				out.setCharAt(i, ' ');
			}
		}
		return out.toString();
	}

	/** Another record named in a sentence: a link to a Markdown file, or "ADR 7", "RFC-3", "MADR 093". */
	private static final Pattern OTHER_RECORD =
			Pattern.compile("(?i)\\]\\([^)]*\\.(?:md|adoc)\\b[^)]*\\)|\\b(?:M?ADR|RFC)\\s?[-_#]?\\s?\\d");

	/**
	 * The sentence before a column of a line, from where it starts (an earlier line of the same paragraph or list
	 * item): "[ADR 35](0035-x.md) also covers ... and supersedes ADR 26" is another record superseding, which this one
	 * only reports.
	 */
	private String sentenceBefore(int line, int column) {
		StringBuilder text = new StringBuilder(layout.source.line(line).substring(0, column));
		for (int l = line - 1; l >= 0 && !text.toString().matches("(?s)^\\s*(?:[*+-]|\\d+[.)])\\s.*"); l--) {
			String previous = layout.source.line(l);
			if (previous.isBlank() || previous.strip().startsWith("#")) {
				break;
			}
			text.insert(0, previous + " ");
		}
		String[] sentences = text.toString().split("(?<=[.!?])\\s+");
		return text.toString().matches("(?s).*[.!?]\\s+$") ? "" : sentences[sentences.length - 1];
	}

	/** "This is a follow-up to ADR 12", "rejected in favour of ADR 21", "Partly undo ADR 9": right before the ADR. */
	private static final Pattern PROSE_RELATION = Pattern.compile("(?i)\\b(this is a follow-up to|a follow-up to|"
			+ "follow-up to|follow-up of|follows up on|rejected in favou?r of|deprecated? in favou?r of|"
			+ "(?:partly |partially )?undo(?:es)?|(?:partly |partially )?reverts?|amends|refines)\\s+(?:the\\s+)?"
			+ "(\\[[^\\]]*\\]\\(\\s*<?[^)\\s>]+>?[^)]*\\)|<[a-z]+://[^>\\s]+>|(?:ADR|RFC)[-_ #]?0*(\\d{1,6})\\b)");

	private void readProseRelations() {
		SourceText source = layout.source;
		Set<Integer> taken = new HashSet<>();
		layout.links.forEach(l -> taken.add(l.line()));
		layout.fields.values().forEach(f -> taken.add(f.line()));
		for (int line = layout.outline.preambleFrom(); line < source.lineCount(); line++) {
			if (taken.contains(line)) {
				continue;
			}
			Matcher m = PROSE_RELATION.matcher(withoutCode(source.line(line)));
			while (m.find()) {
				String phrase = m.group(1).toLowerCase(Locale.ROOT);
				String token = m.group(3) != null ? m.group(3) : linkTarget(m.group(2), line);
				if (token == null) {
					continue;
				}
				boolean partly = phrase.startsWith("partly") || phrase.startsWith("partially");
				String meaning = phrase.contains("undo") || phrase.contains("revert") ? "supersedes"
						: phrase.startsWith("deprecate") ? "superseded-by"
								: phrase.equals("amends") || phrase.equals("refines") ? "amends" : "relates-to";
				String note = partly ? "in part"
						: meaning.equals("relates-to") ? phrase.replaceFirst("^(this is )?a ", "") : null;
				addLink(meaning, token, line + 1, note, true);
				if (meaning.equals("superseded-by")) {
					layout.proseKeys.add(meaning + " " + token); // said in a sentence: no link line for it
				}
				context.info(line + 1, meaning + " " + token + (note == null ? "" : " (" + note + ")")
						+ ", as said in prose: '" + m.group().strip() + "'");
			}
		}
	}

	/** The token of a Markdown link's target, or {@code null} when it is no link. */
	private String linkTarget(String link, int line) {
		if (link.startsWith("<")) {
			return hrefToken(link.substring(1, link.length() - 1), line); // an autolink: <https://...>
		}
		Matcher md = MD_LINK.matcher(link);
		return md.find() ? hrefToken(md.group(2), line) : null;
	}

	private static final Pattern REFERENCE_SECTION = Pattern.compile(
			"(?i)^(references?|related|related [\\p{L} ]{1,40}|see also|links|more information|referencias|"
					+ "références|referências|参考|参考资料|相关)$");

	/**
	 * A References, Links or More Information section listing other ADRs of the set: each listed ADR is a "references"
	 * relation (kept in the text as written). A link to a file that is not an ADR beside this one, or a web page, is no
	 * relation.
	 */
	private void readReferenceSections(List<MarkdownOutline.Section> sections) {
		for (MarkdownOutline.Section section : sections) {
			// "## Related Decision Records <!-- optional -->": the template's comment is no part of it
			String heading = stripNumbering(originalHeadings.getOrDefault(section.headingLine(), section.heading())
					.replaceAll("<!--.*?-->", "").strip());
			boolean sectionListing = REFERENCE_SECTION.matcher(heading).matches()
					|| Vocabulary.section(heading) != null && Vocabulary.section(heading).equals("More Information");
			boolean listing = sectionListing;
			Set<Integer> linkLines = new HashSet<>();
			layout.links.forEach(l -> linkLines.add(l.line()));
			for (int line = section.contentFrom(); line < section.ownContentTo(); line++) {
				String item = layout.source.line(line).strip();
				Matcher label = LIST_LABEL.matcher(item);
				if (label.matches()) {
					// "Related MADRs:" inside a Notes section: the list under it is one too
					listing = sectionListing || REFERENCE_SECTION.matcher(label.group(1).strip()).matches();
					heading = listing && !sectionListing ? label.group(1).strip() : heading;
					continue;
				}
				if (listing) {
					if (linkLines.contains(line) || item.startsWith("[") && REF_DEFINITION.matcher(item).matches()) {
						continue;
					}
					String bare = item.replaceFirst("^(?:[*+-]|\\d+[.)])\\s+", "");
					Vocabulary.LinkPhrase phrase = Vocabulary.linkAt(bare);
					if (phrase != null) {
						// "Partially supersedes [004 X](004-x.md)" listed under Related Decision Records
						String note = phrase.text().toLowerCase(Locale.ROOT).matches("(in part|partly|partially).*")
								? "in part"
								: null;
						for (String token : linkTokens(bare.substring(phrase.text().length()), line)) {
							addLink(phrase.meaning(), token, line + 1, note, true);
						}
						continue;
					}
					Matcher bold = BOLD_NUMBERED.matcher(item);
					if (bold.matches()) {
						addReference(bold.group(1), line, heading); // "**002 Technical Implementation**"
						continue;
					}
					Matcher md = MD_LINK.matcher(item);
					while (md.find()) {
						if (isSiblingAdr(md.group(2))) {
							addReference(hrefToken(md.group(2), line), line, heading);
						}
					}
					Matcher adr =
							Pattern.compile("^(?:[*+-]|\\d+[.)])\\s+(?:ADR|RFC)[-_ #]?0*(\\d{1,6})\\b").matcher(item);
					if (!MD_LINK.matcher(item).find() && adr.find()) {
						addReference(adr.group(1), line, heading);
					}
				}
			}
			readReferenceSections(section.children());
		}
	}

	/** A record named by its number and title in bold, on a line of its own. */
	private static final Pattern BOLD_NUMBERED =
			Pattern.compile("^(?:[*+-]\\s+)?(?:\\*\\*|__)0*(\\d{1,4})\\.?\\s+\\p{L}.*(?:\\*\\*|__)$");

	/** "Related MADRs:", "See also:": a label on a line of its own, introducing a list. */
	private static final Pattern LIST_LABEL =
			Pattern.compile("^(?:\\*\\*|__)?([\\p{L} ]{3,40}?)(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?$");

	/** A listed ADR: one relation to it, none when the record already relates to it (a supersedes wins). */
	private void addReference(String token, int line, String heading) {
		if (relatedTokens.contains(token)) {
			return;
		}
		addLink("references", token, line + 1, "listed under " + heading, true);
	}

	/** Whether a link leads to an ADR file beside this one (an existing Markdown or AsciiDoc file of the folder). */
	private boolean isSiblingAdr(String href) {
		if (href.matches("(?i)[a-z][a-z0-9+.-]*:.*") || href.startsWith("/") || href.startsWith("#")) {
			return false;
		}
		String path = href.replaceFirst("[#?].*$", "");
		String lower = path.toLowerCase(Locale.ROOT);
		if (!(lower.endsWith(".md") || lower.endsWith(".adoc")) || path.contains("/") && !path.startsWith("./")) {
			return false;
		}
		Path folder = context.file() == null ? null : context.file().toAbsolutePath().getParent();
		return folder != null && Files.isRegularFile(folder.resolve(path));
	}

	// --- body ---

	private void readBody() {
		RecordSections codec = RecordSections.of(BatonPackage.Literals.DECISION);
		MarkdownOutline outline = layout.outline;
		for (SectionCodec body : codec.sections()) {
			MarkdownOutline.Section section = codec.locate(body, outline);
			body.read(decision, outline, section);
			EAttribute text = TEXT_FIELDS.get(body.heading());
			if (section != null && text != null && !section.children().isEmpty()
					&& section.children().stream().noneMatch(child -> claims(codec, section, child))) {
				// "## Context" with "### Background" inside: the sub-sections belong to the text
				decision.eSet(text, outline.text(section.contentFrom(), section.to()));
				layout.wholeSections.add(body.heading());
			}
		}
		// only once every part is read: the pros and cons may add to the options the list named
		for (SectionCodec body : codec.sections()) {
			layout.loaded.put("body:" + body.heading(), body.canonical(decision));
		}
		String description = outline.text(outline.preambleFrom(), outline.preambleTo());
		if (!description.isEmpty()) {
			String prose = withoutMetadata(outline.preambleFrom(), outline.preambleTo());
			if (!prose.isEmpty()) {
				decision.setDescription(prose);
			}
		}
		layout.loaded.put("description", decision.getDescription());
		for (MarkdownOutline.Section section : outline.sections()) {
			SectionCodec claimed = codec.claimedBy(section);
			if (section.heading().equals(STATUS) || section.heading().equals(LINKS)) {
				continue;
			}
			if (claimed == null) {
				layout.extraSections.add(section);
				continue;
			}
			if (layout.wholeSections.contains(claimed.heading())) {
				continue;
			}
			for (MarkdownOutline.Section child : section.children()) {
				if (!claims(codec, section, child)) {
					layout.extraSections.add(child);
				}
			}
		}
		for (MarkdownOutline.Section section : layout.extraSections) {
			Section extra = BatonFactory.eINSTANCE.createSection();
			extra.setHeading(originalHeadings.getOrDefault(section.headingLine(), section.heading()));
			extra.setLevel(section.level());
			extra.setBody(outline.text(section.contentFrom(), section.to()));
			decision.getSections().add(extra);
		}
		layout.loaded.put("sections", sections(decision));
	}

	private static final Map<String, EAttribute> TEXT_FIELDS = Map.of(
			"Context and Problem Statement", BatonPackage.Literals.DECISION__CONTEXT,
			"Decision Outcome", BatonPackage.Literals.DECISION__OUTCOME,
			"Consequences", BatonPackage.Literals.DECISION__CONSEQUENCES,
			"More Information", BatonPackage.Literals.DECISION__MORE_INFORMATION);

	/** Whether a codec reads the sub-section (MADR's options, the outcome's consequences and confirmation). */
	private static boolean claims(RecordSections codec, MarkdownOutline.Section section,
			MarkdownOutline.Section child) {
		return codec.sections().stream()
				.anyMatch(b -> section.heading().equalsIgnoreCase(b.parent()) && b.matches(child.heading()))
				|| section.heading().equals("Pros and Cons of the Options")
				|| section.heading().equals("Considered Options");
	}

	/** The preamble's prose without the metadata lines and tables read into fields. */
	private String withoutMetadata(int from, int to) {
		StringBuilder out = new StringBuilder();
		for (int line = from; line < to; line++) {
			final int l = line;
			boolean meta = rowTableLines.contains(l)
					|| layout.fields.values().stream()
							.anyMatch(f -> f.line() == l && f.style() != Layout.Style.FRONT_MATTER)
					|| (layout.fields.values().stream().anyMatch(f -> f.style() == Layout.Style.TABLE
							&& (f.line() == l + 2 || f.line() == l + 1)));
			if (!meta) {
				out.append(layout.source.line(line)).append('\n');
			}
		}
		return out.toString().strip();
	}

	static List<List<Object>> sections(Decision decision) {
		List<List<Object>> result = new ArrayList<>();
		for (Section section : decision.getSections()) {
			result.add(List.of(String.valueOf(section.getHeading()), section.getLevel(),
					section.getBody() == null ? "" : section.getBody()));
		}
		return result;
	}

	private static MarkdownOutline.Section find(List<MarkdownOutline.Section> sections, String name) {
		for (MarkdownOutline.Section section : sections) {
			if (section.heading().equals(name)) {
				return section;
			}
		}
		return null;
	}

	/** The first section of that name at any level ("#### Status" under "## Metadata"). */
	private static MarkdownOutline.Section findDeep(List<MarkdownOutline.Section> sections, String name) {
		MarkdownOutline.Section top = find(sections, name);
		if (top != null) {
			return top;
		}
		for (MarkdownOutline.Section section : sections) {
			MarkdownOutline.Section inner = findDeep(section.children(), name);
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	// --- defaults ---

	private void finish(String path) {
		if (decision.getDate() == null) {
			readWrittenDate();
		}
		if (decision.getDate() == null) {
			String name = path.contains("/") && path.toLowerCase(Locale.ROOT).matches(".*/(readme|index)\\.[a-z]+$")
					? path.substring(0, path.lastIndexOf('/'))
					: path;
			LocalDate date = AdrDates.fromName(name.substring(name.lastIndexOf('/') + 1));
			if (date != null) {
				decision.setDate(date);
				context.info(0,
						"date " + date + " taken from the " + (name.equals(path) ? "file" : "folder") + " name");
			}
		}
		String fromSite = decision.getTitle() == null ? siteTitle.get() : null;
		if (fromSite != null) {
			decision.setTitle(fromSite);
			context.info(0, "title '" + fromSite + "' taken from the nav of mkdocs.yml");
		}
		if (decision.getTitle() == null) {
			String slug =
					decision.getSlug() == null || decision.getSlug().isEmpty() ? decision.getId() : decision.getSlug();
			String title = slug.replace('-', ' ').replace('_', ' ').strip();
			decision.setTitle(title.isEmpty() ? title : Character.toUpperCase(title.charAt(0)) + title.substring(1));
			context.info(1, "no title heading: the title '" + decision.getTitle() + "' is made from the file name");
		}
		if (decision.getStatusText() == null && !layout.fields.containsKey("status")) {
			// no status written is not a draft: it stays unknown (and nothing is written for it)
			decision.setStatus(DecisionStatus.UNKNOWN);
			context.info(0, "no status written: the status is unknown");
		}
		layout.loaded.put("title", decision.getTitle());
		layout.loaded.put("number", decision.getNumber());
		layout.loaded.put("status", statusValue(decision));
		layout.loaded.put("date", decision.getDate());
		layout.loaded.put("deciders", List.copyOf(decision.getDecisionMakers()));
		layout.loaded.put("consulted", List.copyOf(decision.getConsulted()));
		layout.loaded.put("informed", List.copyOf(decision.getInformed()));
		layout.loaded.put("tags", List.copyOf(decision.getTags()));
		List<String> keys = new ArrayList<>(linkKeys);
		keys.addAll(supersededByKeys);
		layout.loaded.put("links", keys);
		layout.dialect = dialect();
	}

	/** The date written elsewhere than under the title ({@link WrittenDates}), which wins over the file name's. */
	private void readWrittenDate() {
		for (int line : WrittenDates.dateLines(layout.source, META)) {
			int metaEnd = layout.metaEnd; // the metadata under the title ends where it ended
			readMetaLine(line, layout.source.line(line));
			layout.metaEnd = metaEnd;
			if (decision.getDate() != null) {
				return;
			}
		}
		WrittenDates.Found found = WrittenDates.fromSections(layout.source, layout.outline.sections(),
				section -> stripNumbering(originalHeadings.getOrDefault(section.headingLine(), section.heading())));
		if (found == null) {
			found = WrittenDates.fromProse(layout.outline);
		}
		if (found != null) {
			decision.setDate(found.date());
			context.info(found.line() + 1, found.note());
		}
	}

	/** The status as it would be written now: the text while it says the same state, else the state's name. */
	static String statusValue(Decision decision) {
		String text = decision.getStatusText();
		if (text != null && statusOf(text) == decision.getStatus()) {
			return text;
		}
		if (text == null && decision.getStatus() == DecisionStatus.UNKNOWN) {
			return null; // no status was written, and none is
		}
		return decision.eIsSet(BatonPackage.Literals.DECISION__STATUS)
				? capitalise(decision.getStatus().getLiteral())
				: null;
	}

	/** The lifecycle state of a status as written; a template's list of choices is none of them. */
	static DecisionStatus statusOf(String text) {
		return TemplateText.isPlaceholder(text) ? DecisionStatus.UNKNOWN : DecisionStatuses.of(text);
	}

	static String capitalise(String word) {
		return word == null || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private String dialect() {
		Layout.Field status = layout.fields.get("status");
		Layout.Style style = status == null ? null : status.style();
		if (layout.frontMatterEnd >= 0) {
			return "madr";
		}
		if (layout.markup == Layout.Markup.ASCIIDOC) {
			return "asciidoc";
		}
		if (style == Layout.Style.TABLE) {
			return "status-table";
		}
		if (style == Layout.Style.BULLET
				|| layout.fields.values().stream().anyMatch(f -> f.style() == Layout.Style.BULLET)) {
			return layout.bulletMarker.equals("-") || context.setRelativePath().matches("^(.*/)?\\d{8}-[^/]*$")
					? "log4brains"
					: "madr2";
		}
		if (context.setRelativePath().matches(".*/(?i:readme|index)\\.md$")) {
			return "folder-per-record";
		}
		if (layout.titlePrefix != null && layout.titlePrefix.matches("#\\s+\\d+\\.\\s+")) {
			return "adr-tools";
		}
		return "nygard";
	}

	/** Whether the file has a title of its own (a heading, or a front matter title). */
	public static boolean hasTitle(DecisionFormat.Reading reading) {
		Layout layout = (Layout) reading.layout();
		return layout.titleLine >= 0 || layout.fields.containsKey("title");
	}
}
