package dev.baton.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of an {@link dev.baton.api.Importer}, written once beside
 * {@code @Component(service = Importer.class)}: {@code baton.id} and {@code baton.label}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ImporterService {

	/** Every element is a {@code baton.} property. */
	String PREFIX_ = "baton.";

	/** {@code baton.id}: unique among the importers. */
	String id();

	/** {@code baton.label}: what the importer reads, for the Import wizard and {@code baton runtime}. */
	String label();
}
