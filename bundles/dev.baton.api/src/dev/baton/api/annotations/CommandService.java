package dev.baton.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link dev.baton.api.Command}, written once beside
 * {@code @Component(service = Command.class)}: {@code baton.id} and {@code baton.label}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CommandService {

	/** Every element is a {@code baton.} property. */
	String PREFIX_ = "baton.";

	/** {@code baton.id}: the sub-command's name ({@code baton ID ...}). */
	String id();

	/** {@code baton.label}: its line in {@code baton --help}. */
	String label();
}
