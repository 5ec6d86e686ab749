package dev.baton.validation.rules;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.ServiceProperties;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;

/** No two decisions of one set share a number (typically after two branches each added one). */
@Component(service = ReadinessRule.class, property = { ServiceProperties.ID + "=" + DuplicateNumberRule.ID,
		ServiceProperties.LABEL + "=" + DuplicateNumberRule.LABEL, ServiceProperties.SEVERITY + "=warning",
		ServiceProperties.SECTION + "=5" })
public final class DuplicateNumberRule extends RuleSupport<Decision> {

	static final String ID = "duplicate-decision-number";
	static final String LABEL = "No two decisions of a set share a number";

	public DuplicateNumberRule() {
		super(ID, LABEL, Diagnostic.WARNING, 5);
	}

	@Override
	public List<Decision> subjects(Architecture architecture, RunContext context) {
		return Decisions.all(architecture).toList();
	}

	@Override
	protected void check(Decision decision, RunContext context, Report report) {
		if (decision.getNumber() == null || !(decision.eContainer() instanceof DecisionSet set)) {
			return;
		}
		java.util.Map<Integer, List<Decision>> byNumber = report.memo(set, () -> set.getDecisions().stream()
				.filter(d -> d.getNumber() != null).collect(java.util.stream.Collectors.groupingBy(Decision::getNumber)));
		List<String> others = byNumber.getOrDefault(decision.getNumber(), List.of()).stream()
				.filter(d -> d != decision && Objects.equals(d.getNumber(), decision.getNumber()))
				.map(d -> d.getSourcePath() == null ? d.getId() : d.getSourcePath()).toList();
		if (!others.isEmpty()) {
			report.add(decision, null, name(decision) + " has the number " + decision.getNumber() + ", like "
					+ String.join(", ", others) + ": give all but one of them the next free numbers (baton renumber)");
		}
	}
}
