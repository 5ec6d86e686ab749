package dev.baton.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;

import dev.baton.api.RunContext;
import dev.baton.export.html.HtmlSite;
import dev.baton.export.json.JsonPack;
import dev.baton.export.markdown.MarkdownTree;
import dev.baton.model.Architecture;
import dev.baton.pack.Pack;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;
import dev.baton.testing.HostileProse;

/**
 * One very large record through the pack: a folder with one decision whose prose is N MB (the loader accepts up to 10
 * MB), loaded, built into the pack and written as HTML, Markdown and JSON. Every step must stay linear in the record's
 * size: a 2 MB record once took two minutes to write as Markdown. Each figure is the median of {@value #RUNS} runs
 * after one warm-up run.
 *
 * <p>
 * Arguments: comma-separated sizes in MB (default {@code 1,10}); then comma-separated shapes of the prose (default
 * {@code prose}: ordinary Markdown; else the hostile shapes of {@link HostileProse}, or {@code all} for every one of
 * them).
 */
public final class LargeRecordBenchmark {

	private static final int RUNS = 3;
	private static final RunContext CONTEXT = RunContext.asOf(LocalDate.of(2026, 11, 28));

	private LargeRecordBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		double[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1,10").split(",")).map(String::strip)
				.mapToDouble(Double::parseDouble).toArray();
		System.out.printf(Locale.ROOT, "Baton large-record benchmark: Java %s, %d cores, max heap %d MB%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		System.out.println();
		String shapesArgument = args.length > 1 ? args[1] : "prose";
		List<String> shapes = shapesArgument.equals("all") ? HostileProse.SHAPES
				: Arrays.stream(shapesArgument.split(",")).map(String::strip).toList();
		System.out.println("| record | shape | load | pack | HTML | Markdown | JSON | total per MB |");
		System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
		for (String shape : shapes) {
			for (double size : sizes) {
				run(size, shape);
			}
		}
	}

	private static void run(double megabytes, String shape) throws IOException {
		Path root = Files.createTempDirectory("baton-large-record");
		try {
			if (shape.equals("prose")) {
				write(root, (int) (megabytes * 1_000_000));
			} else {
				HostileProse.folder(root, shape, (int) (megabytes * 1_000_000));
			}
			List<double[]> runs = new ArrayList<>();
			for (int i = 0; i <= RUNS; i++) {
				double[] times = once(root);
				if (i > 0) {
					runs.add(times);
				}
			}
			StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %.1f MB | %s |", megabytes, shape));
			double total = 0;
			for (int step = 0; step < 5; step++) {
				List<Double> values = new ArrayList<>();
				for (double[] times : runs) {
					values.add(times[step]);
				}
				Collections.sort(values);
				total += values.get(values.size() / 2);
				row.append(String.format(Locale.ROOT, " %.2f s (%.2f-%.2f) |", values.get(values.size() / 2),
						values.get(0), values.get(values.size() - 1)));
			}
			System.out.println(row.append(String.format(Locale.ROOT, " %.2f s |", total / megabytes)));
		} finally {
			LoadBenchmark.delete(root);
		}
	}

	/** The times of load, pack, HTML, Markdown and JSON, in seconds. */
	private static double[] once(Path root) throws IOException {
		double[] times = new double[5];
		BasicDiagnostic findings = new BasicDiagnostic();
		long start = System.nanoTime();
		Architecture architecture = ArchitectureFolder.load(root, LoadOptions.defaults()).architecture();
		times[0] = seconds(start);
		start = System.nanoTime();
		Pack pack = Pack.build(architecture, CONTEXT, findings);
		times[1] = seconds(start);
		Path out = root.resolve("pack");
		start = System.nanoTime();
		HtmlSite.write(pack, out, null, findings, new BasicMonitor());
		times[2] = seconds(start);
		start = System.nanoTime();
		MarkdownTree.write(pack, out.resolve("markdown"), findings, new BasicMonitor());
		times[3] = seconds(start);
		start = System.nanoTime();
		Files.writeString(out.resolve("pack.json"), JsonPack.write(architecture, CONTEXT, findings));
		times[4] = seconds(start);
		return times;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	/** A folder with one decision of about {@code bytes} of ordinary Markdown prose. */
	private static void write(Path root, int bytes) throws IOException {
		Files.writeString(root.resolve("baton.yaml"), "name: Large record\n");
		Files.createDirectories(root.resolve("decisions"));
		StringBuilder prose = new StringBuilder(bytes + 1024);
		String[] paragraph = {
				"The billing service keeps *invoices*, prices and payments; the ledger is `append-only` and "
						+ "[the runbook](https://example.com/runbooks/billing) says how to replay it.\n",
				"- a list item with **strong** text and a link to <https://example.com/status>\n",
				"Supersedes the earlier arrangement, where the nightly job wrote the totals twice.\n" };
		for (int i = 0; prose.length() < bytes; i++) {
			prose.append(paragraph[i % paragraph.length]);
			if (i % 7 == 6) {
				prose.append('\n');
			}
		}
		Files.writeString(root.resolve("decisions/0001-large.md"), "---\nstatus: accepted\ndate: 2026-01-02\n---\n"
				+ "# A very large record\n\n## Context and Problem Statement\n\n" + prose + "\n");
	}
}
