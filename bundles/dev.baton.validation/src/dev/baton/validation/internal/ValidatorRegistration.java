package dev.baton.validation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.eclipse.emf.ecore.EValidator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.baton.api.Contribution;
import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.ServiceProperties;
import dev.baton.validation.ReadinessValidator;

/**
 * Registers the {@link ReadinessValidator} for the Baton package in EMF's global validator registry while this bundle
 * is active, with every readiness rule service as it comes and goes (rules of other bundles too). It tracks the rules
 * itself rather than the Registry, which would be a circular reference. An editor's "as of" date is today unless its
 * validation passes a {@link RunContext}.
 */
@Component(immediate = true)
public final class ValidatorRegistration {

	private final ConcurrentMap<ReadinessRule, Map<String, Object>> rules = new ConcurrentHashMap<>();
	private ReadinessValidator validator;

	@Activate
	void activate() {
		validator = ReadinessValidator.register(EValidator.Registry.INSTANCE, this::rules,
				() -> RunContext.asOf(LocalDate.now(Clock.systemDefaultZone())));
	}

	@Deactivate
	void deactivate() {
		ReadinessValidator.unregister(EValidator.Registry.INSTANCE, validator);
	}

	private List<Contribution<ReadinessRule>> rules() {
		List<Contribution<ReadinessRule>> result = new ArrayList<>();
		rules.forEach((rule, properties) -> {
			String id = String.valueOf(properties.getOrDefault(ServiceProperties.ID, rule.getClass().getName()));
			result.add(
					new Contribution<>(id, String.valueOf(properties.getOrDefault(ServiceProperties.LABEL, id)), rule,
							properties));
		});
		return result;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeRule")
	void addRule(ReadinessRule rule, Map<String, Object> properties) {
		rules.put(rule, new HashMap<>(properties));
	}

	void removeRule(ReadinessRule rule) {
		rules.remove(rule);
	}
}
