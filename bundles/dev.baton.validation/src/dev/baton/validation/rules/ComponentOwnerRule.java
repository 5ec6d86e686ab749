package dev.baton.validation.rules;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.ServiceProperties;
import dev.baton.model.Architecture;

/** Every component has an owner that exists in the folder. */
@Component(service = ReadinessRule.class, property = { ServiceProperties.ID + "=" + ComponentOwnerRule.ID,
		ServiceProperties.LABEL + "=" + ComponentOwnerRule.LABEL, ServiceProperties.SEVERITY + "=warning",
		ServiceProperties.SECTION + "=3" })
public final class ComponentOwnerRule extends RuleSupport<dev.baton.model.Component> {

	static final String ID = "component-owner";
	static final String LABEL = "Every component has an owner";

	public ComponentOwnerRule() {
		super(ID, LABEL, Diagnostic.WARNING, 3);
	}

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
					+ "', which is no team or person of this folder: give it an owner that exists, or add the record to teams/");
		}
	}
}
