package dev.baton.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

import dev.baton.api.RunContext;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.LoadOptions;

/**
 * A seeded mutation fuzzing run: corpus files mutated by {@link Mutations} and given to a reader or writer, one input
 * at a time on a worker thread. Findings are what bad input should give; an exception, an input that takes more than
 * {@value #HANG_SECONDS} s (a hang) or running out of memory fails the run with the seed and the input's index, the
 * input saved under {@code target/fuzz-failures} to be replayed and become a regression test.
 *
 * <p>
 * The build runs each harness for {@code baton.fuzz.seconds} (20 s) with seed {@code baton.fuzz.seed} (23); a long run
 * sets both, e.g. {@code -Dbaton.fuzz.seconds=1800}, and may stop earlier at {@code baton.fuzz.inputs} inputs (e.g.
 * {@code 1000000}). A run can go on where another of the same seed stopped, {@code -Dbaton.fuzz.from=<index>}: the
 * inputs before are made again (the same random numbers), not tried, and the run tries the same inputs with the same
 * indexes as one run from the start would.
 */
public final class Fuzzing {

	/** Longer than any input takes on a loaded machine. */
	public static final int HANG_SECONDS = 10;

	/** The decision of {@link #packFolder} that each input replaces. */
	private static final String FUZZED = "0002-fuzz";

	/** How often a long run says how far it got. */
	private static final int PROGRESS_SECONDS = 300;

	/** What one input is given to: returns how many findings it gave. */
	@FunctionalInterface
	public interface Target {

		int run(byte[] input, int index) throws Exception;
	}

	/** The figures of a run. */
	public record Run(long seed, int inputs, int withFindings, long seconds) {
	}

	private Fuzzing() {
	}

	/** The shared corpus ({@code baton.shared}), one set or all of it. */
	public static Path corpus(String set) {
		Path corpus = Path.of(System.getProperty("baton.shared", "../../../shared"), "corpus").toAbsolutePath()
				.normalize();
		return set == null ? corpus : corpus.resolve(set);
	}

	/**
	 * An architecture folder for the pack writers' harnesses: a component, a decision that links to the fuzzed one, and
	 * {@code decisions/0002-fuzz.md}, which each input replaces.
	 */
	public static Path packFolder(Path root) throws IOException {
		Examples.write(root, FolderLayout.SETTINGS, "name: Fuzz\n");
		Examples.write(root, "components/billing.md", "---\nowner: team-a\n---\n# Billing\n\nKeeps invoices.\n");
		Examples.write(root, "decisions/0001-first.md", "---\nstatus: accepted\ndate: 2026-01-02\n---\n# First\n\n"
				+ "See [the second](0002-fuzz.md) and [billing](../components/billing.md).\n");
		return root.resolve("decisions/" + FUZZED + ".md");
	}

	/** What a pack writers' harness does with the folder one input was loaded into. */
	@FunctionalInterface
	public interface PackWriter {

		/** Writes the folder's pack in one format in the run {@code run}, adding the findings to {@code findings}. */
		void write(ArchitectureFolder folder, RunContext run, DiagnosticChain findings) throws Exception;
	}

	/**
	 * Runs the pack writers on mutated corpus records: each input replaces {@code decisions/0002-fuzz.md} of a
	 * {@link #packFolder}, which is loaded once and given to every writer in turn in one run
	 * ({@link RunContext#sharing}, as {@code baton export} shares one pack between its formats). Prints, for each
	 * writer, how many inputs it wrote with findings naming the fuzzed decision.
	 *
	 * @param names   of the writers, in the order of {@code writers}
	 * @param writers each writes one format
	 */
	public static Run runPackWriters(String name, Path temp, List<String> names, List<PackWriter> writers)
			throws IOException {
		List<byte[]> seeds = seeds(corpus(null), f -> f.toString().endsWith(".md"));
		Path root = temp.resolve("arch");
		Path file = packFolder(root);
		int[] withFindings = new int[writers.size()];
		Run run = run(name, seeds, "md", (input, index) -> {
			Files.write(file, input);
			ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
			RunContext context = Examples.CONTEXT.sharing();
			int loading = about(folder.findings(), FUZZED);
			int found = loading;
			for (int i = 0; i < writers.size(); i++) {
				BasicDiagnostic findings = new BasicDiagnostic();
				writers.get(i).write(folder, context, findings);
				int writing = about(findings, FUZZED);
				withFindings[i] += loading + writing > 0 ? 1 : 0;
				found += writing;
			}
			return found;
		});
		for (int i = 0; i < writers.size(); i++) {
			System.out.printf(Locale.ROOT, "fuzz %s: %s wrote %d inputs, %d with findings%n", name, names.get(i),
					run.inputs(), withFindings[i]);
		}
		return run;
	}

	/** How many of the findings name {@code file} (the fuzzed one, not the rest of the folder). */
	public static int about(Diagnostic findings, String file) {
		return (int) findings.getChildren().stream().filter(d -> String.valueOf(d.getMessage()).contains(file)
				|| d.getData().stream().anyMatch(o -> String.valueOf(o).contains(file))).count();
	}

	/** The files below {@code folder} that {@code wanted} accepts, smaller than 200 kB, in a fixed order. */
	public static List<byte[]> seeds(Path folder, Predicate<Path> wanted) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(f -> Files.isRegularFile(f) && wanted.test(f)).sorted().toList();
		}
		List<byte[]> seeds = new ArrayList<>();
		for (Path file : files) {
			if (Files.size(file) < 200_000) {
				seeds.add(Files.readAllBytes(file));
			}
		}
		return seeds;
	}

	/**
	 * Runs {@code target} on mutated seeds until the time is up; fails on an exception, a hang or running out of
	 * memory.
	 *
	 * @param name      names the run in its output and in the saved inputs
	 * @param extension of the saved inputs ({@code md}, {@code yaml})
	 */
	public static Run run(String name, List<byte[]> seeds, String extension, Target target) {
		assertTrue(!seeds.isEmpty(), name + ": no seeds");
		long seed = Long.getLong("baton.fuzz.seed", 23L);
		long seconds = Long.getLong("baton.fuzz.seconds", 20L);
		long limit = Long.getLong("baton.fuzz.inputs", 0L);
		long inputs = limit > 0 ? limit : Long.MAX_VALUE;
		// a run can go on where another of the same seed stopped: the inputs before are made again, not tried
		int from = Integer.getInteger("baton.fuzz.from", 0);
		Random random = new Random(seed);
		for (int skipped = 0; skipped < from; skipped++) {
			Mutations.mutate(seeds.get(random.nextInt(seeds.size())), random);
		}
		ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "fuzz-" + name);
			thread.setDaemon(true);
			return thread;
		});
		long start = System.nanoTime();
		long startCpu = processorNanos();
		long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
		long nextProgress = start + TimeUnit.SECONDS.toNanos(PROGRESS_SECONDS);
		int index = from;
		int withFindings = 0;
		try {
			for (; index < inputs && System.nanoTime() < deadline; index++) {
				if (System.nanoTime() > nextProgress) {
					nextProgress += TimeUnit.SECONDS.toNanos(PROGRESS_SECONDS);
					System.out.printf(Locale.ROOT, "fuzz %s: %d inputs after %d s, %d with findings%n", name, index,
							TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), withFindings);
				}
				byte[] input = Mutations.mutate(seeds.get(random.nextInt(seeds.size())), random);
				final int at = index;
				Future<Integer> result = worker.submit(() -> target.run(input, at));
				try {
					withFindings += result.get(HANG_SECONDS, TimeUnit.SECONDS) > 0 ? 1 : 0;
				} catch (TimeoutException e) {
					result.cancel(true);
					fail(failure(name, seed, index, extension, input, "hangs: no result after " + HANG_SECONDS + " s",
							null));
				} catch (ExecutionException e) {
					fail(failure(name, seed, index, extension, input, "throws " + e.getCause(), e.getCause()));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail(name + ": interrupted");
				}
			}
		} finally {
			worker.shutdownNow();
		}
		long took = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
		int tried = index - from;
		System.out.printf(Locale.ROOT, "fuzz %s: seed %d, %d inputs in %d s, %d with findings, no exception%n", name,
				seed, tried, took, withFindings);
		if (from > 0) {
			System.out.printf(Locale.ROOT, "fuzz %s: inputs %d to %d of seed %d%n", name, from, index - 1, seed);
		}
		if (tried > 0 && startCpu >= 0) {
			// the rate a core of one's own would give, whatever else the machine runs
			System.out.printf(Locale.ROOT, "fuzz %s: %.2f ms of processor time an input (the whole process's)%n", name,
					(processorNanos() - startCpu) / 1e6 / tried);
		}
		assertTrue(tried > 0, name + ": no input tried");
		return new Run(seed, tried, withFindings, took);
	}

	/** The processor time this process has used so far, or -1 where the system does not tell. */
	private static long processorNanos() {
		return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
	}

	/** The message of a failure; the input is saved to reproduce it. */
	private static String failure(String name, long seed, int index, String extension, byte[] input, String what,
			Throwable cause) {
		Path saved = Path.of("target", "fuzz-failures",
				String.format(Locale.ROOT, "%s-seed-%d-input-%d.%s", name, seed, index, extension));
		try {
			Files.createDirectories(saved.getParent());
			Files.write(saved, input);
		} catch (IOException e) {
			saved = null;
		}
		StringBuilder trace = new StringBuilder();
		for (StackTraceElement frame : cause == null ? new StackTraceElement[0] : cause.getStackTrace()) {
			trace.append("\tat ").append(frame).append('\n');
		}
		return name + ": seed " + seed + ", input " + index + " " + what
				+ (saved == null ? "" : " (input in " + saved.toAbsolutePath() + ")") + "\n" + trace;
	}
}
