package dev.baton.api;

/**
 * Names of the service properties that describe pluggable work. Baton's own contributions set them through the
 * component property types of {@link dev.baton.api.annotations} (e.g. {@code @ExporterService(id = "html", ...)}); read
 * them here, or set them by hand in a DS descriptor.
 */
public final class ServiceProperties {

	/** Unique id within its service type: {@code html}, {@code adr-tools}, {@code component-owner}, {@code list}. */
	public static final String ID = "baton.id";
	/** A short human label. */
	public static final String LABEL = "baton.label";
	/** For exporters: the file extension of what they write, without the dot, or {@code folder}. */
	public static final String FILE_EXTENSION = "baton.extension";
	/** For readiness rules: a {@link Severity} by name, in any case ({@code WARNING}, {@code warning}). */
	public static final String SEVERITY = "baton.severity";
	/**
	 * For readiness rules: the handover section (1-18, as in docs/format.md) the rule belongs to; 0 or absent for none.
	 */
	public static final String SECTION = "baton.section";

	private ServiceProperties() {
	}
}
