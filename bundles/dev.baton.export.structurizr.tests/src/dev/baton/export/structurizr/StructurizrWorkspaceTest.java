package dev.baton.export.structurizr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.adr.Dialects;
import dev.baton.api.Findings;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.RunContext;
import dev.baton.export.structurizr.internal.StructurizrExporter;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.LoadOptions;
import dev.baton.testing.Examples;

/**
 * The DSL Baton writes for the example and for small folders. (That Structurizr's own parser reads it is checked by the
 * distribution's tests, which run structurizr-dsl on the output of {@code baton export -f structurizr}.)
 */
class StructurizrWorkspaceTest {

	@TempDir
	Path temp;

	@Test
	void theExampleAsAWorkspace() {
		ArchitectureFolder example = Examples.larkspur();
		BasicDiagnostic findings = new BasicDiagnostic();
		Path out = example.root().resolve("target/structurizr");
		String dsl = StructurizrWorkspace.write(example.architecture(), out, example.root(), findings);
		assertTrue(dsl.startsWith("workspace \"Larkspur Parcel Platform\" \"Booking, routing, tracking and billing of "
				+ "Larkspur Logistics' next-day parcel service\" {\n    !adrs \"../../decisions\" madr\n\n    model "
				+ "{\n"),
				dsl);
		// people in their team's group, systems in their domain's group, containers in their owner team's group
		assertTrue(dsl.contains(
				"\n        group \"Billing\" {\n            grace_mensah = person \"Grace Mensah\" \"Billing lead\" {\n"
						+ "                properties {\n                    \"baton.id\" \"grace-mensah\"\n           "
						+ "     }\n"
						+ "            }\n        }\n"),
				dsl);
		assertTrue(dsl.contains("\n        hannah_berg = person \"Hannah Berg\" \"Account manager\" \"External\""),
				dsl);
		assertTrue(dsl.contains(
				"\n        group \"Commerce\" {\n            billing_system = softwareSystem \"Billing system\" "
						+ "\"Invoices business customers monthly and takes card payments from consumers.\" {\n"),
				dsl);
		String flat = dsl.replaceAll("\n\\s+", "\n");
		assertTrue(flat.contains("\ncloudpay = softwareSystem \"CloudPay (external)\" \"Card payment gateway run by "
				+ "CloudPay Ltd."), dsl);
		assertTrue(dsl.contains("\"External\" {\n"), dsl);
		assertTrue(dsl.contains("\n                group \"Billing\" {\n                    billing_db = container "),
				dsl);
		assertTrue(flat.contains("\nbilling_service = container \"Billing service\" \"Prices parcels, keeps "
				+ "accounts and triggers invoices.\" \"Java 21, Spring Boot 4.0, PostgreSQL 13\" \"Service\" {\n"
				+ "properties {\n\"baton.id\" \"billing-service\"\n\"owner\" \"team-billing\"\n\"lifecycle\" "
				+ "\"production\"\n"
				+ "\"repository\" \"https://github.com/larkspur/billing-service\"\n"), dsl);
		assertTrue(dsl.contains("\n        billing_service -> billing_db \"Depends on\"\n"), dsl);
		assertTrue(dsl.contains(
				"\n        booking_service -> routing_service \"Delivery addresses and time windows\" \"gRPC\"\n"),
				dsl);
		assertTrue(dsl.contains("\n        container billing_system \"billing_system-containers\" {\n"), dsl);
		// every component is a container, every system a software system, every person a person
		assertEquals(example.architecture().getComponents().size(), count(dsl, " = container "));
		assertEquals(example.architecture().getSystems().size(), count(dsl, " = softwareSystem "));
		assertEquals(example.architecture().getPeople().size(), count(dsl, " = person "));
		assertEquals(dsl,
				StructurizrWorkspace.write(example.architecture(), out, example.root(), new BasicDiagnostic()));
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

	@Test
	void quotesAreEscapedAndUnresolvedConsumersReported() throws Exception {
		Examples.write(temp, FolderLayout.SETTINGS, "name: Probe \"quoted\" \\ name\n");
		Examples.write(temp, "components/web.md", """
				---
				consumes: [missing-api]
				---
				# Web "front" \\ end

				Line one
				line two.

				Second paragraph, not in the DSL.
				""");
		ArchitectureFolder folder = ArchitectureFolder.load(temp, LoadOptions.defaults());
		BasicDiagnostic findings = new BasicDiagnostic();
		String dsl = StructurizrWorkspace.write(folder.architecture(), temp.resolve("out"), temp, findings);
		assertTrue(dsl.startsWith("workspace \"Probe \\\"quoted\\\" \\\\ name\" {\n"), dsl);
		assertTrue(dsl.contains(
				"\n        platform = softwareSystem \"Probe \\\"quoted\\\" \\\\ name\" \"The components that "
						+ "belong to no system of their own\" {\n            web = container \"Web \\\"front\\\" \\\\ "
						+ "end\" "
						+ "\"Line one line two.\""),
				dsl);
		assertFalse(dsl.contains("Second paragraph"), dsl);
		assertEquals(
				List.of(temp.resolve("components/web.md") + ": info: web consumes missing-api, which has no provider "
						+ "in the architecture: no relationship drawn"),
				Findings.leaves(findings).stream().map(Findings::format).toList());
	}

	@Test
	void adrsNamesTheImporterOfTheDecisionsDialect() throws Exception {
		Examples.write(temp, FolderLayout.SETTINGS, "name: Tools\ndecisions:\n  path: doc/adr\n  dialect: adr-tools\n");
		Examples.write(temp, "doc/adr/0001-record-architecture-decisions.md",
				"# 1. Record architecture decisions\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nX\n");
		ArchitectureFolder folder =
				ArchitectureFolder.load(temp, LoadOptions.defaults().withFormats(Dialects.formats()));
		assertEquals(1, folder.architecture().getDecisionSets().get(0).getDecisions().size());
		String dsl = StructurizrWorkspace.write(folder.architecture(), temp.resolve("structurizr"), temp,
				new BasicDiagnostic());
		assertTrue(dsl.contains("\n    !adrs \"../doc/adr\" adrtools\n"), dsl);
		assertEquals("madr", StructurizrWorkspace.importer(null));
		assertEquals("madr", StructurizrWorkspace.importer("madr2"));
		assertEquals("log4brains", StructurizrWorkspace.importer("log4brains"));
		assertEquals(null, StructurizrWorkspace.importer("asciidoc"));
	}

	@Test
	void theExporterServiceWritesWorkspaceDsl() throws Exception {
		ArchitectureFolder example = Examples.larkspur();
		Path out = temp.resolve("pack/structurizr");
		new StructurizrExporter().export(example.architecture(), out, Examples.CONTEXT, new BasicDiagnostic());
		String dsl = Files.readString(out.resolve("workspace.dsl"));
		assertTrue(
				dsl.contains("!adrs \"" + out.relativize(example.root().resolve("decisions")).toString() + "\" madr"),
				dsl);
	}

	@Test
	void theExporterTakesTheFolderFromTheLoadedArchitectureNotFromAnOption() throws Exception {
		ArchitectureFolder example = Examples.larkspur();
		Path moved = temp.resolve("moved/larkspur");
		Path out = temp.resolve("pack/structurizr");
		RunContext context = new RunContext(Examples.CONTEXT.asOf(), null, Map.of("root", "/nowhere"));
		new StructurizrExporter().export(LoadedArchitecture.of(example.architecture(), moved, example::locationOf), out,
				context, new BasicDiagnostic());
		String dsl = Files.readString(out.resolve("workspace.dsl"));
		assertTrue(dsl.contains("!adrs \"" + out.relativize(moved.resolve("decisions")).toString() + "\" madr"), dsl);
	}

	/** A shop with two domains (one inside the other), a team, and four decision sets. */
	static void writeShop(Path folder) throws Exception {
		Examples.write(folder, FolderLayout.SETTINGS, """
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
		Examples.write(folder, "domains/commerce.md", "# Commerce\n");
		Examples.write(folder, "domains/payments.md", "---\nparent: commerce\n---\n# Payments/Cards\n");
		Examples.write(folder, "domains/empty.md", "# Nothing here\n");
		Examples.write(folder, "systems/checkout.md", "---\ndomain: payments\n---\n# Checkout\n");
		Examples.write(folder, "systems/storefront.md", "---\ndomain: commerce\n---\n# Storefront\n");
		Examples.write(folder, "systems/search.md", "# Search\n");
		Examples.write(folder, "teams/team-web.md", "# Web team\n");
		Examples.write(folder, "people/alice.md", "---\nteam: team-web\nrole: Developer\n---\n# Alice\n");
		Examples.write(folder, "people/bob.md", "---\nrole: Buyer\n---\n# Bob\n");
		Examples.write(folder, "components/cart.md", "---\nsystem: checkout\nowner: team-web\n---\n# Cart\n");
		Examples.write(folder, "components/card-api.md", "---\nsystem: checkout\n---\n# Card API\n");
		String decision =
				"---\nstatus: accepted\ndate: 2026-0%d-01\n%s---\n# %s\n\n## Context and Problem Statement\n\nWhy.\n";
		Examples.write(folder, "decisions/0001-record-decisions.md", decision.formatted(1, "", "Record decisions"));
		Examples.write(folder, "decisions/0002-use-kotlin.md", decision.formatted(2, "", "Use Kotlin"));
		Examples.write(folder, "checkout/adr/0001-use-stripe.md", decision.formatted(3, "", "Use Stripe"));
		Examples.write(folder, "search/adr/0001-use-opensearch.md",
				decision.formatted(4, "affects: [search]\n", "Use OpenSearch"));
		Examples.write(folder, "search/adr/0002-index-nightly.md", decision.formatted(5, "", "Index nightly"));
		Examples.write(folder, "misc/adr/0001-weekly-releases.md", decision.formatted(6, "", "Weekly releases"));
	}

	@Test
	void teamsAndDomainsAreGroupsAndEveryDecisionSetHasItsPlace() throws Exception {
		writeShop(temp);
		ArchitectureFolder folder = ArchitectureFolder.load(temp, LoadOptions.defaults());
		assertEquals(4, folder.architecture().getDecisionSets().size());
		BasicDiagnostic findings = new BasicDiagnostic();
		String dsl = StructurizrWorkspace.write(folder.architecture(), temp.resolve("structurizr"), temp, findings);
		assertTrue(dsl.startsWith("workspace \"Shop\" {\n    !adrs \"../decisions\" madr\n"
				+ "    # decision set misc (../misc/adr): Structurizr reads one decision folder per workspace and per "
				+ "software system; this set belongs to no software system of its own\n\n    model {\n"
				+ "        properties {\n            \"structurizr.groupSeparator\" \"/\"\n        }\n"), dsl);
		// people by team
		assertTrue(
				dsl.contains("\n        group \"Web team\" {\n            alice = person \"Alice\" \"Developer\" {\n"),
				dsl);
		assertTrue(dsl.contains("\n        bob = person \"Bob\" \"Buyer\" {\n"), dsl);
		// systems by domain, subdomains inside; the separator is not in a name; no group for an empty domain
		assertTrue(dsl.contains("\n        group \"Commerce\" {\n"
				+ "            storefront = softwareSystem \"Storefront\" {\n"), dsl);
		assertTrue(dsl.contains("\n            group \"Payments-Cards\" {\n"
				+ "                checkout = softwareSystem \"Checkout\" {\n"
				+ "                    !adrs \"../checkout/adr\" madr\n"), dsl);
		assertFalse(dsl.contains("Nothing here"), dsl);
		// components of a team in its group, inside their system
		assertTrue(dsl.contains("\n                    group \"Web team\" {\n"
				+ "                        cart = container \"Cart\" {\n"), dsl);
		assertTrue(dsl.contains("\n                    card_api = container \"Card API\" {\n"), dsl);
		// a set whose decisions affect one system goes to that system
		assertTrue(
				dsl.contains(
						"\n        search = softwareSystem \"Search\" {\n            !adrs \"../search/adr\" madr\n"),
				dsl);
		assertEquals(List.of(temp.resolve(FolderLayout.SETTINGS)
				+ ": info: the decision set 'misc' (misc/adr) is not in the "
				+ "Structurizr workspace: the workspace holds the decisions of 'core', and Structurizr reads one "
				+ "decision "
				+ "folder per workspace and per software system; name the set after the id of its system in "
				+ "baton.yaml, "
				+ "or let its decisions affect that system, to have it there"),
				Findings.leaves(findings).stream().map(Findings::format).toList());
	}
}
