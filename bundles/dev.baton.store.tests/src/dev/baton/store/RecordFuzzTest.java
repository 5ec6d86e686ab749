package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.store.internal.ReadContext;
import dev.baton.store.internal.RecordLoader;

/**
 * Seeded mutation fuzzing of the store's record reader: the Markdown files of the shared corpus,
 * mutated (bytes flipped, cut short, nested deep, long lines, odd line endings, stray
 * {@code ---}, aliases, control characters, bytes that are not UTF-8), are read as records and
 * as a whole folder. Findings are what bad input should give; any exception, a read that takes
 * more than {@value #HANG_SECONDS} s, or running out of memory fails the test with the seed, the
 * iteration and the input saved under {@code target/fuzz-failures}.
 *
 * <p>The build runs it for {@code baton.fuzz.seconds} (20 s); a long run:
 * {@code -Dbaton.fuzz.seconds=1800 -Dbaton.fuzz.seed=7}.
 */
class RecordFuzzTest {

	private static final int HANG_SECONDS = 10;
	/** Every this many inputs, the whole folder is loaded (references, canonical values) rather than one file. */
	private static final int FOLDER_EVERY = 10;

	@TempDir
	Path temp;

	@Test
	void mutatedCorpusRecordsGiveFindingsNeverExceptionsHangsOrOutOfMemory() throws Exception {
		long seed = Long.getLong("baton.fuzz.seed", 23L);
		long seconds = Long.getLong("baton.fuzz.seconds", 20L);
		List<byte[]> inputs = corpusInputs();
		assertTrue(inputs.size() > 100, "corpus files: " + inputs.size());
		Random random = new Random(seed);
		Path root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "components/other.md", "---\nowner: team-a\n---\n# Other\n");
		TestFolders.write(root, "decisions/0001-first.md", "# First\n");
		Files.createDirectories(root.resolve("components"));
		Kinds.Kind decision = Kinds.byName("decision").orElseThrow();
		Kinds.Kind component = Kinds.byName("component").orElseThrow();
		RecordLoader loader = new RecordLoader(root, ArchitectureFolder.DEFAULT_MAX_FILE_BYTES);
		ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "fuzz");
			thread.setDaemon(true);
			return thread;
		});
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		int iteration = 0;
		int findings = 0;
		try {
			for (; System.nanoTime() < deadline; iteration++) {
				byte[] input = Mutations.mutate(inputs.get(random.nextInt(inputs.size())), random);
				boolean asDecision = random.nextBoolean();
				Path file = root.resolve(asDecision ? "decisions/0002-fuzz.md" : "components/fuzz.md");
				Files.deleteIfExists(root.resolve(asDecision ? "components/fuzz.md" : "decisions/0002-fuzz.md"));
				Files.write(file, input);
				boolean folder = iteration % FOLDER_EVERY == 0;
				Future<Integer> read = worker.submit(() -> {
					if (folder) {
						long limit = ArchitectureFolder.DEFAULT_MAX_FILE_BYTES;
						return ArchitectureFolder.load(root, new BasicMonitor(), limit, Map.of(), null).findings()
								.getChildren().size();
					}
					ReadContext context = new ReadContext(new BasicDiagnostic());
					loader.load(file, (asDecision ? decision : component).eClass(), context);
					return context.findings().getChildren().size();
				});
				try {
					findings += read.get(HANG_SECONDS, TimeUnit.SECONDS) > 0 ? 1 : 0;
				} catch (TimeoutException e) {
					read.cancel(true);
					fail(failure(seed, iteration, input, "hangs: no result after " + HANG_SECONDS + " s", null));
				} catch (ExecutionException e) {
					fail(failure(seed, iteration, input, "throws " + e.getCause(), e.getCause()));
				}
			}
		} finally {
			worker.shutdownNow();
		}
		System.out.printf(Locale.ROOT, "fuzz: seed %d, %d inputs in %d s, %d with findings, no exception%n", seed,
				iteration, seconds, findings);
		assertTrue(iteration > 0);
	}

	/** The corpus' Markdown files, in a fixed order (the seed decides the rest). */
	private static List<byte[]> corpusInputs() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(TestFolders.corpus())) {
			files = walk.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).sorted().toList();
		}
		List<byte[]> inputs = new ArrayList<>();
		for (Path file : files) {
			if (Files.size(file) < 200_000) {
				inputs.add(Files.readAllBytes(file));
			}
		}
		return inputs;
	}

	/** The message of a failure; the input is saved to reproduce it (and to become a regression test). */
	private static String failure(long seed, int iteration, byte[] input, String what, Throwable cause) {
		String name = String.format(Locale.ROOT, "seed-%d-input-%d.md", seed, iteration);
		Path saved = Path.of("target", "fuzz-failures", name);
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
		return "seed " + seed + ", input " + iteration + " " + what + (saved == null ? "" : " (input in "
				+ saved.toAbsolutePath() + ")") + "\n" + trace;
	}
}
