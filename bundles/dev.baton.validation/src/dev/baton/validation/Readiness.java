package dev.baton.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;

import dev.baton.api.Contribution;
import dev.baton.api.Findings;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.ServiceProperties;
import dev.baton.api.Severity;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.Record;
import dev.baton.validation.ReadinessReport.Check;
import dev.baton.validation.ReadinessReport.Finding;
import dev.baton.validation.ReadinessReport.RuleResult;
import dev.baton.validation.ReadinessReport.SectionScore;
import dev.baton.validation.rules.BuiltInRules;

/**
 * Runs readiness rules on an architecture and scores it.
 *
 * <p>
 * Scoring: a rule's pass ratio is the share of its subjects with no finding of warning or error severity (info findings
 * cost nothing). A handover section with no records scores 0; otherwise it scores the mean pass ratio of the rules that
 * belong to it (service property {@link ServiceProperties#SECTION}), times 100, or 100 when none of them had anything
 * to check. Rules of no section make up a 19th part, "across sections", scored the same way; checks of whole sections
 * (subjects that are {@link HandoverSection}s) are already scored by the section's emptiness and are not counted twice.
 * The overall score is the mean of the 19 parts.
 */
public final class Readiness {

	private static final String ACROSS_SECTIONS = "Across sections";

	private Readiness() {
	}

	/**
	 * The built-in rules, ordered by id, for code that runs without OSGi (tests, tools). In OSGi take the rules of the
	 * {@link dev.baton.api.Registry}, which has those of other bundles too.
	 */
	public static List<Contribution<ReadinessRule>> builtInRules() {
		return BuiltInRules.contributions();
	}

	/**
	 * Runs every rule and scores the result. A rule that throws is reported as an error finding of that rule; the
	 * others still run. Rules run side by side on every core (each reads the model and none changes it); the report
	 * lists them in the order of their ids.
	 *
	 * @param loaded the architecture as read: rules take its folder and where each record was written from here
	 * @param rules  e.g. {@code registry.all(ReadinessRule.class)}
	 * @throws RunContext.CancelledException when the context's monitor is cancelled
	 */
	public static ReadinessReport assess(LoadedArchitecture loaded, List<Contribution<ReadinessRule>> rules,
			RunContext context) {
		Architecture architecture = loaded.architecture();
		List<Contribution<ReadinessRule>> ordered = new ArrayList<>(rules);
		ordered.sort(Comparator.comparing(Contribution::id));
		context.monitor().beginTask("Checking readiness", ordered.size());
		// the rules only read the model: they run side by side, their results kept in the rules' order
		List<RuleResult> results = ordered.parallelStream().map(rule -> {
			context.checkCancelled();
			return run(loaded, rule, context);
		}).toList();
		context.monitor().worked(ordered.size());
		context.monitor().done();
		List<SectionScore> sections = new ArrayList<>();
		for (HandoverSection section : HandoverSection.values()) {
			sections.add(score(section.number(), section.title(), section.records(architecture), section, results));
		}
		sections.add(score(0, ACROSS_SECTIONS, List.of(), null, results));
		double mean = sections.stream().mapToInt(SectionScore::score).average().orElse(100);
		List<String> explanation = new ArrayList<>();
		explanation.add(
				"the mean of " + sections.size() + " parts: the 18 handover sections and the checks across sections");
		for (SectionScore section : sections) {
			if (section.score() < 100) {
				explanation.add(label(section) + " scores " + section.score() + " (" + points((100.0 - section.score())
						/ sections.size()) + " overall)");
			}
		}
		return new ReadinessReport(context.asOf(), results, sections, (int) Math.round(mean), explanation);
	}

	private static RuleResult run(LoadedArchitecture loaded, Contribution<ReadinessRule> rule, RunContext context) {
		Architecture architecture = loaded.architecture();
		BasicDiagnostic chain = Findings.root(rule.id(), rule.label());
		List<?> subjects = List.of(architecture);
		try {
			if (rule.service() instanceof CheckedSubjects checked) {
				subjects = checked.subjects(loaded, context);
			}
			rule.service().check(loaded, context, chain);
		} catch (RunContext.CancelledException e) {
			throw e;
		} catch (RuntimeException e) {
			chain.add(new BasicDiagnostic(Diagnostic.ERROR, rule.id(), 0, "the rule " + rule.id() + " failed ("
					+ e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
					+ "); its other findings may be missing: fix the setting it names, or report the problem", null));
		}
		Map<Object, List<Finding>> bySubject = new IdentityHashMap<>();
		List<Finding> unplaced = new ArrayList<>();
		for (Object subject : subjects) {
			bySubject.put(subject, new ArrayList<>());
		}
		for (Diagnostic diagnostic : Findings.leaves(chain)) {
			Object subject = null;
			for (Object datum : diagnostic.getData()) {
				if (datum != null && bySubject.containsKey(datum)) {
					subject = datum;
					break;
				}
			}
			if (subject == null && bySubject.containsKey(architecture)) {
				subject = architecture;
			}
			Finding finding = finding(rule.id(), diagnostic, subject);
			(subject == null ? unplaced : bySubject.get(subject)).add(finding);
		}
		List<Check> checks = new ArrayList<>();
		for (Object subject : subjects) {
			checks.add(new Check(name(subject), kind(subject), path(subject), bySubject.get(subject)));
		}
		if (!unplaced.isEmpty()) {
			checks.add(new Check("architecture", "architecture", null, unplaced));
		}
		String severity = Severity.of(rule.property(ServiceProperties.SEVERITY)).label();
		return new RuleResult(rule.id(), rule.label(), severity, section(rule), checks);
	}

	private static Finding finding(String rule, Diagnostic diagnostic, Object subject) {
		SourceLocation location = SourceLocation.of(diagnostic);
		String path = path(subject);
		if (path == null && location != null) {
			path = location.file().toString().replace('\\', '/');
		}
		return new Finding(rule, diagnostic.getSeverity(), diagnostic.getMessage(),
				subject == null ? null : name(subject),
				path, location == null ? 0 : location.line(), location, diagnostic);
	}

	private static int section(Contribution<ReadinessRule> rule) {
		try {
			String section = rule.property(ServiceProperties.SECTION);
			int number = section == null ? 0 : Integer.parseInt(section.strip());
			return number >= 1 && number <= 18 ? number : 0;
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static SectionScore score(int number, String title, List<Record> records, HandoverSection section,
			List<RuleResult> results) {
		List<String> counted = new ArrayList<>();
		List<String> lost = new ArrayList<>();
		if (section != null) {
			Map<String, Integer> byKind = new TreeMap<>();
			records.forEach(r -> byKind.merge(kind(r), 1, Integer::sum));
			List<String> kinds = new ArrayList<>();
			byKind.forEach((kind, count) -> kinds.add(kind + " " + count));
			counted.add(records.size() + " record(s)" + (kinds.isEmpty() ? "" : ": " + String.join(", ", kinds)));
			if (records.isEmpty()) {
				lost.add(
						"no records (-100): add " + (section == HandoverSection.CURRENT_STATE ? "the work in flight to "
								: "records to ") + section.folders());
				return new SectionScore(number, title, 0, 0, counted, lost);
			}
		}
		Map<String, double[]> ratios = new LinkedHashMap<>();
		for (RuleResult rule : results) {
			if (rule.section() != number) {
				continue;
			}
			List<Check> checks = rule.checks().stream().filter(c -> !"section".equals(c.kind())).toList();
			if (checks.isEmpty()) {
				continue;
			}
			long passed = checks.stream().filter(Check::passed).count();
			ratios.put(rule.id(), new double[] { passed, checks.size() });
		}
		double sum = 0;
		for (Map.Entry<String, double[]> ratio : ratios.entrySet()) {
			long passed = (long) ratio.getValue()[0];
			long checked = (long) ratio.getValue()[1];
			counted.add(ratio.getKey() + ": " + passed + " of " + checked + " passed");
			sum += passed / (double) checked;
			if (passed < checked) {
				lost.add(ratio.getKey() + ": " + (checked - passed) + " of " + checked + " failed ("
						+ points(100.0 * (checked - passed) / checked / ratios.size()) + ")");
			}
		}
		int score = ratios.isEmpty() ? 100 : (int) Math.round(100 * sum / ratios.size());
		return new SectionScore(number, title, records.size(), score, counted, lost);
	}

	private static String label(SectionScore section) {
		return section.number() == 0 ? section.title() : section.number() + ". " + section.title();
	}

	private static String points(double points) {
		return String.format(Locale.ROOT, "-%.1f", points);
	}

	private static String name(Object subject) {
		if (subject instanceof Record record) {
			return record.getId();
		}
		return subject instanceof HandoverSection section ? section.toString() : "architecture";
	}

	/** The words of each record class's name ("access item"), made once per class. */
	private static final Map<EClass, String> KINDS = new ConcurrentHashMap<>();

	private static String kind(Object subject) {
		if (subject instanceof Record record) {
			return KINDS.computeIfAbsent(record.eClass(),
					type -> type.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
		}
		return subject instanceof HandoverSection ? "section" : "architecture";
	}

	private static String path(Object subject) {
		return subject instanceof Record record ? record.getSourcePath() : null;
	}
}
