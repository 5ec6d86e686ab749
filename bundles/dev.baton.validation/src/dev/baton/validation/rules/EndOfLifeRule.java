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
import dev.baton.model.Technology;
import dev.baton.validation.ReadinessOptions;

/**
 * No technology is past its end of life or within {@code eol-warning-days} of it; a technology without an end-of-life
 * date is mentioned (info). Retired technologies are left out.
 */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "technology-end-of-life", label = "No technology is past or near its end of life",
		severity = Severity.WARNING, section = 4)
public final class EndOfLifeRule extends RuleSupport<Technology> {

	@Override
	public List<Technology> subjects(Architecture architecture, RunContext context) {
		return architecture.getTechnologies().stream().filter(t -> !"retired".equalsIgnoreCase(t.getLifecycle()))
				.toList();
	}

	@Override
	protected void check(Technology technology, RunContext context, Report report) {
		int warningDays = ReadinessOptions.days(context, ReadinessOptions.EOL_WARNING_DAYS,
				ReadinessOptions.EOL_WARNING_DAYS_DEFAULT);
		String what =
				name(technology) + (blank(technology.getVersion()) ? "" : " (version " + technology.getVersion() + ")");
		if (technology.getEndOfLife() == null) {
			report.add(Diagnostic.INFO, technology, "end-of-life", what + " has no end-of-life date: add "
					+ "'end-of-life: YYYY-MM-DD' (see the vendor's support policy or endoflife.date)");
			return;
		}
		List<String> users = technology.getUsedBy().stream().map(dev.baton.model.Component::getId).toList();
		String usedBy = users.isEmpty() ? "" : ", used by " + String.join(", ", users);
		long days = ChronoUnit.DAYS.between(context.asOf(), technology.getEndOfLife());
		if (days <= 0) {
			report.add(technology, "end-of-life", what + " reached its end of life on " + technology.getEndOfLife()
					+ usedBy + ": plan the upgrade (a work item or a risk) and record it, or set 'lifecycle: retired' "
					+ "once it is gone");
		} else if (days <= warningDays) {
			report.add(technology, "end-of-life", what + " reaches its end of life in " + days + " days, on "
					+ technology.getEndOfLife() + usedBy + " (setting eol-warning-days: " + warningDays
					+ "): plan the upgrade and record it as a work item");
		}
	}
}
