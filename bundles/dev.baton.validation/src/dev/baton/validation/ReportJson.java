package dev.baton.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.validation.ReadinessReport.Finding;
import dev.baton.validation.ReadinessReport.RuleResult;
import dev.baton.validation.ReadinessReport.SectionScore;

/**
 * A readiness report as a JSON tree (maps with keys in a fixed order, lists, strings, numbers): write it with any JSON
 * writer. Paths are relative to the architecture folder and there is no timestamp, so the same folder and "as of" date
 * give the same bytes.
 */
public final class ReportJson {

	private ReportJson() {
	}

	public static Map<String, Object> of(ReadinessReport report) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("asOf", report.asOf().toString());
		Map<String, Object> score = new LinkedHashMap<>();
		score.put("overall", report.overall());
		score.put("explanation", report.explanation());
		List<Object> sections = new ArrayList<>();
		for (SectionScore section : report.sections()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("number", section.number());
			entry.put("title", section.title());
			entry.put("records", section.records());
			entry.put("score", section.score());
			entry.put("counted", section.counted());
			entry.put("lost", section.lost());
			sections.add(entry);
		}
		score.put("sections", sections);
		root.put("score", score);
		List<Object> rules = new ArrayList<>();
		for (RuleResult rule : report.rules()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", rule.id());
			entry.put("label", rule.label());
			entry.put("severity", rule.severity());
			entry.put("section", rule.section());
			entry.put("checked", rule.checks().size());
			entry.put("failed", rule.failed());
			rules.add(entry);
		}
		root.put("rules", rules);
		List<Object> findings = new ArrayList<>();
		for (Finding finding : report.findings()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("rule", finding.rule());
			entry.put("severity", finding.severityName());
			entry.put("subject", finding.subject());
			entry.put("file", finding.path());
			entry.put("line", finding.line());
			entry.put("message", finding.message());
			findings.add(entry);
		}
		root.put("findings", findings);
		return root;
	}
}
