package dev.baton.api;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A sub-command of the headless {@code baton} command ({@code baton list}, {@code baton export}, ...). Registered as a
 * DS service with {@link ServiceProperties#ID} (the sub-command's name) and {@link ServiceProperties#LABEL} (its
 * one-line description).
 */
@FunctionalInterface
public interface Command {

	/** Exit code: everything went well. */
	int OK = 0;
	/** Exit code: the command ran and found problems (e.g. readiness findings). */
	int FINDINGS = 1;
	/** Exit code: bad usage, or the input could not be loaded. */
	int USAGE = 2;

	/**
	 * Runs the command.
	 *
	 * @return {@link #OK}, {@link #FINDINGS} or {@link #USAGE}
	 */
	int execute(Invocation invocation);

	/**
	 * What a command is run with.
	 *
	 * @param arguments        the arguments after the sub-command's name
	 * @param workingDirectory relative paths are resolved against it
	 * @param out              normal output
	 * @param err              findings and errors, one line each
	 * @param context          the "as of" date and progress
	 * @param registry         the other pluggable work (exporters, importers, rules, commands); a command gets it here
	 *                         rather than by a service reference, which would be circular
	 */
	record Invocation(List<String> arguments, Path workingDirectory, PrintStream out, PrintStream err,
			RunContext context, Registry registry) {

		public Invocation {
			arguments = List.copyOf(arguments);
		}
	}
}
