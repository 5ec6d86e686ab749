package dev.baton.history.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

import dev.baton.history.MergeConflict;
import dev.baton.history.RecordMerge;

/** git's line-by-line three-way merge (JGit's), with git's conflict markers. */
public final class LineMerge {

	private LineMerge() {
	}

	/** The line merge of three texts, its conflicts named as the given kind of place. */
	static Piece merge(String base, String ours, String theirs, RecordMerge.Labels labels, MergeConflict.Where where,
			String name) {
		Merged merged = merge(bytes(base), bytes(ours), bytes(theirs), labels);
		String text = new String(merged.bytes, StandardCharsets.UTF_8);
		List<Piece.Local> conflicts = new ArrayList<>();
		for (int line : merged.conflictLines) {
			conflicts.add(new Piece.Local(where, name, line));
		}
		return new Piece(text, conflicts);
	}

	/** The line merge of a whole file, for what cannot be merged by field and section. */
	public static RecordMerge.Result whole(byte[] base, byte[] ours, byte[] theirs, RecordMerge.Labels labels,
			String note) {
		Merged merged = merge(base, ours, theirs, labels);
		List<MergeConflict> conflicts = new ArrayList<>();
		for (int line : merged.conflictLines) {
			conflicts.add(new MergeConflict(MergeConflict.Where.LINES, "", line + 1));
		}
		return new RecordMerge.Result(merged.bytes, conflicts, List.of(note));
	}

	private record Merged(byte[] bytes, List<Integer> conflictLines) {
	}

	private static Merged merge(byte[] base, byte[] ours, byte[] theirs, RecordMerge.Labels labels) {
		MergeAlgorithm algorithm = new MergeAlgorithm(
				DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM));
		MergeResult<RawText> result = algorithm.merge(RawTextComparator.DEFAULT, new RawText(base),
				new RawText(ours), new RawText(theirs));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new MergeFormatter().formatMerge(out, result, List.of(labels.base(), labels.ours(), labels.theirs()),
					StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
		}
		int conflicts = 0;
		for (MergeChunk chunk : result) {
			if (chunk.getConflictState() == MergeChunk.ConflictState.FIRST_CONFLICTING_RANGE) {
				conflicts++;
			}
		}
		// the lines of the conflicts' first markers, in order (as many as there are conflicts)
		List<Integer> lines = new ArrayList<>();
		String marker = "<<<<<<< " + labels.ours();
		List<String> merged = Lines.of(out.toString(StandardCharsets.UTF_8));
		for (int i = 0; i < merged.size() && lines.size() < conflicts; i++) {
			if (Lines.bare(merged.get(i)).equals(marker)) {
				lines.add(i);
			}
		}
		return new Merged(out.toByteArray(), lines);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
