package dev.baton.export.structurizr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.Findings;
import dev.baton.api.RunContext;
import dev.baton.export.structurizr.internal.StructurizrExporter;
import dev.baton.store.ArchitectureFolder;
import dev.baton.testing.Examples;

/**
 * The DSL Baton writes for the example and for small folders. (That Structurizr's own parser
 * reads it is checked by the distribution's tests, which run structurizr-dsl on the output of
 * {@code baton export -f structurizr}.)
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
				+ "Larkspur Logistics' next-day parcel service\" {\n    !adrs \"../../decisions\" madr\n\n    model {\n"), dsl);
		assertTrue(dsl.contains("\n        grace_mensah = person \"Grace Mensah\" \"Billing lead\" {\n"
				+ "            properties {\n                \"baton.id\" \"grace-mensah\"\n            }\n        }\n"), dsl);
		assertTrue(dsl.contains("\n        hannah_berg = person \"Hannah Berg\" \"Account manager\" \"External\""), dsl);
		assertTrue(dsl.contains("\n        billing_system = softwareSystem \"Billing system\" \"Invoices business customers "
				+ "monthly and takes card payments from consumers.\" {\n"), dsl);
		assertTrue(dsl.contains("\n        cloudpay = softwareSystem \"CloudPay (external)\" \"Card payment gateway run by "
				+ "CloudPay Ltd."), dsl);
		assertTrue(dsl.contains("\"External\" {\n"), dsl);
		assertTrue(dsl.contains("\n            billing_service = container \"Billing service\" \"Prices parcels, keeps "
				+ "accounts and triggers invoices.\" \"Java 21, Spring Boot 4.0, PostgreSQL 13\" \"Service\" {\n"
				+ "                properties {\n                    \"baton.id\" \"billing-service\"\n"
				+ "                    \"owner\" \"team-billing\"\n                    \"lifecycle\" \"production\"\n"
				+ "                    \"repository\" \"https://github.com/larkspur/billing-service\"\n"), dsl);
		assertTrue(dsl.contains("\n        billing_service -> billing_db \"Depends on\"\n"), dsl);
		assertTrue(dsl.contains("\n        booking_service -> routing_service \"Delivery addresses and time windows\" \"gRPC\"\n"),
				dsl);
		assertTrue(dsl.contains("\n        container billing_system \"billing_system-containers\" {\n"), dsl);
		// every component is a container, every system a software system, every person a person
		assertEquals(example.architecture().getComponents().size(), count(dsl, " = container "));
		assertEquals(example.architecture().getSystems().size(), count(dsl, " = softwareSystem "));
		assertEquals(example.architecture().getPeople().size(), count(dsl, " = person "));
		assertEquals(dsl, StructurizrWorkspace.write(example.architecture(), out, example.root(), new BasicDiagnostic()));
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
		Examples.write(temp, "baton.yaml", "name: Probe \"quoted\" \\ name\n");
		Examples.write(temp, "components/web.md", """
				---
				consumes: [missing-api]
				---
				# Web "front" \\ end

				Line one
				line two.

				Second paragraph, not in the DSL.
				""");
		ArchitectureFolder folder = ArchitectureFolder.load(temp);
		BasicDiagnostic findings = new BasicDiagnostic();
		String dsl = StructurizrWorkspace.write(folder.architecture(), temp.resolve("out"), temp, findings);
		assertTrue(dsl.startsWith("workspace \"Probe \\\"quoted\\\" \\\\ name\" {\n"), dsl);
		assertTrue(dsl.contains("\n        platform = softwareSystem \"Probe \\\"quoted\\\" \\\\ name\" \"The components that "
				+ "belong to no system of their own\" {\n            web = container \"Web \\\"front\\\" \\\\ end\" "
				+ "\"Line one line two.\""), dsl);
		assertFalse(dsl.contains("Second paragraph"), dsl);
		assertEquals(List.of(temp.resolve("components/web.md") + ": info: web consumes missing-api, which has no provider "
				+ "in the architecture: no relationship drawn"),
				Findings.leaves(findings).stream().map(Findings::format).toList());
	}

	@Test
	void adrsNamesTheImporterOfTheDecisionsDialect() throws Exception {
		Examples.write(temp, "baton.yaml", "name: Tools\ndecisions:\n  path: doc/adr\n  dialect: adr-tools\n");
		Examples.write(temp, "doc/adr/0001-record-architecture-decisions.md",
				"# 1. Record architecture decisions\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nX\n");
		ArchitectureFolder folder = ArchitectureFolder.load(temp, new org.eclipse.emf.common.util.BasicMonitor(),
				ArchitectureFolder.DEFAULT_MAX_FILE_BYTES, dev.baton.adr.Dialects.formats());
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
		RunContext context = new RunContext(Examples.CONTEXT.asOf(), null,
				java.util.Map.of("root", example.root().toString()));
		new StructurizrExporter().export(example.architecture(), out, context, new BasicDiagnostic());
		String dsl = Files.readString(out.resolve("workspace.dsl"));
		assertTrue(dsl.contains("!adrs \"" + out.relativize(example.root().resolve("decisions")).toString() + "\" madr"), dsl);
	}
}
