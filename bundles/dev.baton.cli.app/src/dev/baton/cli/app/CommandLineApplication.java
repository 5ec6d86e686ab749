package dev.baton.cli.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@code baton} command as an Equinox application ({@code dev.baton.cli.app}), so an Eclipse installation with
 * Baton (the Baton Workbench, or an IDE the update site was installed into) runs the same sub-commands as the Felix
 * distribution's {@code bin/baton}, without a display:
 *
 * <pre>
 * java -jar plugins/org.eclipse.equinox.launcher_*.jar -application dev.baton.cli.app -nosplash -data @none list -C DIR
 * </pre>
 *
 * It hands the arguments Equinox leaves over to the command line's entry point in {@code dev.baton.cli} (the
 * {@code ToIntFunction} service with {@code baton.cli=main}, the same the Felix launcher calls) and returns its exit
 * code. This bundle is the only Baton code that knows Equinox; {@code dev.baton.cli} stays runnable on bare Felix.
 */
public final class CommandLineApplication implements IApplication {

	/** Exit code when the command line's service did not appear (as the Felix launcher's). */
	static final int NO_RUNTIME = 3;

	/** How long to wait for Declarative Services to register the command line. */
	private static final long START_TIMEOUT_MS = 30_000;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		context.applicationRunning();
		Object arguments = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> args = new ArrayList<>(arguments instanceof String[] strings ? List.of(strings) : List.of());
		return run(FrameworkUtil.getBundle(getClass()).getBundleContext(), args, System.out, System.err);
	}

	/** Runs one {@code baton} command line; returns its exit code. */
	static int run(BundleContext bundles, List<String> args, PrintStream out, PrintStream err)
			throws InterruptedException {
		ServiceTracker<Object, Object> tracker;
		try {
			tracker = new ServiceTracker<>(bundles, bundles.createFilter(
					"(&(objectClass=" + ToIntFunction.class.getName() + ")(baton.cli=main))"), null);
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		tracker.open(true);
		try {
			Object main = tracker.waitForService(START_TIMEOUT_MS);
			if (main == null) {
				err.println("baton: the command line (bundle dev.baton.cli, run by Declarative Services) did not start "
						+ "within " + START_TIMEOUT_MS / 1000 + " s: check that org.apache.felix.scr and dev.baton.cli "
						+ "are installed and that org.apache.felix.scr is started (config.ini osgi.bundles or "
						+ "bundles.info)");
				return NO_RUNTIME;
			}
			Map<String, Object> call = new HashMap<>();
			call.put("args", args);
			call.put("out", out);
			call.put("err", err);
			call.put("cwd", System.getProperty("user.dir"));
			@SuppressWarnings("unchecked")
			ToIntFunction<Map<String, Object>> command = (ToIntFunction<Map<String, Object>>) main;
			int exit = command.applyAsInt(call);
			out.flush();
			err.flush();
			return exit;
		} finally {
			tracker.close();
		}
	}

	@Override
	public void stop() {
		// a command runs to its end; nothing to interrupt
	}
}
