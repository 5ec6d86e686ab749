package dev.baton.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.ecore.EObject;

import dev.baton.adr.Dialects;
import dev.baton.api.RunContext;
import dev.baton.export.html.HtmlSite;
import dev.baton.export.json.JsonPack;
import dev.baton.export.markdown.MarkdownTree;
import dev.baton.export.pdf.PdfPack;
import dev.baton.export.pdf.internal.PdfExporter;
import dev.baton.model.Architecture;
import dev.baton.pack.Pack;
import dev.baton.pack.PackLinks;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;

/**
 * The handover pack of synthetic architectures: load the folder, build the pack, write the HTML site, the Markdown tree
 * and the JSON, each timed, with the peak heap of the whole run. Then, at one size, the same decisions written in
 * log4brains' dialect, built into a static site by {@code log4brains build} and by Baton (which reads the folder in
 * place), side by side.
 *
 * <p>
 * Arguments: comma-separated numbers of decisions; the size for the log4brains comparison; the folder holding
 * node_modules/.bin/log4brains (optional: without it the comparison is skipped).
 */
public final class ExportBenchmark {

	private static final RunContext CONTEXT = RunContext.asOf(LocalDate.of(2026, 11, 28));
	/** Whether to write the PDF too ({@code -Dbench.pdf=false} to skip it). */
	private static final boolean PDF = !"false".equals(System.getProperty("bench.pdf"));

	private ExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,10000").split(",")).map(String::strip)
				.mapToInt(Integer::parseInt).toArray();
		int peerSize = args.length > 1 ? Integer.parseInt(args[1].strip()) : 1000;
		Path log4brains =
				args.length > 2 && !args[2].isBlank() ? Path.of(args[2], "node_modules/.bin/log4brains") : null;
		System.out.printf(Locale.ROOT, "Baton handover pack benchmark: Java %s, %d cores, max heap %d MB%n%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		System.out.println(
				"| decisions | records | load | pack | HTML site | Markdown | JSON | PDF | PDF pages | load + pack + "
						+ "HTML | "
						+ "load + pack + HTML + PDF | all | peak heap | HTML MB | PDF MB |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (int size : sizes) {
			Path folder = Files.createTempDirectory("baton-export-" + size + "-");
			try {
				ArchitectureFolder.create(folder.resolve("arch"), Synthetic.architecture(size, 20261128L));
				// one warm-up run, then the measured one (a full export takes seconds: the JIT is warm after one)
				run(folder, size, false);
				run(folder, size, true);
			} finally {
				LoadBenchmark.delete(folder);
			}
		}
		System.out.println();
		compare(peerSize, log4brains);
	}

	private static void run(Path folder, int size, boolean print) throws IOException {
		System.gc();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		Path out = folder.resolve("pack");
		long t0 = System.nanoTime();
		ArchitectureFolder loaded = ArchitectureFolder.load(folder.resolve("arch"), LoadOptions.defaults());
		long t1 = System.nanoTime();
		BasicDiagnostic findings = new BasicDiagnostic();
		Pack pack = Pack.build(loaded.architecture(), CONTEXT, findings);
		long t2 = System.nanoTime();
		HtmlSite.write(pack, out, null, findings, new BasicMonitor());
		long t3 = System.nanoTime();
		MarkdownTree.write(pack, out.resolve("markdown"), findings, new BasicMonitor());
		long t4 = System.nanoTime();
		Files.writeString(out.resolve("pack.json"), JsonPack.write(loaded.architecture(), CONTEXT, findings));
		long t5 = System.nanoTime();
		Path pdf = out.resolve("pack.pdf");
		int pages = 0;
		if (PDF) {
			PdfPack.write(pack, pdf, PdfExporter.pictures(loaded.architecture()),
					PackLinks.elementPages(loaded.architecture())::get, PdfPack.Options.defaults(), findings,
					new BasicMonitor());
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				pages = document.getNumberOfPages();
			}
		}
		long t6 = System.nanoTime();
		long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		if (print) {
			int records = pack.sources().size();
			System.out.printf(Locale.ROOT,
					"| %,d | %,d | %.2f s | %.2f s | %.2f s | %.2f s | %.2f s | %s | %,d | %.2f s | %s | %.2f s | %d "
							+ "MB | %.0f | %.1f |%n",
					size, records, s(t0, t1), s(t1, t2), s(t2, t3), s(t3, t4), s(t4, t5),
					PDF ? String.format(Locale.ROOT, "%.2f s", s(t5, t6)) : "-", pages, s(t0, t3),
					PDF ? String.format(Locale.ROOT, "%.2f s", s(t0, t3) + s(t5, t6)) : "-", s(t0, t6), peak >> 20,
					size(out, ".html") / 1e6, PDF ? Files.size(pdf) / 1e6 : 0.0);
		}
		LoadBenchmark.delete(out);
	}

	private static double s(long from, long to) {
		return (to - from) / 1e9;
	}

	private static long size(Path folder, String suffix) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.toString().endsWith(suffix) || p.toString().endsWith(".js"))
					.mapToLong(p -> p.toFile().length()).sum();
		}
	}

	/** The same decisions in log4brains' dialect: log4brains build, then Baton reading the folder in place. */
	private static void compare(int size, Path log4brains) throws Exception {
		Path project = Files.createTempDirectory("baton-log4brains-" + size + "-");
		try {
			Architecture model = Synthetic.architecture(size, 20261128L);
			Synthetic.writeLog4brainsProject(new ArrayList<>(model.getDecisionSets().get(0).getDecisions()), project);
			Files.writeString(project.resolve("baton.yaml"),
					"name: Benchmark\ndecisions:\n  path: docs/adr\n  dialect: log4brains\n");
			long t0 = System.nanoTime();
			ArchitectureFolder folder =
					ArchitectureFolder.load(project, LoadOptions.defaults().withFormats(Dialects.formats()));
			Pack pack = Pack.build(folder.architecture(), CONTEXT, new BasicDiagnostic());
			HtmlSite.write(pack, project.resolve("baton-site"), null, new BasicDiagnostic(), new BasicMonitor());
			double baton = s(t0, System.nanoTime());
			int read = folder.architecture().getDecisionSets().get(0).getDecisions().size();
			System.out.println(
					"| " + String.format(Locale.ROOT, "%,d", size) + " ADRs in log4brains' dialect | static site | "
							+ "time |");
			System.out.println("|---|---|---:|");
			System.out.printf(Locale.ROOT,
					"| Baton (reads the folder in place: %,d decisions) | handover pack, HTML | %.2f s |%n",
					read, baton);
			if (log4brains == null || !Files.isExecutable(log4brains)) {
				System.out.println("| log4brains build | not run: no log4brains at " + log4brains
						+ " (npm install log4brains there, then -Dbench.log4brains=<that folder>) | |");
				return;
			}
			ProcessBuilder build =
					new ProcessBuilder(log4brains.toString(), "build", "--out", project.resolve("l4b-site").toString())
							.directory(project.toFile()).redirectErrorStream(true)
							.redirectOutput(project.resolve("l4b.log").toFile());
			build.environment().put("NEXT_TELEMETRY_DISABLED", "1");
			long l0 = System.nanoTime();
			Process process = build.start();
			boolean finished = process.waitFor(10, TimeUnit.MINUTES);
			double peer = s(l0, System.nanoTime());
			if (!finished) {
				process.destroyForcibly();
				System.out.println("| log4brains build | did not finish within 10 minutes | > 600 s |");
			} else if (process.exitValue() != 0) {
				System.out.println("| log4brains build | failed (exit " + process.exitValue() + "): "
						+ Files.readAllLines(project.resolve("l4b.log")).stream().reduce((a, b) -> b).orElse("")
						+ " | |");
			} else {
				System.out.printf(Locale.ROOT, "| log4brains build | static site | %.2f s |%n", peer);
				System.out.printf(Locale.ROOT, "%nBaton is %.0f times faster than log4brains on the same %,d ADRs.%n",
						peer / baton, size);
			}
		} finally {
			LoadBenchmark.delete(project);
		}
	}
}
