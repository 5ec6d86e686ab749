package dev.baton.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

import dev.baton.adr.Dialects;
import dev.baton.history.ArchitectureDiff;
import dev.baton.history.ChangeKind;
import dev.baton.history.GitFolder;
import dev.baton.history.History;
import dev.baton.history.NoHistoryException;
import dev.baton.history.TimelineEvent;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;

/**
 * Git history and semantic diff ({@code dev.baton.history}) on real repositories built with JGit.
 *
 * <p>
 * History: a repository whose architecture folder gets R records (generated, decisions first), one commit each, then
 * one change per commit (a decision's status, or a paragraph added to another record) up to C commits, with the whole
 * folder renamed halfway through those changes; {@code History.read} walks it all. Diff: a folder of N generated
 * decisions (about 2.4 records per decision) committed, then 100 status changes, 100 prose edits, 50 renames, 50
 * removals and 50 additions committed; {@code ArchitectureDiff} between the two commits, and between the first commit
 * and the working tree (which then hashes every file); next to it, {@code ArchitectureFolder.load} of the folder, the
 * cost of comparing by loading both sides.
 *
 * <p>
 * Arguments: records, commits, decisions of the diff folder.
 */
public final class HistoryBenchmark {

	private static final Pattern STATUS = Pattern.compile("(?m)^status: (\\w+)$");
	private static final List<String> CYCLE = List.of("proposed", "accepted", "deprecated", "superseded");

	private HistoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int records = args.length > 0 ? Integer.parseInt(args[0].strip()) : 1000;
		int commits = args.length > 1 ? Integer.parseInt(args[1].strip()) : 2000;
		int decisions = args.length > 2 ? Integer.parseInt(args[2].strip()) : 4200;
		System.out.printf(Locale.ROOT, "Baton history benchmark: Java %s, %d cores, max heap %d MB%n%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		history(records, commits);
		System.out.println();
		diff(decisions);
	}

	private static void history(int records, int commits) throws Exception {
		Path temp = Files.createTempDirectory("baton-history-");
		try {
			Path generated = temp.resolve("generated");
			ArchitectureFolder.create(generated, Synthetic.architecture(Math.max(10, records * 10 / 24), 20261128L));
			List<String> files = recordFiles(generated, records);
			Path repo = temp.resolve("repo");
			long t0 = System.nanoTime();
			try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
				String folder = "arch";
				write(repo.resolve(folder).resolve("baton.yaml"), Files.readString(generated.resolve("baton.yaml")));
				git.add().addFilepattern(folder + "/baton.yaml").call();
				int made = 0;
				commit(git, ++made, "Start the records");
				for (String file : files) {
					write(repo.resolve(folder).resolve(file), Files.readString(generated.resolve(file)));
					git.add().addFilepattern(folder + "/" + file).call();
					commit(git, ++made, "Add " + file);
				}
				int renameAt = made + (commits - made) / 2;
				for (int i = 0; made < commits; i++) {
					if (made + 1 == renameAt) {
						Files.createDirectories(repo.resolve("docs"));
						Files.move(repo.resolve(folder), repo.resolve("docs/arch"));
						git.add().addFilepattern("docs").call();
						git.add().setUpdate(true).addFilepattern(".").call();
						folder = "docs/arch";
						commit(git, ++made, "Move the architecture folder");
						continue;
					}
					String file = files.get((int) ((i * 7919L) % files.size()));
					Path path = repo.resolve(folder).resolve(file);
					String text = Files.readString(path);
					Matcher status = STATUS.matcher(text);
					if (file.startsWith("decisions/") && status.find()) {
						String next = CYCLE.get((CYCLE.indexOf(status.group(1)) + 1) % CYCLE.size());
						text = status.replaceFirst("status: " + next);
					} else {
						text = text + "\nEdited in change " + i + ".\n";
					}
					write(path, text);
					git.add().addFilepattern(folder + "/" + file).call();
					commit(git, ++made, "Change " + file);
				}
			}
			double build = (System.nanoTime() - t0) / 1e9;
			History last = null;
			List<Double> seconds = new ArrayList<>();
			long peak = 0;
			for (int run = 0; run < 4; run++) {
				List<MemoryPoolMXBean> pools = resetPeaks();
				long start = System.nanoTime();
				try (GitFolder git = GitFolder.open(repo.resolve("docs/arch"))) {
					last = History.read(git, Dialects.formats(), new BasicMonitor());
				}
				if (run > 0) { // the first run warms up
					seconds.add((System.nanoTime() - start) / 1e9);
					peak = Math.max(peak, pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
				}
			}
			seconds.sort(Double::compare);
			long moved = last.timeline().stream().filter(e -> e.kind() == TimelineEvent.Kind.RENAMED).count();
			long decisions = files.stream().filter(f -> f.startsWith("decisions/")).count();
			if (moved != decisions) {
				throw new IllegalStateException("the folder rename was not followed: " + moved + " of " + decisions
						+ " decisions renamed");
			}
			System.out.println("| records | commits | building the repository | History.read | parsed files | events | "
					+ "transitions | peak heap |");
			System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
			System.out.printf(Locale.ROOT, "| %,d | %,d | %.1f s | %.2f s (%.2f-%.2f) | %,d | %,d | %,d | %d MB |%n",
					last.records().size(), last.commits(), build, seconds.get(1), seconds.get(0), seconds.get(2),
					last.parsed(), last.timeline().size(), last.transitions().size(), peak >> 20);
		} finally {
			LoadBenchmark.delete(temp);
		}
	}

	private static void diff(int decisions) throws Exception {
		Path temp = Files.createTempDirectory("baton-diff-");
		try {
			Path repo = temp.resolve("repo");
			Path arch = repo.resolve("arch");
			try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
				ArchitectureFolder.create(arch, Synthetic.architecture(decisions, 20261128L));
				git.add().addFilepattern(".").call();
				commit(git, 1, "The whole folder");
				List<String> all = recordFiles(arch, Integer.MAX_VALUE);
				List<String> decisionFiles = all.stream().filter(f -> f.startsWith("decisions/")).toList();
				List<String> others = all.stream().filter(f -> !f.startsWith("decisions/")).toList();
				for (int i = 0; i < 100; i++) {
					Path file = arch.resolve(decisionFiles.get(i * 7 % decisionFiles.size()));
					String text = Files.readString(file);
					Matcher status = STATUS.matcher(text);
					if (status.find()) {
						write(file,
								status.replaceFirst("status: " + CYCLE.get((CYCLE.indexOf(status.group(1)) + 1) % 4)));
					}
					Path other = arch.resolve(others.get(i * 13 % others.size()));
					write(other, Files.readString(other) + "\nA paragraph added in the change.\n");
				}
				for (int i = 0; i < 50; i++) {
					String renamed = decisionFiles.get(decisionFiles.size() - 1 - i);
					Files.move(arch.resolve(renamed), arch.resolve(renamed.replace(".md", "-renamed.md")));
					Files.delete(arch.resolve(others.get(others.size() - 1 - i)));
					write(arch.resolve("decisions/" + (90000 + i) + "-added-decision.md"),
							"---\nstatus: proposed\n---\n# Added decision " + i
									+ "\n\n## Context and Problem Statement\n\nNew.\n");
				}
				git.add().addFilepattern(".").call();
				git.add().setUpdate(true).addFilepattern(".").call();
				commit(git, 2, "The change");
				ArchitectureDiff[] result = new ArchitectureDiff[1];
				long[] peak = new long[1];
				LoadBenchmark.Timing between = LoadBenchmark.time(() -> {
					List<MemoryPoolMXBean> pools = resetPeaks();
					result[0] = between(arch, "HEAD~1", "HEAD");
					peak[0] = Math.max(peak[0], pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
				});
				ArchitectureDiff commitsDiff = result[0];
				LoadBenchmark.Timing working = LoadBenchmark.time(() -> result[0] = between(arch, "HEAD~1", null));
				if (result[0].changes().size() != commitsDiff.changes().size()) {
					throw new IllegalStateException("the working tree diff differs from the commits' diff");
				}
				LoadBenchmark.Timing load =
						LoadBenchmark.time(() -> ArchitectureFolder.load(arch, LoadOptions.defaults()));
				System.out.println(
						"| decisions | records | changes (added, removed, renamed, changed) | diff of two commits "
								+ "| peak heap | diff with the working tree | reference: one ArchitectureFolder.load "
								+ "|");
				System.out.println("|---:|---:|---|---:|---:|---:|---:|");
				System.out.printf(Locale.ROOT, "| %,d | %,d | %d (%d, %d, %d, %d) | %s | %d MB | %s | %s |%n",
						decisions,
						all.size(), commitsDiff.changes().size(), commitsDiff.count(ChangeKind.ADDED),
						commitsDiff.count(ChangeKind.REMOVED), commitsDiff.count(ChangeKind.RENAMED),
						commitsDiff.count(ChangeKind.MODIFIED), between, peak[0] >> 20, working, load);
			}
		} finally {
			LoadBenchmark.delete(temp);
		}
	}

	private static ArchitectureDiff between(Path arch, String from, String to) throws IOException {
		try (GitFolder git = GitFolder.open(arch)) {
			return ArchitectureDiff.between(git, from, to, Dialects.formats(), new BasicMonitor());
		} catch (NoHistoryException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static List<MemoryPoolMXBean> resetPeaks() {
		System.gc();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		return pools;
	}

	/** Record files of a folder relative to it, decisions first, at most {@code limit}. */
	private static List<String> recordFiles(Path folder, int limit) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.toString().endsWith(".md"))
					.map(p -> folder.relativize(p).toString().replace('\\', '/'))
					.sorted((a, b) -> a.startsWith("decisions/") != b.startsWith("decisions/")
							? (a.startsWith("decisions/") ? -1 : 1)
							: a.compareTo(b))
					.limit(limit).toList();
		}
	}

	private static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	/** A commit a minute from 2024-01-01, by one of three authors. */
	private static void commit(Git git, int n, String message) throws Exception {
		String author = List.of("Ada Lovelace", "Grace Hopper", "Linus Torvalds").get(n % 3);
		PersonIdent ident =
				new PersonIdent(author, "dev@example.com", Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * n),
						ZoneOffset.UTC);
		git.commit().setAuthor(ident).setCommitter(ident).setMessage(message).setSign(false).call();
	}
}
