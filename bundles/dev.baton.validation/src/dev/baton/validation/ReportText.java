package dev.baton.validation;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

import dev.baton.api.Findings;
import dev.baton.validation.ReadinessReport.Finding;
import dev.baton.validation.ReadinessReport.SectionScore;

/**
 * A readiness report as text for people: one line per finding ({@code file:line: severity:
 * [rule] message}, the command line's convention), then the score of each section with what lost points, then the
 * totals.
 */
public final class ReportText {

	private ReportText() {
	}

	public static String of(ReadinessReport report) {
		StringBuilder out = new StringBuilder();
		for (Finding finding : report.findings()) {
			String where = finding.location() != null ? finding.location() + ": "
					: finding.path() != null ? finding.path() + ": " : "";
			out.append(Findings.oneLine(where)).append(finding.severityName()).append(": [").append(finding.rule())
					.append("] ").append(Findings.oneLine(finding.message())).append('\n');
		}
		if (!report.findings().isEmpty()) {
			out.append('\n');
		}
		out.append("Readiness as of ").append(report.asOf()).append(": ").append(report.overall()).append("/100\n");
		for (SectionScore section : report.sections()) {
			String label = section.number() == 0 ? "   " + section.title()
					: String.format(Locale.ROOT, "%2d. %s",
							section.number(), section.title());
			out.append(String.format(Locale.ROOT, "  %-38s %3d\n", label, section.score()));
			section.lost().forEach(line -> out.append("        lost: ").append(Findings.oneLine(line)).append('\n'));
		}
		out.append('\n').append(report.count(Diagnostic.ERROR)).append(" error(s), ")
				.append(report.count(Diagnostic.WARNING)).append(" warning(s), ").append(report.count(Diagnostic.INFO))
				.append(" info\n");
		return out.toString();
	}
}
