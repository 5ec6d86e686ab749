package dev.baton.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.Diagnostic;

import dev.baton.api.SourceLocation;

/**
 * What {@link Readiness#assess} found: every rule with what it checked and found, and a score per handover section and
 * overall with the reasons. Plain data in a stable order, for the command line, exporters and the UI alike.
 *
 * @param asOf        the date the rules judged against
 * @param rules       one result per rule, ordered by rule id
 * @param sections    the 18 handover sections in order, then the checks across sections (number 0)
 * @param overall     the overall score, 0-100
 * @param explanation how the overall score came about, one line each
 */
public record ReadinessReport(LocalDate asOf, List<RuleResult> rules, List<SectionScore> sections, int overall,
		List<String> explanation) {

	public ReadinessReport {
		rules = List.copyOf(rules);
		sections = List.copyOf(sections);
		explanation = List.copyOf(explanation);
	}

	/**
	 * Every finding, ordered by file, line and rule (findings without a file last); findings of one rule at one place
	 * keep the order the rule reported them in.
	 */
	public List<Finding> findings() {
		List<Finding> findings = new ArrayList<>();
		rules.forEach(rule -> rule.checks().forEach(check -> findings.addAll(check.findings())));
		findings.sort(Comparator.comparing((Finding f) -> f.path() == null ? "\uffff" : f.path())
				.thenComparingInt(Finding::line).thenComparing(Finding::rule));
		return findings;
	}

	/** How many findings have the given severity ({@link Diagnostic#ERROR}, WARNING, INFO). */
	public long count(int severity) {
		return findings().stream().filter(f -> f.severity() == severity).count();
	}

	/** The highest severity found, {@link Diagnostic#OK} when nothing was. */
	public int severity() {
		return findings().stream().mapToInt(Finding::severity).max().orElse(Diagnostic.OK);
	}

	/**
	 * One rule's result.
	 *
	 * @param severity the rule's declared severity: {@code error}, {@code warning} or {@code info}
	 * @param section  the handover section it belongs to, 0 for none
	 * @param checks   one per subject it checked, in the rule's order
	 */
	public record RuleResult(String id, String label, String severity, int section, List<Check> checks) {

		public RuleResult {
			checks = List.copyOf(checks);
		}

		public List<Finding> findings() {
			return checks.stream().flatMap(c -> c.findings().stream()).toList();
		}

		/** Checks with a finding of warning or error severity. */
		public long failed() {
			return checks.stream().filter(c -> !c.passed()).count();
		}
	}

	/**
	 * A rule's look at one subject.
	 *
	 * @param subject the record's id, the section ({@code 7. Vendors, contracts, licences}), or {@code architecture}
	 * @param kind    {@code component}, {@code decision}, ..., {@code section} or {@code architecture}
	 * @param path    the record's file relative to the architecture folder, or {@code null}
	 */
	public record Check(String subject, String kind, String path, List<Finding> findings) {

		public Check {
			findings = List.copyOf(findings);
		}

		/** No finding of warning or error severity. */
		public boolean passed() {
			return findings.stream().allMatch(f -> f.severity() < Diagnostic.WARNING);
		}
	}

	/**
	 * One finding.
	 *
	 * @param path       file relative to the architecture folder (stable for reports), or {@code null}
	 * @param line       1-based line, 0 when unknown
	 * @param location   as the finding's diagnostic carries it (for {@code file:line:} messages), or {@code null}
	 * @param diagnostic the finding as the rule reported it
	 */
	public record Finding(String rule, int severity, String message, String subject, String path, int line,
			SourceLocation location, Diagnostic diagnostic) {

		public Finding {
			Objects.requireNonNull(rule, "rule");
			Objects.requireNonNull(message, "message");
		}

		/** {@code error}, {@code warning} or {@code info}. */
		public String severityName() {
			return severity >= Diagnostic.ERROR ? "error" : severity == Diagnostic.WARNING ? "warning" : "info";
		}
	}

	/**
	 * The score of a handover section (or of the checks across sections, number 0).
	 *
	 * @param records how many records give the section content (0 for number 0)
	 * @param score   0-100
	 * @param counted what counted, one line each
	 * @param lost    what lost points, one line each
	 */
	public record SectionScore(int number, String title, int records, int score, List<String> counted,
			List<String> lost) {

		public SectionScore {
			counted = List.copyOf(counted);
			lost = List.copyOf(lost);
		}
	}
}
