package dev.baton.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.eclipse.emf.common.util.Diagnostic;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;

import dev.baton.model.Architecture;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;

/**
 * Load time and memory of architecture folders of growing size, next to the floor: reading the same bytes and parsing
 * them with the same YAML and CommonMark parsers, nothing else. Each figure is the median of {@value #RUNS} runs after
 * {@value #WARMUP} warm-up runs, with the fastest and slowest run as the spread.
 *
 * <p>
 * Arguments: comma-separated numbers of decisions (components and interfaces: half as many each, plus every other kind
 * of record).
 */
public final class LoadBenchmark {

	private static final int WARMUP = 2;
	private static final int RUNS = 5;
	private static final long SEED = 20261128L;

	private LoadBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,10000").split(",")).map(String::strip)
				.mapToInt(Integer::parseInt).toArray();
		System.out.printf(Locale.ROOT, "Baton load benchmark: Java %s, %d cores, max heap %d MB, %s%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20,
				System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		System.out.println();
		System.out.println(
				"| decisions | components | records | MB on disk | write (create) | floor: read + parse | load | load "
						+ "/ floor | heap after load | peak heap during load | save, nothing changed |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (int size : sizes) {
			run(size);
		}
	}

	private static void run(int decisions) throws IOException {
		Path folder = Files.createTempDirectory("baton-bench-" + decisions + "-");
		try {
			Architecture model = Synthetic.architecture(decisions, SEED);
			long written = System.nanoTime();
			ArchitectureFolder.create(folder.resolve("arch"), model);
			double writeSeconds = (System.nanoTime() - written) / 1e9;
			Path root = folder.resolve("arch");
			List<Path> files;
			try (Stream<Path> walk = Files.walk(root)) {
				files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
			}
			long bytes = 0;
			for (Path file : files) {
				bytes += Files.size(file);
			}
			Timing floor = time(() -> floor(files));
			long[] heap = new long[2];
			int[] records = new int[1];
			Timing load = time(() -> {
				ArchitectureFolder loaded = ArchitectureFolder.load(root, LoadOptions.defaults());
				if (loaded.findings().getSeverity() >= Diagnostic.ERROR) {
					throw new IllegalStateException("the generated folder has errors");
				}
				records[0] = count(loaded);
			});
			heap[0] = heapAfterLoad(root);
			heap[1] = peakDuringLoad(root);
			ArchitectureFolder loaded = ArchitectureFolder.load(root, LoadOptions.defaults());
			Timing save = time(loaded::save);
			int components = loaded.architecture().getComponents().size();
			System.out.printf(Locale.ROOT,
					"| %,d | %,d | %,d | %.1f | %.2f s | %s | %s | %.1f | %d MB | %d MB | %s |%n",
					decisions, components, records[0], bytes / 1e6, writeSeconds, floor, load,
					load.median / floor.median, heap[0] >> 20, heap[1] >> 20, save);
		} finally {
			delete(folder);
		}
	}

	private static int count(ArchitectureFolder folder) {
		int[] count = { 0 };
		folder.architecture().eAllContents().forEachRemaining(o -> {
			if (o instanceof dev.baton.model.Record) {
				count[0]++;
			}
		});
		return count[0];
	}

	/** Reading every file and parsing its front matter and body, with nothing built from them. */
	private static void floor(List<Path> files) {
		Parser markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
		LoadSettings settings = LoadSettings.builder().setUseMarks(true).build();
		for (Path file : files) {
			try {
				String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
				int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 4) : -1;
				if (end > 0) {
					new Compose(settings).composeString(text.substring(4, end + 1));
				}
				markdown.parse(end > 0 ? text.substring(end + 5) : text);
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	private static long heapAfterLoad(Path root) {
		System.gc();
		long before = usedHeap();
		ArchitectureFolder loaded = ArchitectureFolder.load(root, LoadOptions.defaults());
		System.gc();
		long after = usedHeap();
		if (loaded.architecture() == null) {
			throw new IllegalStateException();
		}
		return after - before;
	}

	private static long peakDuringLoad(Path root) {
		System.gc();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		ArchitectureFolder loaded = ArchitectureFolder.load(root, LoadOptions.defaults());
		long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		if (loaded.architecture() == null) {
			throw new IllegalStateException();
		}
		return peak;
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	record Timing(double median, double min, double max) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.2f s (%.2f-%.2f)", median, min, max);
		}
	}

	interface Work {

		void run() throws IOException;
	}

	static Timing time(Work work) throws IOException {
		for (int i = 0; i < WARMUP; i++) {
			work.run();
		}
		List<Double> seconds = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.run();
			seconds.add((System.nanoTime() - start) / 1e9);
		}
		seconds.sort(Double::compare);
		return new Timing(seconds.get(RUNS / 2), seconds.get(0), seconds.get(RUNS - 1));
	}

	static void delete(Path root) throws IOException {
		Files.walkFileTree(root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
