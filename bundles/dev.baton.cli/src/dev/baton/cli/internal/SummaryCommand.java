package dev.baton.cli.internal;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.annotations.CommandService;
import dev.baton.store.FolderSummary;
import dev.baton.store.ReadableFolder;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** {@code baton summary}: what the folder holds, kind by kind, and what loading found wrong. */
@Component(service = Command.class)
@CommandService(id = "summary", label = "What the architecture folder holds and what is wrong with it")
public final class SummaryCommand extends PicocliCommand {

	@CommandLine.Command(name = "summary",
			description = "Show what the architecture folder holds (with --include: the folders combined) and what is "
					+ "wrong "
					+ "with it. Exit code 1 when something is.")
	static final class Run extends PicocliCommand.Run {

		@Mixin
		Includes includes = new Includes();

		@Override
		public Integer call() {
			Includes.Combined combined = includes.load(invocation, this.folder, true, null);
			ReadableFolder folder = combined.folder();
			invocation.out().print(FolderSummary.of(folder, combined.findings()));
			invocation.out().println();
			invocation.out().println("Folder: " + folder.root());
			combined.included().forEach(other -> invocation.out().println("Included: " + other.root()));
			return Folders.exitCode(combined.findings());
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
