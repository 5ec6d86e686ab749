package dev.baton.store.codec;

import java.util.regex.Pattern;

/**
 * Where a record file's YAML front matter is: between a first line {@code ---} and the next line {@code ---} (or
 * {@code ...}). A UTF-8 byte order mark before it is allowed and kept.
 *
 * @param present      whether the file has front matter
 * @param firstLine    0-based line of the opening {@code ---}
 * @param yamlFromLine first line of the YAML
 * @param yamlToLine   line of the closing {@code ---} (exclusive end of the YAML)
 * @param bodyLine     first line of the Markdown body
 * @param unterminated the opening line has no closing one
 */
public record FrontMatter(boolean present, int firstLine, int yamlFromLine, int yamlToLine, int bodyLine,
		boolean unterminated) {

	/** A line {@code key: value} (or {@code key:}) as YAML writes a top-level key. */
	private static final Pattern YAML_KEY = Pattern.compile("^[a-z_][a-z0-9_.-]*:(\\s.*)?$");

	public static FrontMatter find(SourceText source) {
		String first = stripBom(source.line(0));
		if (!first.strip().equals("---") || !first.startsWith("---")) {
			return new FrontMatter(false, 0, 0, 0, 0, false);
		}
		for (int line = 1; line < source.lineCount(); line++) {
			String text = source.line(line);
			if (text.equals("---") || text.equals("...") || text.stripTrailing().equals("---")) {
				return new FrontMatter(true, 0, 1, line, line + 1, false);
			}
		}
		return new FrontMatter(true, 0, 1, source.lineCount(), source.lineCount(), true);
	}

	/**
	 * The 0-based line where a second YAML block starts right after the front matter (keys, then a line {@code ---}: a
	 * second document the user meant as front matter), or -1.
	 */
	public static int secondBlock(SourceText source, int bodyLine) {
		int line = bodyLine;
		while (line < source.lineCount() && source.line(line).isBlank()) {
			line++;
		}
		int first = line;
		if (first >= source.lineCount() || !YAML_KEY.matcher(source.line(first)).matches()) {
			return -1;
		}
		for (line = first + 1; line < source.lineCount(); line++) {
			String text = source.line(line);
			if (text.stripTrailing().equals("---")) {
				return first;
			}
			if (!YAML_KEY.matcher(text).matches() && !text.startsWith(" ") && !text.startsWith("-")) {
				return -1;
			}
		}
		return -1;
	}

	private static String stripBom(String line) {
		return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
	}
}
