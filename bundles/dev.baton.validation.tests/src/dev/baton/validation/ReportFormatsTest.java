package dev.baton.validation;

import static dev.baton.validation.Fixtures.AS_OF;
import static dev.baton.validation.Fixtures.MAKE;
import static dev.baton.validation.Fixtures.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.baton.api.LoadedArchitecture;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.Component;
import dev.baton.model.Team;
import dev.baton.model.Technology;
import dev.baton.store.Json;
import dev.baton.testing.JsonReader;
import dev.baton.validation.rules.BuiltInRules;

/** Each output format, parsed back: JSON and SARIF with a strict JSON parser, JUnit XML with the JDK's. */
class ReportFormatsTest {

	private ReadinessReport report;

	@BeforeEach
	void assess() {
		Architecture architecture = Fixtures.architecture();
		Component owned = named(MAKE.createComponent(), "components", "owned");
		owned.setOwner(named(MAKE.createTeam(), "teams", "team-a"));
		architecture.getTeams().add((Team) owned.getOwner());
		Component orphan = named(MAKE.createComponent(), "components", "orphan & <co>");
		orphan.setDescription("line one\npassword=Tr0ub4dor&3 \"quoted\"");
		architecture.getComponents().addAll(List.of(owned, orphan));
		Technology unknown = named(MAKE.createTechnology(), "technologies", "no eol");
		architecture.getTechnologies().add(unknown);
		LoadedArchitecture located =
				LoadedArchitecture.of(architecture, null, (record, key) -> Optional.of(SourceLocation
						.of(Path.of("/work/arch").resolve(record.getSourcePath()), "owner".equals(key) ? 2 : 0)));
		report = Readiness.assess(located, BuiltInRules.contributions(), RunContext.asOf(AS_OF));
	}

	@SuppressWarnings("unchecked")
	private static <T> T at(Object tree, Object... path) {
		Object node = tree;
		for (Object step : path) {
			node = step instanceof Integer index ? ((List<Object>) node).get(index)
					: ((Map<String, Object>) node).get(step);
		}
		return (T) node;
	}

	@Test
	void jsonParsesBackWithEveryFindingAndScoreInAStableOrder() {
		String json = Json.write(ReportJson.of(report));
		Object tree = JsonReader.parse(json);
		assertEquals("2026-11-28", at(tree, "asOf"));
		assertEquals(List.of("asOf", "score", "rules", "findings"), List.copyOf(((Map<?, ?>) tree).keySet()));
		assertEquals(report.overall(), ((Number) at(tree, "score", "overall")).intValue());
		assertEquals(19, ((List<?>) at(tree, "score", "sections")).size());
		assertEquals("Scope of the handover", at(tree, "score", "sections", 0, "title"));
		List<Map<String, Object>> findings = at(tree, "findings");
		assertEquals(report.findings().size(), findings.size());
		Map<String, Object> owner = findings.stream().filter(f -> f.get("rule").equals("component-owner")).findFirst()
				.orElseThrow();
		assertEquals("components/orphan & <co>.md", owner.get("file"),
				"relative to the folder, not the locator's path");
		assertEquals(2, ((Number) owner.get("line")).intValue());
		assertEquals("warning", owner.get("severity"));
		assertEquals("orphan & <co>", owner.get("subject"));
		assertEquals(15, ((List<?>) at(tree, "rules")).size());
		assertEquals(json, Json.write(ReportJson.of(report)), "same report, same bytes");
	}

	@Test
	void sarifHasTheStructureOfALog() {
		Object log = JsonReader.parse(Json.write(SarifLog.of(report)));
		assertEquals("2.1.0", at(log, "version"));
		assertEquals(SarifLog.SCHEMA, at(log, "$schema"));
		List<Map<String, Object>> rules = at(log, "runs", 0, "tool", "driver", "rules");
		assertEquals("baton", at(log, "runs", 0, "tool", "driver", "name"));
		assertEquals(15, rules.size());
		assertEquals("credential-in-text", rules.get(3).get("id"));
		assertEquals("error", at(rules.get(3), "defaultConfiguration", "level"));
		List<Map<String, Object>> results = at(log, "runs", 0, "results");
		assertEquals(report.findings().size(), results.size());
		for (Map<String, Object> result : results) {
			int index = ((Number) result.get("ruleIndex")).intValue();
			assertEquals(rules.get(index).get("id"), result.get("ruleId"));
			assertTrue(List.of("error", "warning", "note").contains(result.get("level")), result.toString());
			assertFalse(((String) at(result, "message", "text")).isBlank());
		}
		Map<String, Object> owner = results.stream().filter(r -> r.get("ruleId").equals("component-owner")).findFirst()
				.orElseThrow();
		assertEquals("components/orphan%20%26%20%3Cco%3E.md",
				at(owner, "locations", 0, "physicalLocation", "artifactLocation", "uri"));
		assertEquals(2, ((Number) at(owner, "locations", 0, "physicalLocation", "region", "startLine")).intValue());
		Map<String, Object> eol = results.stream().filter(r -> r.get("ruleId").equals("technology-end-of-life"))
				.findFirst().orElseThrow();
		assertEquals("note", eol.get("level"));
		assertEquals(null, (Object) at(eol, "locations", 0, "physicalLocation", "region"), "no line, no region");
		Map<String, Object> empty = results.stream().filter(r -> r.get("ruleId").equals("handover-section-content"))
				.findFirst().orElseThrow();
		assertFalse(empty.containsKey("locations"), "a finding about no file has no location");
	}

	@Test
	void junitXmlHasOneSuitePerRuleOneCasePerCheckAndFailuresForFindings() throws Exception {
		String xml = JunitReport.of(report);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		Element root = document.getDocumentElement();
		assertEquals("testsuites", root.getTagName());
		NodeList suites = root.getElementsByTagName("testsuite");
		assertEquals(15, suites.getLength());
		long cases = report.rules().stream().mapToLong(r -> r.checks().size()).sum();
		assertEquals(String.valueOf(cases), root.getAttribute("tests"));
		assertEquals(cases, root.getElementsByTagName("testcase").getLength());
		Element owner = null;
		for (int i = 0; i < suites.getLength(); i++) {
			Element suite = (Element) suites.item(i);
			if (suite.getAttribute("name").equals("component-owner")) {
				owner = suite;
			}
		}
		assertEquals("2", owner.getAttribute("tests"));
		assertEquals("1", owner.getAttribute("failures"));
		Element failing = (Element) owner.getElementsByTagName("failure").item(0).getParentNode();
		assertEquals("component orphan & <co>", failing.getAttribute("name"));
		assertEquals("components/orphan & <co>.md", failing.getAttribute("file"));
		Element failure = (Element) failing.getElementsByTagName("failure").item(0);
		assertEquals("warning", failure.getAttribute("type"));
		assertTrue(
				failure.getTextContent().startsWith("components/orphan & <co>.md:2: warning: component 'orphan & <co>' "
						+ "has no owner"),
				failure.getTextContent());
		assertFalse(xml.contains("Tr0ub4dor"), "the secret is not in the report");
		assertFalse(xml.contains("timestamp") || xml.contains("time="), "no times: same input, same bytes");
		assertEquals(xml, JunitReport.of(report));
	}

	@Test
	void textListsFindingsThenScores() {
		String text = ReportText.of(report);
		assertTrue(text.contains("/work/arch/components/orphan & <co>.md:2: warning: [component-owner] component "
				+ "'orphan & <co>' has no owner"), text);
		assertTrue(text.contains("\nReadiness as of 2026-11-28: " + report.overall() + "/100\n"), text);
		assertTrue(text.contains("   3. System inventory                    50\n"), text);
		assertTrue(text.contains("        lost: component-owner: 1 of 2 failed (-50.0)\n"), text);
		assertTrue(text.endsWith("\n" + report.count(Diagnostic.ERROR) + " error(s), "
				+ report.count(Diagnostic.WARNING) + " warning(s), "
				+ report.count(Diagnostic.INFO) + " info\n"), text);
	}
}
