package dev.baton.history.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;

import dev.baton.store.ArchitectureFolder;

/**
 * The content of working-tree files for git's rename detection, read straight from the file. (JGit's own working-tree
 * source walks the tree from its root again for every file, which costs seconds when hundreds of files were added and
 * removed.)
 */
public final class WorkingFiles extends ContentSource {

	private final Path workTree;

	public WorkingFiles(Path workTree) {
		this.workTree = workTree;
	}

	@Override
	public long size(String path, ObjectId id) throws IOException {
		Path file = workTree.resolve(path);
		return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.size(file) : 0;
	}

	/**
	 * The file's bytes; a symbolic link, device or pipe is compared as empty (never opened: a link to {@code /dev/zero}
	 * would not end, a pipe would block), and a file over the limit is not read.
	 */
	@Override
	public ObjectLoader open(String path, ObjectId id) throws IOException {
		Path file = workTree.resolve(path);
		byte[] bytes = new byte[0];
		long limit = ArchitectureFolder.DEFAULT_MAX_FILE_BYTES;
		if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) <= limit) {
			try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
				bytes = in.readNBytes((int) limit);
			}
		}
		return new ObjectLoader.SmallObject(Constants.OBJ_BLOB, bytes);
	}
}
