package dev.baton.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.baton.api.Command;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Base of Baton's sub-commands: picocli parses the arguments into a fresh options object for
 * every invocation (services are shared, options are not), {@code --help} prints the usage,
 * and a usage error or a missing folder is one line on stderr with exit code 2.
 */
abstract class PicocliCommand implements Command {

	/** The options and the work of one invocation. */
	abstract static class Run implements Callable<Integer> {
		@Option(names = { "-C", "--folder" }, paramLabel = "DIR",
				description = "The architecture folder (default: the nearest folder with a baton.yaml from here up).")
		Path folder;

		@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
		boolean help;

		Command.Invocation invocation;
	}

	/** A fresh options object. */
	abstract Run options();

	@Override
	public final int execute(Invocation invocation) {
		Run run = options();
		run.invocation = invocation;
		CommandLine commandLine = new CommandLine(run);
		commandLine.setOut(new PrintWriter(invocation.out(), true));
		commandLine.setErr(new PrintWriter(invocation.err(), true));
		commandLine.setExecutionExceptionHandler((exception, line, parse) -> {
			if (exception instanceof Folders.NoFolder) {
				invocation.err().println("baton " + line.getCommandName() + ": " + exception.getMessage());
				return USAGE;
			}
			throw exception;
		});
		commandLine.setParameterExceptionHandler((exception, args) -> {
			invocation.err().println("baton " + exception.getCommandLine().getCommandName() + ": " + exception.getMessage()
					+ "; run 'baton " + exception.getCommandLine().getCommandName() + " --help'");
			return USAGE;
		});
		return commandLine.execute(invocation.arguments().toArray(String[]::new));
	}
}
