package dev.baton.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of an {@link dev.baton.api.Exporter}, written once beside
 * {@code @Component(service = Exporter.class)}: {@code baton.id}, {@code baton.label} and {@code baton.extension}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExporterService {

	/** Every element is a {@code baton.} property. */
	String PREFIX_ = "baton.";

	/** {@code baton.id}: what {@code baton export -f} takes. */
	String id();

	/** {@code baton.label}: what the exporter writes, for the Export wizard and {@code baton runtime}. */
	String label();

	/** {@code baton.extension}: the file extension of what it writes, without the dot, or {@code folder}. */
	String extension();
}
