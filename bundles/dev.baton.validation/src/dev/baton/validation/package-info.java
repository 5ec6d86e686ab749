/**
 * Readiness of an architecture for handover: the built-in {@link dev.baton.api.ReadinessRule}s (DS services in
 * {@code dev.baton.validation.rules}), {@link dev.baton.validation.Readiness} that runs rules and scores each of the 18
 * {@link dev.baton.validation.HandoverSection}s, the report formats (text, JSON, SARIF 2.1.0, JUnit XML) and the
 * {@link dev.baton.validation.ReadinessValidator} that runs the same rules as an EMF
 * {@link org.eclipse.emf.ecore.EValidator}.
 *
 * <p>
 * Rules read only the model and the {@link dev.baton.api.RunContext}: dates are judged against its "as of" date,
 * settings come from its options ({@link dev.baton.validation.ReadinessOptions}), and file and line of a finding come
 * from the {@link dev.baton.validation.RecordLocator} that whoever loaded the model attached to it.
 */
package dev.baton.validation;
