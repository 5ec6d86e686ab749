package dev.baton.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.ServiceProperties;
import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;
import dev.baton.model.Option;
import dev.baton.model.Record;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.DecisionStatuses;
import picocli.CommandLine.Parameters;

/**
 * {@code baton new TITLE}: the next decision, from MADR's template, like {@code adr new};
 * {@code -s N} supersedes decision N and updates both records.
 */
@Component(service = Command.class, property = { ServiceProperties.ID + "=new",
		ServiceProperties.LABEL + "=Create the next decision (MADR template); -s N supersedes decision N" })
public final class NewCommand extends PicocliCommand {

	@picocli.CommandLine.Command(name = "new", description = "Create the next decision from the MADR template and print its file.")
	static final class Run extends PicocliCommand.Run {
		@picocli.CommandLine.Option(names = { "-s", "--supersedes" }, paramLabel = "ID",
				description = "A decision (id or number) the new one supersedes; repeatable.")
		List<String> supersedes = new ArrayList<>();

		@picocli.CommandLine.Option(names = "--status", paramLabel = "STATUS", description = "Status of the new decision (default: proposed).")
		String status = "proposed";

		@Parameters(paramLabel = "TITLE", arity = "1..*", description = "The decision's title.")
		List<String> title;

		@Override
		public Integer call() {
			ArchitectureFolder folder = Folders.load(invocation, this.folder, true);
			DecisionSet set = folder.architecture().getDecisionSets().get(0);
			List<Decision> superseded = new ArrayList<>();
			for (String id : supersedes) {
				Optional<Record> target = ShowCommand.Run.find(folder, id);
				if (target.isEmpty() || !(target.get() instanceof Decision decision)) {
					invocation.err().println("baton new: no decision '" + id + "' to supersede; 'baton list' shows them");
					return USAGE;
				}
				superseded.add(decision);
			}
			Decision decision = BatonFactory.eINSTANCE.createDecision();
			decision.setTitle(String.join(" ", title).strip());
			decision.setStatusText(status);
			decision.setStatus(DecisionStatuses.of(status));
			decision.setDate(invocation.context().asOf());
			decision.setContext("{Describe the context and problem statement, e.g., in free form using two to three "
					+ "sentences or in the form of an illustrative story.}");
			for (String option : List.of("{title of option 1}", "{title of option 2}")) {
				Option considered = BatonFactory.eINSTANCE.createOption();
				considered.setTitle(option);
				decision.getOptions().add(considered);
			}
			decision.setOutcome("Chosen option: \"{title of option 1}\", because {justification}.");
			decision.setConsequences("* Good, because {positive consequence}\n* Bad, because {negative consequence}");
			for (Decision old : superseded) {
				DecisionLink link = BatonFactory.eINSTANCE.createDecisionLink();
				link.setType(LinkType.SUPERSEDES);
				link.setTarget(old);
				decision.getLinks().add(link);
			}
			set.getDecisions().add(decision);
			for (Decision old : superseded) {
				old.setStatus(DecisionStatus.SUPERSEDED);
				old.setStatusText(DecisionStatus.SUPERSEDED.getLiteral());
				old.getStatedSupersededBy().add(decision);
			}
			if (!Folders.save(invocation, folder)) {
				return USAGE;
			}
			invocation.out().println(folder.fileOf(decision).orElseThrow());
			return OK;
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
