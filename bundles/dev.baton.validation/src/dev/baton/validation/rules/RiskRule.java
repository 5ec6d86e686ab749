package dev.baton.validation.rules;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;
import dev.baton.model.Risk;

/** Every risk that is not closed has an owner and a mitigation. */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "risk-owner-mitigation", label = "Every open risk has an owner and a mitigation",
		severity = Severity.WARNING, section = 6)
public final class RiskRule extends RuleSupport<Risk> {

	@Override
	public List<Risk> subjects(Architecture architecture, RunContext context) {
		return architecture.getRisks().stream().filter(r -> !"closed".equalsIgnoreCase(r.getStatus())).toList();
	}

	@Override
	protected void check(Risk risk, RunContext context, Report report) {
		if (risk.getOwner() == null || unresolved(risk.getOwner())) {
			report.add(risk, "owner", name(risk) + " has no owner" + (risk.getOwner() == null ? ""
					: " that exists ('"
							+ idOf(risk.getOwner()) + "')")
					+ ": add 'owner: <person or team id>' naming who watches it");
		}
		if (blank(risk.getMitigation())) {
			report.add(risk, null, name(risk) + " has no mitigation: say under '## Mitigation' what reduces it, or "
					+ "why it is accepted");
		}
	}
}
