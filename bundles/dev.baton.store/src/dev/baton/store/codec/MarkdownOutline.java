package dev.baton.store.codec;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The heading structure of a Markdown body, found with CommonMark (so a {@code ##} inside a code fence is not a
 * heading), with line ranges in the file: the title, the prose before the first section, and each section with its
 * sub-sections.
 */
public final class MarkdownOutline {

	/** A heading and the lines it governs, 0-based file lines. */
	public record Section(int level, String heading, int headingLine, int contentFrom, int to, List<Section> children) {

		/** The line where the section's own content ends: its first sub-section or its end. */
		public int ownContentTo() {
			return children.isEmpty() ? to : children.get(0).headingLine();
		}

		public Section child(String name) {
			for (Section child : children) {
				if (child.heading().equalsIgnoreCase(name)) {
					return child;
				}
			}
			return null;
		}
	}

	/**
	 * Blocks only: the outline and the list items are read from the blocks' source lines, so the inline content
	 * (emphasis, links, code) is not parsed at all, which is half of CommonMark's work. Inline parsing never changes
	 * the blocks (link reference definitions are blocks).
	 */
	private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS)
			.inlineParserFactory(context -> (lines, block) -> {
				// blocks only
			}).build();

	private final SourceText source;
	private final int bodyLine;
	private final Section title;
	private final int preambleFrom;
	private final int preambleTo;
	private final List<Section> sections;

	private MarkdownOutline(SourceText source, int bodyLine, Section title, int preambleFrom, int preambleTo,
			List<Section> sections) {
		this.source = source;
		this.bodyLine = bodyLine;
		this.title = title;
		this.preambleFrom = preambleFrom;
		this.preambleTo = preambleTo;
		this.sections = sections;
	}

	/**
	 * An outline made elsewhere (an AsciiDoc outline, or one with headings translated to Baton's names), so that the
	 * section codecs can read it.
	 */
	public static MarkdownOutline of(SourceText source, int bodyLine, Section title, int preambleFrom, int preambleTo,
			List<Section> sections) {
		return new MarkdownOutline(source, bodyLine, title, preambleFrom, preambleTo, sections);
	}

	/** Outlines lines [bodyLine, end) of the source. */
	public static MarkdownOutline parse(SourceText source, int bodyLine) {
		int end = source.lineCount();
		String body = source.text().substring(source.lineStart(bodyLine));
		List<int[]> headings = new ArrayList<>(); // level, first line, last line (file lines)
		List<String> texts = new ArrayList<>();
		Node document = PARSER.parse(body);
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading && !((Block) node).getSourceSpans().isEmpty()) {
				List<SourceSpan> spans = heading.getSourceSpans();
				int first = spans.get(0).getLineIndex() + bodyLine;
				int last = spans.get(spans.size() - 1).getLineIndex() + bodyLine;
				headings.add(new int[] { heading.getLevel(), first, last });
				texts.add(headingText(source, first, last));
			}
		}
		Section title = null;
		int firstSection = 0;
		if (!headings.isEmpty() && headings.get(0)[0] == 1) {
			int[] h = headings.get(0);
			title = new Section(1, texts.get(0), h[1], h[2] + 1, h[2] + 1, List.of());
			firstSection = 1;
		}
		int preambleFrom = title == null ? bodyLine : title.contentFrom();
		int preambleTo = firstSection < headings.size() ? headings.get(firstSection)[1] : end;
		List<Section> sections = nest(headings, texts, firstSection, headings.size(), end);
		return new MarkdownOutline(source, bodyLine, title, preambleFrom, preambleTo, sections);
	}

	/**
	 * Builds sections of headings [from, to) ending at line end; deeper headings become children.
	 *
	 * @param headings level, first line and last line (0-based file lines) of each heading
	 */
	public static List<Section> nest(List<int[]> headings, List<String> texts, int from, int to, int end) {
		List<Section> result = new ArrayList<>();
		int i = from;
		while (i < to) {
			int level = headings.get(i)[0];
			int j = i + 1;
			while (j < to && headings.get(j)[0] > level) {
				j++;
			}
			int sectionEnd = j < to ? headings.get(j)[1] : end;
			List<Section> children = nest(headings, texts, i + 1, j, sectionEnd);
			result.add(new Section(level, texts.get(i), headings.get(i)[1], headings.get(i)[2] + 1, sectionEnd,
					children));
			i = j;
		}
		return result;
	}

	private static String headingText(SourceText source, int first, int last) {
		String line = source.line(first).strip();
		if (line.startsWith("#")) {
			// an ATX heading: the opening run of up to six '#', and a closing run after a space
			int from = 0;
			while (from < line.length() && from < 6 && line.charAt(from) == '#') {
				from++;
			}
			int to = line.length();
			int hashes = to;
			while (hashes > from && line.charAt(hashes - 1) == '#') {
				hashes--;
			}
			if (hashes == from) {
				return "";
			}
			if (hashes < to && Character.isWhitespace(line.charAt(hashes - 1))) {
				to = hashes;
			}
			line = line.substring(from, to);
		}
		return line.strip();
	}

	public SourceText source() {
		return source;
	}

	public int bodyLine() {
		return bodyLine;
	}

	/** The first level-1 heading, when it comes before every other heading. */
	public Section title() {
		return title;
	}

	/** First line of the prose between the title and the first section. */
	public int preambleFrom() {
		return preambleFrom;
	}

	public int preambleTo() {
		return preambleTo;
	}

	/** Top-level sections (level 2 usually; a document without a title may start at any level). */
	public List<Section> sections() {
		return sections;
	}

	public Section section(String name) {
		for (Section section : sections) {
			if (section.heading().equalsIgnoreCase(name)) {
				return section;
			}
		}
		return null;
	}

	/** Lines [from, to) without leading and trailing blank lines and without the final line break. */
	public String text(int from, int to) {
		while (from < to && source.line(from).isBlank()) {
			from++;
		}
		while (to > from && source.line(to - 1).isBlank()) {
			to--;
		}
		if (from >= to) {
			return "";
		}
		String text = source.lines(from, to);
		int cut = text.length();
		while (cut > 0 && (text.charAt(cut - 1) == '\n' || text.charAt(cut - 1) == '\r')) {
			cut--;
		}
		return text.substring(0, cut).replace("\r\n", "\n");
	}

	/**
	 * The items of the first bullet or ordered list in a piece of Markdown, as written (marker removed, continuation
	 * lines dedented), or {@code null} when it holds anything but one list.
	 */
	public static List<String> listItems(String markdown) {
		if (markdown.isBlank()) {
			return List.of();
		}
		if (!startsWithListMarker(markdown)) {
			return null;
		}
		Node document = PARSER.parse(markdown);
		Node list = document.getFirstChild();
		if (!(list instanceof BulletList || list instanceof OrderedList) || list.getNext() != null) {
			return null;
		}
		SourceText text = new SourceText(markdown);
		List<String> items = new ArrayList<>();
		for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
			if (item instanceof ListItem listItem && !listItem.getSourceSpans().isEmpty()) {
				List<SourceSpan> spans = listItem.getSourceSpans();
				int first = spans.get(0).getLineIndex();
				int last = spans.get(spans.size() - 1).getLineIndex();
				int indent = listItem.getContentIndent() == null ? 2 : listItem.getContentIndent();
				StringBuilder out = new StringBuilder();
				for (int line = first; line <= last; line++) {
					String raw = text.line(line);
					String content = raw.length() >= indent && raw.substring(0, indent).isBlank() || line == first
							? (raw.length() > indent ? raw.substring(indent) : "")
							: raw.strip();
					if (line > first) {
						out.append('\n');
					}
					out.append(content);
				}
				items.add(out.toString().strip());
			}
		}
		return items;
	}

	/**
	 * Whether the first line with text opens a list item ({@code -}, {@code *}, {@code +}, or a number and {@code .} or
	 * {@code )}, after at most three spaces): when it does not, the text is not one list, and is not parsed to find
	 * that out.
	 */
	static boolean startsWithListMarker(String markdown) {
		int at = 0;
		int length = markdown.length();
		while (at < length) {
			int lineStart = at;
			while (at < length && markdown.charAt(at) == ' ') {
				at++;
			}
			if (at < length && markdown.charAt(at) != '\n' && markdown.charAt(at) != '\r') {
				if (at - lineStart > 3) {
					return false;
				}
				char c = markdown.charAt(at);
				int next = at + 1;
				if (c >= '0' && c <= '9') {
					while (next < length && next - at < 9 && Character.isDigit(markdown.charAt(next))) {
						next++;
					}
					if (next >= length || markdown.charAt(next) != '.' && markdown.charAt(next) != ')') {
						return false;
					}
					next++;
				} else if (c != '-' && c != '*' && c != '+') {
					return false;
				}
				return next >= length || Character.isWhitespace(markdown.charAt(next));
			}
			while (at < length && markdown.charAt(at) != '\n') {
				at++;
			}
			at++;
		}
		return false;
	}

	/** The bullet marker a piece of Markdown uses ({@code *}, {@code -} or {@code +}), or the default. */
	public static String bulletMarker(String markdown, String fallback) {
		for (String line : markdown.split("\n")) {
			String stripped = line.stripLeading();
			if (stripped.startsWith("* ") || stripped.startsWith("- ") || stripped.startsWith("+ ")) {
				return stripped.substring(0, 1);
			}
		}
		return fallback;
	}
}
