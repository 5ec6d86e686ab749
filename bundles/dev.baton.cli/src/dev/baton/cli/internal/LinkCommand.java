package dev.baton.cli.internal;

import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.annotations.CommandService;
import dev.baton.store.ArchitectureFolder;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/** {@code baton link A TYPE B}: a typed link between two decisions, like {@code adr link}. */
@Component(service = Command.class)
@CommandService(id = "link", label = "Link two decisions: supersedes, amends, relates-to or a type of your own")
public final class LinkCommand extends PicocliCommand {

	@CommandLine.Command(name = "link", description = { "Link decision A to decision B.",
			"TYPE is supersedes, amends, relates-to, or any other word (a custom link). The inverse "
					+ "(superseded by, amended by, ...) is derived; a supersession also marks B superseded "
					+ "and states superseded-by in B, so both files say it." })
	static final class Run extends PicocliCommand.Run {

		@Parameters(index = "0", paramLabel = "A", description = "The decision the link starts from (id or number).")
		String from;

		@Parameters(index = "1", paramLabel = "TYPE",
				description = "supersedes, amends, relates-to, or a word of your own.")
		String type;

		@Parameters(index = "2", paramLabel = "B", description = "The decision the link points to (id or number).")
		String to;

		@Override
		public Integer call() {
			String normal = type.strip().toLowerCase(Locale.ROOT);
			if (!normal.matches("[a-z][a-z0-9-]*")) {
				invocation.err()
						.println("baton link: TYPE is one word such as supersedes, amends, relates-to or depends-on");
				return USAGE;
			}
			ArchitectureFolder folder = Folders.loadForWriting(this);
			return Decisions.linkAndSave(invocation, "link", folder, from, normal, to);
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
