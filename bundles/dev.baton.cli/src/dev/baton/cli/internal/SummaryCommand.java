package dev.baton.cli.internal;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.ServiceProperties;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderSummary;

/** {@code baton summary}: what the folder holds, kind by kind, and what loading found wrong. */
@Component(service = Command.class, property = { ServiceProperties.ID + "=summary",
		ServiceProperties.LABEL + "=What the architecture folder holds and what is wrong with it" })
public final class SummaryCommand extends PicocliCommand {

	@picocli.CommandLine.Command(name = "summary",
			description = "Show what the architecture folder holds and what is wrong with it. Exit code 1 when something is.")
	static final class Run extends PicocliCommand.Run {
		@Override
		public Integer call() {
			ArchitectureFolder folder = Folders.load(invocation, this.folder, true);
			invocation.out().print(FolderSummary.of(folder));
			invocation.out().println();
			invocation.out().println("Folder: " + folder.root());
			return Folders.exitCode(folder.findings());
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
