package dev.baton.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;

/**
 * What every piece of pluggable work is given besides its input: the "as of" date that
 * anything date-dependent uses (so that outputs are reproducible), a progress monitor that
 * works headless and can be cancelled, and free-form options (e.g. from command-line flags).
 *
 * @param asOf the date against which staleness, renewals and end-of-life are judged; never
 *             read the clock instead
 * @param monitor progress and cancellation (EMF's {@link Monitor}: it runs in Felix, where
 *                {@code IProgressMonitor} does not)
 * @param options options by name, never {@code null}
 */
public record RunContext(LocalDate asOf, Monitor monitor, Map<String, String> options) {

	public RunContext {
		Objects.requireNonNull(asOf, "asOf");
		monitor = monitor == null ? new BasicMonitor() : monitor;
		options = options == null ? Map.of() : Map.copyOf(options);
	}

	/** A context for the given date with no progress reporting and no options. */
	public static RunContext asOf(LocalDate asOf) {
		return new RunContext(asOf, new BasicMonitor(), Map.of());
	}

	/** The option's value, or the fallback when it is not set. */
	public String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	/** Throws {@link CancelledException} when the monitor was cancelled. */
	public void checkCancelled() {
		if (monitor.isCanceled()) {
			throw new CancelledException();
		}
	}

	/** Thrown by long-running work when its monitor was cancelled. */
	public static final class CancelledException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public CancelledException() {
			super("cancelled");
		}
	}
}
