package dev.baton.backstage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.Findings;
import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.Component;
import dev.baton.model.Domain;
import dev.baton.model.Interface;
import dev.baton.model.Person;
import dev.baton.model.Record;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Team;
import dev.baton.testing.Examples;

/** Backstage catalog files into Baton's records: the real demo catalog, every kind, and broken files. */
class CatalogImportTest {

	@TempDir
	Path temp;

	static Path corpus(String set) {
		return Path.of(System.getProperty("baton.shared", "../../../shared"), "corpus", set).toAbsolutePath()
				.normalize();
	}

	static String token(EObject reference) {
		assertTrue(reference.eIsProxy(), reference + " should be unresolved");
		return ((InternalEObject) reference).eProxyURI().fragment();
	}

	static List<String> lines(BasicDiagnostic findings) {
		return Findings.leaves(findings).stream().map(Findings::format).toList();
	}

	static <T extends Record> T byId(List<T> records, String id) {
		return records.stream().filter(r -> id.equals(r.getId())).findFirst()
				.orElseThrow(
						() -> new AssertionError("no " + id + " in " + records.stream().map(Record::getId).toList()));
	}

	static String section(Record record) {
		return record.getSections().stream().filter(s -> s.getHeading().equals(CatalogImport.SECTION_HEADING))
				.map(s -> s.getBody()).findFirst().orElse(null);
	}

	@Test
	void theBackstageDemoCatalog() {
		Path demo = corpus("backstage__demo");
		Architecture architecture = BatonFactory.eINSTANCE.createArchitecture();
		BasicDiagnostic findings = new BasicDiagnostic();
		CatalogImport.Report report = CatalogImport.run(demo, architecture, Examples.CONTEXT, findings);

		// established by reading the files: catalog-info.yaml has a Component and an API,
		// examples/ an API and six AiResources, demo-template/ a scaffolder Template
		assertEquals(Map.of("API", 2, "AiResource", 6, "Component", 1, "Template", 1), report.entities());
		assertEquals(4, report.files().size(), report.files().toString());
		assertEquals(1, architecture.getComponents().size());
		assertEquals(2, architecture.getInterfaces().size());
		assertEquals(3, report.added().size());

		Component site = byId(architecture.getComponents(), "backstage-demo");
		assertEquals("website", site.getType());
		assertEquals("experimental", site.getLifecycle());
		assertEquals("An example deployment of a Backstage application.", site.getDescription());
		assertEquals("backstage--maintainers", token(site.getOwner())); // group backstage/maintainers: not in the
																		// catalog
		assertEquals("https://github.com/backstage/demo", site.getRepository());
		Interface graphql = byId(architecture.getInterfaces(), "demo-graphql");
		assertEquals(List.of(graphql), site.getConsumes());
		assertEquals("graphql", graphql.getSpecificationFormat());
		assertEquals("production", graphql.getLifecycle());
		assertEquals("GraphQL Backend Plugin", graphql.getDescription());
		assertEquals("https://demo.backstage.io/api/graphql/schema", graphql.getSpecification());
		assertTrue(section(graphql).contains("spec:\n  apiConsumedBy:\n    - backstage-demo\n"), section(graphql));
		assertTrue(section(site).contains("backstage.io/techdocs-ref: dir:."), section(site));
		assertTrue(section(site).contains("github.com/project-slug: backstage/demo"), section(site));

		Interface mcp = byId(architecture.getInterfaces(), "github-mcp-server");
		assertEquals("GitHub MCP Server", mcp.getTitle());
		assertEquals("mcp-server", mcp.getSpecificationFormat());
		assertNull(mcp.getSpecification());
		assertTrue(
				section(mcp).contains(
						"remotes:\n    - type: streamable-http\n      url: https://api.githubcopilot.com/mcp/"),
				section(mcp));
		assertTrue(section(mcp).contains("url: https://modelcontextprotocol.io"), section(mcp));

		List<String> lines = lines(findings);
		assertEquals(7, lines.size(), String.join("\n", lines));
		assertTrue(
				lines.contains(demo.resolve("examples/ai-resources.yaml") + ":2: warning: unknown kind 'AiResource': "
						+ "Baton reads Component, API, System, Domain, Resource, Group, User and Location; the entity "
						+ "mui-to-bui-migration was skipped"),
				String.join("\n", lines));
		assertTrue(
				lines.stream().anyMatch(l -> l.startsWith(demo.resolve("examples/ai-resources.yaml") + ":117: warning: "
						+ "unknown kind 'AiResource'")),
				String.join("\n", lines));
		assertTrue(lines.contains(demo.resolve("demo-template/template/template.yaml") + ":4: warning: unknown kind "
				+ "'Template': Baton reads Component, API, System, Domain, Resource, Group, User and Location; the "
				+ "entity demo-template was skipped"), String.join("\n", lines));
	}

	@Test
	void everyKindWithReferencesAcrossFilesAndNamespaces() throws Exception {
		Path catalog = CatalogFixtures.fullCatalog(temp);
		Architecture architecture = BatonFactory.eINSTANCE.createArchitecture();
		BasicDiagnostic findings = new BasicDiagnostic();
		CatalogImport.Report report = CatalogImport.run(catalog, architecture, Examples.CONTEXT, findings);
		assertEquals(List.of(), lines(findings));
		assertEquals(
				Map.of("API", 2, "Component", 2, "Domain", 2, "Group", 2, "Location", 1, "Resource", 1, "System", 1,
						"User", 2),
				report.entities());

		Domain commerce = byId(architecture.getDomains(), "commerce");
		Domain payments = byId(architecture.getDomains(), "payments");
		assertEquals(commerce, payments.getParent());
		SoftwareSystem checkout = byId(architecture.getSystems(), "checkout");
		assertEquals(payments, checkout.getDomain());
		Team team = byId(architecture.getTeams(), "team-payments");
		Team finance = byId(architecture.getTeams(), "finance--auditors");
		assertEquals(team, checkout.getOwner());
		assertEquals("Payments team", team.getTitle());
		assertEquals("payments@example.com", team.getEmail());

		Component api = byId(architecture.getComponents(), "payments-api");
		Component db = byId(architecture.getComponents(), "payments-db");
		Component worker = byId(architecture.getComponents(), "ledger-worker");
		assertEquals("service", api.getType());
		assertEquals("production", api.getLifecycle());
		assertEquals(checkout, api.getSystem());
		assertEquals(List.of("payments", "java"), api.getTags());
		assertEquals(List.of(db, worker), api.getDependsOn());
		assertEquals("database", db.getType());
		assertTrue(section(db).contains("kind: Resource"), section(db)); // so that it goes back as a Resource
		assertEquals(finance, worker.getOwner()); // group:finance/auditors

		Interface rest = byId(architecture.getInterfaces(), "payments-rest");
		Interface events = byId(architecture.getInterfaces(), "ledger-events");
		assertEquals(api, rest.getProvider());
		assertEquals(worker, events.getProvider());
		assertEquals(List.of(events), api.getConsumes());
		assertEquals("openapi", rest.getSpecificationFormat());
		assertEquals(catalog.getParent().resolve("specs/payments.yaml").toString(), rest.getSpecification());
		assertEquals("asyncapi", events.getSpecificationFormat());
		assertTrue(section(events).contains("definition: |\n    asyncapi: 2.6.0\n"), section(events)); // inline, kept

		Person ada = byId(architecture.getPeople(), "ada");
		Person grace = byId(architecture.getPeople(), "grace");
		assertEquals("Ada Lovelace", ada.getTitle());
		assertEquals("ada@example.com", ada.getEmail());
		assertEquals(team, ada.getTeam()); // memberOf
		assertEquals(team, grace.getTeam()); // the group's members
		assertEquals(List.of(ada, grace), team.getMembers());
		assertEquals("lead", ada.getRole()); // baton.dev/role annotation
		assertEquals(ada, team.getLead()); // baton.dev/lead annotation
		assertEquals(LocalDate.of(2026, 10, 1), api.getLastReviewed()); // baton.dev/last-reviewed
	}

	@Test
	void brokenFilesAreReportedWithFileAndLineAndTheRestIsRead() throws Exception {
		Examples.write(temp, "catalog-info.yaml", """
				apiVersion: backstage.io/v1alpha1
				kind: Component
				metadata:
				  name: good
				spec:
				  type: service
				  owner: team-a
				  lifecycle: production
				---
				apiVersion: backstage.io/v1alpha1
				metadata:
				  name: misindented
				  kind: Component
				spec:
				  type: service
				---
				apiVersion: backstage.io/v1alpha1
				kind: Component
				metadata:
				  name: nested
				spec:
				  type: service
				  owner: team-a
				  target:
				    kind: API
				---
				apiVersion: backstage.io/v1alpha1
				kind: Widget
				metadata:
				  name: gadget
				---
				apiVersion: backstage.io/v1alpha1
				kind: Component
				spec:
				  type: service
				---
				apiVersion: backstage.io/v1alpha1
				kind: Location
				spec:
				  targets:
				    - ./missing.yaml
				    - https://example.com/catalog-info.yaml
				    - ./latin1.yaml
				    - ./broken.yaml
				""");
		Files.write(temp.resolve("latin1.yaml"),
				"apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: caf\u00e9\n"
						.getBytes(StandardCharsets.ISO_8859_1));
		Examples.write(temp, "broken.yaml", """
				apiVersion: backstage.io/v1alpha1
				kind: System
				metadata:
				  name: before-the-error
				spec:
				  owner: team-a
				---
				kind: System
				metadata:
				  name: [unclosed
				""");
		Architecture architecture = BatonFactory.eINSTANCE.createArchitecture();
		BasicDiagnostic findings = new BasicDiagnostic();
		CatalogImport.run(temp.resolve("catalog-info.yaml"), architecture, Examples.CONTEXT, findings);
		Path file = temp.resolve("catalog-info.yaml");
		List<String> expected = List.of(
				file + ":10: error: document 2 has no top-level kind; there is a nested metadata.kind at line 13 "
						+ "(indented by mistake?): put kind: Component (or API, System, ...) at the start of the line; "
						+ "the document was skipped",
				file + ":25: warning: spec.target.kind is a nested key, not the entity's kind (that is Component, line "
						+ "18): check its indentation; it is kept as written",
				file + ":28: warning: unknown kind 'Widget': Baton reads Component, API, System, Domain, Resource, "
						+ "Group, "
						+ "User and Location; the entity gadget was skipped",
				file + ":32: error: Component entity without metadata.name: give it a name; the entity was skipped",
				file + ":40: error: the location ./missing.yaml names no file (looked for "
						+ temp.resolve("missing.yaml")
						+ "): fix the path, relative to this file",
				file + ":40: info: the location https://example.com/catalog-info.yaml is not fetched (Baton reads "
						+ "files "
						+ "only): import that file from a checkout",
				temp.resolve("latin1.yaml") + ": error: not UTF-8 text: save the file as UTF-8 (Backstage reads only "
						+ "UTF-8); nothing of it was imported");
		List<String> lines = lines(findings);
		assertEquals(expected, lines.subList(0, expected.size()), String.join("\n", lines));
		assertEquals(expected.size() + 1, lines.size(), String.join("\n", lines));
		assertTrue(
				lines.get(expected.size()).startsWith(temp.resolve("broken.yaml") + ":11: error: YAML syntax error: "),
				lines.get(expected.size()));
		assertTrue(lines.get(expected.size()).endsWith("(fix the YAML; 1 document(s) before it were read, the rest of "
				+ "the file was not)"), lines.get(expected.size()));
		// what could be read was read
		assertEquals(List.of("good", "nested"), architecture.getComponents().stream().map(Record::getId).toList());
		assertEquals(List.of("before-the-error"), architecture.getSystems().stream().map(Record::getId).toList());
		assertTrue(section(architecture.getComponents().get(1)).contains("target:\n    kind: API"));
	}

	@Test
	void intoAnExistingArchitectureReferencesFindItsRecordsAndItsRecordsAreLeftAlone() throws Exception {
		Examples.write(temp, "catalog-info.yaml", """
				apiVersion: backstage.io/v1alpha1
				kind: Component
				metadata:
				  name: billing-service
				  description: A rival description that must not replace the record's.
				spec:
				  type: service
				  lifecycle: production
				  owner: team-billing
				---
				apiVersion: backstage.io/v1alpha1
				kind: Component
				metadata:
				  name: refund-worker
				spec:
				  type: service
				  lifecycle: experimental
				  owner: user:jdoe
				  system: billing-system
				  consumesApis: [payment-api]
				  dependsOn: [component:billing-service, resource:default/billing-db]
				---
				apiVersion: backstage.io/v1alpha1
				kind: API
				metadata:
				  name: refunds
				spec:
				  type: openapi
				  lifecycle: experimental
				  owner: team-billing
				  definition:
				    $yaml: ./refunds.yaml
				""");
		Examples.write(temp, "refunds.yaml", "openapi: 3.0.0\ninfo:\n  title: Refunds\n  version: '1'\npaths: {}\n");
		Architecture example = Examples.larkspur().architecture();
		Component billing = byId(example.getComponents(), "billing-service");
		String description = billing.getDescription();
		int components = example.getComponents().size();
		BasicDiagnostic findings = new BasicDiagnostic();
		CatalogImport.Report report = CatalogImport.run(temp.resolve("catalog-info.yaml"), example, Examples.CONTEXT,
				findings);
		assertEquals(
				List.of(temp.resolve("catalog-info.yaml") + ":1: info: already there: component billing-service was "
						+ "left as it is (delete it first to import it again)"),
				lines(findings));
		assertEquals(description, billing.getDescription());
		assertEquals(components + 1, example.getComponents().size());
		assertEquals(2, report.added().size());
		Component refunds = byId(example.getComponents(), "refund-worker");
		assertEquals(byId(example.getSystems(), "billing-system"), refunds.getSystem());
		assertEquals(List.of(byId(example.getInterfaces(), "payment-api")), refunds.getConsumes());
		assertEquals(List.of(billing, byId(example.getComponents(), "billing-db")), refunds.getDependsOn());
		assertEquals("user:jdoe", token(refunds.getOwner())); // not the owner's default kind: kept with it
		assertEquals(byId(example.getTeams(), "team-billing"), byId(example.getInterfaces(), "refunds").getOwner());
		// the example was read from a folder: the definition is rebased onto the interface's record
		Path root = Examples.repository().resolve("examples/larkspur-platform");
		assertEquals(root.resolve("interfaces").relativize(temp.resolve("refunds.yaml")).toString(),
				byId(example.getInterfaces(), "refunds").getSpecification());
	}
}
