package dev.baton.store;

import java.nio.file.Path;
import java.util.List;

import dev.baton.model.Record;

/**
 * What changed in a loaded folder when some of its files changed. A file read again gives a new record object: views
 * holding the old one take {@link Replaced#after()} in its place.
 *
 * @param added    records of new files
 * @param removed  records whose file went (or no longer holds a record that loads: see the findings)
 * @param changed  records whose file was read again
 * @param renamed  records whose file went while a new file of one change holds the same record (same kind, and same id
 *                 or title)
 * @param relinked records whose references now resolve to another record or no longer resolve, because a record they
 *                 name came or went; their files were not read
 * @param files    the files that changed, absolute
 * @param reloaded the whole folder was loaded again ({@code baton.yaml} changed): every view starts anew
 */
public record FolderChange(List<Record> added, List<Record> removed, List<Replaced> changed, List<Replaced> renamed,
		List<Record> relinked, List<Path> files, boolean reloaded) {

	/** Nothing changed. */
	public static final FolderChange NONE = new FolderChange(List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of(), false);

	public FolderChange {
		added = List.copyOf(added);
		removed = List.copyOf(removed);
		changed = List.copyOf(changed);
		renamed = List.copyOf(renamed);
		relinked = List.copyOf(relinked);
		files = List.copyOf(files);
	}

	/**
	 * A record replaced by the record its file holds now.
	 *
	 * @param before the record that was in the model
	 * @param after  the record in its place
	 */
	public record Replaced(Record before, Record after) {
	}

	/** Whether anything changed. */
	public boolean isEmpty() {
		return !reloaded && added.isEmpty() && removed.isEmpty() && changed.isEmpty() && renamed.isEmpty()
				&& relinked.isEmpty();
	}

	/** The whole folder loaded again. */
	static FolderChange everything(List<Path> files) {
		return new FolderChange(List.of(), List.of(), List.of(), List.of(), List.of(), files, true);
	}
}
