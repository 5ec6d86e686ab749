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
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baton renumber}, {@code convert} and {@code supersede} killed ({@code kill -9}) at random moments: whatever
 * the moment, the next command that opens the folder finds it whole, either as it was or fully changed (every file
 * parses, no reference dangles, no temporary file stays).
 */
class KilledCommandTest {

	private static final int UNIQUE = 120;
	private static final int DUPLICATES = 40;
	private static final Pattern RELATES = Pattern.compile("(?m)^relates-to: \\[([^\\]]*)\\]");
	private static final Pattern BODY_LINK = Pattern.compile("\\]\\(([^)]+\\.md)\\)");

	@TempDir
	Path temp;

	private final Random random = new Random(Long.getLong("baton.kill.seed", System.nanoTime()));

	/** What one killed run looked like: how long it ran, and whether it left a journal (was killed mid-change). */
	record Killed(long delayMillis, boolean journalLeft) {
	}

	@Test
	void aKilledRenumberConvertOrSupersedeLeavesTheFolderWholeAfterTheNextCommand() throws Exception {
		List<Path> folders = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		List<Killed> kills = new ArrayList<>();
		String[] renumber = { "renumber" };
		String[] convert = { "convert", "--to", "adr-tools" };
		String[] supersede = { "supersede", "0003-topic-3", "0110-topic-110" };
		Window renumbering = calibrate("calibrate-renumber", renumber);
		Window converting = calibrate("calibrate-convert", convert);
		Window superseding = calibrate("calibrate-supersede", supersede);
		for (int round = 0; round < 20; round++) {
			String kind = round % 5 < 2 ? "renumber" : round % 5 < 4 ? "convert" : "supersede";
			Path folder = folderWithDuplicates(temp.resolve(kind + "-" + round));
			Window window = kind.equals("renumber") ? renumbering : kind.equals("convert") ? converting : superseding;
			String[] args = kind.equals("renumber") ? renumber : kind.equals("convert") ? convert : supersede;
			// half the kills aim at the moments the files are written (after the journal appears), half anywhere
			boolean aimed = round % 2 == 0;
			long delay = aimed ? window.aimed(random) : window.anywhere(random);
			kills.add(killAfter(folder, aimed, delay, args));
			folders.add(folder);
			kinds.add(kind);
		}
		// one command opens every folder: each completes its unfinished change, or finds none
		List<String> command = new ArrayList<>(List.of("summary", "-C", folders.get(0).toString(), "--include"));
		folders.subList(1, folders.size()).forEach(f -> command.add(f.toString()));
		BatonCommandTest.Result summary = BatonCommandTest.run(temp, command.toArray(String[]::new));
		for (String line : (summary.out() + summary.err()).lines().toList()) {
			assertFalse(line.contains("no decision '") || line.contains(": error: "), line + "\n" + summary.out());
		}
		int journals = 0;
		for (int i = 0; i < folders.size(); i++) {
			String what = kinds.get(i) + " killed after " + kills.get(i).delayMillis() + " ms in " + folders.get(i);
			assertWhole(folders.get(i), kinds.get(i), what);
			journals += kills.get(i).journalLeft() ? 1 : 0;
		}
		System.out.println("killed " + folders.size() + " runs (" + renumbering + ", " + converting + ", " + superseding
				+ "), " + journals + " in the middle of writing their change");
		long recovered = summary.err().lines().filter(l -> l.contains("completed an unfinished change")).count();
		assertEquals(journals, recovered, summary.err());
	}

	/** How long a run lasts and how long it writes (its journal's life), measured on one run. */
	record Window(long writing, long end) {

		/** A moment after the journal appears, within as long again as it lived. */
		long aimed(Random random) {
			return random.nextLong(Math.max(1, writing * 2));
		}

		long anywhere(Random random) {
			return random.nextLong(Math.max(1, end + 50));
		}

		@Override
		public String toString() {
			return "runs " + end + " ms, writes for " + writing + " ms";
		}
	}

	private Window calibrate(String name, String... args) throws Exception {
		Path folder = folderWithDuplicates(temp.resolve(name));
		Process process = start(folder, args);
		long start = System.nanoTime();
		long writing = -1;
		long written = -1;
		Path journal = folder.resolve(".baton/journal");
		while (process.isAlive()) {
			boolean exists = Files.exists(journal);
			long now = (System.nanoTime() - start) / 1_000_000;
			if (writing < 0 && exists) {
				writing = now;
			} else if (writing >= 0 && written < 0 && !exists) {
				written = now;
			}
			Thread.sleep(1);
		}
		long end = (System.nanoTime() - start) / 1_000_000;
		assertEquals(0, process.exitValue(), name + ": " + new String(process.getErrorStream().readAllBytes(),
				StandardCharsets.UTF_8));
		assertWhole(folder, name.substring("calibrate-".length()), name);
		assertFalse(Files.exists(journal), "the journal stays after a completed change");
		return new Window(writing < 0 ? 20 : Math.max(1, (written < 0 ? end : written) - writing), end);
	}

	private static Process start(Path folder, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(BatonCommandTest.baton().toString(), args[0], "-C",
				folder.toString()));
		command.addAll(List.of(args).subList(1, args.length));
		return new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.PIPE).start();
	}

	/**
	 * Runs the command and kills it (SIGKILL) after the delay: from its start, or ({@code aimed}) from the moment its
	 * journal appears.
	 */
	private static Killed killAfter(Path folder, boolean aimed, long delayMillis, String... args) throws Exception {
		Process process = start(folder, args);
		Path journal = folder.resolve(".baton/journal");
		Path partial = folder.resolve(".baton/journal.partial");
		while (aimed && process.isAlive() && !Files.exists(journal) && !Files.exists(partial)) {
			Thread.sleep(1);
		}
		process.waitFor(delayMillis, TimeUnit.MILLISECONDS);
		process.destroyForcibly();
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		return new Killed(delayMillis, Files.exists(folder.resolve(".baton/journal")));
	}

	/**
	 * A folder where decisions 1 to {@value #DUPLICATES} have a second file each (two branches merged), every one
	 * referred to by id from front matter and by a Markdown link from a body.
	 */
	static Path folderWithDuplicates(Path folder) throws IOException {
		Files.createDirectories(folder.resolve("decisions"));
		Files.writeString(folder.resolve("baton.yaml"), "name: Killed\n");
		for (int i = 1; i <= UNIQUE; i++) {
			String other = i <= DUPLICATES ? id(i, "other") : id(i - 1, "topic");
			write(folder, id(i, "topic"), "accepted", "2024-01-01", i == 1 ? null : other, "Topic " + i);
		}
		for (int i = 1; i <= DUPLICATES; i++) {
			write(folder, id(i, "other"), "proposed", "2024-06-01", id(i, "topic"), "Other " + i);
		}
		return folder;
	}

	private static String id(int number, String word) {
		return String.format("%04d-%s-%d", number, word, number);
	}

	private static void write(Path folder, String id, String status, String date, String relatesTo, String title)
			throws IOException {
		StringBuilder text = new StringBuilder("---\nstatus: ").append(status).append("\ndate: ").append(date)
				.append('\n');
		if (relatesTo != null) {
			text.append("relates-to: [").append(relatesTo).append("]\n");
		}
		text.append("---\n# ").append(title).append("\n\n## Context and Problem Statement\n\nWhy ").append(title)
				.append(" matters.\n");
		if (relatesTo != null) {
			text.append("\nSee [the related decision](").append(relatesTo).append(".md) first.\n");
		}
		text.append("\n## Decision Outcome\n\nChosen option: \"").append(title).append("\".\n");
		Files.writeString(folder.resolve("decisions/" + id + ".md"), text.toString(), StandardCharsets.UTF_8);
	}

	/** The folder as it was or fully changed: nothing lost, nothing dangling, nothing temporary. */
	private static void assertWhole(Path folder, String kind, String what) throws IOException {
		Path decisions = folder.resolve("decisions");
		List<Path> files;
		try (Stream<Path> all = Files.walk(folder)) {
			files = all.filter(Files::isRegularFile).toList();
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			assertFalse(name.endsWith(".baton-tmp") || name.startsWith("journal"), what + ": left " + file);
		}
		Set<String> names = new TreeSet<>();
		try (Stream<Path> list = Files.list(decisions)) {
			list.forEach(p -> names.add(p.getFileName().toString()));
		}
		assertEquals(UNIQUE + DUPLICATES, names.size(), what + ": " + names);
		boolean converted = Files.readString(folder.resolve("baton.yaml")).contains("dialect: adr-tools");
		assertTrue(kind.equals("convert") || !converted, what);
		for (String name : names) {
			String text = Files.readString(decisions.resolve(name), StandardCharsets.UTF_8);
			assertEquals(!converted, text.startsWith("---\n"),
					what + ": " + name + " is in the other dialect:\n" + text);
			if (converted) {
				assertTrue(text.startsWith("# "), what + ": " + name + "\n" + text);
				continue;
			}
			Matcher relates = RELATES.matcher(text);
			while (relates.find()) {
				for (String target : relates.group(1).split(",\\s*")) {
					assertTrue(names.contains(target.strip() + ".md"), what + ": " + name + " relates to " + target);
				}
			}
			Matcher link = BODY_LINK.matcher(text);
			while (link.find()) {
				assertTrue(names.contains(link.group(1)), what + ": " + name + " links to " + link.group(1));
			}
		}
		if (kind.equals("supersede")) {
			String older = Files.readString(decisions.resolve("0003-topic-3.md"));
			String newer = Files.readString(decisions.resolve("0110-topic-110.md"));
			assertEquals(older.contains("superseded-by: [0110-topic-110]"),
					newer.contains("supersedes: [0003-topic-3]"),
					what + ": one file says it, the other not:\n" + older + "\n" + newer);
		}
	}
}
