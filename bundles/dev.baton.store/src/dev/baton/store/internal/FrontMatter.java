package dev.baton.store.internal;

/**
 * Where a record file's YAML front matter is: between a first line {@code ---} and the next
 * line {@code ---} (or {@code ...}). A UTF-8 byte order mark before it is allowed and kept.
 *
 * @param present whether the file has front matter
 * @param firstLine 0-based line of the opening {@code ---}
 * @param yamlFromLine first line of the YAML
 * @param yamlToLine line of the closing {@code ---} (exclusive end of the YAML)
 * @param bodyLine first line of the Markdown body
 * @param unterminated the opening line has no closing one
 */
public record FrontMatter(boolean present, int firstLine, int yamlFromLine, int yamlToLine, int bodyLine,
		boolean unterminated) {

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

	private static String stripBom(String line) {
		return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
	}
}
