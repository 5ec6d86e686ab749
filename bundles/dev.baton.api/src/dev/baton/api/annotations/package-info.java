/**
 * Component property types (Declarative Services 1.4) of Baton's pluggable work, one per service kind: put one beside
 * {@code @Component(service = ...)} and the build writes its {@code baton.*} service properties, so that a contribution
 * states its id, label, severity or section once. For example
 * {@code @ReadinessRuleService(id = "component-owner", label = "Every component has an owner",
 * severity = Severity.WARNING, section = 3)}.
 */
package dev.baton.api.annotations;
