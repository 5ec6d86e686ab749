package dev.baton.validation.rules;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;

/** Every component has an owner that exists in the folder. */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "component-owner", label = "Every component has an owner",
		severity = Severity.WARNING, section = 3)
public final class ComponentOwnerRule extends RuleSupport<dev.baton.model.Component> {

	@Override
	public List<dev.baton.model.Component> subjects(Architecture architecture, RunContext context) {
		return architecture.getComponents();
	}

	@Override
	protected void check(dev.baton.model.Component component, RunContext context, Report report) {
		if (component.getOwner() == null) {
			report.add(component, "owner", name(component) + " has no owner: add 'owner: <team or person id>' "
					+ "naming who answers for it (a record in teams/ or people/)");
		} else if (unresolved(component.getOwner())) {
			report.add(component, "owner", name(component) + " is owned by '" + idOf(component.getOwner())
					+ "', which is no team or person of this folder: give it an owner that exists, or add the record "
					+ "to teams/");
		}
	}
}
