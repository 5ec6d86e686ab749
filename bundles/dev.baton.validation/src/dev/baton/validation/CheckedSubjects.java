package dev.baton.validation;

import java.util.List;

import dev.baton.api.LoadedArchitecture;
import dev.baton.api.RunContext;
import dev.baton.model.Architecture;

/**
 * Implemented by a {@link dev.baton.api.ReadinessRule} that can say what it looks at (the records it checks, or
 * {@link HandoverSection}s): the readiness score counts each subject as passed unless a finding of warning or error
 * severity names it in its data, and the JUnit report has one test case per subject. A rule without it counts as one
 * check of the whole architecture.
 */
@FunctionalInterface
public interface CheckedSubjects {

	/** The subjects the rule checks in this architecture, in a stable order. */
	List<?> subjects(Architecture architecture, RunContext context);

	/**
	 * The subjects the rule checks in an architecture as it was read: by default those of the model; a rule that needs
	 * the folder checks nothing without one.
	 */
	default List<?> subjects(LoadedArchitecture loaded, RunContext context) {
		return subjects(loaded.architecture(), context);
	}
}
