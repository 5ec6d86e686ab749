package dev.baton.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;

import com.structurizr.dsl.StructurizrDslParser;

import dev.baton.adr.AdrImport;
import dev.baton.adr.Dialects;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.RunContext;
import dev.baton.export.html.HtmlSite;
import dev.baton.export.html.internal.HtmlExporter;
import dev.baton.export.json.JsonPack;
import dev.baton.export.markdown.MarkdownTree;
import dev.baton.export.pdf.PdfPack;
import dev.baton.export.pdf.internal.PdfExporter;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.pack.Pack;
import dev.baton.pack.PackLinks;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.DecisionFormat;
import dev.baton.store.LoadOptions;
import dev.baton.store.ReadableFolder;
import dev.baton.store.codec.RecordNames;
import dev.baton.validation.Readiness;

/**
 * The whole benchmark suite in one run: at each size (decisions, with half as many components and interfaces), every
 * step of Baton's work measured after a warm-up and reported as median and spread with its peak heap, the floor
 * (reading and CommonMark-parsing the same bytes), the same ADRs through log4brains and Structurizr's ADR importers,
 * the ratios, the targets met or missed and by how much, and a PNG plot of time against size.
 *
 * <p>
 * Arguments: sizes (default {@code 100,1000,10000}), runs after the warm-up (default 3), the folder holding
 * {@code node_modules/.bin/log4brains} (optional), the PNG to write (optional), the Baton distribution folder for the
 * cold start (optional). {@code -Dbench.pdf.max=N} skips the PDF above N decisions (default 1,000: openhtmltopdf lays
 * out about 20 pages a second, so the PDF of 10,000 decisions takes many minutes; ask for it explicitly).
 */
public final class Suite {

	private static final RunContext CONTEXT = RunContext.asOf(LocalDate.of(2026, 11, 28));
	/** The target's step: what `baton export -f html` does. */
	static final String FULL = "load + export HTML (validated, diagrams)";
	/** The whole pack: HTML and PDF from one load and one pack. */
	static final String FULL_PACK = "load + export HTML + PDF";

	/** The folder loaded as `baton export` and `baton validate` load it: for reading only. */
	private static ReadableFolder forReading(Path arch) {
		return ArchitectureFolder.loadForReading(arch, LoadOptions.defaults());
	}

	/** A context of its own for one export run (the exporters of one run share the pack). */
	private static RunContext run(Path arch) {
		return new RunContext(CONTEXT.asOf(), new BasicMonitor(), Map.of("root", arch.toString())).sharing();
	}

	/** Findings are expected (the generated architecture has some); an export that fails is not measured. */
	private static BasicDiagnostic failOnError() {
		return new BasicDiagnostic() {

			@Override
			public void add(Diagnostic diagnostic) {
				if (diagnostic.getSeverity() >= Diagnostic.ERROR
						&& diagnostic.getSource() != null && diagnostic.getSource().startsWith("dev.baton.export")) {
					throw new IllegalStateException(diagnostic.getMessage());
				}
				super.add(diagnostic);
			}
		};
	}

	private static final long PEER_LIMIT_SECONDS = 600;

	/** A measured step: median and spread in seconds, peak heap in MB. */
	record Stat(double median, double min, double max, long peakMb) {

		@Override
		public String toString() {
			return Double.isNaN(median) ? "-"
					: String.format(Locale.ROOT, "%.2f s (%.2f-%.2f), %d MB", median, min, max, peakMb);
		}
	}

	interface Work {

		void run() throws Exception;
	}

	private final int runs;
	private final Path log4brains;
	private final Path distribution;
	private final int pdfMax = Integer.getInteger("bench.pdf.max", 1_000);
	/** step -> size -> stat */
	private final Map<String, Map<Integer, Stat>> results = new LinkedHashMap<>();

	private Suite(int runs, Path log4brains, Path distribution) {
		this.runs = runs;
		this.log4brains = log4brains;
		this.distribution = distribution;
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = Arrays.stream((args.length > 0 && !args[0].isBlank() ? args[0] : "100,1000,10000").split(","))
				.map(String::strip).mapToInt(Integer::parseInt).toArray();
		int runs = args.length > 1 && !args[1].isBlank() ? Integer.parseInt(args[1].strip()) : 3;
		Path l4b = args.length > 2 && !args[2].isBlank() ? Path.of(args[2], "node_modules/.bin/log4brains") : null;
		Path png = args.length > 3 && !args[3].isBlank() ? Path.of(args[3]) : null;
		Path dist = args.length > 4 && !args[4].isBlank() ? Path.of(args[4]) : null;
		System.out.printf(Locale.ROOT, "Baton benchmark suite: Java %s, %d cores, max heap %d MB, %s %s; %d runs after "
				+ "a warm-up%n%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name"), System.getProperty("os.arch"),
				runs);
		Suite suite = new Suite(runs, l4b, dist);
		for (int size : sizes) {
			suite.size(size);
		}
		suite.report(sizes);
		if (png != null && ONLY.isEmpty()) {
			suite.plot(sizes, png);
			System.out.println("\nPlot: " + png.toAbsolutePath());
		}
	}

	private void size(int size) throws Exception {
		System.out.printf(Locale.ROOT, "-- %,d decisions --%n", size);
		Path root = Files.createTempDirectory("baton-suite-" + size + "-");
		try {
			// every input written first, by a method of its own, so that the generated model is not held
			// (and its memory not counted) while Baton is measured
			writeInputs(size, root);
			Path arch = root.resolve("arch");
			Path adrTools = root.resolve("adr-tools/docs/adr");
			Path madr = root.resolve("madr");
			List<Path> markdown = files(arch);
			List<Path> adrFiles = files(adrTools);
			int boundedRuns = size >= 10_000 ? Math.min(runs, 2) : runs;

			record("floor: read + CommonMark-parse the folder", size, boundedRuns, () -> floor(markdown));
			record("floor: read + CommonMark-parse the ADRs", size, boundedRuns, () -> floor(adrFiles));
			record("import (adr-tools folder)", size, boundedRuns,
					() -> AdrImport.run(root.resolve("adr-tools"), CONTEXT));
			record("load", size, boundedRuns, () -> ArchitectureFolder.load(arch, LoadOptions.defaults()));
			record("load for reading", size, boundedRuns, () -> forReading(arch));
			// the whole job first, while nothing else is held in memory
			// as `baton export -f html` does it: the pack validated (its readiness report), diagrams laid out
			// the target's step: every run asked for, at every size (about 10 s a run at 10,000)
			record(FULL, size, runs, () -> {
				ReadableFolder folder = forReading(arch);
				new HtmlExporter().export(folder.architecture(), root.resolve("out/html2"), run(arch), failOnError());
			});
			if (size <= pdfMax) {
				// the whole handover pack, both documents, as `baton export -f html,pdf` writes them; also while
				// nothing else is held in memory
				record(FULL_PACK, size, size >= 10_000 ? 1 : boundedRuns, () -> {
					ReadableFolder folder = forReading(arch);
					RunContext context = run(arch);
					new HtmlExporter().export(folder.architecture(), root.resolve("out/full"), context, failOnError());
					new PdfExporter().export(folder.architecture(), root.resolve("out/full/pack.pdf"), context,
							failOnError());
				});
			}
			ArchitectureFolder loaded = ArchitectureFolder.load(arch, LoadOptions.defaults());
			record("validate", size, boundedRuns,
					() -> Readiness.assess(
							LoadedArchitecture.of(loaded.architecture(), loaded.root(), loaded::locationOf),
							Readiness.builtInRules(), CONTEXT));
			record("pack", size, boundedRuns, () -> Pack.build(loaded.architecture(), CONTEXT, new BasicDiagnostic()));
			Pack pack = Pack.build(loaded.architecture(), CONTEXT, new BasicDiagnostic());
			Path out = root.resolve("out");
			record("export HTML", size, boundedRuns,
					() -> HtmlSite.write(pack, out.resolve("html"), null, new BasicDiagnostic(), new BasicMonitor()));
			record("export Markdown", size, boundedRuns,
					() -> MarkdownTree.write(pack, out.resolve("md"), new BasicDiagnostic(), new BasicMonitor()));
			record("export JSON", size, boundedRuns, () -> Files.writeString(out.resolve("pack.json"),
					JsonPack.write(loaded.architecture(), CONTEXT, new BasicDiagnostic())));
			if (size <= pdfMax) {
				record("export PDF", size, size >= 10_000 ? 1 : boundedRuns, () -> PdfPack.write(pack,
						out.resolve("pack.pdf"), PdfExporter.pictures(loaded.architecture()),
						PackLinks.elementPages(loaded.architecture())::get, PdfPack.Options.defaults(),
						new BasicDiagnostic(), new BasicMonitor()));
			}
			if (distribution != null && size == 100) {
				coldStart(arch);
			}
			int peerRuns = size >= 10_000 ? 1 : boundedRuns;
			structurizr("Structurizr !adrs adrtools", size, peerRuns, adrTools, "adrtools");
			structurizr("Structurizr !adrs madr", size, peerRuns, madr, "madr");
			log4brains(size, root.resolve("log4brains"));
		} finally {
			LoadBenchmark.delete(root);
		}
	}

	private Path writeDialect(List<Decision> decisions, String dialect, Path folder) throws IOException {
		Files.createDirectories(folder);
		DecisionFormat format = Dialects.format(dialect);
		DecisionFormat.Links links = Synthetic.fileLinks();
		int number = 0;
		for (Decision decision : decisions) {
			decision.setNumber(++number);
			decision.setId(String.format(Locale.ROOT, "%04d-%s", number,
					RecordNames.slug(decision.getTitle())));
		}
		for (Decision decision : decisions) {
			Files.writeString(folder.resolve(decision.getId() + ".md"), format.write(decision, null, links),
					StandardCharsets.UTF_8);
		}
		return folder;
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
		}
	}

	private static void floor(List<Path> files) throws IOException {
		Parser markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
		for (Path file : files) {
			markdown.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
		}
	}

	/** Steps to run (parts of their names, from -Dbench.only=a,b); all when empty. */
	private static final List<String> ONLY = Arrays.stream(System.getProperty("bench.only", "").split(","))
			.map(String::strip).filter(s -> !s.isEmpty()).toList();

	private static boolean wanted(String step) {
		return ONLY.isEmpty() || ONLY.stream().anyMatch(step::contains);
	}

	private Stat record(String step, int size, int n, Work work) throws Exception {
		if (!wanted(step)) {
			return null;
		}
		// a step that runs once at 10,000 (the PDF) takes many minutes: measured cold, no warm-up run
		Stat stat = measure(n, work, n > 1 || size < 10_000);
		results.computeIfAbsent(step, k -> new LinkedHashMap<>()).put(size, stat);
		System.out.printf(Locale.ROOT, "  %-45s %s%n", step, stat);
		return stat;
	}

	private static Stat measure(int n, Work work) throws Exception {
		return measure(n, work, true);
	}

	private static Stat measure(int n, Work work, boolean warmUp) throws Exception {
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		if (warmUp) {
			work.run();
		}
		List<Double> seconds = new ArrayList<>();
		long peak = 0;
		for (int i = 0; i < n; i++) {
			System.gc();
			pools.forEach(MemoryPoolMXBean::resetPeakUsage);
			long start = System.nanoTime();
			work.run();
			seconds.add((System.nanoTime() - start) / 1e9);
			peak = Math.max(peak, pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
		}
		seconds.sort(Double::compare);
		return new Stat(seconds.get(seconds.size() / 2), seconds.get(0), seconds.get(seconds.size() - 1), peak >> 20);
	}

	/** Structurizr's DSL parser importing the same ADRs with one of its importers, in this JVM, within the limit. */
	private void structurizr(String step, int size, int n, Path adrs, String importer) throws Exception {
		if (!wanted(step)) {
			return;
		}
		Path workspace = adrs.getParent().resolve("workspace-" + importer + ".dsl");
		// Structurizr resolves the path against the workspace file's folder
		Files.writeString(workspace, "workspace {\n  model {\n    s = softwareSystem \"Benchmark\"\n  }\n  !adrs \""
				+ adrs.getFileName() + "\" " + importer + "\n}\n");
		ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "structurizr");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Future<Stat> result = executor.submit(() -> measure(n, () -> {
				StructurizrDslParser parser = new StructurizrDslParser();
				parser.parse(workspace.toFile());
				int found = parser.getWorkspace().getDocumentation().getDecisions().size();
				if (found != files(adrs).size()) {
					throw new IllegalStateException(step + " found " + found + " decisions");
				}
			}));
			Stat stat = result.get(PEER_LIMIT_SECONDS * (n + 1), TimeUnit.SECONDS);
			results.computeIfAbsent(step, k -> new LinkedHashMap<>()).put(size, stat);
			System.out.printf(Locale.ROOT, "  %-45s %s%n", step, stat);
		} catch (TimeoutException e) {
			System.out.printf(Locale.ROOT, "  %-45s did not finish within %d s%n", step, PEER_LIMIT_SECONDS);
		} catch (ExecutionException e) {
			System.out.printf(Locale.ROOT, "  %-45s failed: %s%n", step, e.getCause());
		} finally {
			executor.shutdownNow();
		}
	}

	/**
	 * The inputs of one size: the architecture folder ({@code arch}), its decisions in adr-tools' dialect
	 * ({@code adr-tools}), in MADR 2's ({@code madr}) and as a log4brains project ({@code log4brains}).
	 */
	private void writeInputs(int size, Path root) throws IOException {
		Architecture model = Synthetic.architecture(size, 20261128L);
		ArchitectureFolder.create(root.resolve("arch"), model);
		List<Decision> decisions = model.getDecisionSets().get(0).getDecisions();
		writeDialect(decisions, "adr-tools", root.resolve("adr-tools/docs/adr"));
		Files.writeString(root.resolve("adr-tools/.adr-dir"), "docs/adr\n");
		Synthetic.writeLog4brainsProject(decisions, root.resolve("log4brains"));
		writeDialect(Synthetic.architecture(size, 20261128L).getDecisionSets().get(0).getDecisions(), "madr2",
				root.resolve("madr"));
	}

	/** log4brains build on the decisions written in its own dialect, once per size (a cold Node process each time). */
	private void log4brains(int size, Path project) throws Exception {
		String step = "log4brains build";
		if (!wanted(step)) {
			return;
		}
		if (size > Integer.getInteger("bench.log4brains.max", Integer.MAX_VALUE)) {
			System.out.printf(Locale.ROOT, "  %-45s not run above %s decisions (-Dbench.log4brains.max)%n", step,
					Integer.getInteger("bench.log4brains.max"));
			return;
		}
		if (log4brains == null || !Files.isExecutable(log4brains)) {
			System.out.printf(Locale.ROOT, "  %-45s not run (no log4brains: releng/bench/suite.sh installs it)%n",
					step);
			return;
		}
		try {
			ProcessBuilder build = new ProcessBuilder(log4brains.toString(), "build", "--out",
					project.resolve("site").toString()).directory(project.toFile()).redirectErrorStream(true)
					.redirectOutput(project.resolve("l4b.log").toFile());
			build.environment().put("NEXT_TELEMETRY_DISABLED", "1");
			long start = System.nanoTime();
			Process process = build.start();
			boolean finished = process.waitFor(PEER_LIMIT_SECONDS, TimeUnit.SECONDS);
			double seconds = (System.nanoTime() - start) / 1e9;
			if (!finished) {
				process.destroyForcibly();
				System.out.printf(Locale.ROOT, "  %-45s did not finish within %d s%n", step, PEER_LIMIT_SECONDS);
			} else if (process.exitValue() != 0) {
				System.out.printf(Locale.ROOT, "  %-45s failed (exit %d), see its log%n", step, process.exitValue());
			} else {
				Stat stat = new Stat(seconds, seconds, seconds, -1);
				results.computeIfAbsent(step, k -> new LinkedHashMap<>()).put(size, stat);
				System.out.printf(Locale.ROOT, "  %-45s %.2f s (one cold run; Node's memory not measured)%n", step,
						seconds);
			}
		} finally {
			LoadBenchmark.delete(project);
		}
	}

	private void coldStart(Path arch) throws Exception {
		Path baton = distribution.resolve("bin/baton");
		if (!Files.isExecutable(baton)) {
			System.out.printf(Locale.ROOT, "  %-45s not run (no %s: build first)%n", "CLI cold start", baton);
			return;
		}
		record("CLI cold start (baton list, 100 decisions)", 100, Math.max(5, runs), () -> {
			Process process = new ProcessBuilder(baton.toString(), "list", "-C", arch.toString())
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
					.start();
			if (process.waitFor() > 1) {
				throw new IllegalStateException("baton list failed: " + process.exitValue());
			}
		});
	}

	private double median(String step, int size) {
		Stat stat = results.getOrDefault(step, Map.of()).get(size);
		return stat == null ? Double.NaN : stat.median();
	}

	private void report(int[] sizes) {
		System.out.println(
				"\n| step | " + String.join(" | ", Arrays.stream(sizes).mapToObj(s -> String.format(Locale.ROOT,
						"%,d decisions", s)).toList()) + " |");
		System.out.println("|---|" + "---:|".repeat(sizes.length));
		for (Map.Entry<String, Map<Integer, Stat>> step : results.entrySet()) {
			StringBuilder line = new StringBuilder("| " + step.getKey() + " |");
			for (int size : sizes) {
				Stat stat = step.getValue().get(size);
				line.append(' ').append(stat == null ? "-"
						: stat.peakMb() < 0
								? String.format(Locale.ROOT, "%.2f s", stat.median())
								: stat.toString())
						.append(" |");
			}
			System.out.println(line);
		}
		System.out.println("\nRatios (median against median):\n");
		System.out
				.println("| ratio | " + String.join(" | ", Arrays.stream(sizes).mapToObj(s -> String.format(Locale.ROOT,
						"%,d", s)).toList()) + " |");
		System.out.println("|---|" + "---:|".repeat(sizes.length));
		ratio(sizes, "log4brains build / Baton " + FULL, "log4brains build",
				FULL);
		ratio(sizes, "Structurizr adrtools import / Baton import", "Structurizr !adrs adrtools",
				"import (adr-tools folder)");
		ratio(sizes, "Structurizr madr import / Baton import", "Structurizr !adrs madr", "import (adr-tools folder)");
		ratio(sizes, "Baton import / floor (read + parse the ADRs)", "import (adr-tools folder)",
				"floor: read + CommonMark-parse the ADRs");
		ratio(sizes, "Baton load / floor (read + parse the folder)", "load",
				"floor: read + CommonMark-parse the folder");
		System.out.println("\nGrowth from one size to the next, ten times larger (10 = linear):\n");
		for (String step : List.of("load", "validate", "pack", "export HTML", FULL)) {
			StringBuilder line = new StringBuilder("- " + step + ":");
			for (int i = 1; i < sizes.length; i++) {
				line.append(String.format(Locale.ROOT, " %,d->%,d x%.1f;", sizes[i - 1], sizes[i],
						median(step, sizes[i]) / median(step, sizes[i - 1])));
			}
			System.out.println(line);
		}
		System.out.println("\nTargets:\n");
		int largest = sizes[sizes.length - 1];
		double full = median(FULL, largest);
		Stat fullStat = results.getOrDefault(FULL, Map.of()).get(largest);
		if (Double.isNaN(full)) {
			System.out.printf(Locale.ROOT, "- %,d decisions loaded, validated and exported as HTML: not measured%n",
					largest);
		} else {
			System.out.printf(Locale.ROOT,
					"- %,d decisions loaded, validated and exported as HTML in %.2f s (peak %d MB of a "
							+ "%d MB heap): target 10 s %s%n",
					largest, full, fullStat == null ? -1 : fullStat.peakMb(),
					Runtime.getRuntime().maxMemory() >> 20, full <= 10 ? "met"
							: String.format(Locale.ROOT, "missed by %.2f s (%.1fx)", full - 10, full / 10));
		}
		double l4b = median("log4brains build", 1000) / median(FULL, 1000);
		System.out.printf(Locale.ROOT, "- log4brains / Baton at 1,000: %s (target at least 20)%n",
				Double.isNaN(l4b) ? "not measured"
						: String.format(Locale.ROOT, "%.0fx, %s", l4b, l4b >= 20 ? "met" : "missed"));
		double floor = median("import (adr-tools folder)", largest)
				/ median("floor: read + CommonMark-parse the ADRs", largest);
		System.out.printf(Locale.ROOT, "- import at %,d: %s%n", largest, Double.isNaN(floor) ? "not measured"
				: String.format(Locale.ROOT, "%.1fx the floor (target at most 5x): %s", floor,
						floor <= 5 ? "met" : "missed"));
	}

	private void ratio(int[] sizes, String label, String numerator, String denominator) {
		StringBuilder line = new StringBuilder("| " + label + " |");
		for (int size : sizes) {
			double ratio = median(numerator, size) / median(denominator, size);
			line.append(Double.isNaN(ratio) ? " - |" : String.format(Locale.ROOT, " %.1fx |", ratio));
		}
		System.out.println(line);
	}

	/** Time against size, both logarithmic, a line per series. */
	private void plot(int[] sizes, Path png) throws IOException {
		int width = 960;
		int height = 560;
		int left = 80;
		int right = 340;
		int top = 40;
		int bottom = 60;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		String[] series = { FULL, FULL_PACK, "export PDF", "import (adr-tools folder)",
				"floor: read + CommonMark-parse the ADRs", "log4brains build", "Structurizr !adrs adrtools",
				"Structurizr !adrs madr" };
		Color[] colours = { new Color(0x0b4f8a), new Color(0x1098ad), new Color(0x6a3d9a), new Color(0x2f9e44),
				new Color(0x8c8c8c),
				new Color(0xd9480f), new Color(0xe8590c).darker(), new Color(0xf08c00) };
		double minT = Double.MAX_VALUE;
		double maxT = 0;
		for (String s : series) {
			for (int size : sizes) {
				double t = median(s, size);
				if (!Double.isNaN(t) && t > 0) {
					minT = Math.min(minT, t);
					maxT = Math.max(maxT, t);
				}
			}
		}
		double lo = Math.floor(Math.log10(minT));
		double hi = Math.ceil(Math.log10(maxT));
		double xLo = Math.log10(sizes[0]);
		double xHi = Math.log10(sizes[sizes.length - 1]);
		int plotW = width - left - right;
		int plotH = height - top - bottom;
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		g.setColor(new Color(0xdddddd));
		for (double e = lo; e <= hi; e++) {
			int y = top + (int) Math.round(plotH * (hi - e) / Math.max(1, hi - lo));
			g.drawLine(left, y, left + plotW, y);
			g.setColor(Color.DARK_GRAY);
			g.drawString(String.format(Locale.ROOT, e < 0 ? "%.3f s" : "%.0f s", Math.pow(10, e)), 10, y + 4);
			g.setColor(new Color(0xdddddd));
		}
		for (int size : sizes) {
			int x = left + (int) Math.round(plotW * (xHi == xLo ? 0.5 : (Math.log10(size) - xLo) / (xHi - xLo)));
			g.drawLine(x, top, x, top + plotH);
			g.setColor(Color.DARK_GRAY);
			g.drawString(String.format(Locale.ROOT, "%,d", size), x - 15, top + plotH + 20);
			g.setColor(new Color(0xdddddd));
		}
		g.setColor(Color.DARK_GRAY);
		g.drawString("decisions (log scale)", left + plotW / 2 - 60, height - 15);
		g.drawString("seconds (log scale), median", 10, 20);
		for (int i = 0; i < series.length; i++) {
			g.setColor(colours[i]);
			g.setStroke(new BasicStroke(2.5f));
			int[] previous = null;
			for (int size : sizes) {
				double t = median(series[i], size);
				if (Double.isNaN(t) || t <= 0) {
					continue;
				}
				int x = left + (int) Math.round(plotW * (xHi == xLo ? 0.5 : (Math.log10(size) - xLo) / (xHi - xLo)));
				int y = top + (int) Math.round(plotH * (hi - Math.log10(t)) / Math.max(1, hi - lo));
				g.fillOval(x - 4, y - 4, 8, 8);
				if (previous != null) {
					g.drawLine(previous[0], previous[1], x, y);
				}
				previous = new int[] { x, y };
			}
			g.fillRect(left + plotW + 20, top + 10 + i * 24, 14, 4);
			g.drawString(
					(series[i].startsWith("load") || series[i].startsWith("export") || series[i].startsWith("import")
							? "Baton "
							: "") + series[i],
					left + plotW + 40, top + 16 + i * 24);
		}
		g.dispose();
		Files.createDirectories(png.toAbsolutePath().getParent());
		ImageIO.write(image, "png", new File(png.toString()));
	}
}
