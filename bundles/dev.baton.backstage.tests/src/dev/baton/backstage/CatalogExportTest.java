package dev.baton.backstage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import dev.baton.api.Findings;
import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.Record;
import dev.baton.model.Section;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.Kinds;
import dev.baton.testing.Examples;

/** Baton's records as Backstage catalog files, and the round trips through them. */
class CatalogExportTest {

	@TempDir
	Path temp;

	/** Every stored field of every record of the kinds the catalog holds, as text, by kind and id. */
	static Map<String, Map<String, String>> fields(Architecture architecture) {
		Map<String, Map<String, String>> all = new TreeMap<>();
		for (Record record : Kinds.records(architecture)) {
			String kind = Kinds.of(record.eClass()).name();
			if (!List.of("component", "interface", "system", "domain", "team", "person").contains(kind)) {
				continue;
			}
			Map<String, String> fields = new TreeMap<>();
			for (EStructuralFeature feature : record.eClass().getEAllStructuralFeatures()) {
				String key = Kinds.key(feature);
				if (key != null && record.eIsSet(feature)) {
					fields.put(key, text(feature, record.eGet(feature)));
				}
			}
			if (record.getDescription() != null) {
				fields.put("description", record.getDescription().strip());
			}
			for (Section section : record.getSections()) {
				fields.put("## " + section.getHeading(), section.getHeading().equals(CatalogImport.SECTION_HEADING)
						? String.valueOf(yaml(section.getBody()))
						: section.getBody());
			}
			all.put(kind + " " + record.getId(), fields);
		}
		return all;
	}

	private static String text(EStructuralFeature feature, Object value) {
		List<String> items = new ArrayList<>();
		for (Object item : feature.isMany() ? (List<?>) value : List.of(value)) {
			items.add(feature instanceof EAttribute attribute
					? EcoreUtil.convertToString(attribute.getEAttributeType(), item)
					: ((EObject) item).eIsProxy() ? "?" + ((InternalEObject) item).eProxyURI().fragment()
							: ((Record) item).getId());
		}
		return String.join(", ", items);
	}

	/** The YAML of a Backstage section, parsed, so that the comparison ignores layout. */
	private static Object yaml(String body) {
		String block = body.substring(body.indexOf("```yaml\n") + 8, body.lastIndexOf("```"));
		return new Load(LoadSettings.builder().build()).loadFromString(block);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> documents(Path file) throws Exception {
		List<Map<String, Object>> documents = new ArrayList<>();
		new Load(LoadSettings.builder().build()).loadAllFromString(Files.readString(file))
				.forEach(d -> documents.add((Map<String, Object>) d));
		return documents;
	}

	@Test
	void backstageToBatonToBackstageKeepsEveryField() throws Exception {
		Architecture first = BatonFactory.eINSTANCE.createArchitecture();
		BasicDiagnostic findings = new BasicDiagnostic();
		CatalogImport.run(CatalogFixtures.fullCatalog(temp), first, Examples.CONTEXT, findings);
		CatalogImport.run(CatalogImportTest.corpus("backstage__demo"), first, Examples.CONTEXT, new BasicDiagnostic());
		Path out = temp.resolve("out");
		List<Path> written = CatalogExport.run(first, out, null, Examples.CONTEXT, findings);
		assertEquals(List.of("catalog-info.yaml", "domains.yaml", "systems.yaml", "components.yaml", "apis.yaml",
				"groups.yaml", "users.yaml"), written.stream().map(p -> p.getFileName().toString()).toList());
		// the demo's MCP server API has no definition, which Backstage requires
		assertEquals(
				List.of("interfaces/github-mcp-server.md: info: interface github-mcp-server has no definition, which "
						+ "Backstage requires: wrote 'unknown'; fill it in the record"),
				Findings.leaves(findings).stream().map(Findings::format).toList());

		Architecture second = BatonFactory.eINSTANCE.createArchitecture();
		BasicDiagnostic again = new BasicDiagnostic();
		CatalogImport.Report report =
				CatalogImport.run(out.resolve("catalog-info.yaml"), second, Examples.CONTEXT, again);
		assertEquals(List.of(), Findings.leaves(again).stream().map(Findings::format).toList());
		assertEquals(
				Map.of("API", 4, "Component", 3, "Domain", 2, "Group", 2, "Location", 1, "Resource", 1, "System", 1,
						"User", 2),
				report.entities());
		assertEquals(fields(first), fields(second));

		// what Backstage reads: the payments API component as written
		Map<String, Object> api = documents(out.resolve("components.yaml")).stream()
				.filter(d -> "payments-api".equals(((Map<?, ?>) d.get("metadata")).get("name"))).findFirst()
				.orElseThrow();
		assertEquals("Component", api.get("kind"));
		Map<String, Object> spec = new LinkedHashMap<>((Map<String, Object>) api.get("spec"));
		assertEquals(
				Map.of("type", "service", "lifecycle", "production", "owner", "team-payments", "system", "checkout",
						"providesApis", List.of("payments-rest"), "consumesApis", List.of("ledger-events"), "dependsOn",
						List.of("resource:payments-db", "component:ledger-worker")),
				spec);
		Map<?, ?> annotations = (Map<?, ?>) ((Map<?, ?>) api.get("metadata")).get("annotations");
		assertEquals("url:https://git.example.com/payments-api", annotations.get("backstage.io/source-location"));
		assertEquals("2026-10-01", annotations.get("baton.dev/last-reviewed"));
		Map<String, Object> db = documents(out.resolve("components.yaml")).stream()
				.filter(d -> "payments-db".equals(((Map<?, ?>) d.get("metadata")).get("name"))).findFirst()
				.orElseThrow();
		assertEquals("Resource", db.get("kind"));
		Map<String, Object> rest = documents(out.resolve("apis.yaml")).stream()
				.filter(d -> "payments-rest".equals(((Map<?, ?>) d.get("metadata")).get("name"))).findFirst()
				.orElseThrow();
		assertEquals(Map.of("$text", "../catalog/specs/payments.yaml"),
				((Map<?, ?>) rest.get("spec")).get("definition"));
		Map<String, Object> worker = documents(out.resolve("components.yaml")).stream()
				.filter(d -> "ledger-worker".equals(((Map<?, ?>) d.get("metadata")).get("name"))).findFirst()
				.orElseThrow();
		assertEquals("finance/auditors", ((Map<?, ?>) worker.get("spec")).get("owner"));
		assertEquals("Location", documents(out.resolve("catalog-info.yaml")).get(0).get("kind"));
	}

	@Test
	void theExampleGoesToBackstageAndBackWithItsFieldsAndItsDecisions() throws Exception {
		ArchitectureFolder example = Examples.larkspur();
		Path out = temp.resolve("catalog");
		BasicDiagnostic findings = new BasicDiagnostic();
		CatalogExport.run(example.architecture(), out, example.root(), Examples.CONTEXT, findings);
		List<Map<String, Object>> components = documents(out.resolve("components.yaml"));
		assertEquals(example.architecture().getComponents().size(), components.size());
		for (Map<String, Object> component : components) {
			Map<?, ?> annotations = (Map<?, ?>) ((Map<?, ?>) component.get("metadata")).get("annotations");
			String decisions = (String) annotations.get("backstage.io/adr-location");
			assertEquals(example.root().resolve("decisions"), out.resolve(decisions).normalize());
		}
		Architecture back = BatonFactory.eINSTANCE.createArchitecture();
		BasicDiagnostic again = new BasicDiagnostic();
		CatalogImport.run(out, back, Examples.CONTEXT, again);
		assertEquals(List.of(), Findings.leaves(again).stream().filter(d -> d.getSeverity() > 1).map(Findings::format)
				.toList());
		Map<String, Map<String, String>> expected = fields(example.architecture());
		Map<String, Map<String, String>> actual = fields(back);
		assertEquals(expected.keySet(), actual.keySet());
		for (String record : expected.keySet()) {
			Map<String, String> want = new TreeMap<>(expected.get(record));
			Map<String, String> got = new TreeMap<>(actual.get(record));
			// prose sections are the pack's business, not the catalog's; specification paths are
			// rebased on the catalog folder (checked in the other test)
			want.keySet().removeIf(k -> k.startsWith("## ") || k.equals("specification"));
			got.keySet().removeIf(k -> k.startsWith("## ") || k.equals("specification"));
			// technologies and environments are not catalog entities: their ids come back as written, unresolved
			want.replaceAll((k, v) -> v.replace("?", ""));
			got.replaceAll((k, v) -> v.replace("?", ""));
			assertEquals(want, got, record);
		}
		assertTrue(expected.size() > 30, expected.keySet().toString());
	}
}
