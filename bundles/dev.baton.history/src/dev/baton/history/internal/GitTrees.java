package dev.baton.history.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import dev.baton.store.FolderLayout;

/** Reading trees and blobs, and diffing trees below some folders, with JGit. */
public final class GitTrees {

	/** Record files larger than this are not parsed (the store's limit for a file). */
	public static final long MAX_BLOB_BYTES = 10L * 1024 * 1024;

	private GitTrees() {
	}

	/** The id of the file at a path of a tree, or {@code null}. */
	public static ObjectId idAt(ObjectReader reader, RevTree tree, String path) throws IOException {
		if (path.isEmpty()) {
			return tree;
		}
		try (TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
			return walk == null ? null : walk.getObjectId(0);
		}
	}

	/** The path of a file below a folder ({@code ""} is the root). */
	public static String child(String folder, String name) {
		return folder.isEmpty() ? name : folder + "/" + name;
	}

	/** The first of the candidate folders that has a {@code baton.yaml} in the tree, or {@code null}. */
	public static String folderIn(ObjectReader reader, RevTree tree, Collection<String> candidates) throws IOException {
		for (String candidate : candidates) {
			if (idAt(reader, tree, child(candidate, FolderLayout.SETTINGS)) != null) {
				return candidate;
			}
		}
		return null;
	}

	/** The first of the candidate folders that exists in the tree, or {@code null}. */
	public static String existing(ObjectReader reader, RevTree tree, Collection<String> candidates) throws IOException {
		for (String candidate : candidates) {
			if (idAt(reader, tree, candidate) != null) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * Where a folder that has a {@code baton.yaml} in the newer tree came from in the older one: the folder whose
	 * {@code baton.yaml} was renamed to it, else the folder of the only {@code baton.yaml} that went away; {@code null}
	 * when the folder is new.
	 */
	public static String movedFrom(Repository repository, ObjectReader reader, RevTree older, RevTree newer,
			String folder)
			throws IOException {
		String target = child(folder, FolderLayout.SETTINGS);
		List<DiffEntry> entries;
		try (TreeWalk walk = new TreeWalk(repository, reader)) {
			walk.addTree(older);
			walk.addTree(newer);
			walk.setRecursive(true);
			walk.setFilter(AndTreeFilter.create(PathSuffixFilter.create(FolderLayout.SETTINGS), TreeFilter.ANY_DIFF));
			entries = DiffEntry.scan(walk);
		}
		entries.removeIf(e -> !isBatonYaml(e.getOldPath()) && !isBatonYaml(e.getNewPath()));
		RenameDetector renames = new RenameDetector(repository);
		renames.addAll(entries);
		List<String> deleted = new ArrayList<>();
		for (DiffEntry entry : renames(renames, new ContentSource.Pair(
				ContentSource.create(reader), ContentSource.create(reader)))) {
			if ((entry.getChangeType() == DiffEntry.ChangeType.RENAME
					|| entry.getChangeType() == DiffEntry.ChangeType.COPY)
					&& entry.getNewPath().equals(target)) {
				return parent(entry.getOldPath());
			}
			if (entry.getChangeType() == DiffEntry.ChangeType.DELETE) {
				deleted.add(parent(entry.getOldPath()));
			}
		}
		return deleted.size() == 1 ? deleted.get(0) : null;
	}

	/** The entries with renames paired up (git's rename detection: same or similar content). */
	public static List<DiffEntry> renames(RenameDetector detector, ContentSource.Pair contents)
			throws IOException {
		try {
			return detector.compute(contents, NullProgressMonitor.INSTANCE);
		} catch (CanceledException e) {
			throw new IOException(e.getMessage(), e); // a NullProgressMonitor never cancels
		}
	}

	/** The entries with renames paired up, both sides read from the repository. */
	public static List<DiffEntry> renames(RenameDetector detector, ObjectReader reader) throws IOException {
		return renames(detector, new ContentSource.Pair(
				ContentSource.create(reader), ContentSource.create(reader)));
	}

	private static boolean isBatonYaml(String path) {
		return path.equals(FolderLayout.SETTINGS) || path.endsWith("/baton.yaml");
	}

	/** The folder of a path ({@code ""} for a file at the root). */
	public static String parent(String path) {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? "" : path.substring(0, slash);
	}

	/** A path relative to a folder, with {@code ..} when it is outside it; {@code /} as separator. */
	public static String relative(String folder, String path) {
		if (folder.isEmpty()) {
			return path;
		}
		if (path.startsWith(folder + "/")) {
			return path.substring(folder.length() + 1);
		}
		return Path.of(folder).relativize(Path.of(path)).toString().replace('\\', '/');
	}

	/** A path relative to a folder, resolved to a path from the root ({@code ..} allowed). */
	public static String resolve(String folder, String relative) {
		String joined = folder.isEmpty() ? relative : folder + "/" + relative;
		String normal = Path.of(joined).normalize().toString().replace('\\', '/');
		return normal.equals(".") ? "" : normal;
	}

	/** A filter for the files below some folders ({@code ""}: everything). */
	public static TreeFilter below(Collection<String> folders) {
		if (folders.contains("") || folders.isEmpty()) {
			return TreeFilter.ALL;
		}
		return PathFilterGroup.createFromStrings(folders);
	}

	/** The tree iterator of a tree, or an empty one for {@code null}. */
	public static AbstractTreeIterator iterator(ObjectReader reader, RevTree tree) throws IOException {
		if (tree == null) {
			return new EmptyTreeIterator();
		}
		CanonicalTreeParser parser = new CanonicalTreeParser();
		parser.reset(reader, tree);
		return parser;
	}

	/** A blob's text (UTF-8, a leading byte order mark dropped), or {@code null} when it is too large. */
	public static String text(ObjectReader reader, ObjectId blob) throws IOException {
		var loader = reader.open(blob);
		if (loader.getSize() > MAX_BLOB_BYTES) {
			return null;
		}
		String text = new String(loader.getCachedBytes(), StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}
}
