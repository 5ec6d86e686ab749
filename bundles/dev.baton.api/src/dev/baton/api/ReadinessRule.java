package dev.baton.api;

import org.eclipse.emf.common.util.DiagnosticChain;

import dev.baton.model.Architecture;

/**
 * One check of whether an architecture is ready to be handed over (every component has an owner, no decision stays
 * proposed too long, ...). Registered as a DS service with {@link ServiceProperties#ID},
 * {@link ServiceProperties#LABEL} and {@link ServiceProperties#SEVERITY}. Each finding's message says how to fix it.
 *
 * <p>
 * Rules run side by side, each on a thread of its own: a rule reads the model and never changes it, and keeps no state
 * between checks.
 */
@FunctionalInterface
public interface ReadinessRule {

	/** Adds one finding per problem; date-dependent rules judge against {@link RunContext#asOf()}. */
	void check(Architecture architecture, RunContext context, DiagnosticChain findings);
}
