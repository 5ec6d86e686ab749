package dev.baton.history;

/**
 * History cannot be read: the folder is not in a git repository, the repository has no commits, a revision does not
 * exist. The message says what and what to do; everything that does not need history still works.
 */
public final class NoHistoryException extends Exception {

	private static final long serialVersionUID = 1L;

	private static final String UNREADABLE = "The decisions' status changes could not be read from git.";

	/** What a published document may say: no machine path, no command to run. */
	private final String summary;

	public NoHistoryException(String message) {
		this(message, UNREADABLE, null);
	}

	public NoHistoryException(String message, Throwable cause) {
		this(message, UNREADABLE, cause);
	}

	/**
	 * @param message what and what to do, for the user at the console (may name paths and commands)
	 * @param summary why there is no history, fit for a handover pack: no path, no command
	 * @param cause   the underlying failure, or {@code null}
	 */
	public NoHistoryException(String message, String summary, Throwable cause) {
		super(message, cause);
		this.summary = summary;
	}

	/** Why there is no history, in words a handover pack may publish: no machine path, no command. */
	public String summary() {
		return summary;
	}
}
