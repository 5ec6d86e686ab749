package dev.baton.validation.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;
import dev.baton.model.Contract;
import dev.baton.validation.ReadinessOptions;

/**
 * No contract renews within {@code renewal-warning-days} (default 90) unnoticed: the successor must decide in time,
 * before the notice deadline. A renewal date in the past is stale.
 */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "contract-renewal", label = "No contract renews soon unnoticed",
		severity = Severity.WARNING, section = 7)
public final class ContractRenewalRule extends RuleSupport<Contract> {

	@Override
	public List<Contract> subjects(Architecture architecture, RunContext context) {
		return architecture.getContracts();
	}

	@Override
	protected void check(Contract contract, RunContext context, Report report) {
		LocalDate renewal = contract.getRenewalDate();
		if (renewal == null) {
			report.add(Diagnostic.INFO, contract, "renewal-date", name(contract) + " has no renewal date: add "
					+ "'renewal-date: YYYY-MM-DD' (and 'notice-period-days') so the renewal is not missed");
			return;
		}
		int warningDays = ReadinessOptions.days(context, ReadinessOptions.RENEWAL_WARNING_DAYS,
				ReadinessOptions.RENEWAL_WARNING_DAYS_DEFAULT);
		long days = ChronoUnit.DAYS.between(context.asOf(), renewal);
		String vendor = blank(contract.getVendor()) ? "" : " (" + contract.getVendor() + ")";
		if (days < 0) {
			report.add(contract, "renewal-date", name(contract) + vendor + " had its renewal date on " + renewal
					+ ": record the current term's renewal date, or end the contract's record");
		} else if (days <= warningDays) {
			StringBuilder message = new StringBuilder(name(contract)).append(vendor).append(" renews on ")
					.append(renewal).append(", in ").append(days).append(" days");
			message.append(contract.isAutoRenews() ? ", automatically" : "");
			if (contract.getNoticePeriodDays() != null) {
				LocalDate notice = renewal.minusDays(contract.getNoticePeriodDays());
				message.append(
						notice.isBefore(context.asOf()) ? "; the notice deadline passed on " : "; notice is due by ")
						.append(notice);
			}
			message.append(": decide whether to renew, and who gives notice or signs");
			report.add(contract, "renewal-date", message.toString());
		}
	}
}
