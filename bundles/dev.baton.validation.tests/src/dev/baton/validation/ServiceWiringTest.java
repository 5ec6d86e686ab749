package dev.baton.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import dev.baton.api.Contribution;
import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.ServiceProperties;
import dev.baton.model.Architecture;
import dev.baton.model.BatonPackage;
import dev.baton.model.Component;
import dev.baton.validation.rules.BuiltInRules;

/**
 * Runs in OSGi (Equinox with Felix SCR under Tycho): every built-in rule is a DS service with the properties it
 * declares, and the EValidator bridge is registered for the Baton package.
 */
class ServiceWiringTest {

	private BundleContext context;

	@BeforeEach
	void start() throws BundleException {
		Bundle bundle = FrameworkUtil.getBundle(Readiness.class);
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		context = bundle.getBundleContext();
	}

	private <T> T await(Supplier<T> value) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			T result = value.get();
			if (result != null) {
				return result;
			}
			Thread.sleep(50);
		}
		return value.get();
	}

	@Test
	void everyBuiltInRuleIsAServiceWithItsDeclaredProperties() throws Exception {
		List<Map<String, Object>> registered = await(() -> {
			try {
				List<Map<String, Object>> all = new ArrayList<>();
				for (ServiceReference<ReadinessRule> reference : context.getServiceReferences(ReadinessRule.class,
						null)) {
					Map<String, Object> properties = new HashMap<>();
					for (String key : List.of(ServiceProperties.ID, ServiceProperties.LABEL, ServiceProperties.SEVERITY,
							ServiceProperties.SECTION)) {
						if (reference.getProperty(key) != null) {
							properties.put(key, reference.getProperty(key));
						}
					}
					all.add(properties);
				}
				return all.size() >= 15 ? all : null;
			} catch (InvalidSyntaxException e) {
				throw new AssertionError(e);
			}
		});
		assertNotNull(registered, "the rule services did not come up");
		for (Contribution<ReadinessRule> rule : BuiltInRules.contributions()) {
			assertTrue(registered.contains(rule.properties()),
					rule.id() + " is not registered with " + rule.properties()
							+ " but " + registered);
		}
	}

	@Test
	void theEValidatorRunsTheRulesForTheBatonPackage() throws Exception {
		EValidator validator = await(() -> EValidator.Registry.INSTANCE
				.getEValidator(BatonPackage.eINSTANCE) instanceof ReadinessValidator found ? found : null);
		assertInstanceOf(ReadinessValidator.class, validator, "no readiness validator registered");
		Architecture architecture = Fixtures.architecture();
		Component orphan = Fixtures.named(Fixtures.MAKE.createComponent(), "components", "orphan");
		architecture.getComponents().add(orphan);
		Map<Object, Object> validationContext = new HashMap<>();
		validationContext.put(RunContext.class, RunContext.asOf(Fixtures.AS_OF));
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(orphan, validationContext);
		List<String> messages = diagnostic.getChildren().stream().map(Diagnostic::getMessage).toList();
		assertTrue(messages.contains("component 'orphan' has no owner: add 'owner: <team or person id>' naming who "
				+ "answers for it (a record in teams/ or people/)"), messages.toString());
		assertTrue(messages.stream().noneMatch(m -> m.startsWith("handover section")), "section findings belong to the "
				+ "architecture: " + messages);
		Diagnostic whole = Diagnostician.INSTANCE.validate(architecture, new HashMap<>(validationContext));
		List<String> all = new ArrayList<>();
		collect(whole, all);
		assertEquals(1, all.stream().filter(m -> m.startsWith("component 'orphan' has no owner")).count(),
				all.toString());
		assertEquals(17, all.stream().filter(m -> m.startsWith("handover section")).count(), all.toString());
	}

	private static void collect(Diagnostic diagnostic, List<String> messages) {
		for (Diagnostic child : diagnostic.getChildren()) {
			messages.add(child.getMessage());
			collect(child, messages);
		}
	}
}
