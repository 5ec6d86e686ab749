package dev.baton.adr.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.store.codec.SourceText;
import dev.baton.store.codec.YamlBlock;

/**
 * Front matter that YAML refuses only because a plain value starts with a character YAML reserves
 * ({@code author: @toddbaert}, {@code author: `x`}, {@code updated: -}), as people write it by hand: it is read as if
 * that value were quoted, and each such line is told so the writer can quote it. The file itself is never changed, and
 * the positions of the values are those of the file, so a value can still be patched in place. Any other YAML error
 * stays an error.
 */
final class LenientFrontMatter {

	/**
	 * A key, then a plain value starting with {@code @} or a backtick and holding no comment, or a lone {@code -} ("not
	 * yet", which YAML takes for a list).
	 */
	private static final Pattern RESERVED_START =
			Pattern.compile("^(\\s*[\\w.-]+:[ \\t]+)([@`][^#]*?|-)\\s*$");

	/**
	 * The entries read, by key, and the 0-based lines read as if quoted.
	 */
	record Read(Map<String, YamlBlock.Entry> entries, List<Integer> quotedLines) {
	}

	private LenientFrontMatter() {
	}

	/**
	 * Composes lines [fromLine, toLine) of the source as a YAML mapping.
	 *
	 * @throws YamlBlock.YamlProblem the YAML error, when quoting values that start with a reserved character does not
	 *                               make it valid
	 */
	static Read parse(SourceText source, int fromLine, int toLine, String label) throws YamlBlock.YamlProblem {
		try {
			return new Read(YamlBlock.parse(source, fromLine, toLine, label).entries(), List.of());
		} catch (YamlBlock.YamlProblem problem) {
			StringBuilder text = new StringBuilder(source.text());
			List<Integer> inserted = new ArrayList<>(); // offsets of the added quotes, in the repaired text
			List<Integer> quoted = new ArrayList<>();
			int shift = 0;
			for (int line = fromLine; line < toLine; line++) {
				Matcher m = RESERVED_START.matcher(source.line(line));
				String quote = !m.matches() ? null
						: m.group(2).indexOf('\'') < 0 ? "'"
								: m.group(2).indexOf('"') < 0 && m.group(2).indexOf('\\') < 0 ? "\"" : null;
				if (quote == null) {
					continue;
				}
				int open = source.lineStart(line) + m.end(1) + shift;
				text.insert(open, quote);
				int close = open + 1 + m.group(2).length();
				text.insert(close, quote);
				inserted.add(open);
				inserted.add(close);
				quoted.add(line);
				shift += 2;
			}
			if (quoted.isEmpty()) {
				throw problem;
			}
			YamlBlock block;
			try {
				block = YamlBlock.parse(new SourceText(text.toString()), fromLine, toLine, label);
			} catch (YamlBlock.YamlProblem still) {
				throw problem;
			}
			Map<String, YamlBlock.Entry> entries = new LinkedHashMap<>();
			block.entries().forEach((key, e) -> entries.put(key,
					new YamlBlock.Entry(e.key(), e.value(), e.line(), original(e.entryStart(), inserted),
							original(e.valueStart(), inserted), original(e.valueEnd(), inserted),
							original(e.blockEnd(), inserted), e.isBlockCollection(), e.isLiteralScalar())));
			return new Read(entries, quoted);
		}
	}

	/** An offset of the repaired text in the file: less the quotes added before it. */
	private static int original(int offset, List<Integer> inserted) {
		int before = 0;
		for (int at : inserted) {
			if (at < offset) {
				before++;
			}
		}
		return offset - before;
	}
}
