package dev.baton.validation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.validation.ReadinessReport.Finding;
import dev.baton.validation.ReadinessReport.RuleResult;

/**
 * A readiness report as a SARIF 2.1.0 log (a JSON tree: write it with any JSON writer), for code scanning in CI: one
 * run whose driver lists every rule, one result per finding with its rule, level, message and, when known, the file
 * (relative to the architecture folder) and line.
 */
public final class SarifLog {

	public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	private SarifLog() {
	}

	public static Map<String, Object> of(ReadinessReport report) {
		List<Object> rules = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (RuleResult rule : report.rules()) {
			Map<String, Object> descriptor = new LinkedHashMap<>();
			descriptor.put("id", rule.id());
			descriptor.put("name", rule.id());
			descriptor.put("shortDescription", Map.of("text", rule.label()));
			descriptor.put("defaultConfiguration", Map.of("level", level(rule.severity())));
			if (rule.section() > 0) {
				descriptor.put("properties", Map.of("handoverSection", rule.section()));
			}
			rules.add(descriptor);
			ids.add(rule.id());
		}
		List<Object> results = new ArrayList<>();
		for (Finding finding : report.findings()) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("ruleId", finding.rule());
			if (ids.contains(finding.rule())) {
				result.put("ruleIndex", ids.indexOf(finding.rule()));
			}
			result.put("level", level(finding.severityName()));
			result.put("message", Map.of("text", finding.message()));
			if (finding.path() != null) {
				Map<String, Object> physical = new LinkedHashMap<>();
				physical.put("artifactLocation", Map.of("uri", uri(finding.path())));
				if (finding.line() > 0) {
					physical.put("region", Map.of("startLine", finding.line()));
				}
				result.put("locations", List.of(Map.of("physicalLocation", physical)));
			}
			results.add(result);
		}
		Map<String, Object> driver = new LinkedHashMap<>();
		driver.put("name", "baton");
		driver.put("informationUri", "https://baton.dev/");
		driver.put("rules", rules);
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("tool", Map.of("driver", driver));
		run.put("results", results);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("asOf", report.asOf().toString());
		properties.put("readiness", report.overall());
		run.put("properties", properties);
		Map<String, Object> log = new LinkedHashMap<>();
		log.put("$schema", SCHEMA);
		log.put("version", "2.1.0");
		log.put("runs", List.of(run));
		return log;
	}

	/** SARIF levels: error, warning, note. */
	private static String level(String severity) {
		return switch (severity) {
		case "error" -> "error";
		case "warning" -> "warning";
		default -> "note";
		};
	}

	/** A relative URI reference: forward slashes, spaces and other reserved characters escaped. */
	private static String uri(String path) {
		StringBuilder uri = new StringBuilder();
		for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (c < 0x80 && (Character.isLetterOrDigit(c) || "/-._~".indexOf(c) >= 0)) {
				uri.append(c);
			} else {
				uri.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return uri.toString();
	}
}
