package dev.baton.adr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as ADRs write them: ISO {@code 2017-11-24}, {@code 2017/11/24}, {@code 2017.11.24}, {@code June 19, 2019},
 * {@code 19 June 2019}, {@code 27th of June, 2024}, {@code 24/11/2017} and {@code 11/24/2017}, also with two-digit
 * years ({@code 6/9/23}, this century) (these are ambiguous when both parts are 12 or less: then the result says so
 * instead of guessing silently), and dates in file or folder names ({@code 20200926-slug}, {@code 2022-03-15-slug}).
 */
public final class AdrDates {

	/**
	 * A date read from text.
	 *
	 * @param date      the date ({@code null} when the text is no date)
	 * @param pattern   how it was written, to write a changed date the same way ({@code yyyy-MM-dd},
	 *                  {@code yyyy/MM/dd}, {@code MMMM d, yyyy}, ...)
	 * @param ambiguous why the day/month order is a guess, or {@code null}
	 */
	public record Parsed(LocalDate date, String pattern, String ambiguous) {
	}

	private static final Pattern YMD = Pattern.compile("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})\\b");
	private static final Pattern DMY = Pattern.compile("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})\\b");
	private static final Pattern NAME_YMD = Pattern.compile("^(\\d{4})(-)(\\d{2})-(\\d{2})(?=$|[^0-9])");
	private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\b|[-_])");
	private static final Pattern MONTH_FIRST =
			Pattern.compile("^([A-Za-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
	private static final Pattern DAY_FIRST =
			Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ([A-Za-z]{3,9})\\.?,? (\\d{4})\\b");
	/** {@code 6/9/23}: slashes only, so that versions ({@code 1.2.3}) are no dates. */
	private static final Pattern DMY_SHORT = Pattern.compile("^(\\d{1,2})(/)(\\d{1,2})/(\\d{2})(?![\\d/])");
	private static final Pattern CHINESE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	/** More than the longest date any pattern reads ("September 30th, 2021") and the character after it. */
	private static final int DATE_WINDOW = 64;

	private AdrDates() {
	}

	/** The date the text starts with (after spaces and {@code *_} emphasis). */
	public static Parsed parse(String text) {
		if (text == null) {
			return new Parsed(null, null, null);
		}
		String s = text.strip().replaceFirst("^[*_]+", "").strip();
		try {
			Matcher m = YMD.matcher(s);
			if (m.find()) {
				String sep = m.group(2);
				return new Parsed(LocalDate.of(i(m.group(1)), i(m.group(3)), i(m.group(4))),
						"yyyy" + sep + pad(m.group(3), "MM", "M") + sep + pad(m.group(4), "dd", "d"), null);
			}
			m = CHINESE.matcher(s);
			if (m.find()) {
				return new Parsed(LocalDate.of(i(m.group(1)), i(m.group(2)), i(m.group(3))), "yyyy年M月d日", null);
			}
			m = MONTH_FIRST.matcher(s);
			if (m.find() && month(m.group(1)) > 0) {
				return new Parsed(LocalDate.of(i(m.group(3)), month(m.group(1)), i(m.group(2))),
						(m.group(1).length() == 3 ? "MMM" : "MMMM") + " d, yyyy", null);
			}
			m = DAY_FIRST.matcher(s);
			if (m.find() && month(m.group(2)) > 0) {
				return new Parsed(LocalDate.of(i(m.group(3)), month(m.group(2)), i(m.group(1))),
						"d " + (m.group(2).length() == 3 ? "MMM" : "MMMM") + " yyyy", null);
			}
			m = DMY.matcher(s);
			boolean found = m.find();
			if (!found) {
				m = DMY_SHORT.matcher(s);
				found = m.find();
			}
			if (found) {
				int a = i(m.group(1));
				int b = i(m.group(3));
				boolean shortYear = m.group(4).length() == 2;
				int year = i(m.group(4)) + (shortYear ? 2000 : 0);
				String sep = m.group(2);
				String y = shortYear ? "yy" : "yyyy";
				if (a > 12) {
					return new Parsed(LocalDate.of(year, b, a), "dd" + sep + "MM" + sep + y, null);
				}
				if (b > 12) {
					return new Parsed(LocalDate.of(year, a, b), "MM" + sep + "dd" + sep + y, null);
				}
				return new Parsed(LocalDate.of(year, b, a), "dd" + sep + "MM" + sep + y, "'" + m.group()
						+ "' could be day/month or month/day; read as day/month (" + LocalDate.of(year, b, a)
						+ "): write it as " + LocalDate.of(year, b, a) + " (ISO) to make it unambiguous");
			}
		} catch (DateTimeException e) {
			return new Parsed(null, null, null);
		}
		return new Parsed(null, null, null);
	}

	/**
	 * The first date anywhere in the text ("Decided on 12 March 2021", "[2023-01-17]", "v2 - 03/04/2021: created"), or
	 * an empty result.
	 *
	 * @param monthFirst how to read {@code 03/04/2021}: {@code true} month first, {@code false} day first, {@code null}
	 *                   day first with the ambiguity said
	 */
	public static Parsed firstIn(String text, Boolean monthFirst) {
		if (text == null) {
			return new Parsed(null, null, null);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
				// a date is a few dozen characters: parsing the whole rest at every word was quadratic
				Parsed parsed = parse(text.substring(i, Math.min(text.length(), i + DATE_WINDOW)));
				if (parsed.date() != null) {
					if (parsed.ambiguous() != null && monthFirst != null) {
						LocalDate date = parsed.date();
						return monthFirst
								? new Parsed(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()),
										parsed.pattern().replace("dd", "DD").replace("MM", "dd").replace("DD", "MM"),
										null)
								: new Parsed(date, parsed.pattern(), null);
					}
					return parsed;
				}
			}
		}
		return new Parsed(null, null, null);
	}

	/**
	 * How a list of dates orders day and month, from its own unambiguous entries: {@code true} when one reads
	 * {@code 12/31/2020}, {@code false} when one reads {@code 31/12/2020}, {@code null} when none tells.
	 */
	public static Boolean monthFirst(List<String> entries) {
		for (String entry : entries) {
			Matcher m = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2}(?![\\d/]))").matcher(entry);
			while (m.find()) {
				if (i(m.group(1)) > 12) {
					return false;
				}
				if (i(m.group(2)) > 12) {
					return true;
				}
			}
		}
		return null;
	}

	/** A date at the start of a file or folder name ({@code 20200926-x}, {@code 2022-03-15-x}), or {@code null}. */
	public static LocalDate fromName(String name) {
		try {
			Matcher m = NAME_YMD.matcher(name);
			if (m.find() && m.group(2).equals("-")) {
				return LocalDate.of(i(m.group(1)), i(m.group(3)), i(m.group(4)));
			}
			m = COMPACT.matcher(name);
			if (m.find()) {
				return LocalDate.of(i(m.group(1)), i(m.group(2)), i(m.group(3)));
			}
		} catch (DateTimeException e) {
			return null;
		}
		return null;
	}

	/** The date written in the given pattern (ISO when there is none). */
	public static String format(LocalDate date, String pattern) {
		if (pattern == null) {
			return date.toString();
		}
		return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(date);
	}

	private static String pad(String digits, String padded, String plain) {
		return digits.length() == 2 ? padded : plain;
	}

	private static int i(String digits) {
		return Integer.parseInt(digits);
	}

	private static int month(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		String[] months = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
		for (int m = 0; m < months.length; m++) {
			if (lower.startsWith(months[m])) {
				return m + 1;
			}
		}
		return 0;
	}
}
