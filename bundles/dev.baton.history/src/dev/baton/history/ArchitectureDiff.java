package dev.baton.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.NotIgnoredFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import dev.baton.api.Findings;
import dev.baton.api.SourceLocation;
import dev.baton.history.internal.BlobRecords;
import dev.baton.history.internal.GitTrees;
import dev.baton.history.internal.WorkingFiles;
import dev.baton.model.Record;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.DecisionFormat;
import dev.baton.store.FolderFiles;
import dev.baton.store.FolderLayout;
import dev.baton.store.Kinds;
import dev.baton.store.StoreFindings;

/**
 * What changed in an architecture folder between two revisions, or between a revision and the working tree: records
 * added, removed and renamed, and for each changed record the fields that differ. Only files whose content differs are
 * parsed; the trees are compared below the architecture folder only, and renames are found by git's rename detection
 * (content similarity), so a file moved with the whole folder is a rename, not a removal and an addition.
 */
public final class ArchitectureDiff {

	private final String from;
	private final String to;
	private final String fromId;
	private final String toId;
	private final String fromFolder;
	private final String toFolder;
	private final List<RecordChange> changes;
	private final Diagnostic findings;

	private ArchitectureDiff(String from, String to, String fromId, String toId, String fromFolder, String toFolder,
			List<RecordChange> changes, Diagnostic findings) {
		this.fromFolder = fromFolder;
		this.toFolder = toFolder;
		this.from = from;
		this.to = to;
		this.fromId = fromId;
		this.toId = toId;
		this.changes = Collections.unmodifiableList(changes);
		this.findings = findings;
	}

	/**
	 * Compares the folder at two revisions.
	 *
	 * @param from the older revision ({@code HEAD~1}, {@code main}, an id)
	 * @param to   the newer revision, or {@code null} for the working tree (files on disk, committed or not)
	 * @throws NoHistoryException when a revision names no commit, or the folder is at neither
	 */
	public static ArchitectureDiff between(GitFolder git, String from, String to, Map<String, DecisionFormat> formats,
			Monitor monitor) throws NoHistoryException {
		Repository repository = git.repository();
		BasicDiagnostic findings = Findings.root(StoreFindings.SOURCE, "Comparing " + from + " with "
				+ (to == null ? "the working tree" : to));
		try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
			RevCommit older = git.commit(walk, from);
			RevCommit newer = to == null ? null : git.commit(walk, to);
			BlobRecords blobs = new BlobRecords(reader, formats, findings);
			String oldFolder = folderAt(git, reader, older);
			String newFolder = newer == null ? git.path() : folderAt(git, reader, newer);
			if (oldFolder == null && newFolder == null) {
				throw new NoHistoryException(
						"the architecture folder " + git.path() + " is at neither " + from + " nor "
								+ to + ": compare revisions that have it");
			}
			FolderLayout newLayout;
			Path workTree = repository.getWorkTree().toPath();
			if (newer != null) {
				newLayout = newFolder == null ? null
						: blobs.layout(
								GitTrees.idAt(reader, newer.getTree(),
										GitTrees.child(newFolder, FolderLayout.SETTINGS)),
								newer.abbreviate(7).name() + ":" + GitTrees.child(newFolder, FolderLayout.SETTINGS));
			} else {
				Path yaml = git.folder().resolve(FolderLayout.SETTINGS);
				newLayout = FolderLayout.of(Files.isRegularFile(yaml) ? workingText(git.folder(), yaml) : null, yaml,
						findings);
			}
			// a folder without baton.yaml yet (an ADR folder adopted in place later) is read as the newer side
			// describes it
			ObjectId oldYaml = oldFolder == null ? null
					: GitTrees.idAt(reader, older.getTree(), GitTrees.child(oldFolder, FolderLayout.SETTINGS));
			FolderLayout oldLayout = oldFolder == null ? null
					: oldYaml == null && newLayout != null ? newLayout
							: blobs.layout(oldYaml, older.abbreviate(7).name() + ":"
									+ GitTrees.child(oldFolder, FolderLayout.SETTINGS));
			Set<String> places = new LinkedHashSet<>();
			addPlaces(places, oldFolder, oldLayout);
			addPlaces(places, newFolder, newLayout);
			FileTreeIterator files = newer == null ? new FileTreeIterator(repository) : null;
			List<DiffEntry> entries;
			try (TreeWalk treeWalk = new TreeWalk(repository, reader)) {
				treeWalk.addTree(GitTrees.iterator(reader, older.getTree()));
				treeWalk.addTree(files != null ? files : GitTrees.iterator(reader, newer.getTree()));
				treeWalk.setRecursive(true);
				TreeFilter filter = AndTreeFilter.create(GitTrees.below(places), TreeFilter.ANY_DIFF);
				if (files != null) {
					filter = AndTreeFilter.create(filter, new NotIgnoredFilter(1));
				}
				treeWalk.setFilter(filter);
				entries = DiffEntry.scan(treeWalk);
			}
			entries.removeIf(e -> !isText(e.getOldPath()) && !isText(e.getNewPath()));
			RenameDetector renames = new RenameDetector(repository);
			renames.addAll(entries);
			entries = files == null ? GitTrees.renames(renames, reader)
					: GitTrees.renames(renames, new ContentSource.Pair(ContentSource.create(reader),
							new WorkingFiles(workTree)));
			monitor.beginTask("Comparing " + from + " with " + (to == null ? "the working tree" : to), entries.size());
			List<RecordChange> changes = new ArrayList<>();
			String oldPrefix = older.abbreviate(7).name() + ":";
			String newPrefix = newer == null ? "" : newer.abbreviate(7).name() + ":";
			for (DiffEntry entry : entries) {
				monitor.worked(1);
				FolderLayout.Place oldPlace = entry.getChangeType() == DiffEntry.ChangeType.ADD ? null
						: place(oldLayout, oldFolder, entry.getOldPath());
				FolderLayout.Place newPlace = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? null
						: place(newLayout, newFolder, entry.getNewPath());
				Record before = oldPlace == null ? null
						: blobs.record(oldLayout, oldPlace, GitTrees.relative(oldFolder, entry.getOldPath()),
								entry.getOldId().toObjectId(), oldPrefix + entry.getOldPath());
				Record after = null;
				if (newPlace != null) {
					String relative = GitTrees.relative(newFolder, entry.getNewPath());
					if (newer != null) {
						after = blobs.record(newLayout, newPlace, relative, entry.getNewId().toObjectId(),
								newPrefix + entry.getNewPath());
					} else {
						Path file = workTree.resolve(entry.getNewPath());
						try {
							after = blobs.record(newLayout, newPlace, relative, workingText(git.folder(), file),
									workTree.relativize(file).toString());
						} catch (IOException e) {
							findings.add(Findings.error(StoreFindings.SOURCE, StoreFindings.UNREADABLE,
									SourceLocation.of(file),
									e.getMessage() + "; it is left out of the diff"));
						}
					}
				}
				boolean moved =
						oldPlace != null && newPlace != null && !GitTrees.relative(oldFolder, entry.getOldPath())
								.equals(GitTrees.relative(newFolder, entry.getNewPath()));
				RecordChange change = change(oldPlace, newPlace, before, after, entry, moved);
				if (change != null) {
					changes.add(change);
				}
			}
			monitor.done();
			changes.sort(
					Comparator.comparing((RecordChange c) -> c.change().ordinal()).thenComparing(RecordChange::kind,
							Comparator.comparing(ArchitectureDiff::kindOrder)).thenComparing(RecordChange::path));
			return new ArchitectureDiff(from, to == null ? "working tree" : to, older.name(),
					newer == null ? null : newer.name(), oldFolder, newFolder, changes, findings);
		} catch (IOException e) {
			throw new NoHistoryException("cannot compare " + from + " with " + (to == null ? "the working tree" : to)
					+ " (" + e.getMessage() + ")", e);
		}
	}

	/** Decisions first, then the other kinds in the model's order. */
	private static int kindOrder(String kind) {
		if (kind.equals("decision")) {
			return -1;
		}
		List<String> order = Kinds.all().stream().map(Kinds.Kind::name).toList();
		return order.indexOf(kind);
	}

	private static boolean isText(String path) {
		return path != null && !path.equals(DiffEntry.DEV_NULL);
	}

	private static void addPlaces(Set<String> places, String folder, FolderLayout layout) {
		if (folder == null) {
			return;
		}
		places.add(folder);
		for (FolderLayout.DecisionSetPlace set : layout.decisionSets()) {
			if (set.path().startsWith("..")) {
				places.add(GitTrees.resolve(folder, set.path()));
			}
		}
	}

	/**
	 * The architecture folder at a commit: where it is in the working tree, else the folder of the only
	 * {@code baton.yaml} of the commit, else (no {@code baton.yaml} yet) where it is in the working tree when that
	 * folder exists, else {@code null}.
	 */
	/**
	 * A working-tree file of the folder, read under the rule of {@link FolderFiles}: a link out of the folder, a device
	 * or a pipe is not read (it would publish, never end or block).
	 */
	private static String workingText(Path folder, Path file) throws IOException {
		try {
			return FolderFiles.of(folder).read(file, ArchitectureFolder.DEFAULT_MAX_FILE_BYTES);
		} catch (FolderFiles.Refused e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static String folderAt(GitFolder git, ObjectReader reader, RevCommit commit) throws IOException {
		if (GitTrees.idAt(reader, commit.getTree(), GitTrees.child(git.path(), FolderLayout.SETTINGS)) != null) {
			return git.path();
		}
		List<String> found = new ArrayList<>();
		try (TreeWalk walk = new TreeWalk(reader)) {
			walk.addTree(commit.getTree());
			walk.setRecursive(true);
			walk.setFilter(PathSuffixFilter.create(FolderLayout.SETTINGS));
			while (walk.next()) {
				if (walk.getNameString().equals(FolderLayout.SETTINGS)) {
					found.add(GitTrees.parent(walk.getPathString()));
				}
			}
		}
		if (found.size() == 1) {
			return found.get(0);
		}
		return found.isEmpty() && GitTrees.idAt(reader, commit.getTree(), git.path()) != null ? git.path() : null;
	}

	private static FolderLayout.Place place(FolderLayout layout, String folder, String path) {
		if (layout == null || folder == null) {
			return null;
		}
		return layout.place(GitTrees.relative(folder, path)).orElse(null);
	}

	/**
	 * @param moved whether the file moved within the architecture folder (a file that moved with the whole folder keeps
	 *              its place in it, and is no rename of a record)
	 */
	private static RecordChange change(FolderLayout.Place oldPlace, FolderLayout.Place newPlace, Record before,
			Record after, DiffEntry entry, boolean moved) {
		if (oldPlace == null && newPlace == null) {
			return null;
		}
		if (newPlace == null) {
			return before == null ? null
					: summary(ChangeKind.REMOVED, oldPlace, before, entry.getOldPath(), null, List.of());
		}
		if (after == null) {
			return null; // unreadable now: reported in the findings
		}
		if (oldPlace == null || before == null) {
			return summary(ChangeKind.ADDED, newPlace, after, entry.getNewPath(), null, List.of());
		}
		List<FieldChange> fields = RecordFields.compare(before, after);
		if (moved) {
			RecordChange renamed =
					summary(ChangeKind.RENAMED, newPlace, after, entry.getNewPath(), entry.getOldPath(), fields);
			return new RecordChange(renamed.change(), renamed.kind(), renamed.id(),
					before.getId() != null && !before.getId().equals(after.getId()) ? before.getId() : null,
					renamed.title(), renamed.status(), renamed.path(), renamed.previousPath(), renamed.fields());
		}
		return fields.isEmpty() ? null
				: summary(ChangeKind.MODIFIED, newPlace, after, entry.getNewPath(), null, fields);
	}

	private static RecordChange summary(ChangeKind kind, FolderLayout.Place place, Record record, String path,
			String previousPath, List<FieldChange> fields) {
		return new RecordChange(kind, place.kind().name(), record.getId(), null, record.getTitle(),
				RecordFields.status(record), path, previousPath, fields);
	}

	/** The older revision as given. */
	public String from() {
		return from;
	}

	/** The newer revision as given, or {@code working tree}. */
	public String to() {
		return to;
	}

	/** The older commit's id. */
	public String fromId() {
		return fromId;
	}

	/** The newer commit's id, {@code null} for the working tree. */
	public String toId() {
		return toId;
	}

	/** The architecture folder's path from the repository's root at the older revision ({@code null}: not there). */
	public String fromFolder() {
		return fromFolder;
	}

	/** The architecture folder's path from the repository's root at the newer revision ({@code null}: not there). */
	public String toFolder() {
		return toFolder;
	}

	/** Whether the whole architecture folder moved between the revisions. */
	public boolean folderMoved() {
		return fromFolder != null && toFolder != null && !fromFolder.equals(toFolder);
	}

	/** Every change: additions, then modifications, renames and removals, by kind and path. */
	public List<RecordChange> changes() {
		return changes;
	}

	/** How many changes are of the given kind. */
	public long count(ChangeKind kind) {
		return changes.stream().filter(c -> c.change() == kind).count();
	}

	/** Files that could not be read at either side, naming {@code commit:path} and the line. */
	public Diagnostic findings() {
		return findings;
	}
}
