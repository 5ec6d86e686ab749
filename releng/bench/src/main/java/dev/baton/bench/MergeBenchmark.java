package dev.baton.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeResult;

import dev.baton.history.RecordMerge;
import dev.baton.store.ArchitectureFolder;

/**
 * The merge driver's merge ({@link RecordMerge}) of N records each changed on both sides, beside git's own line merge
 * (JGit's {@code MergeAlgorithm}, what git does without the driver) of the same files, in one run.
 *
 * <p>
 * The records are generated decisions. Ours changes a decision's status, adds a tag and adds a sentence to its first
 * section; theirs changes the date, adds another tag and adds a sentence to its last section: nothing changed twice, so
 * a merge by field and section is clean, while lines next to each other (status and date, the tag list) conflict line
 * by line. Reported: records merged cleanly by each, median and spread of the time for all N over the runs after a
 * warm-up.
 *
 * <p>
 * Arguments: records (1,000), runs (5).
 */
public final class MergeBenchmark {

	private MergeBenchmark() {
	}

	private record Triple(String base, String ours, String theirs) {
	}

	public static void main(String[] args) throws Exception {
		int records = args.length > 0 ? Integer.parseInt(args[0].strip()) : 1000;
		int runs = args.length > 1 ? Integer.parseInt(args[1].strip()) : 5;
		System.out.printf(Locale.ROOT, "Baton merge benchmark: Java %s, %d cores, max heap %d MB%n%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		List<Triple> triples = triples(records);
		int[] clean = new int[2];
		double[][] seconds = new double[2][runs];
		for (int run = -1; run < runs; run++) { // run -1 warms up
			long t0 = System.nanoTime();
			int baton = 0;
			for (Triple triple : triples) {
				if (RecordMerge.merge(triple.base, triple.ours, triple.theirs, RecordMerge.Labels.DEFAULT).clean()) {
					baton++;
				}
			}
			long t1 = System.nanoTime();
			int lines = 0;
			MergeAlgorithm algorithm = new MergeAlgorithm(
					DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM));
			for (Triple triple : triples) {
				MergeResult<RawText> result = algorithm.merge(RawTextComparator.DEFAULT, raw(triple.base),
						raw(triple.ours), raw(triple.theirs));
				if (!result.containsConflicts()) {
					lines++;
				}
			}
			long t2 = System.nanoTime();
			if (run >= 0) {
				seconds[0][run] = (t1 - t0) / 1e9;
				seconds[1][run] = (t2 - t1) / 1e9;
			}
			clean[0] = baton;
			clean[1] = lines;
		}
		System.out.printf(Locale.ROOT, "%d records changed on both sides, %d runs after a warm-up%n", triples.size(),
				runs);
		System.out.printf(Locale.ROOT, "%-34s %8s %12s %12s%n", "", "clean", "median (s)", "spread (s)");
		print("Baton merge driver (by field)", clean[0], triples.size(), seconds[0]);
		print("git's line merge (JGit)", clean[1], triples.size(), seconds[1]);
	}

	private static void print(String name, int clean, int of, double[] seconds) {
		double[] sorted = seconds.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "%-34s %4d/%-4d %12.3f %5.3f-%.3f%n", name, clean, of,
				sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
	}

	/** N generated decisions, each with ours' and theirs' change. */
	private static List<Triple> triples(int records) throws Exception {
		Path temp = Files.createTempDirectory("baton-merge-");
		ArchitectureFolder.create(temp, Synthetic.architecture(records, 20261207L));
		List<Path> files;
		try (Stream<Path> walk = Files.walk(temp)) {
			files = walk.filter(p -> p.toString().endsWith(".md") && p.toString().contains("decisions"))
					.sorted().limit(records).toList();
		}
		List<Triple> triples = new ArrayList<>();
		for (Path file : files) {
			String base = Files.readString(file, StandardCharsets.UTF_8);
			triples.add(new Triple(base, change(base, "status", "accepted", "ours-tag", true),
					change(base, "date", "2026-12-07", "theirs-tag", false)));
		}
		return triples;
	}

	/** The record with one front-matter value replaced, one tag added and a sentence in its first or last section. */
	private static String change(String base, String key, String value, String tag, boolean first) {
		List<String> lines = new ArrayList<>(base.lines().toList());
		int close = lines.subList(1, lines.size()).indexOf("---") + 1;
		boolean replaced = false;
		boolean tagged = false;
		for (int i = 1; i < close; i++) {
			if (lines.get(i).startsWith(key + ":")) {
				lines.set(i, key + ": " + value);
				replaced = true;
			} else if (lines.get(i).startsWith("tags: [")) {
				lines.set(i, lines.get(i).replace("]", ", " + tag + "]").replace("[, ", "["));
				tagged = true;
			}
		}
		if (!replaced) {
			lines.add(close++, key + ": " + value);
		}
		if (!tagged) {
			lines.add(close++, "tags: [" + tag + "]");
		}
		int heading = -1;
		for (int i = close + 1; i < lines.size(); i++) {
			if (lines.get(i).startsWith("## ") && (heading < 0 || !first)) {
				heading = i;
			}
		}
		int at = heading < 0 ? lines.size() : heading + 1;
		if (first) {
			while (at < lines.size() && !lines.get(at).startsWith("## ")) {
				at++;
			}
		} else {
			at = lines.size();
		}
		lines.add(at, "A sentence added by " + tag + ".");
		return String.join("\n", lines) + "\n";
	}

	private static RawText raw(String text) {
		return new RawText(text.getBytes(StandardCharsets.UTF_8));
	}
}
