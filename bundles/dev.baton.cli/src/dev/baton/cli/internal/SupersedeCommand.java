package dev.baton.cli.internal;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.annotations.CommandService;
import dev.baton.store.ArchitectureFolder;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/** {@code baton supersede OLD NEW}: NEW supersedes OLD; both files say so. */
@Component(service = Command.class)
@CommandService(id = "supersede", label = "Mark a decision superseded by another; both files are updated")
public final class SupersedeCommand extends PicocliCommand {

	@CommandLine.Command(name = "supersede", description = { "Mark OLD as superseded by NEW.",
			"NEW gets 'supersedes: [OLD]'; OLD gets status superseded and 'superseded-by: [NEW]'." })
	static final class Run extends PicocliCommand.Run {

		@Parameters(index = "0", paramLabel = "OLD", description = "The decision that no longer holds (id or number).")
		String old;

		@Parameters(index = "1", paramLabel = "NEW", description = "The decision that replaces it (id or number).")
		String replacement;

		@Override
		public Integer call() {
			ArchitectureFolder folder = Folders.loadForWriting(this);
			return Decisions.linkAndSave(invocation, "supersede", folder, replacement, "supersedes", old);
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
