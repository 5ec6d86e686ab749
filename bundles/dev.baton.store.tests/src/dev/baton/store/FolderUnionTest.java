package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.Findings;
import dev.baton.model.Architecture;
import dev.baton.model.Component;
import dev.baton.model.Decision;
import dev.baton.model.Record;
import dev.baton.model.Team;

/** Three architecture folders as one: qualified ids, references across folders, findings in the right files. */
class FolderUnionTest {

	@TempDir
	Path temp;

	/** platform (the main folder), payments and shipping, with references across them. */
	static void threeFolders(Path temp) throws Exception {
		TestFolders.write(temp, "platform/baton.yaml", "name: Platform\n");
		TestFolders.write(temp, "platform/teams/team-platform.md", "# Platform team\n");
		TestFolders.write(temp, "platform/components/gateway.md", """
				---
				owner: team-platform
				depends-on: [payments:ledger]
				---
				# Gateway
				""");
		TestFolders.write(temp, "platform/decisions/0001-use-one-gateway.md", """
				---
				status: accepted
				date: 2026-01-05
				---
				# Use one gateway
				""");
		TestFolders.write(temp, "payments/baton.yaml", "name: Payments\n");
		TestFolders.write(temp, "payments/components/ledger.md", """
				---
				owner: team-platform
				---
				# Ledger
				""");
		TestFolders.write(temp, "payments/interfaces/ledger-api.md", """
				---
				provider: ledger
				---
				# Ledger API
				""");
		TestFolders.write(temp, "payments/decisions/0001-use-postgres.md", """
				---
				status: superseded
				date: 2026-02-01
				---
				# Use Postgres
				""");
		TestFolders.write(temp, "payments/decisions/0002-use-kafka.md", """
				---
				status: accepted
				date: 2026-03-01
				supersedes: [1]
				relates-to: [platform:1]
				---
				# Use Kafka
				""");
		TestFolders.write(temp, "shipping/baton.yaml", "name: Shipping\n");
		TestFolders.write(temp, "shipping/components/labels.md", """
				---
				owner: team-platform
				consumes: [payments:ledger-api, payments:nope]
				---
				# Labels
				""");
		TestFolders.write(temp, "shipping/decisions/0001-print-labels.md", """
				---
				status: accepted
				date: 2026-04-01
				relates-to: [payments:use-kafka]
				---
				# Print labels
				""");
	}

	private static <T extends Record> T byId(List<T> records, String id) {
		return records.stream().filter(r -> id.equals(r.getId())).findFirst()
				.orElseThrow(
						() -> new AssertionError("no " + id + " in " + records.stream().map(Record::getId).toList()));
	}

	@Test
	void threeFoldersBecomeOneArchitecture() throws Exception {
		threeFolders(temp);
		ArchitectureFolder platform = ArchitectureFolder.load(temp.resolve("platform"), LoadOptions.defaults());
		ArchitectureFolder payments = ArchitectureFolder.load(temp.resolve("payments"), LoadOptions.defaults());
		ArchitectureFolder shipping = ArchitectureFolder.load(temp.resolve("shipping"), LoadOptions.defaults());
		// alone, each folder reports what points into the others
		assertTrue(Findings.leaves(platform.findings()).stream()
				.anyMatch(d -> d.getMessage().contains("'payments:ledger'")));
		Diagnostic findings = FolderUnion.include(platform, List.of(payments, shipping));
		Architecture union = platform.architecture();

		assertEquals(List.of("gateway", "payments:ledger", "shipping:labels"),
				union.getComponents().stream().map(Record::getId).toList());
		assertEquals(List.of("decisions", "payments", "shipping"),
				union.getDecisionSets().stream().map(s -> s.getName()).toList());
		assertEquals("../payments/decisions", union.getDecisionSets().get(1).getPath());
		Component gateway = byId(union.getComponents(), "gateway");
		Component ledger = byId(union.getComponents(), "payments:ledger");
		Component labels = byId(union.getComponents(), "shipping:labels");
		Team team = byId(union.getTeams(), "team-platform");
		assertEquals(List.of(ledger), gateway.getDependsOn()); // main -> included
		assertSame(team, ledger.getOwner()); // an id the included folder does not hold: the main folder's
		assertSame(team, labels.getOwner());
		assertEquals("../payments/components/ledger.md", ledger.getSourcePath());
		assertEquals(byId(union.getInterfaces(), "payments:ledger-api"), labels.getConsumes().get(0)); // included ->
																										// included
		assertTrue(labels.getConsumes().get(1).eIsProxy()); // payments:nope is kept as written

		Decision kafka = byId(union.getDecisionSets().get(1).getDecisions(), "payments:0002-use-kafka");
		Decision postgres = byId(union.getDecisionSets().get(1).getDecisions(), "payments:0001-use-postgres");
		Decision gatewayDecision = byId(union.getDecisionSets().get(0).getDecisions(), "0001-use-one-gateway");
		assertEquals(List.of(postgres), kafka.getSupersedes()); // within the folder, as loaded
		assertSame(gatewayDecision, kafka.getLinks().get(1).getTarget()); // platform:1, by number
		Decision labelsDecision = union.getDecisionSets().get(2).getDecisions().get(0);
		assertSame(kafka, labelsDecision.getLinks().get(0).getTarget()); // payments:use-kafka, by slug

		// what still does not resolve is reported once, in the file that holds it
		List<String> lines = Findings.leaves(findings).stream().map(Findings::format).toList();
		assertEquals(1, lines.size(), String.join("\n", lines));
		assertTrue(lines.get(0).matches(".*shipping/components/labels\\.md:3: warning: unknown id 'payments:nope' in "
				+ "'consumes': .*"), lines.get(0));
	}

	@Test
	void aFolderNameThatIsTakenIsReportedAndLeftOut() throws Exception {
		threeFolders(temp);
		TestFolders.write(temp, "other/payments/baton.yaml", "name: Other payments\n");
		ArchitectureFolder platform = ArchitectureFolder.load(temp.resolve("platform"), LoadOptions.defaults());
		Diagnostic findings = FolderUnion.include(platform,
				List.of(ArchitectureFolder.load(temp.resolve("payments"), LoadOptions.defaults()),
						ArchitectureFolder.load(temp.resolve("other/payments"), LoadOptions.defaults())));
		List<String> lines = Findings.leaves(findings).stream().map(Findings::format).toList();
		assertEquals(List.of(temp.resolve("other/payments/baton.yaml")
				+ ": error: the folder name 'payments' is taken (by "
				+ "the main folder, one of its decision sets or another included folder): ids are qualified by folder "
				+ "name, so rename or move one of the folders; this one was not included"), lines);
		assertEquals(List.of("decisions", "payments"),
				platform.architecture().getDecisionSets().stream().map(s -> s.getName())
						.toList());
	}
}
