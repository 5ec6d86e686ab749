package dev.baton.distribution;

import static dev.baton.distribution.BatonCommandTest.corpus;
import static dev.baton.distribution.BatonCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
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
 * The interchange formats through the real distribution: Backstage catalog files in and out, a Structurizr workspace
 * that Structurizr's own parser reads, and several architecture folders in one pack.
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
		assertTrue(
				dry.out().endsWith("3 record(s) would be added (dry run: nothing written) by the backstage importer\n"),
				dry.out());
		assertFalse(Files.exists(arch.resolve("components")));

		Result imported = run(arch, "import", "--from", "backstage", demo.toString());
		assertEquals(1, imported.exit(), imported.err());
		assertEquals(List.of("added component backstage-demo: components/backstage-demo.md",
				"added interface demo-graphql: interfaces/demo-graphql.md",
				"added interface github-mcp-server: interfaces/github-mcp-server.md",
				"3 record(s) added to " + arch + " by the backstage importer"), imported.out().lines().toList());
		assertTrue(
				imported.err().contains(demo.resolve("demo-template/template/template.yaml") + ":4: warning: unknown "
						+ "kind 'Template'"),
				imported.err());
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
			assertEquals(Files.readString(arch.resolve(file)), Files.readString(temp.resolve("again").resolve(file)),
					file);
		}

		Result unknown = run(arch, "import", "--from", "archimate", demo.toString());
		assertEquals(2, unknown.exit());
		assertEquals("baton import: no importer 'archimate'; there are: adr, backstage\n", unknown.err());
	}

	@Test
	void theStructurizrWorkspaceOfTheExampleParsesWithStructurizr() throws Exception {
		Result export =
				run(temp, "--as-of", "2026-11-28", "export", "-C", example().toString(), "-f", "structurizr", "-o",
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
		Decision nine =
				workspace.getDocumentation().getDecisions().stream().filter(d -> d.getId().equals("9")).findFirst()
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
				|| html.matches(
						"(?s).*<td>POST</td>\\s*<td>/quotes</td>\\s*<td>Quote the price of a consignment</td>.*"),
				html);
		String markdown = Files.readString(temp.resolve("pack/markdown/interfaces/booking-api.md"));
		assertTrue(markdown.contains("## API specification"), markdown);
		assertTrue(markdown.contains("| POST | /quotes | Quote the price of a consignment |"), markdown);
	}

	@Test
	void threeFoldersMakeOnePack() throws Exception {
		write("platform/baton.yaml", "name: Platform\n");
		write("platform/teams/team-platform.md", "# Platform team\n");
		write("platform/components/gateway.md",
				"---\nowner: team-platform\ndepends-on: [payments:ledger]\n---\n# Gateway\n");
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
		// from the Structurizr export, which draws no relationship for it); shipping's decisions have no place in
		// the workspace (see everyDecisionSetTeamAndDomainReachesStructurizr); outside git, the advice on the
		// pack's empty history goes to the console (the pack itself names no path)
		List<String> lines = export.err().lines().toList();
		assertEquals(4, lines.size(), export.err());
		assertTrue(lines.get(1).startsWith("info: the pack's decision history is empty: "), lines.get(1));
		assertTrue(lines.get(0).startsWith(temp.resolve("shipping/components/labels.md") + ":3: warning: unknown id "
				+ "'payments:nope' in 'consumes'"), lines.get(0));
		assertEquals(
				temp.resolve("shipping/components/labels.md") + ": info: shipping:labels consumes payments:nope, which "
						+ "has no provider in the architecture: no relationship drawn",
				lines.get(3));
		String json = Files.readString(temp.resolve("platform/pack/pack.json"));
		assertTrue(json.contains("\"id\": \"payments:ledger\""), json);
		assertTrue(json.contains("\"id\": \"shipping:0001-print-labels\""), json);
		assertTrue(json.matches("(?s).*\"depends-on\": \\[\\s*\"payments:ledger\"\\s*\\].*"), json);
		assertTrue(json.contains("\"file\": \"../payments/components/ledger.md\""), json);
		assertTrue(Files.readString(temp.resolve("platform/pack/components/payments-ledger.html")).contains("Ledger"));
		String labelsDecision =
				Files.readString(temp.resolve("platform/pack/decisions/shipping/shipping-0001-print-labels.html"));
		assertTrue(labelsDecision.contains("Use Kafka"), labelsDecision); // relates-to payments:3, resolved across
																			// folders
		String dsl = Files.readString(temp.resolve("platform/pack/structurizr/workspace.dsl"));
		assertTrue(dsl.contains("shipping_labels -> payments_ledger \"Uses Ledger API\" \"REST\""), dsl);
		assertEquals(temp.resolve("platform/baton.yaml")
				+ ": info: the decision set 'shipping' (../shipping/decisions) is "
				+ "not in the Structurizr workspace: the workspace holds the decisions of 'payments', and Structurizr "
				+ "reads "
				+ "one decision folder per workspace and per software system; name the set after the id of its system "
				+ "in "
				+ "baton.yaml, or let its decisions affect that system, to have it there", lines.get(2));
		StructurizrDslParser parser = new StructurizrDslParser();
		parser.parse(temp.resolve("platform/pack/structurizr/workspace.dsl").toFile());
		// the main folder has no decisions: the workspace's are the first included folder's
		assertEquals(List.of("Use Kafka"), parser.getWorkspace().getDocumentation().getDecisions().stream()
				.map(Decision::getTitle).toList());
	}

	@Test
	void everyDecisionSetTeamAndDomainReachesStructurizr() throws Exception {
		write("shop/baton.yaml", """
				name: Shop
				decisions:
				  - name: core
				    path: decisions
				  - name: checkout
				    path: checkout/adr
				  - name: misc
				    path: misc/adr
				  - name: finding
				    path: search/adr
				""");
		write("shop/domains/commerce.md", "# Commerce\n");
		write("shop/domains/payments.md", "---\nparent: commerce\n---\n# Payments/Cards\n");
		write("shop/systems/checkout.md", "---\ndomain: payments\n---\n# Checkout\n");
		write("shop/systems/storefront.md", "---\ndomain: commerce\n---\n# Storefront\n");
		write("shop/systems/search.md", "# Search\n");
		write("shop/teams/team-web.md", "# Web team\n");
		write("shop/people/alice.md", "---\nteam: team-web\nrole: Developer\n---\n# Alice\n");
		write("shop/people/bob.md", "---\nrole: Buyer\n---\n# Bob\n");
		write("shop/components/cart.md", "---\nsystem: checkout\nowner: team-web\n---\n# Cart\n");
		write("shop/components/card-api.md", "---\nsystem: checkout\n---\n# Card API\n");
		String decision =
				"---\nstatus: accepted\ndate: 2026-0%d-01\n%s---\n# %s\n\n## Context and Problem Statement\n\nWhy.\n";
		write("shop/decisions/0001-record-decisions.md", decision.formatted(1, "", "Record decisions"));
		write("shop/decisions/0002-use-kotlin.md", decision.formatted(2, "", "Use Kotlin"));
		write("shop/checkout/adr/0001-use-stripe.md", decision.formatted(3, "", "Use Stripe"));
		write("shop/search/adr/0001-use-opensearch.md", decision.formatted(4, "affects: [search]\n", "Use OpenSearch"));
		write("shop/search/adr/0002-index-nightly.md", decision.formatted(5, "", "Index nightly"));
		write("shop/misc/adr/0001-weekly-releases.md", decision.formatted(6, "", "Weekly releases"));

		Result export = run(temp.resolve("shop"), "--as-of", "2026-11-28", "export", "-f", "structurizr", "-o", "out");
		assertEquals(0, export.exit(), export.err());
		assertTrue(
				export.err().contains("info: the decision set 'misc' (misc/adr) is not in the Structurizr workspace"),
				export.err());
		StructurizrDslParser parser = new StructurizrDslParser();
		parser.parse(temp.resolve("shop/out/structurizr/workspace.dsl").toFile());
		Workspace workspace = parser.getWorkspace();
		// decisions: the first set in the workspace, a set named after a system in it, a set whose decisions
		// affect one system in that one
		assertEquals(List.of("Record decisions", "Use Kotlin"), titles(workspace.getDocumentation().getDecisions()));
		SoftwareSystem checkout = workspace.getModel().getSoftwareSystemWithName("Checkout");
		SoftwareSystem storefront = workspace.getModel().getSoftwareSystemWithName("Storefront");
		SoftwareSystem search = workspace.getModel().getSoftwareSystemWithName("Search");
		assertEquals(List.of("Use Stripe"), titles(checkout.getDocumentation().getDecisions()));
		assertEquals(List.of("Use OpenSearch", "Index nightly"), titles(search.getDocumentation().getDecisions()));
		assertEquals(List.of(), titles(storefront.getDocumentation().getDecisions()));
		// domains as groups of systems (a subdomain nested), teams as groups of people and of the containers they own
		assertEquals("Commerce/Payments-Cards", checkout.getGroup());
		assertEquals("Commerce", storefront.getGroup());
		assertEquals(null, search.getGroup());
		assertEquals("Web team", workspace.getModel().getPersonWithName("Alice").getGroup());
		assertEquals(null, workspace.getModel().getPersonWithName("Bob").getGroup());
		assertEquals("Web team", checkout.getContainerWithName("Cart").getGroup());
		assertEquals(null, checkout.getContainerWithName("Card API").getGroup());
	}

	private static List<String> titles(Collection<Decision> decisions) {
		return decisions.stream().sorted(Comparator.comparing(d -> Integer.parseInt(d.getId())))
				.map(Decision::getTitle).toList();
	}

	@Test
	void validateListSummaryAndShowCombineFoldersWithInclude() throws Exception {
		write("platform/baton.yaml", "name: Platform\n");
		write("platform/teams/team-platform.md", "# Platform team\n");
		write("platform/components/gateway.md",
				"---\nowner: team-platform\ndepends-on: [payments:ledger]\n---\n# Gateway\n");
		write("platform/decisions/0001-use-a-gateway.md",
				"---\nstatus: accepted\ndate: 2026-02-01\nrelates-to: [payments:1]\n---\n# Use a gateway\n");
		write("payments/baton.yaml", "name: Payments\n");
		write("payments/components/ledger.md", "---\nowner: team-platform\nconsumes: [nope]\n---\n# Ledger\n");
		write("payments/decisions/0001-use-kafka.md", "---\nstatus: accepted\ndate: 2026-03-01\n---\n# Use Kafka\n");
		Path platform = temp.resolve("platform");
		Path ledger = temp.resolve("payments/components/ledger.md");

		// alone, the platform folder does not know payments' records
		Result list = run(platform, "list");
		assertEquals(List.of("ID                  KIND/STATUS  DATE        TITLE",
				"0001-use-a-gateway  accepted     2026-02-01  Use a gateway"), list.out().lines().toList());
		assertTrue(list.err().contains("no decision 'payments:1'"), list.err());
		Result combined = run(platform, "list", "--all", "--include", "../payments");
		assertEquals(0, combined.exit(), combined.err());
		assertEquals(List.of("ID                       KIND/STATUS  DATE        TITLE",
				"0001-use-a-gateway       accepted     2026-02-01  Use a gateway",
				"payments:0001-use-kafka  accepted     2026-03-01  Use Kafka",
				"team-platform            team                     Platform team",
				"gateway                  component                Gateway",
				"payments:ledger          component                Ledger"), combined.out().lines().toList());
		// the one reference that still does not resolve, in the included folder's file
		assertEquals(List.of(ledger + ":3: warning: unknown id 'nope' in 'consumes': create the record "
				+ "(e.g. interfaces/nope.md) or fix the id; it is kept as written"), combined.err().lines().toList());

		Result alone = run(platform, "--as-of", "2026-11-28", "validate");
		assertEquals(1, alone.exit(), alone.err());
		assertTrue(alone.out()
				.contains("components/gateway.md:3: warning: [unresolved-reference] component 'gateway' refers "
						+ "to 'payments:ledger' in 'depends-on', which does not exist"),
				alone.out());
		Result validate = run(platform, "--as-of", "2026-11-28", "validate", "--include", "../payments");
		assertEquals(1, validate.exit(), validate.err());
		assertFalse(validate.out().contains("'payments:ledger' in 'depends-on'"), validate.out());
		assertFalse(validate.out().contains("payments:1"), validate.out());
		// the included folder's records are checked and located in their own files, at their lines
		assertTrue(validate.out().contains(ledger + ":3: warning: [unresolved-reference] component 'payments:ledger' "
				+ "refers to 'nope' in 'consumes', which does not exist"), validate.out());
		assertTrue(validate.out().contains(temp.resolve("payments/decisions/0001-use-kafka.md") + ": warning: "
				+ "[decision-outcome] accepted decision 'payments:0001-use-kafka' has no outcome"), validate.out());
		assertTrue(validate.out().contains("lost: decision-outcome: 2 of 2 failed"), validate.out());
		Result json =
				run(platform, "--as-of", "2026-11-28", "validate", "--include", "../payments", "--format", "json");
		assertTrue(json.out().contains("payments:ledger"), json.out());

		Result summary = run(platform, "summary", "--include", "../payments");
		assertEquals(1, summary.exit(), summary.err());
		assertTrue(summary.out().contains("\n  ../payments/decisions/     1  (1 accepted)\n"), summary.out());
		assertTrue(summary.out().contains("\n  components/          2\n"), summary.out());
		assertTrue(summary.out().contains("0 error(s), 1 warning(s):\n  " + ledger + ":3: warning: unknown id 'nope'"),
				summary.out());
		assertTrue(summary.out().endsWith("Folder: " + platform + "\nIncluded: " + temp.resolve("payments") + "\n"),
				summary.out());

		Result show = run(platform, "show", "payments:ledger", "--include", "../payments");
		assertEquals(0, show.exit(), show.err());
		assertTrue(show.out().startsWith("# component payments:ledger (../payments/components/ledger.md)\n\n---\n"
				+ "owner: team-platform\n"), show.out());
		assertTrue(show.out().endsWith("Referred to by:\n  component gateway (dependsOn)\n"), show.out());
		Result number = run(platform, "show", "payments:1", "--include", "../payments");
		assertTrue(
				number.out()
						.startsWith("# decision payments:0001-use-kafka (../payments/decisions/0001-use-kafka.md)\n"),
				number.out());
		assertTrue(run(platform, "show", "1", "--include", "../payments").out()
				.startsWith("# decision 0001-use-a-gateway (decisions/0001-use-a-gateway.md)\n"));
		Result graph = run(platform, "graph", "--include", "../payments");
		assertTrue(graph.out().contains("Use Kafka"), graph.out());
		assertEquals(2, run(platform, "show", "payments:ledger").exit());
		Result nowhere = run(platform, "list", "--include", "../nope");
		assertEquals(2, nowhere.exit());
		assertEquals("baton list: ../nope is not an architecture folder (no baton.yaml): give the folder that holds "
				+ "baton.yaml, or create one with 'baton init ../nope'\n", nowhere.err());
	}

	private void write(String relative, String text) throws Exception {
		Path file = temp.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}
}
