package dev.baton.validation.rules;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.AccessItem;
import dev.baton.model.Architecture;

/** Every access item names who holds it and how it is rotated, and its rotation is not overdue. */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "access-holder-rotation", label = "Every access item has a holder and a rotation",
		severity = Severity.WARNING, section = 8)
public final class AccessItemRule extends RuleSupport<AccessItem> {

	@Override
	public List<AccessItem> subjects(Architecture architecture, RunContext context) {
		return architecture.getAccessItems();
	}

	@Override
	protected void check(AccessItem access, RunContext context, Report report) {
		if (access.getHolders().isEmpty()) {
			report.add(access, "holders", name(access) + " names no holder: add 'holders: [<person or team id>]' "
					+ "(who can use or recover it)");
		}
		if (blank(access.getRotation()) && access.getRotationDays() == null) {
			report.add(access, "rotation", name(access) + " says nothing about rotation: add 'rotation: every 90 "
					+ "days' (or 'rotation-days: 90', or 'rotation: on every change of holder')");
		}
		if (access.getRotationDays() != null && access.getLastRotated() != null
				&& access.getLastRotated().plusDays(access.getRotationDays()).isBefore(context.asOf())) {
			report.add(access, "last-rotated", name(access) + " was last rotated on " + access.getLastRotated()
					+ " and is rotated every " + access.getRotationDays() + " days, so it was due on "
					+ access.getLastRotated().plusDays(access.getRotationDays())
					+ ": rotate it and update 'last-rotated'");
		}
	}
}
