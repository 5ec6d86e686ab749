package dev.baton.adr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decisions written as the sections of one chapter file, as arc42's chapter 9 ("Architecture Decisions", "Design
 * Decisions") has them: each section under the chapter's heading is one decision, its id the section's anchor
 * ({@code [[adr-gpsbabel]]}, {@code {#adr-gpsbabel}}) or else its title's slug. Block titles ({@code .Problem},
 * {@code .Decision}) name its parts.
 */
final class Arc42Chapters {

	/** One decision of a chapter: its id, its text as a file of its own, and its first line in the chapter. */
	record Piece(String id, String text, int line) {
	}

	private static final Set<String> CHAPTERS = Set.of("architecture decisions", "architectural decisions",
			"design decisions", "architekturentscheidungen", "entwurfsentscheidungen", "décisions d'architecture",
			"décisions architecturales", "decisiones de arquitectura", "decisões de arquitetura", "架构决策");
	private static final Pattern HEADING =
			Pattern.compile("^(#{1,6}|={1,6})\\s+(.+?)\\s*(?:\\{#([^}]+)\\})?\\s*#*\\s*$");
	private static final Pattern ANCHOR = Pattern.compile(
			"^\\[\\[([^\\],]+)(?:,[^\\]]*)?\\]\\]\\s*$|^\\[#([^\\],.]+)[^\\]]*\\]\\s*$");
	private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.([\\p{L}][^.\\s][^\\n]*)$");

	private Arc42Chapters() {
	}

	/** The heading that makes the file a chapter of decisions, or {@code null}. */
	static String chapterHeading(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (!name.endsWith(".adoc") && !name.endsWith(".md") && !name.endsWith(".asciidoc")) {
			return null;
		}
		String text;
		try (InputStream in = Files.newInputStream(file)) {
			text = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return null;
		}
		String chapter = null;
		int level = 0;
		for (String line : text.split("\\R")) {
			Matcher m = HEADING.matcher(line);
			if (!m.matches()) {
				continue;
			}
			if (chapter == null) {
				String words = m.group(2).replaceFirst("^\\d+(\\.\\d+)*\\.?\\s+", "").strip();
				if (!CHAPTERS.contains(words.toLowerCase(Locale.ROOT))) {
					return null; // the chapter's heading comes first
				}
				chapter = m.group(2);
				level = m.group(1).length();
			} else if (m.group(1).length() == level + 1) {
				return chapter;
			}
		}
		return null;
	}

	/** The decisions of a chapter: each section one level below the chapter heading. */
	static List<Piece> split(String text) {
		String[] lines = text.split("\\R", -1);
		List<Piece> pieces = new ArrayList<>();
		int level = 0;
		int start = -1;
		String id = null;
		StringBuilder body = null;
		for (int i = 0; i < lines.length; i++) {
			Matcher m = HEADING.matcher(lines[i]);
			if (m.matches() && level == 0) {
				level = m.group(1).length();
				continue;
			}
			if (m.matches() && m.group(1).length() <= level + 1 && level > 0) {
				if (body != null) {
					pieces.add(new Piece(id, body.toString(), start));
				}
				body = null;
				if (m.group(1).length() <= level) {
					break; // the next chapter
				}
				String mark = m.group(1).substring(0, 1);
				String anchor = m.group(3) != null ? m.group(3) : i > 0 ? anchor(lines[i - 1]) : null;
				id = anchor != null ? anchor : AdrDiscovery.slug(m.group(2));
				start = i + 1;
				body = new StringBuilder(mark).append(' ').append(m.group(2)).append("\n");
				continue;
			}
			if (body == null) {
				continue;
			}
			String line = lines[i];
			if (m.matches()) {
				line = m.group(1).substring(level) + " " + m.group(2); // "==== Details" becomes "== Details"
			} else if (anchor(line) != null && i + 1 < lines.length && HEADING.matcher(lines[i + 1]).matches()) {
				continue; // the next section's anchor
			} else {
				Matcher block = BLOCK_TITLE.matcher(line);
				// ".Decision" names a part; ".Figure 1" and other captions stay as written
				if (block.matches() && Vocabulary.section(block.group(1).strip()) != null) {
					line = (isAsciiDoc(body) ? "==" : "##") + " " + block.group(1).strip();
				}
			}
			body.append(line).append('\n');
		}
		if (body != null) {
			pieces.add(new Piece(id, body.toString(), start));
		}
		return pieces;
	}

	private static boolean isAsciiDoc(StringBuilder body) {
		return body.charAt(0) == '=';
	}

	private static String anchor(String line) {
		Matcher m = ANCHOR.matcher(line.strip());
		return m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
	}
}
