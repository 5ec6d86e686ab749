package dev.baton.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.eclipse.emf.ecore.EObject;

import dev.baton.adr.AdrFormat;
import dev.baton.adr.AdrImport;
import dev.baton.adr.Dialects;
import dev.baton.api.RunContext;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.store.DecisionFormat;
import dev.baton.store.codec.RecordNames;

/**
 * Importing ADRs: the 106-record one-folder-per-record set of the shared corpus, and generated adr-tools folders of
 * growing size, each next to its floor (reading the same bytes and parsing them with CommonMark, nothing else). Median
 * of {@value #RUNS} runs after {@value #WARMUP} warm-up runs, fastest and slowest as the spread.
 *
 * <p>
 * Arguments: the corpus folder, then comma-separated numbers of generated ADRs.
 */
public final class ImportBenchmark {

	private static final int WARMUP = 2;
	private static final int RUNS = 5;
	private static final RunContext CONTEXT = RunContext.asOf(LocalDate.of(2026, 11, 28));

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
		int[] sizes = Arrays.stream((args.length > 1 ? args[1] : "1000,10000").split(",")).map(String::strip)
				.mapToInt(Integer::parseInt).toArray();
		System.out.printf(Locale.ROOT, "Baton ADR import benchmark: Java %s, %d cores, max heap %d MB%n%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		System.out.println("| set | ADR files | MB | floor: read + CommonMark | import | import / floor | peak heap |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|");
		Path edc = corpus.resolve("eclipse-edc__Connector");
		if (Files.isDirectory(edc)) {
			measure("eclipse-edc (corpus, folder per record)", edc, edc.resolve("docs/developer/decision-records"));
		} else {
			System.out.println("| corpus not found at " + corpus + " | | | | | | |");
		}
		for (int size : sizes) {
			Path folder = Files.createTempDirectory("baton-import-" + size + "-");
			try {
				Path adrs = generate(folder.resolve("doc/adr"), size);
				Files.writeString(folder.resolve(".adr-dir"), "doc/adr\n");
				measure(String.format(Locale.ROOT, "generated adr-tools, %,d", size), folder, adrs);
			} finally {
				LoadBenchmark.delete(folder);
			}
		}
	}

	private static void measure(String label, Path source, Path adrFolder) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(adrFolder)) {
			files = walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".adoc")).sorted().toList();
		}
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		LoadBenchmark.Timing floor = LoadBenchmark.time(() -> floor(files));
		int[] imported = new int[1];
		LoadBenchmark.Timing run =
				LoadBenchmark.time(() -> imported[0] = (int) AdrImport.run(source, CONTEXT).imported());
		System.gc();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		AdrImport.Report report = AdrImport.run(source, CONTEXT);
		long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		if (report.imported() != imported[0]) {
			throw new IllegalStateException("runs disagree");
		}
		System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %s | %s | %.1f | %d MB |%n", label, imported[0],
				bytes / 1e6,
				floor, run, run.median() / floor.median(), peak >> 20);
	}

	private static void floor(List<Path> files) throws IOException {
		Parser markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
		for (Path file : files) {
			markdown.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
		}
	}

	/** N decisions of the synthetic architecture written as an adr-tools folder (with supersede links). */
	private static Path generate(Path folder, int size) throws IOException {
		Files.createDirectories(folder);
		Architecture model = Synthetic.architecture(size, 20261128L);
		AdrFormat format = Dialects.format("adr-tools");
		DecisionFormat.Links links = Synthetic.fileLinks();
		List<Decision> all = new ArrayList<>();
		for (DecisionSet set : model.getDecisionSets()) {
			all.addAll(set.getDecisions());
		}
		int number = 0;
		for (Decision decision : all) {
			decision.setNumber(++number);
			decision.setId(String.format(Locale.ROOT, "%04d-%s", number, RecordNames.slug(decision.getTitle())));
		}
		for (Decision decision : all) {
			Files.writeString(folder.resolve(decision.getId() + ".md"), format.write(decision, null, links));
		}
		return folder;
	}
}
