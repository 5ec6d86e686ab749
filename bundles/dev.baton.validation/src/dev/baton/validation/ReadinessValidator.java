package dev.baton.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.baton.api.Contribution;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.model.Architecture;
import dev.baton.model.BatonPackage;

/**
 * The readiness rules as an EMF {@link EValidator}, so that {@code Diagnostician.validate} (an editor's live
 * validation, EMF's validate action) reports the same findings as {@code baton validate}. Registered for the Baton
 * package with {@link #register}.
 *
 * <p>
 * The rules run once per architecture and validation pass (the result is kept in the Diagnostician's context map); each
 * object then gets the findings whose data names it, and the architecture gets the findings about no record (empty
 * handover sections). The "as of" date and options come from a {@link RunContext} in the context map under
 * {@code RunContext.class}, else from the context supplier.
 */
public final class ReadinessValidator implements EValidator {

	private final Supplier<List<Contribution<ReadinessRule>>> rules;
	private final Supplier<RunContext> defaultContext;
	private final EValidator delegate;

	/**
	 * @param rules          the rules to run, asked again on every validation pass
	 * @param defaultContext the context when the validation's context map has none
	 * @param delegate       the validator registered before (its diagnostics come first), or {@code null}
	 */
	public ReadinessValidator(Supplier<List<Contribution<ReadinessRule>>> rules, Supplier<RunContext> defaultContext,
			EValidator delegate) {
		this.rules = rules;
		this.defaultContext = defaultContext;
		this.delegate = delegate;
	}

	/**
	 * Registers a validator for the Baton package in the registry, delegating to the validator registered there before.
	 *
	 * @return the registered validator, to pass to {@link #unregister}
	 */
	public static ReadinessValidator register(EValidator.Registry registry,
			Supplier<List<Contribution<ReadinessRule>>> rules, Supplier<RunContext> defaultContext) {
		ReadinessValidator validator = new ReadinessValidator(rules, defaultContext,
				registry.getEValidator(BatonPackage.eINSTANCE));
		registry.put(BatonPackage.eINSTANCE, validator);
		return validator;
	}

	/** Puts the validator registered before back, if this one is still the registered one. */
	public static void unregister(EValidator.Registry registry, ReadinessValidator validator) {
		if (registry.get(BatonPackage.eINSTANCE) == validator) {
			if (validator.delegate == null) {
				registry.remove(BatonPackage.eINSTANCE);
			} else {
				registry.put(BatonPackage.eINSTANCE, validator.delegate);
			}
		}
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = delegate == null || delegate.validate(eClass, eObject, diagnostics, context);
		if (!(EcoreUtil.getRootContainer(eObject) instanceof Architecture architecture)) {
			return valid;
		}
		for (Diagnostic finding : findings(architecture, context)) {
			if (isAbout(finding, eObject, architecture)) {
				valid &= finding.getSeverity() < Diagnostic.ERROR;
				if (diagnostics != null) {
					diagnostics.add(finding);
				}
			}
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return delegate == null || delegate.validate(eDataType, value, diagnostics, context);
	}

	/** The architecture as read, when the caller put it in the context under its class; else the model alone. */
	private static LoadedArchitecture loaded(Architecture architecture, Map<Object, Object> context) {
		return context != null && context.get(LoadedArchitecture.class) instanceof LoadedArchitecture given
				&& given.architecture() == architecture ? given : LoadedArchitecture.of(architecture);
	}

	@SuppressWarnings("unchecked")
	private List<Diagnostic> findings(Architecture architecture, Map<Object, Object> context) {
		Object key = new CacheKey(architecture);
		if (context != null && context.get(key) instanceof List<?> cached) {
			return (List<Diagnostic>) cached;
		}
		RunContext runContext = context != null && context.get(RunContext.class) instanceof RunContext given ? given
				: defaultContext.get();
		List<Diagnostic> findings = new ArrayList<>();
		ReadinessReport report = Readiness.assess(loaded(architecture, context), rules.get(), runContext);
		report.rules().forEach(rule -> rule.findings().forEach(f -> findings.add(f.diagnostic())));
		if (context != null) {
			context.put(key, findings);
		}
		return findings;
	}

	/** About the object when its data names it; the architecture also gets what names no model object. */
	private static boolean isAbout(Diagnostic finding, EObject eObject, Architecture architecture) {
		boolean namesObject = false;
		for (Object datum : finding.getData()) {
			if (datum == eObject) {
				return true;
			}
			namesObject |= datum instanceof EObject;
		}
		return eObject == architecture && !namesObject;
	}

	/** The key of an architecture's findings in a validation pass's context map. */
	private record CacheKey(Architecture architecture) {

		@Override
		public boolean equals(Object other) {
			return other instanceof CacheKey key && key.architecture == architecture;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(architecture);
		}
	}
}
