package dev.baton.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import dev.baton.adr.NewDecisions;
import dev.baton.api.Command;
import dev.baton.api.annotations.CommandService;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.LinkType;
import dev.baton.store.ArchitectureFolder;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/**
 * {@code baton new TITLE}: the next decision, from the folder's template or MADR's, like {@code adr new}; {@code -s N}
 * supersedes decision N and updates both records.
 */
@Component(service = Command.class)
@CommandService(id = "new", label = "Create the next decision (folder template or MADR); -s N supersedes decision N")
public final class NewCommand extends PicocliCommand {

	@CommandLine.Command(name = "new", description = { "Create the next decision and print its file.",
			"The text comes from <decisions folder>/templates/template.md when there is one (as with adr-tools): "
					+ "{{number}}, {{title}}, {{date}} and {{status}} are filled in, and so are adr-tools' NUMBER, "
					+ "TITLE, "
					+ "DATE and STATUS. Otherwise it is MADR's template." })
	static final class Run extends PicocliCommand.Run {

		@CommandLine.Option(names = { "-s", "--supersedes" }, paramLabel = "ID",
				description = "A decision (id or number) the new one supersedes; repeatable.")
		List<String> supersedes = new ArrayList<>();

		@CommandLine.Option(names = "--status", paramLabel = "STATUS",
				description = "Status of the new decision (default: proposed).")
		String status = "proposed";

		@CommandLine.Option(names = "--set", paramLabel = "NAME",
				description = "The decision set to add to (default: the first one in baton.yaml).")
		String setName;

		@Parameters(paramLabel = "TITLE", arity = "1..*", description = "The decision's title.")
		List<String> title;

		@Override
		public Integer call() throws IOException {
			ArchitectureFolder folder = Folders.loadForWriting(this);
			String name = String.join(" ", title).strip();
			try {
				supersedes.forEach(id -> Decisions.find(folder, id));
			} catch (Decisions.NotFound e) {
				invocation.err().println("baton new: " + e.getMessage());
				return USAGE;
			}
			DecisionSet set = folder.architecture().getDecisionSets().get(0);
			if (setName != null) {
				set = folder.architecture().getDecisionSets().stream().filter(s -> s.getName().equals(setName))
						.findFirst().orElse(null);
				if (set == null) {
					invocation.err().println("baton new: no decision set '" + setName + "' in baton.yaml (sets: "
							+ String.join(", ",
									folder.architecture().getDecisionSets().stream().map(DecisionSet::getName)
											.toList())
							+ ")");
					return USAGE;
				}
			}
			Optional<Path> template = NewDecisions.template(folder, set);
			ArchitectureFolder target = folder;
			Decision decision;
			if (template.isPresent()) {
				String id = NewDecisions.writeFromTemplate(folder, set, template.get(), name, status,
						invocation.context().asOf());
				target = Folders.reload(folder.root());
				decision = Decisions.find(target, id);
			} else {
				decision = NewDecisions.fromDialect(set, name, status, invocation.context().asOf());
				set.getDecisions().add(decision);
			}
			for (String id : supersedes) {
				Decisions.link(decision, LinkType.SUPERSEDES, null, Decisions.find(target, id));
			}
			if (!Folders.save(this, target)) {
				return USAGE;
			}
			invocation.out().println(target.fileOf(decision).orElseThrow());
			return OK;
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
