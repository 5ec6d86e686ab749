package dev.baton.validation.rules;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.ServiceProperties;
import dev.baton.model.Architecture;
import dev.baton.validation.HandoverSection;

/** Each of the 18 handover sections has at least one record. */
@Component(service = ReadinessRule.class, property = { ServiceProperties.ID + "=" + HandoverContentRule.ID,
		ServiceProperties.LABEL + "=" + HandoverContentRule.LABEL, ServiceProperties.SEVERITY + "=warning" })
public final class HandoverContentRule extends RuleSupport<HandoverSection> {

	static final String ID = "handover-section-content";
	static final String LABEL = "Every handover section has content";

	public HandoverContentRule() {
		super(ID, LABEL, Diagnostic.WARNING, 0);
	}

	@Override
	public List<HandoverSection> subjects(Architecture architecture, RunContext context) {
		return List.of(HandoverSection.values());
	}

	@Override
	protected void check(HandoverSection section, RunContext context, Report report) {
		if (section.records(report.architecture()).isEmpty()) {
			report.add(section, null, "handover section " + section + " has no records: add "
					+ (section == HandoverSection.CURRENT_STATE ? "the work in flight to work/" : "records to " + section.folders()));
		}
	}
}
