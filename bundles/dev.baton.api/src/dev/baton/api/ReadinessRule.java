package dev.baton.api;

import org.eclipse.emf.common.util.DiagnosticChain;

import dev.baton.model.Architecture;

/**
 * One check of whether an architecture is ready to be handed over (every component has an owner, no decision stays
 * proposed too long, ...). Registered as a DS service with {@link ServiceProperties#ID},
 * {@link ServiceProperties#LABEL} and {@link ServiceProperties#SEVERITY}. Each finding's message says how to fix it.
 *
 * <p>
 * A finding names the file and line of what it is about ({@link LoadedArchitecture#locate}, attached with
 * {@link Findings#at}).
 *
 * <p>
 * Rules run side by side, each on a thread of its own: a rule reads the model and never changes it, and keeps no state
 * between checks.
 */
@FunctionalInterface
public interface ReadinessRule {

	/** Adds one finding per problem; date-dependent rules judge against {@link RunContext#asOf()}. */
	void check(Architecture architecture, RunContext context, DiagnosticChain findings);

	/**
	 * Checks an architecture as it was read: what the front ends call. By default the model alone is checked; a rule
	 * that needs the folder (to look at files beside the records) or the records' locations overrides this, taking them
	 * from {@code loaded} rather than from options.
	 */
	default void check(LoadedArchitecture loaded, RunContext context, DiagnosticChain findings) {
		check(loaded.architecture(), context, findings);
	}
}
