package dev.baton.store.codec;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a record's text is a template for new records rather than a record, judged by its content: a title that is a
 * placeholder ({@code {short title}}, {@code [short title of ...]}, {@code Title}, {@code ADR Template}) or at least
 * two unfilled parts (a title naming a "title", {@code XXX} / {@code NNNN} / {@code TITLE} tokens, a status listing the
 * choices, {@code YYYY-MM-DD}). A word in the file name decides nothing: {@code 0012-use-x-as-template-engine.md} is a
 * record.
 */
public final class TemplateText {

	private static final Pattern BRACKETED = Pattern.compile("^\\s*(\\{.*\\}|\\[.*\\]|<.*>|<!--.*-->)\\s*$");
	private static final Set<String> GENERIC = Set.of("adr", "madr", "format", "template", "title", "new", "short",
			"the", "of", "an", "a");
	private static final Pattern TOKEN = Pattern.compile("\\b(X{3,}|N{3,}|TITLE|NUMBER|ADR-NUMBER|NAME)\\b");
	private static final Pattern TITLE_WORD = Pattern.compile("(?iu)\\b(title|titre|título|titolo|titel|标题)\\b");
	private static final Pattern CHOICES = Pattern.compile("(?i)^\\s*[\\[{]?.*\\b(proposed|accepted|rejected|draft)\\b"
			+ "[^|]*\\|[^|]*\\b(proposed|accepted|rejected|deprecated|superseded|draft|approved)\\b.*$");
	private static final Pattern DATE_PLACEHOLDER = Pattern.compile("(?i)\\bYYYY-MM-DD\\b|#N{3,}\\b");

	private TemplateText() {
	}

	/**
	 * Why the text is a template, or {@code null} when it is a record.
	 *
	 * @param title  the title as written (with its prefix, e.g. {@code ADR-XXX: Short Title}), or {@code null}
	 * @param status the status as written, or {@code null}
	 * @param text   the whole text of the file
	 */
	public static String reason(String title, String status, String text) {
		if (title != null && BRACKETED.matcher(title).matches()) {
			return "the title '" + title.strip() + "' is a placeholder";
		}
		if (title != null && !title.isBlank() && onlyGenericWords(title)) {
			return "the title '" + title.strip() + "' names no decision";
		}
		int unfilled = 0;
		StringBuilder why = new StringBuilder();
		if (title != null && TOKEN.matcher(title).find()) {
			unfilled++;
			why.append("placeholders in the title");
		}
		if (title != null && TITLE_WORD.matcher(title).find()) {
			unfilled++;
			why.append(why.isEmpty() ? "" : ", ").append("a title that says 'title'");
		}
		if (status != null && (isPlaceholder(status) || BRACKETED.matcher(status).matches())) {
			unfilled++;
			why.append(why.isEmpty() ? "" : ", ").append("a status listing the choices");
		}
		if (text != null && DATE_PLACEHOLDER.matcher(text).find()) {
			unfilled++;
			why.append(why.isEmpty() ? "" : ", ").append("unfilled placeholders (YYYY-MM-DD, #NNNN)");
		}
		return unfilled >= 2 ? why.toString() : null;
	}

	/**
	 * Whether a status is a template's list of choices ({@code [draft | proposed | accepted]}, {@code {proposed |
	 * rejected | ...}}) rather than a status: it maps to no state, and never to the last choice it names (often
	 * "superseded by ...").
	 */
	public static boolean isPlaceholder(String status) {
		// two states, the second naming its record ("proposed | partially superseded by [8. X](008-x.md)"),
		// is a status in two steps; a template lists three or more, or brackets them
		return status != null && (CHOICES.matcher(status).matches() && (status.split("\\|").length > 2
				|| !status.matches(".*\\]\\([^)]*\\d[^)]*\\).*"))
				|| BRACKETED.matcher(status).matches() && status.contains("|"));
	}

	private static boolean onlyGenericWords(String title) {
		boolean named = false;
		for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && !GENERIC.contains(word)) {
				return false;
			}
			named |= word.equals("template") || word.equals("title");
		}
		return named;
	}
}
