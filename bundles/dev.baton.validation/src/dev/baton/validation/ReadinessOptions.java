package dev.baton.validation;

import dev.baton.api.RunContext;

/**
 * The {@link RunContext} options the built-in rules read. The command line fills them from {@code baton.yaml}'s
 * {@code settings:} and its own flags; a UI from its preferences.
 */
public final class ReadinessOptions {

	/** Days a decision may stay proposed (default {@value #PROPOSED_MAX_DAYS_DEFAULT}). */
	public static final String PROPOSED_MAX_DAYS = "proposed-max-days";
	public static final int PROPOSED_MAX_DAYS_DEFAULT = 30;
	/** Days since a record's {@code last-reviewed} before it is stale (default {@value #REVIEW_MAX_DAYS_DEFAULT}). */
	public static final String REVIEW_MAX_DAYS = "review-max-days";
	public static final int REVIEW_MAX_DAYS_DEFAULT = 365;
	/**
	 * Days before a technology's end of life when it counts as near it (default {@value #EOL_WARNING_DAYS_DEFAULT}).
	 */
	public static final String EOL_WARNING_DAYS = "eol-warning-days";
	public static final int EOL_WARNING_DAYS_DEFAULT = 180;
	/** Days before a contract's renewal when it is reported (default {@value #RENEWAL_WARNING_DAYS_DEFAULT}). */
	public static final String RENEWAL_WARNING_DAYS = "renewal-warning-days";
	public static final int RENEWAL_WARNING_DAYS_DEFAULT = 90;

	private ReadinessOptions() {
	}

	/**
	 * A whole number of days from the context's options, or the fallback when the option is not set.
	 *
	 * @throws IllegalArgumentException when the option is not a whole number of days
	 */
	public static int days(RunContext context, String option, int fallback) {
		String value = context.option(option, null);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int days = Integer.parseInt(value.strip());
			if (days >= 0) {
				return days;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException(option + " is a whole number of days such as " + fallback + ", not '"
				+ value + "'");
	}
}
