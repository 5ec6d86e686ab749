package dev.baton.validation.rules;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;
import dev.baton.validation.HandoverSection;

/** Each of the 18 handover sections has at least one record. */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "handover-section-content", label = "Every handover section has content",
		severity = Severity.WARNING)
public final class HandoverContentRule extends RuleSupport<HandoverSection> {

	@Override
	public List<HandoverSection> subjects(Architecture architecture, RunContext context) {
		return List.of(HandoverSection.values());
	}

	@Override
	protected void check(HandoverSection section, RunContext context, Report report) {
		if (section.records(report.architecture()).isEmpty()) {
			report.add(section, null, "handover section " + section + " has no records: add "
					+ (section == HandoverSection.CURRENT_STATE ? "the work in flight to work/"
							: "records to " + section.folders()));
		}
	}
}
