package dev.baton.validation.rules;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import dev.baton.api.Findings;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.ServiceProperties;
import dev.baton.api.SourceLocation;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;
import dev.baton.model.Record;
import dev.baton.validation.CheckedSubjects;

/**
 * Base of the built-in rules: a rule checks its subjects one by one and reports through a {@link Report}, which gives
 * every finding the rule's id as its source, the subject as its data and the file and line of the key it is about.
 *
 * @param <T> the kind of subject (a record type, or {@link dev.baton.validation.HandoverSection})
 */
public abstract class RuleSupport<T> implements ReadinessRule, CheckedSubjects {

	private final ReadinessRuleService service;
	private final int severity;

	/** A rule described by the {@link ReadinessRuleService} on its class (its DS service properties). */
	protected RuleSupport() {
		service = getClass().getAnnotation(ReadinessRuleService.class);
		if (service == null) {
			throw new IllegalStateException(getClass().getName() + " has no @ReadinessRuleService: declare its id, "
					+ "label, severity and section there");
		}
		severity = service.severity().diagnostic();
	}

	public final String id() {
		return service.id();
	}

	/** The service properties the rule's DS component declares (through its {@link ReadinessRuleService}). */
	public final Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(ServiceProperties.ID, service.id());
		properties.put(ServiceProperties.LABEL, service.label());
		properties.put(ServiceProperties.SEVERITY, service.severity().name());
		properties.put(ServiceProperties.SECTION, service.section());
		return properties;
	}

	@Override
	public abstract List<T> subjects(Architecture architecture, RunContext context);

	/** Checks one subject. */
	protected abstract void check(T subject, RunContext context, Report report);

	/**
	 * The subjects the rule checks in an architecture as it was read: those of the model; a rule that needs the folder
	 * overrides this to check nothing without one.
	 */
	@Override
	public List<T> subjects(LoadedArchitecture loaded, RunContext context) {
		return subjects(loaded.architecture(), context);
	}

	@Override
	public final void check(LoadedArchitecture loaded, RunContext context, DiagnosticChain findings) {
		Report report = new Report(loaded, findings);
		for (T subject : subjects(loaded, context)) {
			context.checkCancelled();
			check(subject, context, report);
		}
	}

	/** Checks a model alone, in the folder its resource names ({@link LoadedArchitecture#of(Architecture)}). */
	@Override
	public final void check(Architecture architecture, RunContext context, DiagnosticChain findings) {
		check(LoadedArchitecture.of(architecture), context, findings);
	}

	/** Where a rule's findings go. */
	protected final class Report {

		private final LoadedArchitecture loaded;
		private final DiagnosticChain findings;

		Report(LoadedArchitecture loaded, DiagnosticChain findings) {
			this.loaded = loaded;
			this.findings = findings;
		}

		private final Map<Object, Object> memo = new IdentityHashMap<>();

		/** The architecture being checked. */
		public Architecture architecture() {
			return loaded.architecture();
		}

		/** The folder the architecture was read from; empty for a model not read from one. */
		public Optional<Path> root() {
			return loaded.root();
		}

		/**
		 * A value computed once per run and key (an index a rule needs for every subject), so that a rule stays linear
		 * in the number of records.
		 */
		@SuppressWarnings("unchecked")
		public <V> V memo(Object key, Supplier<V> compute) {
			return (V) memo.computeIfAbsent(key, k -> compute.get());
		}

		/** A finding of the rule's own severity about the subject, located at its key (or its file). */
		public void add(Object subject, String key, String message) {
			add(severity, subject, key, message);
		}

		/** A finding of the rule's own severity about the subject, located in another file (a specification, ...). */
		public void addAt(SourceLocation location, Object subject, String message) {
			Findings.add(findings, Findings.at(severity, id(), 0, location, message, subject));
		}

		public void add(int findingSeverity, Object subject, String key, String message) {
			SourceLocation location =
					subject instanceof Record record ? loaded.locate(record, key).orElse(null) : null;
			Findings.add(findings, Findings.at(findingSeverity, id(), 0, location, message, subject));
		}
	}

	/** {@code kind 'id'}, the way messages name a record. */
	protected static String name(Record record) {
		String kind = record.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return kind + " '" + record.getId() + "'";
	}

	/** Whether the reference is an id the store could not resolve (an EMF proxy {@code baton:/unresolved#id}). */
	protected static boolean unresolved(EObject target) {
		return target != null && target.eIsProxy()
				&& "baton:/unresolved".equals(((InternalEObject) target).eProxyURI().trimFragment().toString());
	}

	/** The id of a referenced record, or the id as written when it did not resolve. */
	protected static String idOf(EObject target) {
		if (target != null && target.eIsProxy()) {
			return ((InternalEObject) target).eProxyURI().fragment();
		}
		return target instanceof Record record ? record.getId() : String.valueOf(target);
	}

	protected static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
