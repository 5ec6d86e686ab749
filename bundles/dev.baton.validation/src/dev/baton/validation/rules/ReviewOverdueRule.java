package dev.baton.validation.rules;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;
import dev.baton.model.Record;
import dev.baton.validation.ReadinessOptions;

/** Every record was checked by a person within {@code review-max-days} ({@code last-reviewed}). */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "review-overdue", label = "Every record was reviewed recently", severity = Severity.WARNING)
public final class ReviewOverdueRule extends RuleSupport<Record> {

	@Override
	public List<Record> subjects(Architecture architecture, RunContext context) {
		return Records.all(architecture);
	}

	@Override
	protected void check(Record record, RunContext context, Report report) {
		int maxDays = ReadinessOptions.days(context, ReadinessOptions.REVIEW_MAX_DAYS,
				ReadinessOptions.REVIEW_MAX_DAYS_DEFAULT);
		if (record.getLastReviewed() == null) {
			report.add(record, "last-reviewed", name(record) + " has never been reviewed: check that it still holds "
					+ "and add 'last-reviewed: YYYY-MM-DD'");
			return;
		}
		long days = ChronoUnit.DAYS.between(record.getLastReviewed(), context.asOf());
		if (days > maxDays) {
			report.add(record, "last-reviewed", name(record) + " was last reviewed " + days + " days ago ("
					+ record.getLastReviewed() + "; at most " + maxDays + ", setting review-max-days): check that it "
					+ "still holds and update 'last-reviewed'");
		}
	}
}
