package dev.baton.history.internal;

import java.util.List;

import dev.baton.history.MergeConflict;

/**
 * The merged text of one part (or of several), and the conflicts in it with their lines counted from its start;
 * {@code moved} when it comes from theirs and now follows another part than it did there.
 */
record Piece(String text, List<Local> conflicts, boolean moved) {

	Piece(String text, List<Local> conflicts) {
		this(text, conflicts, false);
	}

	/** A conflict at a 0-based line of the piece. */
	record Local(MergeConflict.Where where, String name, int line) {
	}

	/** A piece without conflicts. */
	static Piece of(String text) {
		return new Piece(text, List.of());
	}

	/** The piece, marked as placed after another part than in its version. */
	Piece movedThere() {
		return new Piece(text, conflicts, true);
	}
}
