package dev.baton.history;

import java.util.List;

import dev.baton.model.Record;

/**
 * A record as one commit left it.
 *
 * @param revision     the commit
 * @param change       how its file changed in that commit
 * @param path         its file relative to the architecture folder, with {@code /}
 * @param previousPath where the file was before a rename, else {@code null}
 * @param record       the record parsed from the file at that revision (references as written); the last version before
 *                     a removal for {@link ChangeKind#REMOVED}; {@code null} when the file could not be read at that
 *                     revision (reported in the history's findings)
 * @param changes      the fields that differ from the previous version
 */
public record RecordVersion(Revision revision, ChangeKind change, String path, String previousPath, Record record,
		List<FieldChange> changes) {

	public RecordVersion {
		changes = List.copyOf(changes);
	}
}
