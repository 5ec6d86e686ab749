package dev.baton.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.annotations.CommandService;
import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baton init [DIR]}: a new architecture folder with its first decision, like {@code adr init}. */
@Component(service = Command.class)
@CommandService(id = "init", label = "Create an architecture folder with its first decision")
public final class InitCommand extends PicocliCommand {

	@CommandLine.Command(name = "init",
			description = "Create an architecture folder (baton.yaml and "
					+ "decisions/0001-record-architecture-decisions.md).")
	static final class Run extends PicocliCommand.Run {

		@Parameters(paramLabel = "DIR", arity = "0..1", description = "Where (default: the working directory).")
		Path target;

		@Option(names = "--name", paramLabel = "NAME",
				description = "The platform's name (default: the folder's name).")
		String name;

		@Option(names = "--organisation", paramLabel = "ORG", description = "The organisation that owns it.")
		String organisation;

		@Override
		public Integer call() throws IOException {
			Path root = invocation.workingDirectory().resolve(target == null ? Path.of(".") : target).normalize();
			if (Files.exists(root.resolve(FolderLayout.SETTINGS))) {
				invocation.err().println(
						"baton init: " + root.resolve(FolderLayout.SETTINGS) + " exists already; nothing was changed");
				return USAGE;
			}
			Architecture architecture = BatonFactory.eINSTANCE.createArchitecture();
			architecture.setName(name != null ? name : root.toAbsolutePath().getFileName().toString());
			architecture.setOrganisation(organisation);
			DecisionSet set = BatonFactory.eINSTANCE.createDecisionSet();
			set.setName("decisions");
			set.setPath("decisions");
			set.setDialect("madr");
			architecture.getDecisionSets().add(set);
			Decision first = BatonFactory.eINSTANCE.createDecision();
			first.setNumber(1);
			first.setTitle("Record architecture decisions");
			first.setStatus(DecisionStatus.ACCEPTED);
			first.setStatusText("accepted");
			first.setDate(invocation.context().asOf());
			first.setContext("We need to record the architecture decisions made on this platform, so that people who "
					+ "join later, or take it over, know why it is the way it is.");
			first.setOutcome("Chosen option: \"Architecture decision records\", because they live next to the code "
					+ "and are reviewed like it. Baton keeps them as MADR files in decisions/.");
			set.getDecisions().add(first);
			ArchitectureFolder.create(root, architecture);
			invocation.out().println(root.resolve("decisions").resolve(first.getId() + ".md"));
			return OK;
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
