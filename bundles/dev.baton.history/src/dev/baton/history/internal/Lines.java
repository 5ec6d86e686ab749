package dev.baton.history.internal;

import java.util.ArrayList;
import java.util.List;

/** Lines of a text with their line ends kept, so that joining them gives the text back byte for byte. */
final class Lines {

	private Lines() {
	}

	/** The lines of the text, each with its {@code \n} (and a {@code \r} before it) when it has one. */
	static List<String> of(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			int next = end < 0 ? text.length() : end + 1;
			lines.add(text.substring(start, next));
			start = next;
		}
		return lines;
	}

	/** The line without its line end and trailing blanks. */
	static String bare(String line) {
		int end = line.length();
		while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
			end--;
		}
		return line.substring(0, end);
	}

	/** The line end the text uses: that of its first line, {@code \n} when it has none. */
	static String end(String text) {
		int newline = text.indexOf('\n');
		return newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
	}

	/** How many line ends the text holds. */
	static int count(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				count++;
			}
		}
		return count;
	}

	/** The lines joined. */
	static String join(List<String> lines, int from, int to) {
		StringBuilder text = new StringBuilder();
		for (int i = from; i < to; i++) {
			text.append(lines.get(i));
		}
		return text.toString();
	}
}
