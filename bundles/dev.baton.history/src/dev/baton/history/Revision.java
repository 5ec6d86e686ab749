package dev.baton.history;

import java.time.OffsetDateTime;

/**
 * A commit, as history shows it.
 *
 * @param id      the full commit id
 * @param author  the author's name
 * @param email   the author's e-mail address
 * @param date    when the author made the change, in the author's time zone
 * @param message the first line of the commit message
 */
public record Revision(String id, String author, String email, OffsetDateTime date, String message) {

	/** The id abbreviated to 7 characters, as git shows it. */
	public String shortId() {
		return id.length() <= 7 ? id : id.substring(0, 7);
	}

	/** The day of the change, {@code 2024-03-05}. */
	public String day() {
		return date.toLocalDate().toString();
	}
}
