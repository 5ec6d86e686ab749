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
	private static final Pattern DATE_NAMED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}|\\d{8})[-_].*");
	private static final Pattern LEADING_NUMBER =
			Pattern.compile("^(?i)(?:adr|rfc|dr)?[-_]?(\\d{1,6})(?:[-_ .]+(.*))?$");

	/** A heading followed by its English gloss: {@code ステータス (Status)}. */
	private static final Pattern GLOSS = Pattern.compile("^\\S.*?\\s*[(（]([A-Za-z][A-Za-z ]*)[)）]$");

	private static final Set<String> MODELLED = Set.of("status", "date", "deciders", "consulted",
			"informed", "tags");

	private final DecisionFormat.Context context;
	private final Layout layout = new Layout();
	private final Decision decision = BatonFactory.eINSTANCE.createDecision();
	private final Map<Integer, String> originalHeadings = new HashMap<>();
	private Map<String, YamlBlock.Entry> yaml = Map.of();
	/** The lines of a metadata table of one row a field: no part of the description. */
	private final Set<Integer> rowTableLines = new HashSet<>();
	private Supplier<String> siteTitle = () -> null;
	/** The title as written, prefix and all ({@code ADR-XXX: Short Title}), for telling templates. */
	private String writtenTitle;
	private final RelationReader relations;

	private AdrReader(DecisionFormat.Context context) {
		this.context = context;
		this.relations = new RelationReader(context, layout, decision, originalHeadings);
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
					LenientFrontMatter.Read read =
							LenientFrontMatter.parse(source, frontMatter.yamlFromLine(), frontMatter.yamlToLine(),
									path);
					yaml = read.entries();
					for (int line : read.quotedLines()) {
						context.warning(line + 1, "'" + source.line(line).strip() + "' is no valid YAML (a value "
								+ "cannot start with '@' or '`', or be a lone '-'): read as if the value were "
								+ "quoted; quote it to make it valid");
					}
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
		layout.outline = translate(raw.title() == null && !yaml.containsKey("title") ? sectionAsTitle(raw) : raw);
		relations.collectReferenceDefinitions();
		readIdentity(path);
		readTitle();
		readFrontMatter();
		readMetadataLines();
		readStatusSection();
		String template = TemplateText.reason(writtenTitle, decision.getStatusText(), text);
		Matcher gloss = writtenTitle == null ? null : GLOSS.matcher(writtenTitle);
		if (template == null && gloss != null && gloss.matches()) {
			// "タイトル (Title)": a heading glossed in English is a placeholder when its gloss is
			template = TemplateText.reason(gloss.group(1), decision.getStatusText(), text);
		}
		if (template != null) {
			((Held) context).dropAll();
			context.info(0, "skipped: a template for new records, not a record (" + template + ")");
			return false;
		}
		String index = indexReason();
		index = index != null ? index : fragmentReason();
		if (index != null) {
			((Held) context).dropAll();
			context.info(0, "skipped: " + index);
			return false;
		}
		relations.readLinksSection();
		readBody();
		relations.readProseSupersession();
		relations.readProseRelations();
		relations.readStatusLines();
		relations.readReferenceSections(layout.outline.sections());
		finish(path);
		return true;
	}

	/**
	 * Why the file is an index of the records rather than one ({@code ADR Indexer}, {@code intro.md} with a list of the
	 * records), or {@code null}: it links at least three ADRs beside it and has no status nor any part of a decision
	 * (context, decision, consequences, options) as a section. Told by content, whatever the file is called.
	 */
	private String indexReason() {
		if (layout.fields.containsKey("status") || decision.getStatusText() != null) {
			return null;
		}
		for (String part : List.of("Context and Problem Statement", "Decision Outcome", "Consequences",
				"Considered Options")) {
			if (findDeep(layout.outline.sections(), part) != null) {
				return null;
			}
		}
		Set<String> linked = new HashSet<>();
		for (int line = 0; line < layout.source.lineCount(); line++) {
			Matcher md = RelationReader.MD_LINK.matcher(layout.source.line(line));
			while (md.find()) {
				String path = md.group(2).replaceFirst("[#?].*$", "");
				if (isRecordBelow(path)) {
					linked.add(path.replaceFirst("^\\./", ""));
				}
			}
		}
		return linked.size() >= 3 ? "an index of the records (it links " + linked.size()
				+ " records in its folder, and has no status nor any part of a decision)" : null;
	}

	/**
	 * Why the file is a fragment of the folder's pages rather than a record (the intro and outro a table-of-contents
	 * generator joins into the README, a note), or {@code null}: it has no title, no number or date in its name, no
	 * status and no part of a decision. A record always has at least one of these.
	 */
	private String fragmentReason() {
		String stem = decision.getId() == null ? "" : decision.getId(); // a README record's id is its folder's name
		if (writtenTitle != null || layout.fields.containsKey("title") || decision.getNumber() != null
				|| DATE_NAMED.matcher(stem).matches() || decision.getStatusText() != null
				|| layout.fields.containsKey("status") || !layout.outline.sections().isEmpty()) {
			return null;
		}
		return "a fragment of the folder's pages, not a record (no title, no number or date in its name, no status "
				+ "and no sections)";
	}

	/**
	 * Whether a link leads to a Markdown or AsciiDoc file in this file's folder or below it: a relative link, or a
	 * documentation site's link from its root through this folder ({@code /contributing/ADRs/back-end/naming} from
	 * {@code ADRs/}), which leaves out the extension.
	 */
	private boolean isRecordBelow(String href) {
		String lower = href.toLowerCase(Locale.ROOT);
		Path folder = context.file() == null ? null : context.file().toAbsolutePath().getParent();
		if (folder == null || folder.getFileName() == null || href.isEmpty()
				|| lower.matches("[a-z][a-z0-9+.-]*:.*")) {
			return false;
		}
		String relative = href;
		if (href.startsWith("/")) {
			int at = href.indexOf("/" + folder.getFileName() + "/");
			if (at < 0) {
				return false;
			}
			relative = href.substring(at + folder.getFileName().toString().length() + 2);
		}
		for (String candidate : List.of(relative, relative + ".md", relative + ".adoc")) {
			String name = candidate.toLowerCase(Locale.ROOT);
			Path target = folder.resolve(candidate).normalize();
			if ((name.endsWith(".md") || name.endsWith(".adoc")) && target.startsWith(folder)
					&& Files.isRegularFile(target)) {
				return true;
			}
		}
		return false;
	}

	// --- structure ---

	/**
	 * A file without a level-1 heading that opens with a heading ({@code ## Title}) holding the parts of the record as
	 * its sub-sections: that heading is the title, as a level-1 heading would be, and a later heading of its level (an
	 * appendix) a section. A known part ({@code ## Context}) never is the title.
	 */
	private static MarkdownOutline sectionAsTitle(MarkdownOutline raw) {
		if (raw.sections().isEmpty()) {
			return raw;
		}
		MarkdownOutline.Section top = raw.sections().get(0);
		// "[comment]: <> (...)" lines before it are comments: link definitions nothing refers to
		String before = raw.source().lines(raw.preambleFrom(), top.headingLine())
				.replaceAll("(?m)^\\[[^\\]]+\\]:\\s.*$", "");
		if (top.children().isEmpty() || Vocabulary.section(stripNumbering(top.heading())) != null
				|| !before.isBlank()) {
			return raw;
		}
		MarkdownOutline.Section title = new MarkdownOutline.Section(1, top.heading(), top.headingLine(),
				top.contentFrom(), top.contentFrom(), List.of());
		List<MarkdownOutline.Section> sections = new ArrayList<>(top.children());
		sections.addAll(raw.sections().subList(1, raw.sections().size()));
		return MarkdownOutline.of(raw.source(), raw.bodyLine(), title, top.contentFrom(), top.ownContentTo(), sections);
	}

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
	static String stripNumbering(String heading) {
		return heading.replaceFirst("^\\d+(\\.\\d+)*\\.?\\s+", "").replaceAll("^[*_]+|[*_]+$", "").strip();
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
		// "created:" is the date of a record that also says when it was "updated:" (which is no date of the record)
		for (String key : List.of("status", "date", "created", "deciders", "decision-makers", "consulted", "informed",
				"tags")) {
			YamlBlock.Entry entry = yaml.get(key);
			if (entry == null) {
				continue;
			}
			String field = key.equals("decision-makers") ? "deciders" : key.equals("created") ? "date" : key;
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
					relations.addLink(key, String.valueOf(token), entry.line(), null, false);
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
					&& ":：".indexOf(bare.charAt(phrase.text().length())) >= 0 && relations.hasTarget(bare, phrase)) {
				relations.readLinkLine(line, bare, phrase);
				continue;
			}
			readMetaLine(line, withoutHtmlBold(text));
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

	/** "<b>Date: 2025-06-17</b>" as "Date: 2025-06-17": the tags blanked, so that columns stay those of the file. */
	private static String withoutHtmlBold(String text) {
		Matcher tag = HTML_BOLD.matcher(text);
		StringBuilder out = new StringBuilder(text);
		while (tag.find()) {
			for (int i = tag.start(); i < tag.end(); i++) {
				out.setCharAt(i, ' ');
			}
		}
		return out.toString();
	}

	private static final Pattern HTML_BOLD = Pattern.compile("(?i)</?(?:b|strong)>");

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
				Matcher token = RelationReader.ADR_TOKEN.matcher(value);
				Matcher md = RelationReader.MD_LINK.matcher(value);
				String target = md.find() ? relations.hrefToken(md.group(2), row)
						: token.find()
								? (token.group(1) != null ? token.group(1)
										: token.group(2) != null ? token.group(2) : token.group(3))
								: null;
				if (target != null) {
					relations.addLink(phrase.meaning(), target, row + 1, "in the metadata table", true);
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
		if (phrase != null && relations.hasTarget(linked, phrase)
				&& !layout.links.stream().anyMatch(l -> l.line() == line - 1)) {
			// "- Status: superseded by [x](x.md)", "proposed | partially superseded by [x](x.md)": the status, and a
			// link
			relations.readLinkLine(line - 1, linked, phrase);
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
			if (phrase != null && relations.hasTarget(linkText, phrase)) {
				if (statusFrom >= 0 && statusTo < 0) {
					statusTo = line;
				}
				relations.readLinkLine(line, linkText, phrase);
				continued = linkText.endsWith(",") ? phrase : null;
				continue;
			}
			if (continued != null && linkText.startsWith("[") && RelationReader.MD_LINK.matcher(linkText).lookingAt()) {
				// "Completes [20. X](0020-x.md),\n[23. Y](0023-y.md)": the list goes on on the next line
				relations.readLinkLine(line, continued.text() + " " + linkText, continued);
				continued = linkText.endsWith(",") ? continued : null;
				continue;
			}
			continued = null;
			if ((statusTo >= 0 || layout.fields.containsKey("status")) && relations.readStatusNote(line, linkText)) {
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
			Matcher bullet = Pattern.compile("^\\s*[*+-]\\s+(?=\\S)").matcher(source.line(statusFrom));
			if (statusTo == statusFrom + 1 && bullet.lookingAt()) {
				// "- **Accepted**", a list of one item: the status is the item, the bullet stays when it changes
				start += bullet.end();
				text = text.strip().replaceFirst("^[*+-]\\s+", "");
			}
			layout.fields.put("status", new Layout.Field(Layout.Style.SECTION, statusFrom, start, end, text, null));
			setStatus(text, statusFrom + 1);
			if (Vocabulary.linkAt(text) == null) {
				for (int line = statusFrom; line < statusTo; line++) {
					relations.readStatusNote(line, source.line(line));
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
	static MarkdownOutline.Section findDeep(List<MarkdownOutline.Section> sections, String name) {
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
		layout.loaded.put("links", relations.linkKeys());
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
