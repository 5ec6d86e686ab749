package dev.baton.history;

import java.util.List;

/**
 * How one record differs between two revisions.
 *
 * @param change       added, removed, renamed (perhaps changed too) or modified
 * @param kind         the kind of record ({@code decision}, {@code component}, ...)
 * @param id           the record's id (the older one for a removal)
 * @param previousId   its id before, when a rename changed it, else {@code null}
 * @param title        its title (the older one for a removal), or {@code null}
 * @param status       a decision's status as written (the older one for a removal), else {@code null}
 * @param path         its file from the repository's root (before, for a removal)
 * @param previousPath its file before a rename, else {@code null}
 * @param fields       the fields that differ (empty for an addition or a removal)
 */
public record RecordChange(ChangeKind change, String kind, String id, String previousId, String title, String status,
		String path, String previousPath, List<FieldChange> fields) {

	public RecordChange {
		fields = List.copyOf(fields);
	}
}
