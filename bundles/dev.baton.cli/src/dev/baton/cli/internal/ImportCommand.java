package dev.baton.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;

import dev.baton.adr.Adoption;
import dev.baton.adr.AdrImport;
import dev.baton.adr.ImportSummary;
import dev.baton.adr.ImportedDecisions;
import dev.baton.adr.ImportedFiles;
import dev.baton.api.Command;
import dev.baton.api.Findings;
import dev.baton.api.annotations.CommandService;
import dev.baton.model.DecisionSet;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baton import SOURCE}: the ADRs of a repository or folder, in whatever dialect, into the architecture folder
 * (written in the target set's dialect), or adopted in place ({@code --in-place} writes only a {@code baton.yaml} that
 * names the existing folders and their dialects). Prints what was understood of each file; {@code --dry-run} writes
 * nothing.
 */
@Component(service = Command.class)
@CommandService(id = "import",
		label = "Import ADRs in any dialect (adr-tools, MADR, log4brains, AsciiDoc, ...), or adopt them in place")
public final class ImportCommand extends PicocliCommand {

	@CommandLine.Command(name = "import", description = { "Import the ADRs of a repository or folder.",
			"Finds the ADR folders like the tools do (.adr-dir, .log4brains.yml, Structurizr !adrs, folder names), "
					+ "reads each file in its dialect, and prints per file what was understood and what was skipped.",
			"Without --in-place the decisions are added to the architecture folder's decision set (default: the "
					+ "first), keeping their numbers; decisions without a number, or whose id or number is taken "
					+ "(by baton init's first decision, say), get the next free ones in date order: nothing is "
					+ "dropped.",
			"With --in-place nothing is copied: a baton.yaml is written in SOURCE naming each ADR folder and its "
					+ "dialect, and Baton then reads and writes them where they are.",
			"With --from IMPORTER another importer reads SOURCE instead, e.g. --from backstage for Backstage catalog "
					+ "files (a catalog-info.yaml, or a folder searched for them); the records it adds are written "
					+ "into the architecture folder, records already there (same id) are left alone." })
	static final class Run extends PicocliCommand.Run {

		@Parameters(paramLabel = "SOURCE", description = "A repository, or a folder of ADRs.")
		Path source;

		@Option(names = "--set", paramLabel = "NAME",
				description = "The decision set to import into (default: the first).")
		String setName;

		@Option(names = "--in-place",
				description = "Adopt the ADR folders where they are: write SOURCE/baton.yaml only.")
		boolean inPlace;

		@Option(names = { "-n", "--dry-run" }, description = "Report what would be imported; write nothing.")
		boolean dryRun;

		@Option(names = "--format", paramLabel = "FORMAT", description = "Report as text (default) or json.")
		String format = "text";

		@Option(names = "--from", paramLabel = "IMPORTER",
				description = "The importer: adr (default: ADRs in any dialect), backstage (catalog-info.yaml files), "
						+ "or any other importer's id.")
		String from = "adr";

		/** The id each imported file got in the target set (copying only), for the report. */
		private Map<String, String> placed;

		@Override
		public Integer call() throws IOException {
			if (!format.equals("text") && !format.equals("json")) {
				invocation.err().println("baton import: --format is text or json, not '" + format + "'");
				return USAGE;
			}
			Path from = invocation.workingDirectory().resolve(source).normalize();
			if (!this.from.equals("adr")) {
				return ServiceImport.run(invocation, this.from, from, this.folder, dryRun, inPlace || setName != null
						|| !format.equals("text"));
			}
			AdrImport.Report report;
			try {
				report = AdrImport.run(from, invocation.context());
			} catch (IOException e) {
				invocation.err().println("baton import: " + e.getMessage());
				return USAGE;
			}
			Findings.leaves(report.findings()).stream().filter(d -> d.getSeverity() >= Diagnostic.WARNING)
					.forEach(d -> invocation.err().println(Findings.format(d)));
			placed = null;
			List<String> actions = inPlace ? adopt(from, report) : copy(report);
			if (actions == null) {
				return USAGE;
			}
			if (format.equals("json")) {
				invocation.out().println(ImportSummary.json(report, placed));
			} else {
				invocation.out().print(ImportSummary.text(report, placed));
				actions.forEach(invocation.out()::println);
			}
			return report.findings().getSeverity() >= Diagnostic.WARNING ? FINDINGS : OK;
		}

		private List<String> adopt(Path from, AdrImport.Report report) throws IOException {
			Path batonYaml = from.resolve(FolderLayout.SETTINGS);
			String yaml =
					Adoption.batonYaml(from.getFileName() == null ? "architecture" : from.getFileName().toString(),
							report);
			if (dryRun) {
				return List.of("would write " + batonYaml + ":", yaml.stripTrailing());
			}
			if (Files.exists(batonYaml)) {
				invocation.err()
						.println("baton import: " + batonYaml + " exists already: add the decision sets to it by "
								+ "hand (run with --dry-run to see them), or import without --in-place");
				return null;
			}
			Files.writeString(batonYaml, yaml, StandardCharsets.UTF_8);
			return List.of("wrote " + batonYaml + ": the ADR folders stay where they are, in their dialects");
		}

		private List<String> copy(AdrImport.Report report) {
			ArchitectureFolder folder = Folders.loadForWriting(this);
			DecisionSet target = folder.architecture().getDecisionSets().get(0);
			if (setName != null) {
				target = folder.architecture().getDecisionSets().stream().filter(s -> s.getName().equals(setName))
						.findFirst().orElse(null);
				if (target == null) {
					invocation.err().println("baton import: no decision set '" + setName + "' in " + folder.root()
							+ "/baton.yaml");
					return null;
				}
			}
			ImportedDecisions.Added result = ImportedDecisions.add(folder, target, report, dryRun);
			placed = result.placed();
			ImportedFiles.Plan files = ImportedFiles.plan(report.root(), result);
			List<String> actions = new ArrayList<>(result.actions());
			files.actions().forEach(action -> actions.add(dryRun ? "would be " + action : action));
			int added = result.added();
			if (dryRun) {
				actions.add(
						added + " decision(s) would be added to " + target.getName() + "/ (dry run: nothing written)");
				return actions;
			}
			if (!Folders.save(this, folder)) {
				return null;
			}
			Path setFolder = folder.root().resolve(target.getPath() == null ? "decisions" : target.getPath());
			for (String problem : ImportedFiles.copy(files, setFolder)) {
				invocation.err().println(problem);
			}
			actions.add(added + " decision(s) added to " + setFolder);
			return actions;
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
