package dev.baton.api;

/**
 * Names of the service properties that describe pluggable work. Set them in the DS
 * annotation, e.g. {@code @Component(property = { ServiceProperties.ID + "=html", ... })}.
 */
public final class ServiceProperties {

	/** Unique id within its service type: {@code html}, {@code adr-tools}, {@code component-owner}, {@code list}. */
	public static final String ID = "baton.id";
	/** A short human label. */
	public static final String LABEL = "baton.label";
	/** For exporters: the file extension of what they write, without the dot, or {@code folder}. */
	public static final String FILE_EXTENSION = "baton.extension";
	/** For readiness rules: {@code error}, {@code warning} or {@code info}. */
	public static final String SEVERITY = "baton.severity";
	/** For readiness rules: the handover section (1-18, as in docs/format.md) the rule belongs to, if any. */
	public static final String SECTION = "baton.section";

	private ServiceProperties() {
	}
}
