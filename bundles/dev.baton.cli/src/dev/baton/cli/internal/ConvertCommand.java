package dev.baton.cli.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.baton.adr.Dialects;
import dev.baton.api.Command;
import dev.baton.api.annotations.CommandService;
import dev.baton.model.DecisionSet;
import dev.baton.store.ArchitectureFolder;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code baton convert --to DIALECT}: rewrites a decision set in another ADR dialect (MADR 4, adr-tools, log4brains,
 * ...) and records the new dialect in {@code baton.yaml}. The only command that changes a set's dialect: everything
 * else keeps each file in the form it has.
 */
@Component(service = Command.class)
@CommandService(id = "convert",
		label = "Rewrite a decision set in another ADR dialect (madr, adr-tools, log4brains, ...)")
public final class ConvertCommand extends PicocliCommand {

	@CommandLine.Command(name = "convert", description = { "Rewrite a decision set in another ADR dialect.",
			"Every decision of the set is written anew in the dialect, its old file is removed, and baton.yaml "
					+ "names the new dialect. Dialects: madr (Baton's MADR 4), adr-tools, nygard, madr2, log4brains, "
					+ "asciidoc, status-table, folder-per-record." })
	static final class Run extends PicocliCommand.Run {

		@Option(names = "--to", required = true, paramLabel = "DIALECT", description = "The dialect to write.")
		String dialect;

		@Option(names = "--set", paramLabel = "NAME", description = "The decision set (default: the first).")
		String setName;

		@Option(names = { "-n", "--dry-run" }, description = "Say what would be converted; write nothing.")
		boolean dryRun;

		@Override
		public Integer call() {
			ArchitectureFolder folder = Folders.loadForWriting(this);
			List<DecisionSet> sets = folder.architecture().getDecisionSets();
			DecisionSet set = setName == null ? sets.get(0)
					: sets.stream().filter(s -> s.getName().equals(setName)).findFirst().orElse(null);
			if (set == null) {
				invocation.err().println("baton convert: no decision set '" + setName + "' (sets: "
						+ String.join(", ", sets.stream().map(DecisionSet::getName).toList()) + ")");
				return USAGE;
			}
			String from = set.getDialect() == null ? "madr" : set.getDialect();
			if (from.equals(dialect)) {
				invocation.out().println(set.getName() + " is in " + dialect + " already: nothing to do");
				return OK;
			}
			try {
				if (dryRun) {
					invocation.out()
							.println("would convert " + set.getDecisions().size() + " decision(s) of " + set.getName()
									+ " from " + from + " to " + dialect + " (dry run: nothing written)");
					return OK;
				}
				folder.convert(set, dialect, Dialects.formats());
			} catch (IllegalArgumentException e) {
				invocation.err().println("baton convert: " + e.getMessage());
				return USAGE;
			}
			if (!Folders.save(this, folder)) {
				return USAGE;
			}
			invocation.out()
					.println("converted " + set.getDecisions().size() + " decision(s) of " + set.getName() + " from "
							+ from + " to " + dialect + " in " + folder.root().resolve(set.getPath()).normalize());
			return OK;
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
