package dev.baton.validation.rules;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;
import dev.baton.model.Interface;

/** Every interface has a provider, and a protocol or a specification. */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "interface-described",
		label = "Every interface has a provider and a protocol or specification", severity = Severity.WARNING,
		section = 4)
public final class InterfaceDescribedRule extends RuleSupport<Interface> {

	@Override
	public List<Interface> subjects(Architecture architecture, RunContext context) {
		return architecture.getInterfaces();
	}

	@Override
	protected void check(Interface api, RunContext context, Report report) {
		if (api.getProvider() == null) {
			report.add(api, "provider", name(api) + " has no provider: add 'provider: <component id>' naming the "
					+ "component that serves it");
		} else if (unresolved(api.getProvider())) {
			report.add(api, "provider", name(api) + " is provided by '" + idOf(api.getProvider())
					+ "', which is no component of this folder: name an existing component, or add it to components/");
		}
		if (blank(api.getProtocol()) && blank(api.getSpecification())) {
			report.add(api, "protocol", name(api) + " has neither a protocol nor a specification: add 'protocol: "
					+ "REST' (gRPC, AMQP, SQL, ...) or 'specification: <file or URL>'");
		}
	}
}
