package dev.baton.history.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectLoader;

/**
 * The content of working-tree files for git's rename detection, read straight from the file.
 * (JGit's own working-tree source walks the tree from its root again for every file, which costs
 * seconds when hundreds of files were added and removed.)
 */
public final class WorkingFiles extends ContentSource {

	private final Path workTree;

	public WorkingFiles(Path workTree) {
		this.workTree = workTree;
	}

	@Override
	public long size(String path, org.eclipse.jgit.lib.ObjectId id) throws IOException {
		return Files.size(workTree.resolve(path));
	}

	@Override
	public ObjectLoader open(String path, org.eclipse.jgit.lib.ObjectId id) throws IOException {
		return new ObjectLoader.SmallObject(Constants.OBJ_BLOB, Files.readAllBytes(workTree.resolve(path)));
	}
}
