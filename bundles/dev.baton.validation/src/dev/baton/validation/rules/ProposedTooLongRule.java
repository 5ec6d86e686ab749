package dev.baton.validation.rules;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;
import dev.baton.validation.ReadinessOptions;

/** No decision stays proposed longer than {@code proposed-max-days} (from its date to the as-of date). */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "proposed-too-long", label = "No decision stays proposed too long",
		severity = Severity.WARNING, section = 2)
public final class ProposedTooLongRule extends RuleSupport<Decision> {

	@Override
	public List<Decision> subjects(Architecture architecture, RunContext context) {
		return Decisions.all(architecture).filter(d -> d.getStatus() == DecisionStatus.PROPOSED).toList();
	}

	@Override
	protected void check(Decision decision, RunContext context, Report report) {
		int maxDays = ReadinessOptions.days(context, ReadinessOptions.PROPOSED_MAX_DAYS,
				ReadinessOptions.PROPOSED_MAX_DAYS_DEFAULT);
		if (decision.getDate() == null) {
			report.add(Diagnostic.INFO, decision, "date", "proposed " + name(decision) + " has no date, so how long "
					+ "it has waited is unknown: add 'date: YYYY-MM-DD' (when it was proposed)");
			return;
		}
		long days = ChronoUnit.DAYS.between(decision.getDate(), context.asOf());
		if (days > maxDays) {
			report.add(decision, "status", name(decision) + " has been proposed for " + days + " days (since "
					+ decision.getDate() + "; at most " + maxDays + ", setting proposed-max-days): accept or reject "
					+ "it, or say in the record what it waits for");
		}
	}
}
