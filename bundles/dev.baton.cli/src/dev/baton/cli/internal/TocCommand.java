package dev.baton.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.annotations.CommandService;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.store.ArchitectureFolder;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code baton toc}: an index of the decisions in Markdown, like {@code adr generate toc}. */
@Component(service = Command.class)
@CommandService(id = "toc", label = "Write an index of the decisions (Markdown)")
public final class TocCommand extends PicocliCommand {

	@CommandLine.Command(name = "toc",
			description = { "Print an index of the decisions as Markdown, or write it to a file.",
					"Links are relative to the file written (or to the decisions folder when printing)." })
	static final class Run extends PicocliCommand.Run {

		@Option(names = { "-o", "--output" }, paramLabel = "FILE",
				description = "Write the index to FILE instead of printing it.")
		Path output;

		@Override
		public Integer call() throws IOException {
			ArchitectureFolder folder = Folders.load(invocation, this.folder, true);
			Path target =
					output == null ? null : invocation.workingDirectory().resolve(output).toAbsolutePath().normalize();
			StringBuilder toc = new StringBuilder("# Architecture decisions\n");
			for (DecisionSet set : folder.architecture().getDecisionSets()) {
				Path base = target != null ? target.getParent() : folder.root().resolve(set.getPath());
				if (folder.architecture().getDecisionSets().size() > 1) {
					toc.append("\n## ").append(set.getName()).append('\n');
				}
				toc.append('\n');
				for (Decision decision : set.getDecisions()) {
					Path file = folder.fileOf(decision).orElseThrow();
					String link = base.relativize(file).toString().replace('\\', '/');
					toc.append("* [").append(decision.getNumber() == null ? "" : decision.getNumber() + ". ")
							.append(decision.getTitle() == null ? decision.getId() : decision.getTitle()).append("](")
							.append(link.replace(" ", "%20")).append(")");
					toc.append(" — ").append(decision.getStatus().getLiteral());
					if (decision.getDate() != null) {
						toc.append(", ").append(decision.getDate());
					}
					toc.append('\n');
				}
			}
			if (target == null) {
				invocation.out().print(toc);
			} else {
				Folders.write(target, toc.toString());
				invocation.out().println(target);
			}
			return OK;
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
