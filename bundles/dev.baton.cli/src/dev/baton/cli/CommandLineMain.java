package dev.baton.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.eclipse.emf.common.util.BasicMonitor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;

import dev.baton.api.Command;
import dev.baton.api.Contribution;
import dev.baton.api.Findings;
import dev.baton.api.Registry;
import dev.baton.api.RunContext;
import dev.baton.api.ServiceProperties;

/**
 * The entry point of the {@code baton} command inside the framework. The launcher outside the framework finds it as a
 * {@code ToIntFunction<Map<String, Object>>} service with {@code baton.cli=main} (JDK types only, so no Baton class
 * crosses the framework boundary) and passes {@code args} (a {@code List<String>}), {@code out}, {@code err}
 * (PrintStreams) and {@code cwd} (a {@code String}).
 *
 * <p>
 * Global options come before the sub-command: {@code --as-of YYYY-MM-DD}, {@code --debug}, {@code --help},
 * {@code --version}. Exit codes: 0 ok, 1 findings, 2 usage or load error.
 */
@Component(service = ToIntFunction.class, property = "baton.cli=main")
public final class CommandLineMain implements ToIntFunction<Map<String, Object>> {

	private static final System.Logger LOG = System.getLogger(CommandLineMain.class.getName());

	/** How long to wait for a sub-command's service to appear after start-up. */
	private static final long WAIT_FOR_COMMAND_MS = 10_000;

	@Reference
	private Registry registry;

	@Reference
	private ServiceComponentRuntime runtime;

	private BundleContext context;

	@Activate
	void activate(BundleContext bundleContext) {
		this.context = bundleContext;
	}

	@Override
	public int applyAsInt(Map<String, Object> call) {
		@SuppressWarnings("unchecked")
		List<String> args = new ArrayList<>((List<String>) call.get("args"));
		PrintStream out = (PrintStream) call.get("out");
		PrintStream err = (PrintStream) call.get("err");
		Path cwd = Path.of((String) call.getOrDefault("cwd", "."));
		boolean debug = false;
		LocalDate asOf = LocalDate.now();
		while (!args.isEmpty() && args.get(0).startsWith("-")) {
			String option = args.remove(0);
			switch (option) {
			case "--debug" -> debug = true;
			case "--help", "-h" -> {
				usage(out);
				return Command.OK;
			}
			case "--version", "-V" -> {
				out.println("baton " + FrameworkUtil.getBundle(getClass()).getVersion());
				return Command.OK;
			}
			case "--as-of" -> {
				if (args.isEmpty()) {
					err.println("baton: --as-of needs a date (YYYY-MM-DD)");
					return Command.USAGE;
				}
				try {
					asOf = LocalDate.parse(args.remove(0));
				} catch (DateTimeParseException e) {
					err.println("baton: --as-of takes a date such as 2026-11-28, not '" + e.getParsedString() + "'");
					return Command.USAGE;
				}
			}
			default -> {
				err.println("baton: unknown option '" + option + "'; run 'baton --help'");
				return Command.USAGE;
			}
			}
		}
		if (args.isEmpty()) {
			usage(err);
			return Command.USAGE;
		}
		String name = args.remove(0);
		Optional<Contribution<Command>> command = find(name);
		if (command.isEmpty()) {
			err.println("baton: unknown command '" + name + "'; run 'baton --help' for the list");
			return Command.USAGE;
		}
		RunContext runContext = new RunContext(asOf, new BasicMonitor(), Map.of("debug", String.valueOf(debug)));
		try {
			return command.get().service().execute(new Command.Invocation(args, cwd, out, err, runContext, registry));
		} catch (RuntimeException e) {
			err.println("baton " + name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
					: Findings.oneLine(e.getMessage()))
					+ (debug ? "" : " (run with --debug for details)"));
			if (debug) {
				// --debug asks for the trace: the platform log prints it (java.util.logging, to stderr)
				LOG.log(System.Logger.Level.ERROR, "baton " + name + " failed", e);
			}
			return Command.USAGE;
		}
	}

	/** The command's service; waits for it when the framework is still starting its components. */
	private Optional<Contribution<Command>> find(String name) {
		Optional<Contribution<Command>> found = registry.find(Command.class, name);
		if (found.isPresent() || context == null || !declared(name)) {
			return found;
		}
		try {
			String filter =
					"(&(objectClass=" + Command.class.getName() + ")(" + ServiceProperties.ID + "=" + name + "))";
			ServiceTracker<Command, Command> tracker =
					new ServiceTracker<>(context, context.createFilter(filter), null);
			tracker.open();
			try {
				if (tracker.waitForService(WAIT_FOR_COMMAND_MS) == null) {
					return Optional.empty();
				}
			} finally {
				tracker.close();
			}
		} catch (InvalidSyntaxException e) {
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		return registry.find(Command.class, name);
	}

	/** Whether some bundle declares a component for the command (it may not be active yet). */
	private boolean declared(String name) {
		for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
			if (List.of(description.serviceInterfaces).contains(Command.class.getName())
					&& name.equals(String.valueOf(description.properties.get(ServiceProperties.ID)))) {
				return true;
			}
		}
		return false;
	}

	private void usage(PrintStream out) {
		out.println("Usage: baton [--as-of YYYY-MM-DD] [--debug] <command> [options]");
		out.println();
		out.println("Commands:");
		for (Contribution<Command> command : registry.all(Command.class)) {
			out.printf("  %-10s %s%n", command.id(), command.label());
		}
		out.println();
		out.println("Run 'baton <command> --help' for a command's options.");
		out.println("Exit codes: 0 ok, 1 findings, 2 usage or load error.");
	}
}
