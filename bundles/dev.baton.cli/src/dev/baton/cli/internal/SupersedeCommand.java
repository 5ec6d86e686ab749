package dev.baton.cli.internal;

import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.Findings;
import dev.baton.api.ServiceProperties;
import dev.baton.model.Decision;
import dev.baton.model.LinkType;
import dev.baton.store.ArchitectureFolder;
import picocli.CommandLine.Parameters;

/** {@code baton supersede OLD NEW}: NEW supersedes OLD; both files say so. */
@Component(service = Command.class, property = { ServiceProperties.ID + "=supersede",
		ServiceProperties.LABEL + "=Mark a decision superseded by another; both files are updated" })
public final class SupersedeCommand extends PicocliCommand {

	@picocli.CommandLine.Command(name = "supersede", description = { "Mark OLD as superseded by NEW.",
			"NEW gets 'supersedes: [OLD]'; OLD gets status superseded and 'superseded-by: [NEW]'." })
	static final class Run extends PicocliCommand.Run {
		@Parameters(index = "0", paramLabel = "OLD", description = "The decision that no longer holds (id or number).")
		String old;

		@Parameters(index = "1", paramLabel = "NEW", description = "The decision that replaces it (id or number).")
		String replacement;

		@Override
		public Integer call() {
			ArchitectureFolder folder = Folders.load(invocation, this.folder, true);
			Decision superseded;
			Decision superseding;
			try {
				superseded = Decisions.find(folder, old);
				superseding = Decisions.find(folder, replacement);
			} catch (Decisions.NotFound e) {
				invocation.err().println("baton supersede: " + e.getMessage());
				return USAGE;
			}
			if (superseded == superseding) {
				invocation.err().println("baton supersede: a decision cannot supersede itself");
				return USAGE;
			}
			Decisions.link(superseding, LinkType.SUPERSEDES, null, superseded);
			Diagnostic saved = folder.save();
			if (saved.getSeverity() >= Diagnostic.ERROR) {
				Findings.leaves(saved).forEach(d -> invocation.err().println(Findings.format(d)));
				return USAGE;
			}
			invocation.out().println(superseding.getId() + " supersedes " + superseded.getId());
			return OK;
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
