package dev.baton.api;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * How serious a readiness rule's findings are: the {@link ServiceProperties#SEVERITY} of a rule, and the EMF
 * {@link Diagnostic} severity of what it finds. Declared once per rule, in its
 * {@link dev.baton.api.annotations.ReadinessRuleService}.
 */
public enum Severity {

	/** The handover cannot go ahead as it is (a credential in a record). */
	ERROR(Diagnostic.ERROR),
	/** Something a successor would miss. */
	WARNING(Diagnostic.WARNING),
	/** Worth knowing, costs no points. */
	INFO(Diagnostic.INFO);

	private final int diagnostic;

	Severity(int diagnostic) {
		this.diagnostic = diagnostic;
	}

	/** The EMF {@link Diagnostic} severity of the findings. */
	public int diagnostic() {
		return diagnostic;
	}

	/** The name reports print: {@code error}, {@code warning} or {@code info}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The severity a service property names, in any case ({@code WARNING} as the annotation writes it, {@code warning}
	 * as a hand-written descriptor may); {@link #WARNING} when it names none.
	 */
	public static Severity of(Object property) {
		if (property != null) {
			for (Severity severity : values()) {
				if (severity.name().equalsIgnoreCase(property.toString().strip())) {
					return severity;
				}
			}
		}
		return WARNING;
	}
}
