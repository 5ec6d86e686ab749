package dev.baton.store.codec;

import dev.baton.store.internal.RecordFiles;

/** How the architecture folder names decision files: a number, a dash and a slug of the title. */
public final class RecordNames {

	private RecordNames() {
	}

	/** The leading number of a decision file name without {@code .md} ({@code 0007-use-postgresql} is 7), or null. */
	public static Integer number(String stem) {
		return RecordFiles.number(stem);
	}

	/** A file-name slug of a title: lower case, ASCII letters and digits, dashes; {@code untitled} when empty. */
	public static String slug(String title) {
		return RecordFiles.slug(title);
	}

	/**
	 * A decision's id from its number and title: {@code 0007-use-postgresql}.
	 *
	 * @param digits the width the number is padded to with zeros
	 */
	public static String decisionId(int number, int digits, String title) {
		return RecordFiles.decisionId(number, digits, title);
	}
}
