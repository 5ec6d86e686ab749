package dev.baton.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.ServiceProperties;
import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.LinkType;
import dev.baton.model.Option;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.DecisionStatuses;
import picocli.CommandLine.Parameters;

/**
 * {@code baton new TITLE}: the next decision, from the folder's template or MADR's, like
 * {@code adr new}; {@code -s N} supersedes decision N and updates both records.
 */
@Component(service = Command.class, property = { ServiceProperties.ID + "=new",
		ServiceProperties.LABEL + "=Create the next decision (folder template or MADR); -s N supersedes decision N" })
public final class NewCommand extends PicocliCommand {

	@picocli.CommandLine.Command(name = "new", description = { "Create the next decision and print its file.",
			"The text comes from <decisions folder>/templates/template.md when there is one (as with adr-tools): "
					+ "{{number}}, {{title}}, {{date}} and {{status}} are filled in, and so are adr-tools' NUMBER, TITLE, "
					+ "DATE and STATUS. Otherwise it is MADR's template." })
	static final class Run extends PicocliCommand.Run {
		@picocli.CommandLine.Option(names = { "-s", "--supersedes" }, paramLabel = "ID",
				description = "A decision (id or number) the new one supersedes; repeatable.")
		List<String> supersedes = new ArrayList<>();

		@picocli.CommandLine.Option(names = "--status", paramLabel = "STATUS", description = "Status of the new decision (default: proposed).")
		String status = "proposed";

		@picocli.CommandLine.Option(names = "--set", paramLabel = "NAME",
				description = "The decision set to add to (default: the first one in baton.yaml).")
		String setName;

		@Parameters(paramLabel = "TITLE", arity = "1..*", description = "The decision's title.")
		List<String> title;

		@Override
		public Integer call() throws IOException {
			ArchitectureFolder folder = Folders.load(invocation, this.folder, true);
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
							+ String.join(", ", folder.architecture().getDecisionSets().stream().map(DecisionSet::getName)
									.toList()) + ")");
					return USAGE;
				}
			}
			Path template = folder.root().resolve(set.getPath()).resolve("templates/template.md");
			ArchitectureFolder target = folder;
			Decision decision;
			if (Files.isRegularFile(template)) {
				String id = writeFromTemplate(folder, set, template, name);
				target = Folders.reload(folder.root());
				decision = Decisions.find(target, id);
			} else {
				decision = isMadr(set) ? madr(name) : nygard(name);
				set.getDecisions().add(decision);
			}
			for (String id : supersedes) {
				Decisions.link(decision, LinkType.SUPERSEDES, null, Decisions.find(target, id));
			}
			if (!Folders.save(invocation, target)) {
				return USAGE;
			}
			invocation.out().println(target.fileOf(decision).orElseThrow());
			return OK;
		}

		private static boolean isMadr(DecisionSet set) {
			String dialect = set.getDialect();
			return dialect == null || dialect.startsWith("madr") || dialect.equals("log4brains");
		}

		/** adr-tools' template (Nygard's sections), for sets in adr-tools, Nygard, AsciiDoc, ... */
		private Decision nygard(String name) {
			Decision decision = BatonFactory.eINSTANCE.createDecision();
			decision.setTitle(name);
			String text = status.isEmpty() ? status : Character.toUpperCase(status.charAt(0)) + status.substring(1);
			decision.setStatusText(text);
			decision.setStatus(DecisionStatuses.of(text));
			decision.setDate(invocation.context().asOf());
			decision.setContext("The issue motivating this decision, and any context that influences or constrains "
					+ "the decision.");
			decision.setOutcome("The change that we're proposing or have agreed to implement.");
			decision.setConsequences("What becomes easier or more difficult to do and any risks introduced by the "
					+ "change that will need to be mitigated.");
			return decision;
		}

		/** MADR's template, with placeholders where the author writes. */
		private Decision madr(String name) {
			Decision decision = BatonFactory.eINSTANCE.createDecision();
			decision.setTitle(name);
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
			return decision;
		}

		/** Writes the next decision from the folder's template; returns its id. */
		private String writeFromTemplate(ArchitectureFolder folder, DecisionSet set, Path template, String name)
				throws IOException {
			String id = folder.nextDecisionId(set, name);
			String number = String.valueOf(Integer.parseInt(id.substring(0, id.indexOf('-'))));
			String date = invocation.context().asOf().toString();
			String text = Files.readString(template, StandardCharsets.UTF_8).replace("{{number}}", number)
					.replace("{{title}}", name).replace("{{date}}", date).replace("{{status}}", status)
					.replaceAll("\\bNUMBER\\b", number).replaceAll("\\bTITLE\\b", Matcher.quoteReplacement(name))
					.replaceAll("\\bDATE\\b", date).replaceAll("\\bSTATUS\\b", Matcher.quoteReplacement(status));
			Path file = folder.root().resolve(set.getPath()).resolve(id + ".md");
			Path temporary = Files.createTempFile(file.getParent(), "." + id, ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
			return id;
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
