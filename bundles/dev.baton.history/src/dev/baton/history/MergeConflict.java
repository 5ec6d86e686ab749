package dev.baton.history;

/**
 * One place a merge could not decide: a front-matter field or a Markdown section changed on both sides, or, in a text
 * merged line by line, a region of lines.
 *
 * @param where what kind of place
 * @param name  the field's key or the section's heading (without its {@code #}s); empty for a region of lines
 * @param line  the 1-based line of the conflict's {@code <<<<<<<} marker in the merged text
 */
public record MergeConflict(Where where, String name, int line) {

	/** The kinds of place a conflict is in. */
	public enum Where {
		/** A front-matter entry. */
		FIELD,
		/** A Markdown section (its heading and the text up to the next heading). */
		SECTION,
		/** Lines of a text merged line by line. */
		LINES
	}

	/** The conflict in words: {@code field 'status'}, {@code section 'Decision'}, {@code lines}. */
	public String describe() {
		return switch (where) {
		case FIELD -> "field '" + name + "'";
		case SECTION -> name.isEmpty() ? "the text before the first heading" : "section '" + name + "'";
		case LINES -> name.isEmpty() ? "lines" : "lines of " + name;
		};
	}
}
