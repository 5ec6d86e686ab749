package dev.baton.export.html;

/**
 * Prose that is nothing but plain paragraphs and tight bullet lists of plain items, turned into the HTML CommonMark
 * makes of it without running the parser and the renderer. Most of what people write in a record's sections is such
 * text, and the site renders tens of thousands of sections: parsing each with CommonMark (a new block and inline
 * parser, a new renderer context each time) was a fifth of the export.
 *
 * <p>
 * "Plain" is narrow on purpose: each line starts with a letter (after {@code "* "}, {@code "- "} or {@code "+ "} in a
 * list), has no white space at its ends, and holds none of the characters that start anything else in CommonMark or its
 * tables ({@code \ ` * _ [ ] < > & | ~}, tabs, control characters). Anything else returns {@code null} and goes through
 * CommonMark. The tests hold the result to CommonMark's own, byte for byte, on every section of the corpus' ADRs.
 */
final class PlainProse {

	/** What the text gives: its HTML and its words for the search index. */
	record Rendered(String html, String text) {
	}

	private PlainProse() {
	}

	/** The HTML CommonMark would make of the text, or {@code null} when the text is not plain. */
	static Rendered render(String markdown) {
		if (markdown.isEmpty()) {
			return null;
		}
		StringBuilder html = new StringBuilder(markdown.length() + 32);
		StringBuilder text = new StringBuilder(markdown.length());
		int length = markdown.length();
		int at = 0;
		char previousList = 0;
		while (at < length) {
			// one block: lines up to an empty line or the end
			int end = markdown.indexOf("\n\n", at);
			if (end < 0) {
				end = length;
			}
			char marker = listMarker(markdown, at);
			if (marker == 0) {
				if (!paragraph(markdown, at, end, html, text)) {
					return null;
				}
			} else if (marker == previousList || !list(markdown, at, end, marker, html, text)) {
				// two lists of one marker with a blank line between are one loose list
				return null;
			}
			previousList = marker;
			if (end == length) {
				break;
			}
			at = end + 2;
			if (at >= length || markdown.charAt(at) == '\n') {
				// more than one empty line, or one at the end: left to CommonMark
				return null;
			}
		}
		return new Rendered(html.toString(), text.toString());
	}

	private static char listMarker(String markdown, int at) {
		char c = markdown.charAt(at);
		return (c == '*' || c == '-' || c == '+') && at + 1 < markdown.length() && markdown.charAt(at + 1) == ' ' ? c
				: 0;
	}

	private static boolean paragraph(String markdown, int from, int to, StringBuilder html, StringBuilder text) {
		html.append("<p>");
		for (int line = from; line < to;) {
			int end = lineEnd(markdown, line, to);
			if (line > from) {
				html.append('\n');
				text.append('\n');
			}
			if (!plainLine(markdown, line, end, html, text)) {
				return false;
			}
			line = end + 1;
		}
		html.append("</p>\n");
		text.append('\n');
		return true;
	}

	private static boolean list(String markdown, int from, int to, char marker, StringBuilder html,
			StringBuilder text) {
		html.append("<ul>\n");
		for (int line = from; line < to;) {
			int end = lineEnd(markdown, line, to);
			if (end - line < 3 || markdown.charAt(line) != marker || markdown.charAt(line + 1) != ' ') {
				return false;
			}
			html.append("<li>");
			// the search text keeps the marker, as CommonMark's text renderer does
			text.append(marker).append(' ');
			if (!plainLine(markdown, line + 2, end, html, text)) {
				return false;
			}
			html.append("</li>\n");
			text.append('\n');
			line = end + 1;
		}
		html.append("</ul>\n");
		return true;
	}

	private static int lineEnd(String markdown, int line, int to) {
		int end = markdown.indexOf('\n', line);
		return end < 0 || end > to ? to : end;
	}

	/** Appends a plain line (escaped as CommonMark escapes text) or says it is not one. */
	private static boolean plainLine(String markdown, int from, int to, StringBuilder html, StringBuilder text) {
		if (from >= to || !Character.isLetter(markdown.codePointAt(from)) || markdown.charAt(to - 1) == ' ') {
			return false;
		}
		int run = from;
		for (int i = from; i < to; i++) {
			char c = markdown.charAt(i);
			switch (c) {
			case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '\t', '\r', '\u007f' -> {
				return false;
			}
			case '"' -> {
				html.append(markdown, run, i).append("&quot;");
				run = i + 1;
			}
			default -> {
				if (c < ' ') {
					return false;
				}
			}
			}
		}
		html.append(markdown, run, to);
		text.append(markdown, from, to);
		return true;
	}
}
