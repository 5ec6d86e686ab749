package dev.baton.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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

	private record Ran(int exit, String output) {
	}

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

	private Ran run(List<String> command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.put("HOME", home.toString()); // git's and Baton's user settings are the test's own
		env.put("BATON_JAVA_OPTS", "-Duser.home=" + home);
		env.put("GIT_CONFIG_NOSYSTEM", "1");
		env.put("GIT_CEILING_DIRECTORIES", temp.toString()); // never the repository the build runs in
		env.put("GIT_AUTHOR_NAME", "Alice");
		env.put("GIT_AUTHOR_EMAIL", "alice@example.com");
		env.put("GIT_COMMITTER_NAME", "Alice");
		env.put("GIT_COMMITTER_EMAIL", "alice@example.com");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), command + " did not finish");
		return new Ran(process.exitValue(), output);
	}

	private Ran git(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		Ran ran = run(command);
		if (!args[0].equals("merge") && !args[0].equals("config")) {
			assertEquals(0, ran.exit, "git " + String.join(" ", args) + ": " + ran.output);
		}
		return ran;
	}

	private Ran baton(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(BatonCommandTest.baton().toString()));
		command.addAll(List.of(args));
		return run(command);
	}

	/** Two branches from the last commit: ours changes the record one way, theirs another; then git merges. */
	private Ran mergeBranches(String ours, String theirs) throws Exception {
		git("checkout", "-q", "-b", "theirs");
		Files.writeString(repo.resolve(FILE), theirs);
		git("commit", "-q", "-am", "their change");
		git("checkout", "-q", "main");
		Files.writeString(repo.resolve(FILE), ours);
		git("commit", "-q", "-am", "our change");
		return git("merge", "--no-edit", "theirs");
	}

	private void install() throws Exception {
		Ran installed = baton("git", "install", "-C", "docs/architecture");
		assertEquals(0, installed.exit, installed.output);
		assertTrue(installed.output.contains(".gitattributes: docs/architecture/**/*.md merge=baton"),
				installed.output);
		git("add", ".gitattributes");
		git("commit", "-q", "-m", "merge records with Baton");
	}

	@Test
	void neighbouringFieldsChangedOnTwoBranchesMergeWhereGitAloneConflicts() throws Exception {
		String ours = RECORD.replace("status: proposed", "status: accepted");
		String theirs = RECORD.replace("date: 2024-03-01", "date: 2024-03-04").replace("tags: [storage]",
				"tags: [storage, postgres]");

		Ran plain = mergeBranches(ours, theirs);
		assertEquals(1, plain.exit, "git alone merges neighbouring lines: " + plain.output);
		git("merge", "--abort");
		git("reset", "-q", "--hard", "HEAD~1");
		git("branch", "-q", "-D", "theirs");

		install();
		assertEquals("'" + BatonCommandTest.baton() + "' merge-driver %O %A %B %P",
				git("config", "merge.baton.driver").output.strip());
		Ran merged = mergeBranches(ours, theirs);
		assertEquals(0, merged.exit, merged.output);
		assertEquals(
				RECORD.replace("status: proposed", "status: accepted").replace("date: 2024-03-01", "date: 2024-03-04")
						.replace("tags: [storage]", "tags: [storage, postgres]"),
				Files.readString(repo.resolve(FILE)));
		Ran shown = baton("show", "1", "-C", "docs/architecture");
		assertEquals(0, shown.exit, shown.output);
		assertTrue(shown.output.contains("accepted"), shown.output);
		assertTrue(shown.output.contains("postgres"), shown.output);
	}

	@Test
	void theSameFieldChangedOnBothBranchesConflictsOnThatFieldOnly() throws Exception {
		install();
		String ours = RECORD.replace("status: proposed", "status: accepted").replace("We need a database.",
				"We need a database for orders.");
		String theirs = RECORD.replace("status: proposed", "status: rejected").replace("date: 2024-03-01",
				"date: 2024-03-04");
		Ran merged = mergeBranches(ours, theirs);
		assertEquals(1, merged.exit, merged.output);
		assertTrue(merged.output.contains(FILE + ":2: error: both sides changed field 'status'"), merged.output);
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
		Ran installed = baton("git", "install", "--global", "-C", "docs/architecture");
		assertEquals(0, installed.exit, installed.output);
		assertTrue(Files.readString(home.resolve(".gitconfig")).contains("[merge \"baton\"]"));
		assertEquals("already installed",
				baton("git", "install", "--global", "-C", "docs/architecture").output.strip());

		Ran removed = baton("git", "uninstall", "--global", "-C", "docs/architecture");
		assertEquals(0, removed.exit, removed.output);
		assertEquals("*.png binary\n", Files.readString(repo.resolve(".gitattributes")));
		assertFalse(Files.readString(home.resolve(".gitconfig")).contains("baton"));
		assertEquals(1, git("config", "--global", "merge.baton.driver").exit);
	}

	@Test
	void outsideGitInstallSaysWhatToDo() throws Exception {
		Path alone = Files.createDirectories(temp.resolve("alone"));
		Files.writeString(alone.resolve("baton.yaml"), "name: Alone\n");
		Ran ran = baton("git", "install", "-C", alone.toString());
		assertEquals(2, ran.exit, ran.output);
		assertTrue(ran.output.contains("is not inside a git working tree: run 'git init' first"), ran.output);
	}
}
