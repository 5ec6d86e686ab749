package dev.baton.history;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import dev.baton.api.Findings;
import dev.baton.history.internal.BlobRecords;
import dev.baton.history.internal.GitTrees;
import dev.baton.model.Record;
import dev.baton.store.DecisionFormat;
import dev.baton.store.FolderLayout;
import dev.baton.store.StoreFindings;

/**
 * One walk over the commits (see {@link History}). First, newest to oldest, it finds the architecture folder at each
 * commit, learning the folder's earlier places from renames of its {@code baton.yaml}; then, oldest to newest, it diffs
 * each commit with its parents below those places and turns the changed record files into versions and events.
 */
final class HistoryWalk {

	/** A record's identity while walking: its history, and whether its file is currently there. */
	private static final class Track {

		final RecordHistory history;
		String path;
		boolean removed;

		Track(String kind, String path) {
			this.history = new RecordHistory(kind);
			this.path = path;
		}
	}

	private final GitFolder git;
	private final Repository repository;
	private final Map<String, DecisionFormat> formats;
	private final Monitor monitor;
	private final BasicDiagnostic findings = Findings.root(StoreFindings.SOURCE, "Reading the history");
	private final Map<RevCommit, String> folders = new HashMap<>();
	private final Map<RevCommit, FolderLayout> layouts = new HashMap<>();
	private final Set<String> places = new LinkedHashSet<>();
	/** Tracks by every path their file ever had (a rename adds a path, it never drops one). */
	private final Map<String, Track> tracks = new HashMap<>();
	private final List<RecordHistory> records = new ArrayList<>();
	private final List<TimelineEvent> timeline = new ArrayList<>();
	private final List<StatusTransition> transitions = new ArrayList<>();
	private BlobRecords blobs;
	private FolderLayout headLayout;

	HistoryWalk(GitFolder git, Map<String, DecisionFormat> formats, Monitor monitor) {
		this.git = git;
		this.repository = git.repository();
		this.formats = formats;
		this.monitor = monitor;
	}

	History run() throws NoHistoryException {
		try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
			blobs = new BlobRecords(reader, formats, findings);
			List<RevCommit> commits = locate(walk, reader);
			Collections.reverse(commits);
			monitor.beginTask("Reading the history of " + (git.path().isEmpty() ? "the repository" : git.path()),
					commits.size());
			int walked = 0;
			for (RevCommit commit : commits) {
				if (monitor.isCanceled()) {
					findings.add(new BasicDiagnostic(Diagnostic.CANCEL, StoreFindings.SOURCE, 0,
							"reading the history was cancelled", null));
					break;
				}
				for (RevCommit parent : commit.getParents()) {
					walk.parseHeaders(parent);
				}
				visit(reader, commit);
				walked++;
				monitor.worked(1);
			}
			monitor.done();
			return new History(records, timeline, transitions, findings, walked, blobs.parsed());
		} catch (IOException e) {
			throw new NoHistoryException(
					"cannot read the history of " + repository.getWorkTree() + " (" + e.getMessage()
							+ "): check the repository with 'git fsck'",
					e);
		}
	}

	/** Every commit from HEAD back, newest first, with the architecture folder's place at each. */
	private List<RevCommit> locate(RevWalk walk, ObjectReader reader) throws IOException, NoHistoryException {
		places.add(git.path());
		walk.sort(RevSort.TOPO);
		walk.markStart(git.commit(walk, "HEAD"));
		List<RevCommit> commits = new ArrayList<>();
		for (RevCommit commit : walk) {
			commits.add(commit);
			String folder = GitTrees.folderIn(reader, commit.getTree(), places);
			// before a baton.yaml was added (an ADR folder adopted in place), the folder is where it is now
			folders.put(commit, folder != null ? folder : GitTrees.existing(reader, commit.getTree(), places));
			if (folder == null) {
				continue;
			}
			for (RevCommit parent : commit.getParents()) {
				walk.parseHeaders(parent);
				if (GitTrees.folderIn(reader, parent.getTree(), places) == null) {
					String earlier = GitTrees.movedFrom(repository, reader, parent.getTree(), commit.getTree(), folder);
					if (earlier != null) {
						places.add(earlier);
					}
				}
			}
		}
		// decision sets kept outside the folder (path: ../adr) are below other places
		ObjectId headYaml =
				GitTrees.idAt(reader, commits.get(0).getTree(), GitTrees.child(git.path(), FolderLayout.SETTINGS));
		FolderLayout head = blobs.layout(headYaml, FolderLayout.SETTINGS);
		headLayout = head;
		for (String place : List.copyOf(places)) {
			for (FolderLayout.DecisionSetPlace set : head.decisionSets()) {
				if (set.path().startsWith("..")) {
					places.add(GitTrees.resolve(place, set.path()));
				}
			}
		}
		return commits;
	}

	private FolderLayout layoutOf(ObjectReader reader, RevCommit commit) throws IOException {
		FolderLayout layout = layouts.get(commit);
		if (layout == null) {
			String folder = folders.get(commit);
			if (folder == null) {
				return null;
			}
			String path = GitTrees.child(folder, FolderLayout.SETTINGS);
			ObjectId yaml = GitTrees.idAt(reader, commit.getTree(), path);
			// a folder without baton.yaml yet is read as HEAD's baton.yaml describes it
			layout = yaml == null ? headLayout : blobs.layout(yaml, commit.abbreviate(7).name() + ":" + path);
			layouts.put(commit, layout);
		}
		return layout;
	}

	private void visit(ObjectReader reader, RevCommit commit) throws IOException {
		RevCommit[] parents = commit.getParents();
		RevCommit first = parents.length == 0 ? null : parents[0];
		if (first != null && !folders.containsKey(first)) {
			folders.put(first, GitTrees.folderIn(reader, first.getTree(), places));
		}
		List<DiffEntry> entries;
		try (TreeWalk treeWalk = new TreeWalk(repository, reader)) {
			treeWalk.addTree(GitTrees.iterator(reader, first == null ? null : first.getTree()));
			treeWalk.addTree(GitTrees.iterator(reader, commit.getTree()));
			treeWalk.setRecursive(true);
			treeWalk.setFilter(AndTreeFilter.create(GitTrees.below(places), TreeFilter.ANY_DIFF));
			entries = DiffEntry.scan(treeWalk);
		}
		if (entries.isEmpty()) {
			return;
		}
		if (parents.length > 1) {
			entries = introducedByMerge(reader, entries, parents);
		}
		RenameDetector renames = new RenameDetector(repository);
		renames.addAll(entries);
		entries = GitTrees.renames(renames, reader);
		Revision revision = revision(commit);
		FolderLayout newLayout = layoutOf(reader, commit);
		FolderLayout oldLayout = first == null ? null : layoutOf(reader, first);
		String newFolder = folders.get(commit);
		String oldFolder = first == null ? null : folders.get(first);
		for (DiffEntry entry : entries) {
			Located before = entry.getChangeType() == DiffEntry.ChangeType.ADD ? null
					: locate(oldLayout, oldFolder, entry.getOldPath());
			Located after = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? null
					: locate(newLayout, newFolder, entry.getNewPath());
			if (before == null && after == null) {
				continue;
			}
			if (after == null) {
				removed(entry.getOldPath(), revision);
			} else {
				String display = commit.abbreviate(7).name() + ":" + entry.getNewPath();
				Record record =
						blobs.record(newLayout, after.place, after.relative, entry.getNewId().toObjectId(), display);
				String oldPath = before == null ? null : entry.getOldPath();
				changed(oldPath, entry.getNewPath(), after.place, record, revision);
			}
		}
	}

	/** A path's place in the folder at a commit, or {@code null} when it is no record file there. */
	private record Located(FolderLayout.Place place, String relative) {
	}

	private static Located locate(FolderLayout layout, String folder, String path) {
		if (layout == null || folder == null) {
			return null;
		}
		String relative = GitTrees.relative(folder, path);
		return layout.place(relative).map(place -> new Located(place, relative)).orElse(null);
	}

	/**
	 * The entries of a merge's diff with its first parent that the merge itself made: files whose new content is in
	 * none of the other parents (for a removal: files all other parents still have).
	 */
	private static List<DiffEntry> introducedByMerge(ObjectReader reader, List<DiffEntry> entries, RevCommit[] parents)
			throws IOException {
		List<DiffEntry> kept = new ArrayList<>();
		for (DiffEntry entry : entries) {
			boolean fromBranch = false;
			for (int i = 1; i < parents.length && !fromBranch; i++) {
				RevTree tree = parents[i].getTree();
				if (entry.getChangeType() == DiffEntry.ChangeType.DELETE) {
					fromBranch = GitTrees.idAt(reader, tree, entry.getOldPath()) == null;
				} else {
					fromBranch = entry.getNewId().toObjectId().equals(GitTrees.idAt(reader, tree, entry.getNewPath()));
				}
			}
			if (!fromBranch) {
				kept.add(entry);
			}
		}
		return kept;
	}

	private void changed(String oldPath, String newPath, FolderLayout.Place place, Record record, Revision revision) {
		Track track = oldPath == null ? null : tracks.get(oldPath);
		if (track == null) {
			track = tracks.get(newPath);
			if (track != null && !track.removed && !track.path.equals(newPath)) {
				track = null; // a new file where a renamed one used to be
			}
		}
		boolean created = track == null || track.removed;
		if (track == null) {
			track = new Track(place.kind().name(), newPath);
			records.add(track.history);
		}
		Record previous = created ? null : track.history.record();
		boolean renamed = !created && !track.path.equals(newPath);
		ChangeKind change = created ? ChangeKind.ADDED : renamed ? ChangeKind.RENAMED : ChangeKind.MODIFIED;
		List<FieldChange> changes = record == null ? List.of() : RecordFields.compare(previous, record);
		track.history.add(new RecordVersion(revision, change, newPath, renamed ? track.path : null, record, changes));
		String before = created ? null : RecordFields.status(previous);
		String after = RecordFields.status(record);
		String id = record != null && record.getId() != null ? record.getId() : track.history.id();
		String title = record == null ? null : record.getTitle();
		boolean decision = place.kind().name().equals("decision");
		if (decision) {
			if (created) {
				timeline.add(new TimelineEvent(TimelineEvent.Kind.CREATED, id, title, newPath,
						after == null ? "no status" : after, revision));
			} else if (renamed) {
				timeline.add(new TimelineEvent(TimelineEvent.Kind.RENAMED, id, title, newPath, "from " + track.path,
						revision));
			}
			if (record != null && after != null && (created || !after.equals(before))) {
				StatusTransition transition = new StatusTransition(id, title, created ? null : before, after, revision);
				track.history.add(transition);
				transitions.add(transition);
				if (!created) {
					timeline.add(new TimelineEvent(TimelineEvent.Kind.STATUS, id, title, newPath,
							(before == null ? "(none)" : before) + " -> " + after, revision));
				}
			} else if (!created && !renamed && !changes.isEmpty()) {
				timeline.add(new TimelineEvent(TimelineEvent.Kind.EDITED, id, title, newPath,
						String.join(", ", changes.stream().map(FieldChange::field).toList()), revision));
			}
		}
		track.removed = false;
		track.path = newPath;
		tracks.put(newPath, track);
		if (oldPath != null) {
			tracks.putIfAbsent(oldPath, track);
		}
	}

	private void removed(String oldPath, Revision revision) {
		Track track = tracks.get(oldPath);
		if (track == null || track.removed || !track.path.equals(oldPath)) {
			return;
		}
		track.removed = true;
		Record last = track.history.record();
		track.history.add(new RecordVersion(revision, ChangeKind.REMOVED, oldPath, null, last, List.of()));
		if (track.history.kind().equals("decision")) {
			timeline.add(
					new TimelineEvent(TimelineEvent.Kind.REMOVED, track.history.id(), track.history.title(), oldPath,
							"file removed", revision));
		}
	}

	/** A commit as history shows it (author date in the author's zone). */
	static Revision revision(RevCommit commit) {
		PersonIdent author = commit.getAuthorIdent();
		Instant when = author.getWhenAsInstant();
		OffsetDateTime date = OffsetDateTime.ofInstant(when, author.getZoneId());
		return new Revision(commit.name(), author.getName(), author.getEmailAddress(), date, commit.getShortMessage());
	}
}
