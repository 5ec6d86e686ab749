package dev.baton.adr.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.adr.Vocabulary;
import dev.baton.model.BatonFactory;
import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.LinkType;
import dev.baton.store.DecisionFormat;
import dev.baton.store.codec.MarkdownOutline;
import dev.baton.store.codec.SourceText;

/**
 * Reads the relations an ADR states into its decision and {@link Layout}: link lines (in a status or links section, as
 * metadata lines), links in a status, supersession and other relations said in prose, and References-like lists naming
 * other ADRs of the set. A passing mention is no relation. The {@link AdrReader} calls it part by part, in the order
 * that decides which of two statements of one relation counts.
 */
final class RelationReader {

	/**
	 * A Markdown link. Its text holds no bracket (as in CommonMark, where brackets in a link's text must pair up), so a
	 * line of nested brackets is scanned once: with {@code [^\]]*} every {@code [} scanned on to the first {@code ]}
	 * and back, and 3,400 of them took a second.
	 */
	static final Pattern MD_LINK = Pattern
			.compile("\\[([^\\[\\]]*+)\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
	private static final Pattern ADOC_LINK = Pattern.compile(
			"(?:link:|xref:)([^\\[\\s]+)\\[([^\\]]*)\\]|<<([^,>#]+)(?:#[^,>]*)?(?:,([^>]*))?>>|(https?://[^\\s\\[]+)\\["
					+ "([^\\]]*)\\]");
	private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)\\](?!\\()");
	private static final Pattern REF_DEFINITION = Pattern.compile("^\\s*\\[([^\\]]+)\\]:\\s*<?(\\S+?)>?\\s*$");
	static final Pattern ADR_TOKEN =
			Pattern.compile("(?i)\\b(?:ADR|RFC)[-_ #]?0*(\\d{1,6})\\b|#0*(\\d{1,6})\\b|\\b0*(\\d{1,6})\\b");
	private static final Pattern PROSE_SUPERSEDES =
			Pattern.compile("(?i)\\b(?:(?:in part|partly|partially)\\s+)?(supersedes|superseded by)\\b(.*)$");

	private final DecisionFormat.Context context;
	private final Layout layout;
	private final Decision decision;
	/** Headings as written, by line: the outline's are translated. */
	private final Map<Integer, String> originalHeadings;
	private final Map<String, String> referenceDefinitions = new HashMap<>();
	/** "meaning token" of every link read, in the order the writer lists them (superseded-by last). */
	private final List<String> linkKeys = new ArrayList<>();
	private final List<String> supersededByKeys = new ArrayList<>();
	/** Every target this record relates to so far: a References list adds no second relation to one. */
	private final Set<String> relatedTokens = new HashSet<>();
	private List<String> lineKeys;

	RelationReader(DecisionFormat.Context context, Layout layout, Decision decision,
			Map<Integer, String> originalHeadings) {
		this.context = context;
		this.layout = layout;
		this.decision = decision;
		this.originalHeadings = originalHeadings;
	}

	/** "meaning token" of every link line read, superseded-by last: what the writer compares on save. */
	List<String> linkKeys() {
		List<String> keys = new ArrayList<>(linkKeys);
		keys.addAll(supersededByKeys);
		return keys;
	}

	void collectReferenceDefinitions() {
		SourceText source = layout.source;
		for (int line = 0; line < source.lineCount(); line++) {
			Matcher m = REF_DEFINITION.matcher(source.line(line));
			if (m.matches()) {
				referenceDefinitions.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
			}
		}
	}

	/**
	 * A line of a status section other than the status and its link phrases that links other ADRs of the set ("Requires
	 * [46. X](0046-x.md)", "An alternative is proposed in [...]", "Rejected (see [19](019-x.md))"): each is related;
	 * the line stays as written.
	 */
	boolean readStatusNote(int line, String text) {
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

	boolean hasTarget(String line, Vocabulary.LinkPhrase phrase) {
		String rest = line.substring(Math.min(line.length(), phrase.text().length()));
		return MD_LINK.matcher(rest).find() || ADOC_LINK.matcher(rest).find() || REF_LINK.matcher(rest).find()
				|| ADR_TOKEN.matcher(rest).find();
	}

	void readLinksSection() {
		MarkdownOutline.Section section = AdrReader.findDeep(layout.outline.sections(), AdrReader.LINKS);
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

	void readLinkLine(int line, String text, Vocabulary.LinkPhrase phrase) {
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
	String hrefToken(String href, int line) {
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
		return AdrReader.stripExtension(name);
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

	void addLink(String meaning, String token, int line, String note, boolean prose) {
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

	void readProseSupersession() {
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

	/**
	 * "This is a follow-up to ADR 12", "rejected in favour of ADR 21", "Partly undo ADR 9": right before the ADR. The
	 * link's parts are possessive: a target that never closes is scanned once, not split every way between them.
	 */
	private static final Pattern PROSE_RELATION = Pattern.compile("(?i)\\b(this is a follow-up to|a follow-up to|"
			+ "follow-up to|follow-up of|follows up on|rejected in favou?r of|deprecated? in favou?r of|"
			+ "(?:partly |partially )?undo(?:es)?|(?:partly |partially )?reverts?|amends|refines)\\s+(?:the\\s+)?"
			+ "(\\[[^\\]]*+\\]\\(\\s*+<?[^)\\s>]++>?[^)]*+\\)|<[a-z]+://[^>\\s]++>|(?:ADR|RFC)[-_ #]?0*(\\d{1,6})\\b)");

	/** A status said on a line of the text, bold or not ({@code **Status: Rejected**: ...}), not in a code block. */
	private static final Pattern STATUS_LINE =
			Pattern.compile("^(?:[*+-]\\s+)?(?:\\*\\*|__)?([\\p{L} ]{2,20}?)\\s*[:：]");

	/**
	 * A line that states the status elsewhere than where the status was read ("**Status: Rejected**: ... in favor of
	 * the [Fractional ADR](fractional.md)"): like a line of a status section, each ADR beside this one that it links is
	 * related.
	 */
	void readStatusLines() {
		SourceText source = layout.source;
		Set<Integer> taken = new HashSet<>();
		layout.links.forEach(l -> taken.add(l.line()));
		layout.fields.values().forEach(f -> taken.add(f.line()));
		boolean fenced = false;
		for (int line = layout.outline.preambleFrom(); line < source.lineCount(); line++) {
			String text = source.line(line).strip();
			if (text.startsWith("```") || text.startsWith("~~~")) {
				fenced = !fenced;
			}
			Matcher m = STATUS_LINE.matcher(text);
			if (!fenced && !taken.contains(line) && m.find() && "status".equals(Vocabulary.meta(m.group(1).strip()))) {
				readStatusNote(line, withoutCode(text));
			}
		}
	}

	void readProseRelations() {
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
		String href = link.startsWith("<") ? link.substring(1, link.length() - 1) : null; // an autolink
		Matcher md = MD_LINK.matcher(link);
		href = href != null ? href : md.find() ? md.group(2) : null;
		if (href == null) {
			return null;
		}
		String sibling = siblingOfWebLink(href);
		if (sibling != null) {
			context.info(line + 1, "link to '" + href + "' is this folder's file " + sibling + " on the web: read as "
					+ "a link to it");
			return hrefToken(sibling, line);
		}
		return hrefToken(href, line);
	}

	/** A file in a repository on the web: {@code https://host/owner/repo/blob/main/docs/adr/0007-x.md}. */
	private static final Pattern WEB_FILE =
			Pattern.compile("(?i)https?://[^/\\s]+/(?:[^/\\s]+/)+(?:blob|tree|raw)/[^/\\s]+/(?:[^\\s#?]*/)?"
					+ "([^/\\s#?]+)/([^/\\s#?]+\\.(?:md|adoc))(?:[#?]\\S*)?");

	/**
	 * The file name of an ADR beside this one that a web link to a repository's file names (the same folder name and
	 * file name, and the file exists here), or {@code null}: a record that links its neighbour by its address on the
	 * web still relates to it.
	 */
	private String siblingOfWebLink(String href) {
		Matcher m = WEB_FILE.matcher(href);
		Path file = context.file() == null ? null : context.file().toAbsolutePath();
		if (!m.matches() || file == null || file.getParent() == null || file.getParent().getFileName() == null
				|| !file.getParent().getFileName().toString().equals(m.group(1))) {
			return null;
		}
		return Files.isRegularFile(file.getParent().resolve(m.group(2))) ? m.group(2) : null;
	}

	private static final Pattern REFERENCE_SECTION = Pattern.compile(
			"(?i)^(references?|related|related [\\p{L} ]{1,40}|see also|links|more information|referencias|"
					+ "références|referências|参考|参考资料|相关)$");

	/**
	 * A References, Links or More Information section listing other ADRs of the set: each listed ADR is a "references"
	 * relation (kept in the text as written). A link to a file that is not an ADR beside this one, or a web page, is no
	 * relation.
	 */
	void readReferenceSections(List<MarkdownOutline.Section> sections) {
		for (MarkdownOutline.Section section : sections) {
			// "## Related Decision Records <!-- optional -->": the template's comment is no part of it
			String heading =
					AdrReader.stripNumbering(originalHeadings.getOrDefault(section.headingLine(), section.heading())
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
						// a record beside this one, linked by its path or by its address on the web
						String web = siblingOfWebLink(md.group(2));
						String href = web != null ? web : md.group(2);
						if (isSiblingAdr(href)) {
							addReference(hrefToken(href, line), line, heading);
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
}
