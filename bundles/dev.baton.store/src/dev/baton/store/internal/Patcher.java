package dev.baton.store.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.baton.model.Record;
import dev.baton.store.codec.MarkdownOutline;
import dev.baton.store.codec.SourceText;
import dev.baton.store.codec.YamlBlock;
import dev.baton.store.codec.YamlText;

/**
 * Turns the differences between a record's canonical values at load and now into text edits of its file: a changed
 * scalar is replaced where it stands, a changed list is rewritten in its style, a new key goes after the others, a
 * changed section's content is replaced between its heading and the next one. Everything else keeps its bytes.
 */
public final class Patcher {

	private record Edit(int start, int end, String text, int order) {
	}

	private final Document document;
	private final RecordCodec codec;
	private final SourceText source;
	private final String nl;
	private final List<Edit> edits = new ArrayList<>();
	private final StringBuilder newFrontMatter = new StringBuilder();
	private final Set<String> createdParents = new HashSet<>();
	private int order;

	public Patcher(Document document, RecordCodec codec) {
		this.document = document;
		this.codec = codec;
		this.source = document.source();
		this.nl = source.text().isEmpty() ? "\n" : source.newline();
	}

	/** The text of a new file for a record: front matter in key order, title, prose, sections in MADR order. */
	public static String render(RecordCodec codec, Map<String, Object> now, Record record) {
		StringBuilder out = new StringBuilder();
		StringBuilder yaml = new StringBuilder();
		for (KeyCodec key : codec.keys()) {
			Object value = now.get("key:" + key.key());
			if (value != null) {
				yaml.append(YamlText.entry(key.key(), value, key.block(value), "  ", "\n"));
			}
		}
		if (yaml.length() > 0) {
			out.append("---\n").append(yaml).append("---\n");
		}
		Object title = now.get(RecordCodec.TITLE);
		if (title != null) {
			out.append("# ").append(title).append("\n\n");
		}
		Object description = now.get(RecordCodec.DESCRIPTION);
		if (description != null) {
			out.append(description).append("\n\n");
		}
		Set<String> parents = new HashSet<>();
		for (BodyCodec body : codec.body()) {
			Object value = now.get("body:" + body.heading());
			if (body.parent() == null && value != null) {
				parents.add(body.heading());
				out.append("## ").append(body.heading()).append("\n\n").append(body.render(value, "")).append("\n\n");
			} else if (value != null) {
				if (parents.add(body.parent())) {
					out.append("## ").append(body.parent()).append("\n\n");
				}
				out.append("### ").append(body.heading()).append("\n\n").append(body.render(value, "")).append("\n\n");
			}
		}
		for (dev.baton.model.Section section : record.getSections()) {
			out.append("#".repeat(Math.max(2, section.getLevel()))).append(' ').append(section.getHeading())
					.append("\n\n");
			if (section.getBody() != null && !section.getBody().isEmpty()) {
				out.append(section.getBody()).append("\n\n");
			}
		}
		String text = out.toString().stripTrailing();
		return text.isEmpty() ? "" : text + "\n";
	}

	/** The new text of the file, or the old text when nothing changed. */
	public String patch(Record record, Map<String, Object> before, Map<String, Object> now) {
		for (KeyCodec key : codec.keys()) {
			String id = "key:" + key.key();
			if (!Objects.equals(before.get(id), now.get(id))) {
				patchKey(key, now.get(id));
			}
		}
		if (newFrontMatter.length() > 0) {
			if (document.frontMatter().present()) {
				int at = source.lineStart(document.frontMatter().yamlToLine());
				add(at, at, newFrontMatter.toString());
			} else {
				int start = source.text().startsWith("\uFEFF") ? 1 : 0;
				add(start, start, "---" + nl + newFrontMatter + "---" + nl);
			}
		}
		if (!Objects.equals(before.get(RecordCodec.TITLE), now.get(RecordCodec.TITLE))) {
			patchTitle((String) now.get(RecordCodec.TITLE));
		}
		if (!Objects.equals(before.get(RecordCodec.DESCRIPTION), now.get(RecordCodec.DESCRIPTION))) {
			patchDescription((String) now.get(RecordCodec.DESCRIPTION));
		}
		for (BodyCodec body : codec.body()) {
			String id = "body:" + body.heading();
			if (!Objects.equals(before.get(id), now.get(id))) {
				patchSection(body, now.get(id));
			}
		}
		if (!Objects.equals(before.get(RecordCodec.SECTIONS), now.get(RecordCodec.SECTIONS))) {
			patchExtraSections(record);
		}
		return apply();
	}

	private void add(int start, int end, String text) {
		edits.add(new Edit(start, end, text, order++));
	}

	private void patchKey(KeyCodec key, Object value) {
		String spelled = document.spelling(key.key());
		YamlBlock.Entry entry = document.yaml().get(spelled);
		if (value == null) {
			if (entry != null) {
				add(entry.entryStart(), entry.blockEnd(), "");
			}
			return;
		}
		boolean complex = key.block(value);
		if (entry == null) {
			newFrontMatter.append(YamlText.entry(key.key(), value, complex, "  ", nl));
			return;
		}
		if (entry.isBlockCollection() || entry.isLiteralScalar() || complex) {
			String indent = entry.isBlockCollection() ? indentOf(entry) : "  ";
			add(entry.entryStart(), entry.blockEnd(),
					YamlText.entry(spelled, value, entry.isBlockCollection() || complex, indent, nl));
			return;
		}
		String text = YamlText.inline(value);
		boolean needsSpace = entry.valueStart() > 0 && source.text().charAt(entry.valueStart() - 1) == ':';
		add(entry.valueStart(), entry.valueEnd(), (needsSpace ? " " : "") + text);
	}

	private String indentOf(YamlBlock.Entry entry) {
		int line = source.lineOf(entry.valueStart());
		String prefix = source.text().substring(source.lineStart(line), entry.valueStart());
		return prefix.isBlank() ? prefix : "  ";
	}

	private void patchTitle(String title) {
		MarkdownOutline.Section heading = document.outline().title();
		if (heading != null) {
			int end = source.lineStart(heading.contentFrom());
			String lineBreak =
					end > source.lineStart(heading.headingLine()) && source.text().charAt(end - 1) == '\n' ? nl
							: "";
			add(source.lineStart(heading.headingLine()), end, title == null ? "" : "# " + title + lineBreak);
		} else if (title != null) {
			add(bodyStart(), bodyStart(), "# " + title + nl + nl);
		}
	}

	private int bodyStart() {
		return document.frontMatter().present() ? source.lineStart(document.frontMatter().bodyLine())
				: (source.text().startsWith("\uFEFF") ? 1 : 0);
	}

	private void patchDescription(String description) {
		MarkdownOutline outline = document.outline();
		int from = outline.preambleFrom();
		int to = outline.preambleTo();
		replaceContent(from, to, description == null ? null : description, outline.title() != null || from > 0);
	}

	/**
	 * Replaces lines [from, to) with the content, keeping the blank lines that were around the old content;
	 * {@code null} content leaves only one blank line.
	 */
	private void replaceContent(int from, int to, String content, boolean afterHeading) {
		// the empty "line" after the text's final line break is no blank line of the text
		int last = to > from && source.lineStart(to - 1) >= source.text().length() ? to - 1 : to;
		int leading = 0;
		while (from + leading < last && source.line(from + leading).isBlank()) {
			leading++;
		}
		int trailing = 0;
		while (last - trailing - 1 >= from + leading && source.line(last - trailing - 1).isBlank()) {
			trailing++;
		}
		boolean atEnd = to >= source.lineCount() || source.lineStart(to) >= source.text().length();
		StringBuilder text = new StringBuilder();
		if (content != null) {
			text.append(nl.repeat(Math.max(leading, afterHeading ? 1 : 0)));
			text.append(content.replace("\n", nl)).append(nl);
			text.append(nl.repeat(atEnd ? trailing : Math.max(trailing, 1)));
		} else {
			text.append(nl.repeat(atEnd ? 0 : Math.min(1, leading + trailing)));
		}
		int end = source.lineStart(to);
		add(source.lineStart(from), end, text.toString());
	}

	private void patchSection(BodyCodec body, Object value) {
		MarkdownOutline.Section section = codec.locate(body, document.outline());
		if (section != null) {
			String previous = document.outline().text(section.contentFrom(), section.ownContentTo());
			if (value == null && section.children().isEmpty()) {
				add(source.lineStart(section.headingLine()), source.lineStart(section.to()), "");
			} else {
				replaceContent(section.contentFrom(), section.ownContentTo(),
						value == null ? null : body.render(value, previous), true);
			}
			return;
		}
		if (value == null) {
			return;
		}
		String hashes = body.parent() != null ? "### " : "## ";
		StringBuilder text = new StringBuilder();
		int at = insertionPoint(body);
		if (body.parent() != null && findParent(body) == null && createdParents.add(body.parent())) {
			text.append("## ").append(body.parent()).append(nl).append(nl);
		}
		text.append(hashes).append(body.heading()).append(nl).append(nl)
				.append(body.render(value, "").replace("\n", nl)).append(nl).append(nl);
		if (body.parent() == null) {
			createdParents.add(body.heading());
		}
		insert(at, text.toString());
	}

	private MarkdownOutline.Section findParent(BodyCodec body) {
		return document.outline().section(body.parent());
	}

	/** Where a missing section goes: before the next section in codec order that the file has, else at the end. */
	private int insertionPoint(BodyCodec body) {
		MarkdownOutline outline = document.outline();
		List<BodyCodec> all = codec.body();
		int index = all.indexOf(body);
		if (body.parent() != null) {
			MarkdownOutline.Section parent = findParent(body);
			if (parent != null) {
				for (int i = index + 1; i < all.size(); i++) {
					if (Objects.equals(all.get(i).parent(), body.parent())) {
						for (MarkdownOutline.Section child : parent.children()) {
							if (all.get(i).matches(child.heading())) {
								return source.lineStart(child.headingLine());
							}
						}
					}
				}
				return source.lineStart(parent.to());
			}
		}
		for (int i = index + 1; i < all.size(); i++) {
			BodyCodec later = all.get(i);
			if (later.parent() != null) {
				continue;
			}
			MarkdownOutline.Section section = codec.locate(later, outline);
			if (section != null) {
				return source.lineStart(section.headingLine());
			}
		}
		for (MarkdownOutline.Section section : outline.sections()) {
			if (codec.claimedBy(section) == null) {
				return source.lineStart(section.headingLine());
			}
		}
		return source.text().length();
	}

	/** Inserts a block of lines, with a line break before it when the text before does not end with one. */
	private void insert(int at, String text) {
		String prefix = "";
		if (at > 0 && at == source.text().length()) {
			String all = source.text();
			if (!all.endsWith("\n")) {
				prefix = nl + nl;
			} else if (!all.endsWith("\n\n") && !all.endsWith("\r\n\r\n")) {
				prefix = nl;
			}
			if (text.endsWith(nl + nl)) {
				text = text.substring(0, text.length() - nl.length());
			}
		}
		add(at, at, prefix + text);
	}

	private void patchExtraSections(Record record) {
		MarkdownOutline outline = document.outline();
		List<MarkdownOutline.Section> existing = new ArrayList<>();
		for (MarkdownOutline.Section section : outline.sections()) {
			if (codec.claimedBy(section) == null) {
				existing.add(section);
			}
		}
		Set<MarkdownOutline.Section> kept = new HashSet<>();
		for (dev.baton.model.Section wanted : record.getSections()) {
			MarkdownOutline.Section match = existing.stream()
					.filter(s -> !kept.contains(s) && s.heading().equals(wanted.getHeading())).findFirst().orElse(null);
			String body = wanted.getBody() == null ? "" : wanted.getBody();
			if (match != null) {
				kept.add(match);
				if (!outline.text(match.contentFrom(), match.to()).equals(body)) {
					replaceContent(match.contentFrom(), match.to(), body.isEmpty() ? null : body, true);
				}
			} else {
				String hashes = "#".repeat(Math.max(2, wanted.getLevel())) + " ";
				insert(source.text().length(), hashes + wanted.getHeading() + nl + nl
						+ (body.isEmpty() ? "" : body.replace("\n", nl) + nl + nl));
			}
		}
		for (MarkdownOutline.Section section : existing) {
			if (!kept.contains(section)) {
				add(source.lineStart(section.headingLine()), source.lineStart(section.to()), "");
			}
		}
	}

	private String apply() {
		if (edits.isEmpty()) {
			return source.text();
		}
		edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order));
		StringBuilder out = new StringBuilder(source.text().length() + 256);
		int at = 0;
		for (Edit edit : edits) {
			if (edit.start() < at || edit.end() < edit.start()) {
				throw new IllegalStateException(
						"overlapping edits in " + document.relativePath() + " at " + edit.start());
			}
			out.append(source.text(), at, edit.start()).append(edit.text());
			at = edit.end();
		}
		out.append(source.text(), at, source.text().length());
		return out.toString();
	}
}
