package dev.baton.validation.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;

/** No two decisions of one set share a number (typically after two branches each added one). */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "duplicate-decision-number", label = "No two decisions of a set share a number",
		severity = Severity.WARNING, section = 5)
public final class DuplicateNumberRule extends RuleSupport<Decision> {

	@Override
	public List<Decision> subjects(Architecture architecture, RunContext context) {
		return Decisions.all(architecture).toList();
	}

	@Override
	protected void check(Decision decision, RunContext context, Report report) {
		if (decision.getNumber() == null || !(decision.eContainer() instanceof DecisionSet set)) {
			return;
		}
		Map<Integer, List<Decision>> byNumber = report.memo(set, () -> set.getDecisions().stream()
				.filter(d -> d.getNumber() != null).collect(Collectors.groupingBy(Decision::getNumber)));
		List<String> others = byNumber.getOrDefault(decision.getNumber(), List.of()).stream()
				.filter(d -> d != decision && Objects.equals(d.getNumber(), decision.getNumber()))
				.map(d -> d.getSourcePath() == null ? d.getId() : d.getSourcePath()).toList();
		if (!others.isEmpty()) {
			report.add(decision, null, name(decision) + " has the number " + decision.getNumber() + ", like "
					+ String.join(", ", others) + ": give all but one of them the next free numbers (baton renumber)");
		}
	}
}
