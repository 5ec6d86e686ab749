package dev.baton.adr.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.store.codec.MarkdownOutline;
import dev.baton.store.codec.SourceText;

/**
 * The heading structure of an AsciiDoc file ({@code = Title}, {@code == Section}), in the same form as a Markdown
 * outline so that the section codecs read both. Headings inside delimited blocks ({@code ----}, {@code ....},
 * {@code ====}, {@code ****}, {@code ++++}, tables, comments) are not headings.
 */
final class AsciiDocOutline {

	private static final Pattern HEADING = Pattern.compile("^(={1,6})\\s+(\\S.*?)\\s*$");
	private static final Pattern DELIMITER =
			Pattern.compile("^(-{4,}|\\.{4,}|={4,}|\\*{4,}|\\+{4,}|/{4,}|_{4,}|\\|={3,}|`{3}.*)\\s*$");

	private AsciiDocOutline() {
	}

	static MarkdownOutline parse(SourceText source) {
		List<int[]> headings = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		String open = null;
		for (int line = 0; line < source.lineCount(); line++) {
			String text = source.line(line).stripTrailing();
			Matcher delimiter = DELIMITER.matcher(text);
			if (delimiter.matches()) {
				String fence = text.startsWith("```") ? "```" : text;
				if (open == null) {
					open = fence;
				} else if (open.equals(fence)) {
					open = null;
				}
				continue;
			}
			if (open != null) {
				continue;
			}
			Matcher heading = HEADING.matcher(text);
			if (heading.matches()) {
				headings.add(new int[] { heading.group(1).length(), line, line });
				texts.add(heading.group(2));
			}
		}
		int end = source.lineCount();
		MarkdownOutline.Section title = null;
		int first = 0;
		if (!headings.isEmpty() && headings.get(0)[0] == 1) {
			int line = headings.get(0)[1];
			title = new MarkdownOutline.Section(1, texts.get(0), line, line + 1, line + 1, List.of());
			first = 1;
		}
		int preambleFrom = title == null ? 0 : title.contentFrom();
		int preambleTo = first < headings.size() ? headings.get(first)[1] : end;
		return MarkdownOutline.of(source, 0, title, preambleFrom, preambleTo,
				MarkdownOutline.nest(headings, texts, first, headings.size(), end));
	}
}
