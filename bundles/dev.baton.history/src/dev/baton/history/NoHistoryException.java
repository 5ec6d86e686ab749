package dev.baton.history;

/**
 * History cannot be read: the folder is not in a git repository, the repository has no commits,
 * a revision does not exist. The message says what and what to do; everything that does not
 * need history still works.
 */
public final class NoHistoryException extends Exception {

	private static final long serialVersionUID = 1L;

	public NoHistoryException(String message) {
		super(message);
	}

	public NoHistoryException(String message, Throwable cause) {
		super(message, cause);
	}
}
