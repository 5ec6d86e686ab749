package dev.baton.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * An architecture folder inside a git repository's working tree: the repository, and where the folder is below its
 * root. Close it when done.
 */
public final class GitFolder implements AutoCloseable {

	private final Repository repository;
	private final Path folder;
	private final String path;
	private final List<String> shallowCommits;
	private final Path workTree;

	private GitFolder(Repository repository, Path workTree, Path folder, String path, List<String> shallowCommits) {
		this.repository = repository;
		this.workTree = workTree;
		this.folder = folder;
		this.path = path;
		this.shallowCommits = shallowCommits;
	}

	/**
	 * Opens the repository that holds the folder (searching from the folder up, as git does).
	 *
	 * @throws NoHistoryException when the folder is in no git working tree, or the repository has no commit yet
	 */
	public static GitFolder open(Path folder) throws NoHistoryException {
		Path absolute = folder.toAbsolutePath().normalize();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.toFile());
		if (builder.getGitDir() == null) {
			throw new NoHistoryException(absolute + " is not in a git repository: history and diff read git; run them "
					+ "in a clone (git clone, or git init and commit the folder); every other command works without "
					+ "git",
					"The architecture folder is not in a git repository, so the decisions' status changes are not "
							+ "known.",
					null);
		}
		Repository repository;
		try {
			repository = builder.setMustExist(true).build();
		} catch (IOException | IllegalArgumentException e) {
			throw new NoHistoryException("cannot open the git repository at " + builder.getGitDir() + " ("
					+ e.getMessage() + "): check it with 'git status'", e);
		}
		try {
			if (repository.isBare()) {
				throw new NoHistoryException(builder.getGitDir() + " is a bare repository: run history and diff in a "
						+ "clone with a working tree");
			}
			Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
			Path realWorkTree = workTree.toRealPath();
			Path realFolder = absolute.toRealPath();
			String relative = realWorkTree.relativize(realFolder).toString().replace('\\', '/');
			if (repository.resolve(Constants.HEAD + "^{commit}") == null) {
				throw new NoHistoryException("the git repository at " + workTree + " has no commit yet: commit the "
						+ "architecture folder first (git add, git commit)",
						"The git repository has no commit yet, so the decisions have no status changes.", null);
			}
			Path shallowFile = repository.getDirectory().toPath().resolve("shallow");
			List<String> shallow = Files.isRegularFile(shallowFile)
					? Files.readAllLines(shallowFile).stream().map(String::strip).filter(l -> !l.isEmpty()).toList()
					: List.of();
			return new GitFolder(repository, realWorkTree, realFolder, relative, shallow);
		} catch (IOException e) {
			repository.close();
			throw new NoHistoryException("cannot read the git repository at " + repository.getDirectory() + " ("
					+ e.getMessage() + "): check it with 'git status'", e);
		} catch (NoHistoryException e) {
			repository.close();
			throw e;
		}
	}

	/** The repository. */
	public Repository repository() {
		return repository;
	}

	/** The architecture folder, absolute. */
	public Path folder() {
		return folder;
	}

	/** The folder's path below the working tree's root, with {@code /}; empty for the root itself. */
	public String path() {
		return path;
	}

	/** Whether the clone is shallow: history older than its shallow commits is not there. */
	public boolean shallow() {
		return !shallowCommits.isEmpty();
	}

	/**
	 * The warning for a shallow clone, or {@code null}: where the history stops and how to get the rest.
	 */
	public String shallowWarning() {
		if (!shallow()) {
			return null;
		}
		return workTree + " is a shallow clone: history before " + shortIds()
				+ " is not there, so what is shown starts there; run 'git fetch --unshallow' for the whole history";
	}

	/**
	 * What a published document may say of a shallow clone, or {@code null}: where the history stops, without the
	 * machine's path or a command ({@link #shallowWarning()} has them).
	 */
	public String shallowNote() {
		if (!shallow()) {
			return null;
		}
		return "The repository is a shallow clone: history before " + shortIds()
				+ " is not there, so what is shown starts there.";
	}

	private String shortIds() {
		return String.join(", ", shallowCommits.stream().map(id -> id.substring(0, Math.min(7, id.length()))).toList());
	}

	/**
	 * The commit a revision names ({@code HEAD}, a branch, a tag, {@code HEAD~3}, an id).
	 *
	 * @throws NoHistoryException when it names no commit
	 */
	public RevCommit commit(RevWalk walk, String revision) throws NoHistoryException {
		ObjectId id;
		try {
			id = repository.resolve(revision + "^{commit}");
		} catch (IOException | RuntimeException e) {
			throw new NoHistoryException("'" + revision + "' is not a revision (" + e.getMessage()
					+ "): give a commit, branch or tag, e.g. HEAD~1 or main", e);
		}
		if (id == null) {
			throw new NoHistoryException("unknown revision '" + revision + "' in " + repository.getWorkTree()
					+ (shallow() ? " (a shallow clone: older commits are not there; 'git fetch --unshallow')" : "")
					+ ": give a commit, branch or tag, e.g. HEAD~1 or main");
		}
		try {
			return walk.parseCommit(id);
		} catch (IOException e) {
			throw new NoHistoryException("cannot read the commit '" + revision + "' (" + e.getMessage() + ")", e);
		}
	}

	@Override
	public void close() {
		repository.close();
	}
}
