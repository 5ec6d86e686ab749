package dev.baton.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baton git install} and the merge driver in a real git repository, run by the {@code git} program itself: two
 * branches changing neighbouring fields of one record merge cleanly (git alone conflicts), the same field conflicts on
 * that field only, and {@code uninstall} puts everything back.
 */
class GitMergeDriverTest {

	private static final String RECORD = """
			---
			status: proposed
			date: 2024-03-01
			tags: [storage]
			---
			# Use PostgreSQL

			## Context

			We need a database.

			## Decision

			We use PostgreSQL 15.
			""";

	private static final String FILE = "docs/architecture/decisions/0001-use-postgresql.md";

	@TempDir
	Path temp;

	private Path repo;
	private Path home;

	@BeforeEach
	void repository() throws Exception {
		home = Files.createDirectories(temp.resolve("home"));
		repo = Files.createDirectories(temp.resolve("repo"));
		git("init", "-q", "-b", "main");
		Files.createDirectories(repo.resolve("docs/architecture/decisions"));
		Files.writeString(repo.resolve("docs/architecture/baton.yaml"), "name: Platform\n");
		Files.writeString(repo.resolve(FILE), RECORD);
		git("add", ".");
		git("commit", "-q", "-m", "first decision");
	}

	private TestGit.Ran run(List<String> command) throws IOException, InterruptedException {
		return TestGit.run(new ProcessBuilder(command).directory(repo.toFile()), home, temp, 120);
	}

	private TestGit.Ran git(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		TestGit.Ran ran = run(command);
		if (!args[0].equals("merge") && !args[0].equals("config")) {
			assertEquals(0, ran.exit(), "git " + String.join(" ", args) + ": " + ran.output());
		}
		return ran;
	}

	private TestGit.Ran baton(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(BatonCommandTest.baton().toString()));
		command.addAll(List.of(args));
		return run(command);
	}

	/** Two branches from the last commit: ours changes the record one way, theirs another; then git merges. */
	private TestGit.Ran mergeBranches(String ours, String theirs) throws Exception {
		git("checkout", "-q", "-b", "theirs");
		Files.writeString(repo.resolve(FILE), theirs);
		git("commit", "-q", "-am", "their change");
		git("checkout", "-q", "main");
		Files.writeString(repo.resolve(FILE), ours);
		git("commit", "-q", "-am", "our change");
		return git("merge", "--no-edit", "theirs");
	}

	private void install() throws Exception {
		TestGit.Ran installed = baton("git", "install", "-C", "docs/architecture");
		assertEquals(0, installed.exit(), installed.output());
		assertTrue(installed.output().contains(".gitattributes: docs/architecture/**/*.md merge=baton"),
				installed.output());
		git("add", ".gitattributes");
		git("commit", "-q", "-m", "merge records with Baton");
	}

	@Test
	void neighbouringFieldsChangedOnTwoBranchesMergeWhereGitAloneConflicts() throws Exception {
		String ours = RECORD.replace("status: proposed", "status: accepted");
		String theirs = RECORD.replace("date: 2024-03-01", "date: 2024-03-04").replace("tags: [storage]",
				"tags: [storage, postgres]");

		TestGit.Ran plain = mergeBranches(ours, theirs);
		assertEquals(1, plain.exit(), "git alone merges neighbouring lines: " + plain.output());
		git("merge", "--abort");
		git("reset", "-q", "--hard", "HEAD~1");
		git("branch", "-q", "-D", "theirs");

		install();
		assertEquals("'" + BatonCommandTest.baton() + "' merge-driver %O %A %B %P",
				git("config", "merge.baton.driver").output().strip());
		TestGit.Ran merged = mergeBranches(ours, theirs);
		assertEquals(0, merged.exit(), merged.output());
		assertEquals(
				RECORD.replace("status: proposed", "status: accepted").replace("date: 2024-03-01", "date: 2024-03-04")
						.replace("tags: [storage]", "tags: [storage, postgres]"),
				Files.readString(repo.resolve(FILE)));
		TestGit.Ran shown = baton("show", "1", "-C", "docs/architecture");
		assertEquals(0, shown.exit(), shown.output());
		assertTrue(shown.output().contains("accepted"), shown.output());
		assertTrue(shown.output().contains("postgres"), shown.output());
	}

	@Test
	void theSameFieldChangedOnBothBranchesConflictsOnThatFieldOnly() throws Exception {
		install();
		String ours = RECORD.replace("status: proposed", "status: accepted").replace("We need a database.",
				"We need a database for orders.");
		String theirs = RECORD.replace("status: proposed", "status: rejected").replace("date: 2024-03-01",
				"date: 2024-03-04");
		TestGit.Ran merged = mergeBranches(ours, theirs);
		assertEquals(1, merged.exit(), merged.output());
		assertTrue(merged.output().contains(FILE + ":2: error: both sides changed field 'status'"), merged.output());
		String text = Files.readString(repo.resolve(FILE));
		assertTrue(text.startsWith("""
				---
				<<<<<<< ours
				status: accepted
				=======
				status: rejected
				>>>>>>> theirs
				date: 2024-03-04
				tags: [storage]
				---
				"""), text);
		assertTrue(text.contains("We need a database for orders."), text);
	}

	@Test
	void uninstallRemovesWhatInstallWrote() throws Exception {
		Files.writeString(repo.resolve(".gitattributes"), "*.png binary\n");
		TestGit.Ran installed = baton("git", "install", "--global", "-C", "docs/architecture");
		assertEquals(0, installed.exit(), installed.output());
		assertTrue(Files.readString(home.resolve(".gitconfig")).contains("[merge \"baton\"]"));
		assertEquals("already installed",
				baton("git", "install", "--global", "-C", "docs/architecture").output().strip());

		TestGit.Ran removed = baton("git", "uninstall", "--global", "-C", "docs/architecture");
		assertEquals(0, removed.exit(), removed.output());
		assertEquals("*.png binary\n", Files.readString(repo.resolve(".gitattributes")));
		assertFalse(Files.readString(home.resolve(".gitconfig")).contains("baton"));
		assertEquals(1, git("config", "--global", "merge.baton.driver").exit());
	}

	@Test
	void outsideGitInstallSaysWhatToDo() throws Exception {
		Path alone = Files.createDirectories(temp.resolve("alone"));
		Files.writeString(alone.resolve("baton.yaml"), "name: Alone\n");
		TestGit.Ran ran = baton("git", "install", "-C", alone.toString());
		assertEquals(2, ran.exit(), ran.output());
		assertTrue(ran.output().contains("is not inside a git working tree: run 'git init' first"), ran.output());
	}
}
