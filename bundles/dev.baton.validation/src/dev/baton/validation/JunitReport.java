package dev.baton.validation;

import org.eclipse.emf.common.util.Diagnostic;

import dev.baton.validation.ReadinessReport.Check;
import dev.baton.validation.ReadinessReport.Finding;
import dev.baton.validation.ReadinessReport.RuleResult;

/**
 * A readiness report as JUnit XML, the test report format every CI server shows: one test suite per rule, one test case
 * per subject it checked (named by record id, or section), a failure per finding of warning or error severity; info
 * findings go to the test case's system-out. No timestamps or times, so the same input gives the same bytes.
 */
public final class JunitReport {

	private JunitReport() {
	}

	public static String of(ReadinessReport report) {
		long tests = report.rules().stream().mapToLong(r -> r.checks().size()).sum();
		long failures = report.rules().stream().mapToLong(RuleResult::failed).sum();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<testsuites name=\"baton validate\" tests=\"").append(tests).append("\" failures=\"")
				.append(failures).append("\" errors=\"0\">\n");
		for (RuleResult rule : report.rules()) {
			xml.append("  <testsuite name=\"").append(escape(rule.id())).append("\" tests=\"")
					.append(rule.checks().size())
					.append("\" failures=\"").append(rule.failed()).append("\" errors=\"0\" skipped=\"0\">\n");
			xml.append("    <properties>\n");
			property(xml, "label", rule.label());
			property(xml, "severity", rule.severity());
			property(xml, "asOf", report.asOf().toString());
			xml.append("    </properties>\n");
			for (Check check : rule.checks()) {
				testCase(xml, rule, check);
			}
			xml.append("  </testsuite>\n");
		}
		return xml.append("</testsuites>\n").toString();
	}

	private static void testCase(StringBuilder xml, RuleResult rule, Check check) {
		xml.append("    <testcase classname=\"").append(escape(rule.id())).append("\" name=\"")
				.append(escape(check.kind() + " " + check.subject())).append('"');
		if (check.path() != null) {
			xml.append(" file=\"").append(escape(check.path())).append('"');
		}
		if (check.findings().isEmpty()) {
			xml.append("/>\n");
			return;
		}
		xml.append(">\n");
		StringBuilder info = new StringBuilder();
		for (Finding finding : check.findings()) {
			String line = (finding.path() == null ? ""
					: finding.path() + (finding.line() > 0 ? ":" + finding.line() : "")
							+ ": ")
					+ finding.severityName() + ": " + finding.message();
			if (finding.severity() >= Diagnostic.WARNING) {
				xml.append("      <failure type=\"").append(finding.severityName()).append("\" message=\"")
						.append(escape(finding.message())).append("\">").append(escape(line)).append("</failure>\n");
			} else {
				info.append(line).append('\n');
			}
		}
		if (!info.isEmpty()) {
			xml.append("      <system-out>").append(escape(info.toString())).append("</system-out>\n");
		}
		xml.append("    </testcase>\n");
	}

	private static void property(StringBuilder xml, String name, String value) {
		xml.append("      <property name=\"").append(name).append("\" value=\"").append(escape(value)).append("\"/>\n");
	}

	/** Escapes for text and attribute values; characters XML 1.0 cannot hold are dropped. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\n' -> out.append("&#10;");
			case '\r' -> out.append("&#13;");
			case '\t' -> out.append("&#9;");
			default -> {
				if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
					out.appendCodePoint(c);
				}
			}
			}
		});
		return out.toString();
	}
}
