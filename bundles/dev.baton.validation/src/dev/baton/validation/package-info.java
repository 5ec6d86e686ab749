/**
 * Readiness of an architecture for handover: the built-in {@link dev.baton.api.ReadinessRule}s (DS services in
 * {@code dev.baton.validation.rules}), {@link dev.baton.validation.Readiness} that runs rules and scores each of the 18
 * {@link dev.baton.validation.HandoverSection}s, the report formats (text, JSON, SARIF 2.1.0, JUnit XML) and the
 * {@link dev.baton.validation.ReadinessValidator} that runs the same rules as an EMF
 * {@link org.eclipse.emf.ecore.EValidator}.
 *
 * <p>
 * Rules read only the {@link dev.baton.api.LoadedArchitecture} they are given and the {@link dev.baton.api.RunContext}:
 * the folder and the file and line of a finding come from the former, dates are judged against the latter's "as of"
 * date and settings come from its options ({@link dev.baton.validation.ReadinessOptions}). Run them with
 * {@code Readiness.assess(loaded, rules, context)}.
 */
package dev.baton.validation;
