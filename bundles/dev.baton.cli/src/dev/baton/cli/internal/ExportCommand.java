package dev.baton.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.Contribution;
import dev.baton.api.Exporter;
import dev.baton.api.Findings;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.PackExport;
import dev.baton.api.PackLayout;
import dev.baton.api.RunContext;
import dev.baton.api.annotations.CommandService;
import dev.baton.store.ReadableFolder;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baton export}: the handover pack of the architecture folder, in every format asked for, through the exporter
 * services: the HTML site at the top of the output folder, the PDF in {@code pack.pdf}, the Markdown tree in
 * {@code markdown/}, the JSON in {@code pack.json}.
 */
@Component(service = Command.class)
@CommandService(id = "export",
		label = "Export the handover pack (HTML site, PDF, Markdown, JSON; Backstage, Structurizr)")
public final class ExportCommand extends PicocliCommand {

	@CommandLine.Command(name = "export", description = { "Export the handover pack.",
			"Writes the HTML site (open index.html; works offline from the folder or a zip), the PDF (pack.pdf), "
					+ "the Markdown tree (markdown/README.md) and the JSON (pack.json) into the output folder. "
					+ "Anything date-dependent "
					+ "(renewals, staleness) is judged against --as-of. Text that looks like a secret is redacted and "
					+ "reported.",
			"Other formats go into a folder of their name: -f backstage writes Backstage catalog files into "
					+ "backstage/, -f structurizr a Structurizr DSL workspace into structurizr/workspace.dsl.",
			"--include adds other architecture folders (other repositories) to the pack: their ids are qualified "
					+ "by folder name (payments:0003-use-kafka) and records refer across folders the same way." })
	static final class Run extends PicocliCommand.Run {

		@Option(names = { "-o", "--output" }, paramLabel = "DIR",
				description = "The output folder (default: handover-pack).")
		Path output = Path.of("handover-pack");

		@Option(names = { "-f", "--format" }, split = ",", paramLabel = "FORMAT",
				description = "Formats, comma-separated: html, pdf, markdown, json, backstage, structurizr, or any "
						+ "other "
						+ "exporter's id (default: html,pdf,markdown,json).")
		List<String> formats = new ArrayList<>(List.of("html", "pdf", "markdown", "json"));

		@Option(names = "--option", paramLabel = "NAME=VALUE",
				description = "An exporter option, repeatable: pdf.fonts=DIR (the fonts the PDF embeds), "
						+ "pdf.part-size=N "
						+ "(the PDF lays out at once at most the weight of N average record pages). The folder's "
						+ "settings in baton.yaml apply too.")
		Map<String, String> exporterOptions = new LinkedHashMap<>();

		@Mixin
		Includes includes = new Includes();

		@Override
		public Integer call() {
			List<Contribution<Exporter>> exporters = new ArrayList<>();
			for (String format : formats) {
				Optional<Contribution<Exporter>> exporter = invocation.registry().find(Exporter.class, format);
				if (exporter.isEmpty()) {
					invocation.err()
							.println("baton export: no exporter '" + format + "'; there are: " + String.join(", ",
									invocation.registry().all(Exporter.class).stream().map(Contribution::id).toList()));
					return USAGE;
				}
				exporters.add(exporter.get());
			}
			Includes.Combined combined = includes.load(invocation, this.folder, false, null);
			ReadableFolder folder = combined.folder();
			Diagnostic loaded = combined.findings();
			Path out = invocation.workingDirectory().resolve(output).normalize();
			BasicDiagnostic findings = new BasicDiagnostic();
			// the readiness report in the pack reads the folder's settings (proposed-max-days, ...) like baton validate
			Map<String, String> options = new LinkedHashMap<>(folder.settings());
			options.putAll(invocation.context().options());
			options.putAll(exporterOptions);
			// one run: the HTML, PDF and Markdown exporters share one pack and one layout of the diagrams
			RunContext context =
					new RunContext(invocation.context().asOf(), TerminalProgress.forTerminal(invocation.err()),
							options).sharing();
			// one format failing does not stop the others; each is reported on its own
			// the exporters take the folder and the records' locations from what was loaded
			LoadedArchitecture read = LoadedArchitecture.of(folder.architecture(), folder.root(), combined::locationOf);
			List<PackExport.Outcome> outcomes = PackExport.run(exporters, read, out, context, findings);
			// each format reports what it finds in the records: say each line once
			Findings.leaves(findings).stream().map(Findings::format).distinct().forEach(invocation.err()::println);
			List<PackExport.Outcome> written = outcomes.stream().filter(PackExport.Outcome::written).toList();
			if (!written.isEmpty()) {
				invocation.out().println("Handover pack of " + folder.architecture().getName() + " (as of "
						+ context.asOf() + ") written to " + out);
				written.forEach(o -> invocation.out()
						.println("  " + o.id() + ": " + PackLayout.entryOf(o.id(), o.target())));
			}
			if (findings.getSeverity() >= Diagnostic.ERROR) {
				outcomes.stream().filter(o -> !o.written()).forEach(o -> invocation.err().println(
						"baton export: the " + o.id() + " format failed (see the errors above)"));
				return USAGE;
			}
			return Folders.exitCode(loaded) == FINDINGS || findings.getSeverity() >= Diagnostic.WARNING
					? FINDINGS
					: OK;
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
