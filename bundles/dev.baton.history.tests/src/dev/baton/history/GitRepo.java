package dev.baton.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git repository in a temporary folder, written and committed through JGit. */
final class GitRepo implements AutoCloseable {

	static final ZoneId ZONE = ZoneOffset.ofHours(1);

	final Path root;
	final Git git;

	private GitRepo(Path root, Git git) {
		this.root = root;
		this.git = git;
	}

	static GitRepo init(Path root) throws GitAPIException {
		return new GitRepo(root, Git.init().setDirectory(root.toFile()).setInitialBranch("main").call());
	}

	GitRepo write(String path, String text) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return this;
	}

	String read(String path) throws IOException {
		return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
	}

	/** Replaces text in a file (the old text must be there). */
	GitRepo edit(String path, String old, String now) throws IOException {
		String text = read(path);
		if (!text.contains(old)) {
			throw new IllegalArgumentException(old + " is not in " + path);
		}
		return write(path, text.replace(old, now));
	}

	/** Moves a file or a folder, like git mv. */
	GitRepo move(String from, String to) throws IOException {
		Path target = root.resolve(to);
		Files.createDirectories(target.getParent());
		Files.move(root.resolve(from), target);
		return this;
	}

	/** Commits everything in the working tree (additions, changes, removals) as the author on the day, 10:00. */
	RevCommit commit(String author, LocalDate day, String message) throws GitAPIException {
		git.add().addFilepattern(".").call();
		git.add().addFilepattern(".").setUpdate(true).call();
		PersonIdent ident = new PersonIdent(author, author.toLowerCase().replace(' ', '.') + "@example.com",
				day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
		return git.commit().setAuthor(ident).setCommitter(ident).setMessage(message).setSign(false).call();
	}

	GitRepo branch(String name) throws GitAPIException {
		git.checkout().setCreateBranch(true).setName(name).call();
		return this;
	}

	GitRepo checkout(String name) throws GitAPIException {
		git.checkout().setName(name).call();
		return this;
	}

	/** Merges a branch into the current one with a merge commit by the author on the day. */
	RevCommit merge(String branch, String author, LocalDate day) throws GitAPIException, IOException {
		ObjectId head = git.getRepository().resolve(branch);
		MergeResult result = git.merge().include(head).setCommit(false).setFastForward(
				MergeCommand.FastForwardMode.NO_FF).call();
		if (!result.getMergeStatus().isSuccessful()) {
			throw new IllegalStateException("merge failed: " + result);
		}
		return commit(author, day, "Merge branch '" + branch + "'");
	}

	@Override
	public void close() {
		git.close();
	}

	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
