package dev.baton.adr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.store.codec.TemplateText;

/**
 * Whether a file reads like an ADR, by its content and in any language {@link Vocabulary} knows: a title, and at least
 * two of the parts ADRs have (status, context, decision, consequences, considered options, decision drivers) as
 * headings at any level, bold lines or metadata labels. Folders are recognised as ADR folders by this, whatever their
 * name.
 */
final class AdrContent {

	private static final int HEAD = 64 * 1024;
	private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6}|={1,6})\\s+(.+?)\\s*#*\\s*$");
	private static final Pattern BOLD = Pattern.compile(
			"^\\s*(?:[*-]\\s+)?(?:\\*\\*|__)([^*_]+?)(?:\\*\\*|__)\\s*[:：]?.*$");
	private static final Pattern LABEL = Pattern.compile("^\\s*(?:[*-]\\s+)?([^:：|]{2,30}?)\\s*[:：|].*$");
	private static final Set<String> PARTS = Set.of("Status", "Context and Problem Statement", "Decision Outcome",
			"Consequences", "Considered Options", "Decision Drivers");

	private AdrContent() {
	}

	/** Whether the file has a title and at least two of an ADR's parts. */
	static boolean looksLikeAdr(Path file) {
		String text;
		try (InputStream in = Files.newInputStream(file)) {
			text = new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return false;
		}
		boolean title = false;
		String titleText = null;
		String status = null;
		Set<String> parts = new HashSet<>();
		for (String line : text.split("\\R")) {
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				String words =
						heading.group(2).replaceFirst("^\\d+(\\.\\d+)*\\.?\\s+", "").replaceAll("[*_]", "").strip();
				if (heading.group(1).length() == 1 && titleText == null) {
					title = true;
					titleText = heading.group(2);
				}
				add(parts, Vocabulary.section(words));
				continue;
			}
			if (line.startsWith("title:")) {
				title = true;
			}
			Matcher bold = BOLD.matcher(line);
			if (bold.matches()) {
				add(parts, Vocabulary.section(bold.group(1).strip()));
				add(parts, "status".equals(Vocabulary.meta(bold.group(1).strip())) ? "Status" : null);
			}
			Matcher label = LABEL.matcher(line);
			if (label.matches() && "status".equals(Vocabulary.meta(label.group(1).replaceAll("[*_|]", "").strip()))) {
				parts.add("Status");
				status = status == null ? line.substring(line.indexOf(label.group(1)) + label.group(1).length())
						.replaceFirst("^\\s*[:：|]\\s*", "").strip() : status;
			}
		}
		// a template has every part too: its placeholders tell it
		return title && parts.size() >= 2 && TemplateText.reason(titleText, status, text) == null;
	}

	private static void add(Set<String> parts, String section) {
		if (section != null && PARTS.contains(section)) {
			parts.add(section);
		}
	}
}
