package dev.baton.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link dev.baton.api.DecisionTimeline}, written once beside
 * {@code @Component(service = DecisionTimeline.class)}: {@code baton.id} and {@code baton.label}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DecisionTimelineService {

	/** Every element is a {@code baton.} property. */
	String PREFIX_ = "baton.";

	/** {@code baton.id}: where the timeline is read from ({@code git}). */
	String id();

	/** {@code baton.label}: a short description. */
	String label();
}
