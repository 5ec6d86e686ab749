package dev.baton.validation.rules;

import java.util.Comparator;
import java.util.List;

import dev.baton.api.Contribution;
import dev.baton.api.ReadinessRule;
import dev.baton.api.ServiceProperties;

/**
 * The built-in rules as contributions with the same id, label and properties their DS components declare: for code that
 * runs without OSGi (tests, tools). In OSGi, take the rules from the {@link dev.baton.api.Registry} instead, which also
 * has rules of other bundles.
 */
public final class BuiltInRules {

	private BuiltInRules() {
	}

	/** Fresh instances of every built-in rule. */
	public static List<RuleSupport<?>> rules() {
		return List.of(new AccessItemRule(), new ComponentOwnerRule(), new ContractRenewalRule(), new CredentialRule(),
				new DecisionOutcomeRule(), new DuplicateNumberRule(), new HandoverContentRule(),
				new InterfaceDescribedRule(), new InterfaceSpecificationRule(), new ProposedTooLongRule(),
				new ReviewOverdueRule(), new RiskRule(), new SupersessionRule(), new EndOfLifeRule(),
				new UnresolvedReferenceRule());
	}

	/** Every built-in rule as a contribution, ordered by id like the registry orders them. */
	public static List<Contribution<ReadinessRule>> contributions() {
		return rules().stream().map(BuiltInRules::contribution).sorted(Comparator.comparing(Contribution::id)).toList();
	}

	/** One rule as a contribution. */
	public static Contribution<ReadinessRule> contribution(RuleSupport<?> rule) {
		return new Contribution<>(rule.id(), (String) rule.properties().get(ServiceProperties.LABEL), rule,
				rule.properties());
	}
}
