package dev.baton.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;

/**
 * What every piece of pluggable work is given besides its input: the "as of" date that anything date-dependent uses (so
 * that outputs are reproducible), a progress monitor that works headless and can be cancelled, and free-form options
 * (e.g. from command-line flags).
 *
 * @param asOf    the date against which staleness, renewals and end-of-life are judged; never read the clock instead
 * @param monitor progress and cancellation (EMF's {@link Monitor}: it runs in Felix, where {@code IProgressMonitor}
 *                does not)
 * @param options options by name, never {@code null}
 * @param shared  what the pieces of work of one run compute once and share (the pack that the HTML, PDF and Markdown
 *                exporters of one {@code baton export} all write); by default {@link Shared#NONE}, which shares
 *                nothing: see {@link #sharing()}
 */
public record RunContext(LocalDate asOf, Monitor monitor, Map<String, String> options, Shared shared) {

	public RunContext {
		Objects.requireNonNull(asOf, "asOf");
		monitor = monitor == null ? new BasicMonitor() : monitor;
		options = options == null ? Map.of() : Map.copyOf(options);
		shared = shared == null ? Shared.NONE : shared;
	}

	/** A context that shares nothing between the pieces of work given it. */
	public RunContext(LocalDate asOf, Monitor monitor, Map<String, String> options) {
		this(asOf, monitor, options, Shared.NONE);
	}

	/**
	 * This context for one run of several pieces of work over the same, unchanging input (the exporters of one
	 * {@code baton export}): what one computes through {@link #shared()} the others reuse. Make a new one for each run:
	 * an edited model needs a new pack.
	 */
	public RunContext sharing() {
		return new RunContext(asOf, monitor, options, new Shared());
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

	/**
	 * Results computed once in a run and shared by the pieces of work given the same context: the redacted view of the
	 * records, the pack that the HTML, PDF and Markdown exporters all write, the laid-out diagrams. A result is asked
	 * for by its {@link Kind} (what it is, with its type) and the objects it is computed from ({@code about}: model
	 * objects compare by identity, so an edited model is another key only through a new run). Thread-safe; two threads
	 * asking for the same missing result may both compute it, and then both get the first one stored.
	 */
	public static final class Shared {

		/** Shares nothing: every ask computes. */
		public static final Shared NONE = new Shared();

		private final Map<Kind<?>, Map<Object, Object>> values = new HashMap<>();

		/**
		 * A kind of shared result: declare one constant per kind, beside the code that computes it.
		 *
		 * @param <T>  the result's type
		 * @param name what the result is, for {@link Shared#toString()}
		 * @param type the result's class, which every stored value is checked against
		 */
		public record Kind<T>(String name, Class<T> type) {

			public Kind {
				Objects.requireNonNull(name, "name");
				Objects.requireNonNull(type, "type");
			}
		}

		/**
		 * The result of this kind computed from {@code about} in this run, else {@code compute}'s result, stored for
		 * the next ask.
		 *
		 * @param about what the result is computed from, compared by {@code equals}
		 */
		public <T> T get(Kind<T> kind, Object about, Supplier<? extends T> compute) {
			if (this == NONE) {
				return kind.type().cast(Objects.requireNonNull(compute.get(), "computed"));
			}
			synchronized (values) {
				Object known = values.getOrDefault(kind, Map.of()).get(about);
				if (known != null) {
					return kind.type().cast(known);
				}
			}
			T computed = kind.type().cast(Objects.requireNonNull(compute.get(), "computed"));
			synchronized (values) {
				return kind.type().cast(values.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(about,
						k -> computed));
			}
		}

		@Override
		public String toString() {
			synchronized (values) {
				return "Shared" + values.keySet().stream().map(Kind::name).sorted().toList();
			}
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
