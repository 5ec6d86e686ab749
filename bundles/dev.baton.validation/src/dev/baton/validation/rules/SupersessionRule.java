package dev.baton.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;

/**
 * Supersession agrees in both directions: the {@code superseded-by} a decision states is the set of decisions whose
 * {@code supersedes} point at it, and a superseded decision has the status {@code superseded} (unless it is superseded
 * only in part).
 */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "supersession", label = "Supersession is stated in both decisions",
		severity = Severity.WARNING, section = 5)
public final class SupersessionRule extends RuleSupport<Decision> {

	@Override
	public List<Decision> subjects(Architecture architecture, RunContext context) {
		return Decisions.all(architecture).toList();
	}

	@Override
	protected void check(Decision decision, RunContext context, Report report) {
		List<Decision> stated = decision.getStatedSupersededBy().stream().filter(d -> !unresolved(d)).toList();
		List<Decision> derived = decision.getSupersededBy();
		for (Decision successor : stated) {
			if (!derived.contains(successor)) {
				report.add(decision, "superseded-by", name(decision) + " says it is superseded by '" + successor.getId()
						+ "', which does not say it supersedes it: add 'supersedes: [" + decision.getId() + "]' to "
						+ successor.getSourcePath() + " (baton supersede does both)");
			}
		}
		for (Decision successor : derived) {
			if (!stated.contains(successor)) {
				report.add(decision, "superseded-by", successor.getId() + " supersedes " + name(decision)
						+ ", which does not say so: add 'superseded-by: [" + successor.getId() + "]' to it");
			}
		}
		boolean superseded = !derived.isEmpty() || !decision.getStatedSupersededBy().isEmpty();
		if (superseded && decision.getStatus() != DecisionStatus.SUPERSEDED && !onlyInPart(decision, derived)) {
			List<String> successors = new ArrayList<>();
			derived.forEach(d -> successors.add(d.getId()));
			decision.getStatedSupersededBy().stream().map(RuleSupport::idOf).filter(id -> !successors.contains(id))
					.forEach(successors::add);
			report.add(decision, "status", name(decision) + " is superseded by " + String.join(", ", successors)
					+ " but its status is '" + decision.getStatus().getLiteral() + "': set 'status: superseded'");
		} else if (!superseded && decision.getStatus() == DecisionStatus.SUPERSEDED) {
			report.add(decision, "status", name(decision) + " has the status superseded but no decision supersedes "
					+ "it: add 'supersedes: [" + decision.getId() + "]' to its successor and 'superseded-by' here "
					+ "(baton supersede), or correct the status");
		}
	}

	/** Every successor's link has a note ("in part"): the decision still holds otherwise. */
	private static boolean onlyInPart(Decision decision, List<Decision> successors) {
		if (successors.isEmpty()) {
			return false;
		}
		for (Decision successor : successors) {
			for (DecisionLink link : successor.getLinks()) {
				if (link.getType() == LinkType.SUPERSEDES && link.getTarget() == decision && blank(link.getNote())) {
					return false;
				}
			}
		}
		return true;
	}
}
