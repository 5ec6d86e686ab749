package dev.baton.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.baton.api.Command;
import dev.baton.api.Findings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Base of Baton's sub-commands: picocli parses the arguments into a fresh options object for every invocation (services
 * are shared, options are not), {@code --help} prints the usage, and a usage error or a missing folder is one line on
 * stderr with exit code 2.
 */
abstract class PicocliCommand implements Command {

	private static final System.Logger LOG = System.getLogger(PicocliCommand.class.getName());

	/** An exception as one line: what kind of problem, and its message. */
	static String describe(Exception exception) {
		String kind = exception.getClass().getSimpleName();
		return exception.getMessage() == null ? kind : kind + ": " + Findings.oneLine(exception.getMessage());
	}

	/** The options and the work of one invocation. */
	abstract static class Run implements Callable<Integer> {

		@Option(names = { "-C", "--folder" }, paramLabel = "DIR",
				description = "The architecture folder (default: the nearest folder with a baton.yaml from here up).")
		Path folder;

		@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
		boolean help;

		Command.Invocation invocation;

		/** The command's name ({@code renumber}), for the lock and the journal to say who changes the folder. */
		String name;

		/** What the command holds until it ends (the folder's lock): released however it ends. */
		final List<AutoCloseable> held = new ArrayList<>();
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
			String name = line.getCommandName();
			if (exception instanceof Folders.NoFolder || exception instanceof Decisions.NotFound
					|| exception instanceof Folders.Locked) {
				invocation.err().println("baton " + name + ": " + Findings.oneLine(exception.getMessage()));
				return USAGE;
			}
			boolean debug = Boolean.parseBoolean(invocation.context().option("debug", "false"));
			invocation.err().println("baton " + name + ": " + describe(exception)
					+ (debug ? "" : " (run with --debug for details)"));
			if (debug) {
				// --debug asks for the trace: the platform log prints it (java.util.logging, to stderr)
				LOG.log(System.Logger.Level.ERROR, "baton " + name + " failed", exception);
			}
			return USAGE;
		});
		commandLine.setParameterExceptionHandler((exception, args) -> {
			invocation.err().println("baton " + exception.getCommandLine().getCommandName() + ": "
					+ Findings.oneLine(exception.getMessage())
					+ "; run 'baton " + exception.getCommandLine().getCommandName() + " --help'");
			return USAGE;
		});
		run.name = commandLine.getCommandName();
		try {
			return commandLine.execute(invocation.arguments().toArray(String[]::new));
		} finally {
			for (AutoCloseable resource : run.held) {
				try {
					resource.close();
				} catch (Exception e) {
					LOG.log(System.Logger.Level.WARNING, "cannot release " + resource, e);
				}
			}
		}
	}
}
