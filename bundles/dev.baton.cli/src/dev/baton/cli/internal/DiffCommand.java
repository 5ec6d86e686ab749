package dev.baton.cli.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import dev.baton.adr.Dialects;
import dev.baton.api.Command;
import dev.baton.api.Findings;
import dev.baton.api.annotations.CommandService;
import dev.baton.history.ArchitectureDiff;
import dev.baton.history.DiffReport;
import dev.baton.history.GitFolder;
import dev.baton.history.NoHistoryException;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baton diff REV [REV]}: what changed in the architecture between two revisions, or since one. */
@Component(service = Command.class)
@CommandService(id = "diff", label = "Show what changed in the architecture between two revisions")
public final class DiffCommand extends PicocliCommand {

	@CommandLine.Command(name = "diff", description = { "Show what changed in the architecture between two "
			+ "revisions, or between a revision and the working tree.",
			"Records added, removed and renamed, and for "
					+ "each changed record the fields that differ (status, title, links, affected elements, owners, "
					+ "each "
					+ "prose section). Markdown is fit for a pull-request comment: baton diff origin/main HEAD "
					+ "--format markdown." })
	static final class Run extends PicocliCommand.Run {

		@Parameters(index = "0", paramLabel = "REV",
				description = "The older revision (a commit, branch or tag; HEAD~1, main).")
		String from;

		@Parameters(index = "1", paramLabel = "REV", arity = "0..1",
				description = "The newer revision (default: the working tree, committed or not).")
		String to;

		@Option(names = "--format", paramLabel = "FORMAT", description = "text (default), markdown or json.")
		String format = "text";

		@Override
		public Integer call() {
			if (!format.equals("text") && !format.equals("markdown") && !format.equals("json")) {
				invocation.err().println("baton diff: unknown format '" + format + "': use text, markdown or json");
				return USAGE;
			}
			Path root = Folders.locate(invocation, this.folder);
			try (GitFolder git = GitFolder.open(root)) {
				ArchitectureDiff diff = ArchitectureDiff.between(git, from, to, Dialects.formats(),
						TerminalProgress.forTerminal(invocation.err()));
				Findings.leaves(diff.findings()).forEach(d -> invocation.err().println(Findings.format(d)));
				invocation.out().print(switch (format) {
				case "json" -> DiffReport.json(diff);
				case "markdown" -> DiffReport.markdown(diff);
				default -> DiffReport.text(diff);
				});
				return OK;
			} catch (NoHistoryException e) {
				invocation.err().println("baton diff: " + e.getMessage());
				return USAGE;
			}
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
