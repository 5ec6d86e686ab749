package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.BatonFactory;
import dev.baton.model.Component;
import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;
import dev.baton.model.Team;

/** A save changes exactly what the user changed, and nothing around it. */
class MinimalEditTest {

	@TempDir
	Path temp;

	private static final String COMPONENT = """
			---
			# owner moves to payments in Q3
			owner: team-core   # trailing comment
			system: shop
			type: 'service'
			technologies:
			    - java
			    - postgres
			x-custom: {keep: me}
			tags: [billing, "tier 1"]
			---
			# Billing Service

			Charges cards.
			Second line of the same paragraph.

			## Notes

			Something the model has no field for.
			""";

	private Path folder() throws IOException {
		Path folder = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(folder, "components/billing.md", COMPONENT);
		TestFolders.write(folder, "teams/team-core.md", "# Core\n");
		TestFolders.write(folder, "teams/team-payments.md", "# Payments\n");
		TestFolders.write(folder, "systems/shop.md", "# Shop\n");
		TestFolders.write(folder, "technologies/java.md", "---\nversion: '21'\n---\n# Java\n");
		TestFolders.write(folder, "technologies/postgres.md", "# PostgreSQL\n");
		return folder;
	}

	private static Component billing(ArchitectureFolder folder) {
		return folder.architecture().getComponents().stream().filter(c -> c.getId().equals("billing")).findFirst()
				.orElseThrow();
	}

	/** Lines of the new text that differ from the old, as "-old" / "+new". */
	private static List<String> diff(String before, String after) {
		List<String> a = before.lines().toList();
		List<String> b = after.lines().toList();
		int start = 0;
		while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
			start++;
		}
		int endA = a.size();
		int endB = b.size();
		while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
			endA--;
			endB--;
		}
		List<String> changes = new ArrayList<>();
		a.subList(start, endA).forEach(l -> changes.add("-" + l));
		b.subList(start, endB).forEach(l -> changes.add("+" + l));
		return changes;
	}

	@Test
	void loadThenSaveOfAnUnchangedFolderWritesNothing() throws IOException {
		Path root = folder();
		Path file = root.resolve("components/billing.md");
		var modified = Files.getLastModifiedTime(file);
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		assertEquals(COMPONENT, TestFolders.read(file));
		assertEquals(modified, Files.getLastModifiedTime(file));
	}

	@Test
	void changingTheOwnerChangesOnlyThatValueAndKeepsItsComment() throws IOException {
		Path root = folder();
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		Team payments = folder.architecture().getTeams().stream().filter(t -> t.getId().equals("team-payments"))
				.findFirst().orElseThrow();
		billing(folder).setOwner(payments);
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		String after = TestFolders.read(root.resolve("components/billing.md"));
		assertEquals(List.of("-owner: team-core   # trailing comment", "+owner: team-payments   # trailing comment"),
				diff(COMPONENT, after));
	}

	@Test
	void textOfShowsWhatTheNextSaveWritesWithoutWritingIt() throws IOException {
		Path root = folder();
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		Team payments = folder.architecture().getTeams().stream().filter(t -> t.getId().equals("team-payments"))
				.findFirst().orElseThrow();
		assertEquals(COMPONENT, folder.textOf(billing(folder)).orElseThrow());
		billing(folder).setOwner(payments);
		String preview = folder.textOf(billing(folder)).orElseThrow();
		assertEquals(List.of("-owner: team-core   # trailing comment", "+owner: team-payments   # trailing comment"),
				diff(COMPONENT, preview));
		assertEquals(COMPONENT, TestFolders.read(root.resolve("components/billing.md")));
		folder.save();
		assertEquals(preview, TestFolders.read(root.resolve("components/billing.md")));
	}

	@Test
	void changingABlockListRewritesOnlyThatListInItsStyle() throws IOException {
		Path root = folder();
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		billing(folder).getTechnologies().remove(1);
		folder.save();
		String after = TestFolders.read(root.resolve("components/billing.md"));
		assertEquals(List.of("-    - postgres"), diff(COMPONENT, after));
	}

	@Test
	void addingAValueToAFlowListKeepsTheFlowStyleAndQuoting() throws IOException {
		Path root = folder();
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		billing(folder).getTags().add("pci");
		folder.save();
		String after = TestFolders.read(root.resolve("components/billing.md"));
		assertEquals(List.of("-tags: [billing, \"tier 1\"]", "+tags: [billing, tier 1, pci]"), diff(COMPONENT, after));
	}

	@Test
	void aNewKeyGoesAfterTheOthersAndTheTitleIsItsHeading() throws IOException {
		Path root = folder();
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		billing(folder).setLastReviewed(LocalDate.of(2026, 11, 1));
		billing(folder).setTitle("Billing");
		folder.save();
		String after = TestFolders.read(root.resolve("components/billing.md"));
		assertEquals(COMPONENT.replace("---\n# Billing Service", "last-reviewed: 2026-11-01\n---\n# Billing"), after);
	}

	@Test
	void editingTheDescriptionKeepsTheUnknownSection() throws IOException {
		Path root = folder();
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		assertEquals("Charges cards.\nSecond line of the same paragraph.", billing(folder).getDescription());
		assertEquals("Notes", billing(folder).getSections().get(0).getHeading());
		billing(folder).setDescription("Charges cards and issues refunds.");
		folder.save();
		String after = TestFolders.read(root.resolve("components/billing.md"));
		assertEquals(
				List.of("-Charges cards.", "-Second line of the same paragraph.", "+Charges cards and issues refunds."),
				diff(COMPONENT, after));
		ArchitectureFolder again = ArchitectureFolder.load(root, LoadOptions.defaults());
		assertEquals("Charges cards and issues refunds.", billing(again).getDescription());
		assertEquals("Something the model has no field for.", billing(again).getSections().get(0).getBody());
	}

	/** A copy of one of MADR's own decisions in a new architecture folder. */
	private Path madrDecision(String name) throws IOException {
		Path root = TestFolders.architecture(temp.resolve("madr"));
		Path file = root.resolve("decisions").resolve(name);
		Files.createDirectories(file.getParent());
		Files.copy(TestFolders.corpus().resolve("adr__madr/docs/decisions").resolve(name), file);
		// the corpus is read-only, and Baton does not overwrite read-only files: a copy is one to edit
		file.toFile().setWritable(true, true);
		return file;
	}

	@Test
	void editingOneFieldOfARealMadrFileChangesExactlyThatLine() throws IOException {
		Path file = madrDecision("0013-use-yaml-front-matter-for-meta-data.md");
		Path root = file.getParent().getParent();
		String before = TestFolders.read(file);
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		Decision decision = folder.architecture().getDecisionSets().get(0).getDecisions().get(0);
		decision.setStatus(DecisionStatus.ACCEPTED);
		folder.save();
		// the file has fenced examples with front matter of their own: only the real one changes
		assertEquals(before.replaceFirst("nav_order: 13\n---\n", "nav_order: 13\nstatus: accepted\n---\n"),
				TestFolders.read(file));
	}

	@Test
	void changingADecisionSectionReplacesOnlyItsContent() throws IOException {
		Path file = madrDecision("0008-add-status-field.md");
		Path root = file.getParent().getParent();
		String before = TestFolders.read(file);
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		Decision decision = folder.architecture().getDecisionSets().get(0).getDecisions().get(0);
		String context = decision.getContext();
		decision.setContext(context + "\n\nWe also looked at how log4brains does it.");
		folder.save();
		assertEquals(before.replaceFirst("\n\n## Considered Options",
				"\n\nWe also looked at how log4brains does it.\n\n## Considered Options"), TestFolders.read(file));
	}

	@Test
	void newRecordsGetNewFilesAndRemovedRecordsLoseTheirs() throws IOException {
		Path root = folder();
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		Decision decision = BatonFactory.eINSTANCE.createDecision();
		decision.setTitle("Use PostgreSQL for billing");
		decision.setStatus(DecisionStatus.PROPOSED);
		decision.setDate(LocalDate.of(2026, 11, 28));
		decision.setContext("Billing needs transactions.");
		decision.getAffects().add(billing(folder));
		folder.architecture().getDecisionSets().get(0).getDecisions().add(decision);
		folder.architecture().getTechnologies().removeIf(t -> t.getId().equals("postgres"));
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		assertEquals("""
				---
				status: proposed
				date: 2026-11-28
				affects: [billing]
				---
				# Use PostgreSQL for billing

				## Context and Problem Statement

				Billing needs transactions.
				""", TestFolders.read(root.resolve("decisions/0001-use-postgresql-for-billing.md")));
		assertTrue(Files.notExists(root.resolve("technologies/postgres.md")));
	}

	@Test
	void renamingADecisionMovesItsFileAndUpdatesEveryReferenceInItsForm() throws IOException {
		Path root = TestFolders.architecture(temp.resolve("renumber"));
		String kafka = "---\nstatus: superseded\nsuperseded-by: [0008-use-pulsar]\n---\n# Use Kafka\n";
		TestFolders.write(root, "decisions/0007-use-kafka.md", kafka);
		TestFolders.write(root, "decisions/0008-use-pulsar.md",
				"---\nstatus: accepted\nsupersedes: [7] # was ADR-7\n---\n# Use Pulsar\n");
		TestFolders.write(root, "decisions/0009-use-avro.md",
				"---\nstatus: accepted\nrelates-to: [0007-use-kafka, ADR-0008]\n---\n# Use Avro\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		Decision decision = folder.architecture().getDecisionSets().get(0).getDecisions().get(0);
		folder.rename(decision, "0010-use-kafka");
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		assertTrue(Files.notExists(root.resolve("decisions/0007-use-kafka.md")));
		assertEquals(kafka, TestFolders.read(root.resolve("decisions/0010-use-kafka.md")));
		assertEquals("---\nstatus: accepted\nsupersedes: [10] # was ADR-7\n---\n# Use Pulsar\n",
				TestFolders.read(root.resolve("decisions/0008-use-pulsar.md")));
		assertEquals("---\nstatus: accepted\nrelates-to: [0010-use-kafka, ADR-0008]\n---\n# Use Avro\n",
				TestFolders.read(root.resolve("decisions/0009-use-avro.md")));
		ArchitectureFolder again = ArchitectureFolder.load(root, LoadOptions.defaults());
		assertEquals(Diagnostic.OK, again.findings().getSeverity(), TestFolders.joined(again.findings()));
		assertEquals(10, again.architecture().getDecisionSets().get(0).getDecisions().stream()
				.filter(d -> d.getTitle().equals("Use Kafka")).findFirst().orElseThrow().getNumber());
	}
}
