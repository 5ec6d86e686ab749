package dev.baton.history;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.baton.history.internal.LineMerge;
import dev.baton.history.internal.RecordMerger;

/**
 * A three-way merge of one record file by field and by section, not by line: what git's merge driver for records runs
 * ({@code baton merge-driver}).
 * <p>
 * Front-matter entries are merged one by one: an entry changed on one side only takes that side's lines as they are; a
 * list changed on both sides (tags, links, people) is merged as a set, the order kept; any other entry changed on both
 * sides is a conflict on that entry alone. Each Markdown section is merged on its own (line by line inside it), so
 * edits in two sections never conflict, and sections added on both sides are both kept. Whatever one side did not
 * change keeps the other side's bytes. A text that cannot be cut into entries and sections (front matter that is not a
 * mapping, text that is not UTF-8) is merged line by line, as git would.
 */
public final class RecordMerge {

	/** Names of the three versions in conflict markers, as git passes them to a merge driver. */
	public record Labels(String base, String ours, String theirs) {

		/** git's own names. */
		public static final Labels DEFAULT = new Labels("base", "ours", "theirs");
	}

	/** The merged text and what could not be merged. */
	public record Result(byte[] bytes, List<MergeConflict> conflicts, List<String> notes) {

		/** True when nothing conflicted: the text has no conflict markers of the merge's own. */
		public boolean clean() {
			return conflicts.isEmpty();
		}

		/** The merged text, as UTF-8. */
		public String text() {
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	private RecordMerge() {
	}

	/** Merges what ours and theirs changed from base. */
	public static Result merge(byte[] base, byte[] ours, byte[] theirs, Labels labels) {
		String baseText = utf8(base);
		String oursText = utf8(ours);
		String theirsText = utf8(theirs);
		if (baseText == null || oursText == null || theirsText == null) {
			return LineMerge.whole(base, ours, theirs, labels,
					"not UTF-8 text: merged line by line, as git would");
		}
		return merge(baseText, oursText, theirsText, labels);
	}

	/** Merges what ours and theirs changed from base. */
	public static Result merge(String base, String ours, String theirs, Labels labels) {
		return new RecordMerger(labels).merge(base, ours, theirs);
	}

	private static String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return null;
		}
	}
}
