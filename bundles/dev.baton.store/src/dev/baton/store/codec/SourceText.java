package dev.baton.store.codec;

import java.util.Arrays;

/**
 * A file's text with a table of line starts, to turn YAML marks and Markdown source spans (lines and code-point
 * columns) into character offsets and back.
 */
public final class SourceText {

	private final String text;
	private final int[] lineStarts;
	private final String newline;

	public SourceText(String text) {
		this.text = text;
		int[] starts = new int[64];
		int count = 0;
		starts[count++] = 0;
		// a line ends at \n, \r\n, or a \r alone (old Mac files), as YAML and CommonMark end them
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		this.lineStarts = Arrays.copyOf(starts, count);
		int lf = text.indexOf('\n');
		int cr = text.indexOf('\r');
		this.newline = cr >= 0 && (lf < 0 || cr + 1 < lf) ? "\r"
				: lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
	}

	public String text() {
		return text;
	}

	/** The line break the file uses: that of its first line, {@code \n}, {@code \r\n} or {@code \r}. */
	public String newline() {
		return newline;
	}

	/** Number of lines (a final line without a break counts). */
	public int lineCount() {
		return lineStarts.length;
	}

	/** Offset of the start of a 0-based line; the text's length past the last line. */
	public int lineStart(int line) {
		return line < lineStarts.length ? lineStarts[line] : text.length();
	}

	/** Offset just past the line break of a 0-based line (the start of the next line). */
	public int lineEnd(int line) {
		return lineStart(line + 1);
	}

	/** Offset of a 0-based line and a column counted in code points, as YAML marks count them. */
	public int offset(int line, int codePointColumn) {
		int start = lineStart(line);
		if (codePointColumn == 0 || start >= text.length()) {
			return start;
		}
		try {
			return Math.min(text.offsetByCodePoints(start, codePointColumn), text.length());
		} catch (IndexOutOfBoundsException e) {
			return text.length();
		}
	}

	/** 0-based line of an offset. */
	public int lineOf(int offset) {
		int index = Arrays.binarySearch(lineStarts, offset);
		return index >= 0 ? index : -index - 2;
	}

	/** The text of a 0-based line without its line break. */
	public String line(int line) {
		int start = lineStart(line);
		int end = lineEnd(line);
		while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
			end--;
		}
		return text.substring(start, end);
	}

	/** Lines [from, to) as text, each with its line break. */
	public String lines(int from, int to) {
		return text.substring(lineStart(from), lineStart(to));
	}
}
