package dev.baton.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

import dev.baton.api.Severity;

/**
 * The service properties of a {@link dev.baton.api.ReadinessRule}, written once beside
 * {@code @Component(service = ReadinessRule.class)}: {@code baton.id}, {@code baton.label}, {@code baton.severity} and
 * {@code baton.section}. Kept at run time so that code running without OSGi (a rule's base class, tests) reads the same
 * declaration.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadinessRuleService {

	/** Every element is a {@code baton.} property. */
	String PREFIX_ = "baton.";

	/** {@code baton.id}: unique among the rules, the source of every finding of the rule. */
	String id();

	/** {@code baton.label}: what the rule checks, in a few words. */
	String label();

	/** {@code baton.severity}: the severity of the rule's findings. */
	Severity severity();

	/** {@code baton.section}: the handover section (1-18) the rule scores for, 0 for none. */
	int section() default 0;
}
