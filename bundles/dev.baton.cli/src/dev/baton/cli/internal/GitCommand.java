package dev.baton.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.Findings;
import dev.baton.api.annotations.CommandService;
import dev.baton.history.MergeDriverSetup;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baton git install|uninstall}: sets git up to merge the folder's records with {@code baton merge-driver}. */
@Component(service = Command.class)
@CommandService(id = "git", label = "Set git up to merge records by field and by section (install, uninstall)")
public final class GitCommand extends PicocliCommand {

	/** What the command does. */
	enum Action {
		install, uninstall
	}

	@CommandLine.Command(name = "git", description = { "Set git up to merge this folder's records with Baton.",
			"install: a .gitattributes entry at the top of the repository (commit it: the team shares it) and the "
					+ "merge driver's command in git's configuration, this repository's or, with --global, yours; "
					+ "uninstall removes both. Where the driver is not configured, git merges line by line as "
					+ "before." })
	static final class Run extends PicocliCommand.Run {

		@Parameters(index = "0", paramLabel = "ACTION", description = "install or uninstall")
		Action action;

		@Option(names = "--global", description = "The driver's command in ~/.gitconfig, for every repository.")
		boolean global;

		@Option(names = "--command", paramLabel = "CMD",
				description = "How git starts Baton (default: this installation's bin/baton, else baton on the PATH).")
		String command;

		@Override
		public Integer call() {
			Path root = Folders.locate(invocation, folder);
			MergeDriverSetup.Scope scope = global ? MergeDriverSetup.Scope.GLOBAL : MergeDriverSetup.Scope.LOCAL;
			List<String> done;
			try {
				done = action == Action.install
						? MergeDriverSetup.install(root, scope, command != null ? command : launcher())
						: MergeDriverSetup.uninstall(root, scope);
			} catch (MergeDriverSetup.SetupException e) {
				invocation.err().println("baton git " + action + ": " + Findings.oneLine(e.getMessage()));
				return USAGE;
			}
			if (done.isEmpty()) {
				invocation.out().println(action == Action.install ? "already installed" : "nothing to remove");
			}
			done.forEach(invocation.out()::println);
			return OK;
		}

		/** This installation's launcher, quoted for the shell git runs the driver with. */
		private static String launcher() {
			String home = System.getProperty("baton.home");
			if (home != null) {
				Path script = Path.of(home, "bin", "baton");
				if (Files.isExecutable(script)) {
					return "'" + script.toAbsolutePath().toString().replace("'", "'\\''") + "'";
				}
			}
			return "baton";
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
