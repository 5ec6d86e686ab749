package dev.baton.validation.rules;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;

/** Accepted decisions say what was decided and what follows from it. */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "decision-outcome", label = "Accepted decisions have an outcome and consequences",
		severity = Severity.WARNING, section = 5)
public final class DecisionOutcomeRule extends RuleSupport<Decision> {

	@Override
	public List<Decision> subjects(Architecture architecture, RunContext context) {
		return Decisions.all(architecture).filter(d -> d.getStatus() == DecisionStatus.ACCEPTED).toList();
	}

	@Override
	protected void check(Decision decision, RunContext context, Report report) {
		if (blank(decision.getOutcome())) {
			report.add(decision, null, "accepted " + name(decision) + " has no outcome: write the chosen option "
					+ "and why under '## Decision Outcome'");
		}
		if (blank(decision.getConsequences())) {
			report.add(decision, null, "accepted " + name(decision) + " has no consequences: list what becomes "
					+ "easier and harder under '### Consequences' (below the outcome)");
		}
	}
}
