package dev.baton.style;

/** The width of source text as the style counts it: a tab moves to the next multiple of 4, any other char is 1. */
final class Columns {

	static final int LIMIT = 120;
	private static final int TAB = 4;

	private Columns() {
	}

	/** The column after {@code text} (which starts a line), from 0: a line fits when this is at most {@link #LIMIT}. */
	static int width(CharSequence text) {
		int column = 0;
		for (int i = 0; i < text.length(); i++) {
			column = text.charAt(i) == '\t' ? (column / TAB + 1) * TAB : column + 1;
		}
		return column;
	}
}
