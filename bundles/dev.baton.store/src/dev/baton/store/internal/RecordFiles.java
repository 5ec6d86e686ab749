package dev.baton.store.internal;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File naming rules of the architecture folder. */
public final class RecordFiles {

	private static final Pattern NUMBERED = Pattern.compile("^(\\d+)(?:[-_ ]+(.*))?$");

	private RecordFiles() {
	}

	/** The file name without {@code .md}. */
	public static String stem(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
	}

	/** Whether a Markdown file in a record folder is a record (not a README, index, template or hidden file). */
	public static boolean isRecordFile(Path file) {
		return isDecisionFile(file) && !file.getFileName().toString().toLowerCase(Locale.ROOT).contains("template");
	}

	/**
	 * Whether a Markdown file in a decision folder may be a decision (not a README, index or hidden file). A template
	 * is told by its content ({@link TemplateText}), not by a word in its name:
	 * {@code 0012-use-x-as-template-engine.md} is a decision.
	 */
	public static boolean isDecisionFile(Path file) {
		String name = file.getFileName().toString();
		if (!name.endsWith(".md") || name.startsWith(".") || name.startsWith("_")) {
			return false;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		return !lower.equals("readme.md") && !lower.equals("index.md");
	}

	/** The leading number of a decision file name ({@code 0007-use-postgresql} is 7), or {@code null}. */
	public static Integer number(String stem) {
		Matcher matcher = NUMBERED.matcher(stem);
		if (!matcher.matches() || matcher.group(1).length() > 9) {
			return null;
		}
		return Integer.valueOf(matcher.group(1));
	}

	/** Whether a file name starts with a number too long to be a decision's number (over 9 digits). */
	public static boolean tooLargeNumber(String stem) {
		Matcher matcher = NUMBERED.matcher(stem);
		return matcher.matches() && matcher.group(1).length() > 9;
	}

	/** The part of a decision file name after its number, or the whole name. */
	public static String slugOf(String stem) {
		Matcher matcher = NUMBERED.matcher(stem);
		return matcher.matches() ? (matcher.group(2) == null ? "" : matcher.group(2)) : stem;
	}

	/** A file-name slug of a title: lower case, ASCII letters and digits, dashes. */
	public static String slug(String title) {
		String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "untitled" : slug;
	}

	/** A decision's id from its number and title: {@code 0007-use-postgresql}. */
	public static String decisionId(int number, int digits, String title) {
		return String.format(Locale.ROOT, "%0" + Math.max(1, digits) + "d", number) + "-" + slug(title);
	}

	/** Whether the record's title is given by a front matter {@code title} key rather than a heading. */
	public static boolean titleInFrontMatter(Document document) {
		return document.outline().title() == null && document.yaml().get("title") != null;
	}
}
