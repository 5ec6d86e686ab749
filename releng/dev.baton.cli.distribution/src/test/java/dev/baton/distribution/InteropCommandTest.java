package dev.baton.distribution;

import static dev.baton.distribution.BatonCommandTest.corpus;
import static dev.baton.distribution.BatonCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.structurizr.Workspace;
import com.structurizr.documentation.Decision;
import com.structurizr.dsl.StructurizrDslParser;
import com.structurizr.model.Container;
import com.structurizr.model.Relationship;
import com.structurizr.model.SoftwareSystem;

import dev.baton.distribution.BatonCommandTest.Result;

/**
 * The interchange formats through the real distribution: Backstage catalog files in and out,
 * a Structurizr workspace that Structurizr's own parser reads, and several architecture
 * folders in one pack.
 */
class InteropCommandTest {

	@TempDir
	Path temp;

	static Path example() {
		return Path.of(System.getProperty("baton.root", "../..")).resolve("examples/larkspur-platform").toAbsolutePath()
				.normalize();
	}

	@Test
	void theBackstageDemoCatalogGoesInAndBackOut() throws Exception {
		assertEquals(0, run(temp, "--as-of", "2026-11-28", "init", "arch", "--name", "Demo").exit());
		Path arch = temp.resolve("arch");
		Path demo = corpus("backstage__demo");
		Result dry = run(arch, "import", "--from", "backstage", "--dry-run", demo.toString());
		assertEquals(1, dry.exit(), dry.err()); // the unknown kinds are warnings
		assertTrue(dry.out().endsWith("3 record(s) would be added (dry run: nothing written) by the backstage importer\n"),
				dry.out());
		assertFalse(Files.exists(arch.resolve("components")));

		Result imported = run(arch, "import", "--from", "backstage", demo.toString());
		assertEquals(1, imported.exit(), imported.err());
		assertEquals(List.of("added component backstage-demo: components/backstage-demo.md",
				"added interface demo-graphql: interfaces/demo-graphql.md",
				"added interface github-mcp-server: interfaces/github-mcp-server.md",
				"3 record(s) added to " + arch + " by the backstage importer"), imported.out().lines().toList());
		assertTrue(imported.err().contains(demo.resolve("demo-template/template/template.yaml") + ":4: warning: unknown "
				+ "kind 'Template'"), imported.err());
		assertEquals(7, imported.err().lines().count(), imported.err()); // six AiResources and the Template
		String site = Files.readString(arch.resolve("components/backstage-demo.md"));
		assertTrue(site.startsWith("---\nowner: backstage--maintainers\nlifecycle: experimental\n"), site);
		assertTrue(site.contains("type: website\n"), site);
		assertTrue(site.contains("repository: https://github.com/backstage/demo\n"), site);
		assertTrue(site.contains("consumes: [demo-graphql]") || site.contains("consumes:\n  - demo-graphql"), site);
		assertTrue(site.contains("\n## Backstage\n"), site);
		assertTrue(site.contains("    backstage.io/techdocs-ref: dir:.\n"), site);

		Result export = run(arch, "--as-of", "2026-11-28", "export", "-f", "backstage", "-o", "out");
		assertEquals(1, export.exit(), export.err()); // the owner group is not in the folder: a warning
		assertTrue(export.out().contains("  backstage: " + arch.resolve("out/backstage/catalog-info.yaml") + "\n"),
				export.out());
		String components = Files.readString(arch.resolve("out/backstage/components.yaml"));
		assertTrue(components.contains("  name: backstage-demo\n"), components);
		assertTrue(components.contains("    backstage.io/adr-location: ../../decisions\n"), components);
		assertTrue(components.contains("  owner: backstage/maintainers\n"), components);
		assertTrue(components.contains("  consumesApis:\n    - demo-graphql\n"), components);
		assertTrue(Files.readString(arch.resolve("out/backstage/apis.yaml"))
				.contains("  definition:\n    $text: https://demo.backstage.io/api/graphql/schema\n"));

		// and in again, into a fresh folder: the same records, byte for byte
		assertEquals(0, run(temp, "--as-of", "2026-11-28", "init", "again", "--name", "Again").exit());
		Result back = run(temp.resolve("again"), "import", "--from", "backstage",
				arch.resolve("out/backstage/catalog-info.yaml").toString());
		assertEquals(0, back.exit(), back.err());
		for (String file : List.of("components/backstage-demo.md", "interfaces/demo-graphql.md",
				"interfaces/github-mcp-server.md")) {
			assertEquals(Files.readString(arch.resolve(file)), Files.readString(temp.resolve("again").resolve(file)), file);
		}

		Result unknown = run(arch, "import", "--from", "archimate", demo.toString());
		assertEquals(2, unknown.exit());
		assertEquals("baton import: no importer 'archimate'; there are: adr, backstage\n", unknown.err());
	}

	@Test
	void theStructurizrWorkspaceOfTheExampleParsesWithStructurizr() throws Exception {
		Result export = run(temp, "--as-of", "2026-11-28", "export", "-C", example().toString(), "-f", "structurizr", "-o",
				"pack");
		assertEquals(1, export.exit(), export.err()); // the example's one finding
		Path dsl = temp.resolve("pack/structurizr/workspace.dsl");
		assertTrue(export.out().contains("  structurizr: " + dsl + "\n"), export.out());
		StructurizrDslParser parser = new StructurizrDslParser();
		parser.parse(dsl.toFile());
		Workspace workspace = parser.getWorkspace();
		assertEquals("Larkspur Parcel Platform", workspace.getName());
		assertEquals(9, workspace.getModel().getPeople().size());
		Set<String> systems = new TreeSet<>();
		workspace.getModel().getSoftwareSystems().forEach(s -> systems.add(s.getName()));
		assertEquals(Set.of("Billing system", "CloudPay (external)", "Customer experience", "Parcel platform",
				"Routefinder (external)"), systems);
		SoftwareSystem billing = workspace.getModel().getSoftwareSystemWithName("Billing system");
		assertEquals(5, billing.getContainers().size());
		assertEquals(16, workspace.getModel().getElements().stream().filter(e -> e instanceof Container).count());
		Container service = billing.getContainerWithName("Billing service");
		assertEquals("Java 21, Spring Boot 4.0, PostgreSQL 13", service.getTechnology());
		assertEquals("billing-service", service.getProperties().get("baton.id"));
		Relationship payments = service.getRelationships().stream()
				.filter(r -> r.getDestination().getName().equals("Payment adapter")).findFirst().orElseThrow();
		assertEquals("Uses Payment API", payments.getDescription());
		assertEquals("REST v1", payments.getTechnology());
		assertTrue(workspace.getModel().getSoftwareSystemWithName("CloudPay (external)").hasTag("External"));
		// !adrs: Structurizr's MADR importer reads every decision Baton wrote
		assertEquals(26, workspace.getDocumentation().getDecisions().size());
		Decision nine = workspace.getDocumentation().getDecisions().stream().filter(d -> d.getId().equals("9")).findFirst()
				.orElseThrow();
		assertEquals("Move parcel data to PostgreSQL", nine.getTitle());
		assertEquals("accepted", nine.getStatus()); // as written in the file
	}

	@Test
	void theInterfacePagesShowTheirOpenApiOperations() throws Exception {
		Result export = run(temp, "--as-of", "2026-11-28", "export", "-C", example().toString(), "-f", "html,markdown",
				"-o", "pack");
		assertEquals(1, export.exit(), export.err());
		String html = Files.readString(temp.resolve("pack/interfaces/booking-api.html"));
		assertTrue(html.contains(">API specification</h2>"), html);
		assertTrue(html.contains("Larkspur Booking API"), html);
		assertTrue(html.contains("<td>POST</td><td>/quotes</td><td>Quote the price of a consignment</td>")
				|| html.matches("(?s).*<td>POST</td>\\s*<td>/quotes</td>\\s*<td>Quote the price of a consignment</td>.*"),
				html);
		String markdown = Files.readString(temp.resolve("pack/markdown/interfaces/booking-api.md"));
		assertTrue(markdown.contains("## API specification"), markdown);
		assertTrue(markdown.contains("| POST | /quotes | Quote the price of a consignment |"), markdown);
	}

	@Test
	void threeFoldersMakeOnePack() throws Exception {
		write("platform/baton.yaml", "name: Platform\n");
		write("platform/teams/team-platform.md", "# Platform team\n");
		write("platform/components/gateway.md", "---\nowner: team-platform\ndepends-on: [payments:ledger]\n---\n# Gateway\n");
		write("payments/baton.yaml", "name: Payments\n");
		write("payments/components/ledger.md", "---\nowner: team-platform\n---\n# Ledger\n");
		write("payments/interfaces/ledger-api.md", "---\nprovider: ledger\nprotocol: REST\n---\n# Ledger API\n");
		write("payments/decisions/0003-use-kafka.md", "---\nstatus: accepted\ndate: 2026-03-01\n---\n# Use Kafka\n");
		write("shipping/baton.yaml", "name: Shipping\n");
		write("shipping/components/labels.md",
				"---\nowner: team-platform\nconsumes: [payments:ledger-api, payments:nope]\n---\n# Labels\n");
		write("shipping/decisions/0001-print-labels.md",
				"---\nstatus: accepted\ndate: 2026-04-01\nrelates-to: [payments:3]\n---\n# Print labels\n");

		Result alone = run(temp.resolve("platform"), "export", "-f", "json", "-o", "alone");
		assertEquals(1, alone.exit(), alone.err());
		assertTrue(alone.err().contains("unknown id 'payments:ledger'"), alone.err());

		Result export = run(temp.resolve("platform"), "--as-of", "2026-11-28", "export", "--include", "../payments",
				"../shipping", "-f", "json,html,structurizr", "-o", "pack");
		assertEquals(1, export.exit(), export.err());
		// the one reference that still does not resolve, in the file that holds it (once from loading, once
		// from the Structurizr export, which draws no relationship for it)
		List<String> lines = export.err().lines().toList();
		assertEquals(2, lines.size(), export.err());
		assertTrue(lines.get(0).startsWith(temp.resolve("shipping/components/labels.md") + ":3: warning: unknown id "
				+ "'payments:nope' in 'consumes'"), lines.get(0));
		assertEquals(temp.resolve("shipping/components/labels.md") + ": info: shipping:labels consumes payments:nope, which "
				+ "has no provider in the architecture: no relationship drawn", lines.get(1));
		String json = Files.readString(temp.resolve("platform/pack/pack.json"));
		assertTrue(json.contains("\"id\": \"payments:ledger\""), json);
		assertTrue(json.contains("\"id\": \"shipping:0001-print-labels\""), json);
		assertTrue(json.matches("(?s).*\"depends-on\": \\[\\s*\"payments:ledger\"\\s*\\].*"), json);
		assertTrue(json.contains("\"file\": \"../payments/components/ledger.md\""), json);
		assertTrue(Files.readString(temp.resolve("platform/pack/components/payments-ledger.html")).contains("Ledger"));
		String labelsDecision = Files.readString(temp.resolve("platform/pack/decisions/shipping/shipping-0001-print-labels.html"));
		assertTrue(labelsDecision.contains("Use Kafka"), labelsDecision); // relates-to payments:3, resolved across folders
		String dsl = Files.readString(temp.resolve("platform/pack/structurizr/workspace.dsl"));
		assertTrue(dsl.contains("shipping_labels -> payments_ledger \"Uses Ledger API\" \"REST\""), dsl);
	}

	private void write(String relative, String text) throws Exception {
		Path file = temp.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}
}
