package dev.baton.cli.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import dev.baton.adr.Dialects;
import dev.baton.api.Command;
import dev.baton.api.Findings;
import dev.baton.api.annotations.CommandService;
import dev.baton.history.GitFolder;
import dev.baton.history.History;
import dev.baton.history.HistoryReport;
import dev.baton.history.NoHistoryException;
import dev.baton.history.RecordHistory;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baton history [RECORD]}: a record's revisions and status transitions from git, or the timeline of decisions.
 */
@Component(service = Command.class)
@CommandService(id = "history", label = "Show a record's history from git, or the timeline of decisions")
public final class HistoryCommand extends PicocliCommand {

	@CommandLine.Command(name = "history", description = { "Show a record's history from git, or the timeline "
			+ "of the decisions.",
			"With a record: every commit that touched its file (author, date, message, the fields "
					+ "that changed) and its status transitions, following renames of the file and of the whole "
					+ "folder. "
					+ "Without: every decision event (created, status changed, renamed, edited, removed), oldest "
					+ "first." })
	static final class Run extends PicocliCommand.Run {

		@Parameters(paramLabel = "RECORD", arity = "0..1",
				description = "The record's id (now or earlier), a decision's number (7, ADR-7), or its file.")
		String record;

		@Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
		String format = "text";

		@Override
		public Integer call() {
			if (!format.equals("text") && !format.equals("json")) {
				invocation.err().println("baton history: unknown format '" + format + "': use text or json");
				return USAGE;
			}
			Path root = Folders.locate(invocation, this.folder);
			try (GitFolder git = GitFolder.open(root)) {
				History history = History.read(git, Dialects.formats(), TerminalProgress.forTerminal(invocation.err()));
				Findings.leaves(history.findings()).forEach(d -> invocation.err().println(Findings.format(d)));
				if (record == null) {
					invocation.out()
							.print(format.equals("json") ? HistoryReport.json(history) : HistoryReport.text(history));
				} else {
					Optional<RecordHistory> found = history.find(record);
					if (found.isEmpty()) {
						invocation.err().println("baton history: no record '" + record + "' in the history of " + root
								+ "; 'baton history' lists the decisions' events, 'baton list --all' the ids");
						return USAGE;
					}
					invocation.out().print(format.equals("json") ? HistoryReport.json(found.get())
							: HistoryReport.text(found.get()));
				}
				if (git.shallow()) {
					invocation.err().println("baton history: warning: " + git.shallowWarning());
					return FINDINGS;
				}
				return OK;
			} catch (NoHistoryException e) {
				invocation.err().println("baton history: " + e.getMessage());
				return USAGE;
			}
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
