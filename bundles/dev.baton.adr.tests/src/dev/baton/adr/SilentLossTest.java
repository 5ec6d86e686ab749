package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.Findings;
import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;

/**
 * What an import said it read is what the folder holds afterwards, copied or kept in place: nothing reported as
 * imported is dropped, and every file skipped is reported with why.
 */
class SilentLossTest {

	@TempDir
	Path temp;

	private static final String TEMPLATE_ENGINE = """
			# 12. Use Mustache as template engine

			Date: 2024-03-01

			## Status

			Accepted

			## Context

			We render e-mails.

			## Decision

			Mustache.
			""";

	private static final String LOG4BRAINS_TEMPLATE = """
			# [short title of solved problem and solution]

			- Status: [draft | proposed | rejected | accepted | deprecated | … | superseded by [xxx](yyyymmdd-xxx.md)]
			- Date: [YYYY-MM-DD when the decision was last updated]

			## Context and Problem Statement

			[Describe the context and problem statement.]
			""";

	private static ArchitectureFolder load(Path root) {
		return ArchitectureFolder.load(root, LoadOptions.defaults().withFormats(Dialects.formats()));
	}

	private static List<String> ids(ArchitectureFolder folder) {
		return folder.architecture().getDecisionSets().stream().flatMap(s -> s.getDecisions().stream())
				.map(Decision::getId).sorted().toList();
	}

	private static AdrImport.FileReport file(AdrImport.Report report, String name) {
		return report.sets().stream().flatMap(s -> s.files().stream()).filter(f -> f.file().endsWith(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " is not in the report"));
	}

	@Test
	void aRecordNamedAfterTemplatesIsARecordAndATemplateIsToldByItsContent() throws Exception {
		Path adr = Files.createDirectories(temp.resolve("repo/doc/adr"));
		Files.writeString(adr.resolve("0012-use-mustache-as-template-engine.md"), TEMPLATE_ENGINE);
		Files.writeString(adr.resolve("template.md"), LOG4BRAINS_TEMPLATE);
		Files.writeString(adr.resolve("decision-format.md"), LOG4BRAINS_TEMPLATE); // a template by another name
		AdrImport.Report report = AdrImport.run(temp.resolve("repo"), Corpus.CONTEXT);
		assertTrue(file(report, "0012-use-mustache-as-template-engine.md").imported());
		for (String template : List.of("template.md", "decision-format.md")) {
			AdrImport.FileReport skipped = file(report, template);
			assertFalse(skipped.imported(), template);
			assertTrue(skipped.notes().stream().anyMatch(n -> n.contains("a template for new records")),
					skipped.notes()::toString);
		}
		// no warning about a template's placeholders: it is no one's mistake
		assertTrue(Findings.leaves(report.findings()).stream().noneMatch(d -> d.getMessage().contains("YYYY")),
				() -> Findings.leaves(report.findings()).toString());

		// in place: the same decision is loaded
		Files.writeString(temp.resolve("repo/baton.yaml"), Adoption.batonYaml("repo", report));
		assertEquals(List.of("0012-use-mustache-as-template-engine"), ids(load(temp.resolve("repo"))));
	}

	@Test
	void aDecisionNamedAfterTemplatesInBatonsOwnFolderLoadsAndATemplateThereIsReported() throws Exception {
		Path root = temp.resolve("arch");
		ArchitectureFolder created = ArchitectureFolder.create(root, BatonFactory.eINSTANCE.createArchitecture());
		DecisionSet set = created.architecture().getDecisionSets().get(0);
		Decision decision = BatonFactory.eINSTANCE.createDecision();
		decision.setId("0012-use-mustache-as-template-engine");
		decision.setNumber(12);
		decision.setTitle("Use Mustache as template engine");
		decision.setStatus(DecisionStatus.ACCEPTED);
		set.getDecisions().add(decision);
		assertEquals(Diagnostic.OK, created.save().getSeverity());
		Files.writeString(root.resolve("decisions/adr-template.md"), """
				---
				status: "{proposed | rejected | accepted | deprecated | superseded by ADR-0123}"
				---
				# {short title, representative of solved problem and found solution}
				""");
		ArchitectureFolder folder = load(root);
		assertEquals(List.of("0012-use-mustache-as-template-engine"), ids(folder));
		assertTrue(Findings.leaves(folder.findings()).stream().map(Findings::format)
				.anyMatch(f -> f.contains("adr-template.md") && f.contains("a template for new decisions")),
				() -> Findings.leaves(folder.findings()).stream().map(Findings::format).toList().toString());
	}

	@Test
	void anEmptyDecisionMakersKeyIsAnEmptyListNotACrash() throws Exception {
		Path adr = Files.createDirectories(temp.resolve("repo/docs/decisions"));
		Files.writeString(adr.resolve("0001-use-x.md"), """
				---
				status: accepted
				date: 2024-01-02
				decision-makers:
				consulted:
				---
				# Use X

				## Context and Problem Statement

				Why.
				""");
		Files.writeString(adr.resolve("0002-use-y.md"), "# Use Y\n\n## Status\n\nProposed\n");
		AdrImport.Report report = AdrImport.run(temp.resolve("repo"), Corpus.CONTEXT);
		assertEquals(2, report.imported());
		Decision first = report.architecture().getDecisionSets().get(0).getDecisions().get(0);
		assertEquals(List.of(), first.getDecisionMakers());
		assertEquals(LocalDate.of(2024, 1, 2), first.getDate());
	}

	@Test
	void anUnreadableSubFolderIsReportedAndTheRestImported() throws Exception {
		Path adr = Files.createDirectories(temp.resolve("repo/docs/adr"));
		Files.writeString(adr.resolve("0001-use-x.md"), "# 1. Use X\n\n## Status\n\nAccepted\n");
		Path closed = Files.createDirectories(temp.resolve("repo/private/secrets"));
		Path closedAdrs = Files.createDirectories(adr.resolve("old"));
		Files.writeString(closedAdrs.resolve("0001-old.md"), "# 1. Old\n");
		Files.setPosixFilePermissions(closed.getParent(), PosixFilePermissions.fromString("---------"));
		Files.setPosixFilePermissions(closedAdrs, PosixFilePermissions.fromString("---------"));
		try {
			Assumptions.assumeFalse(Files.isReadable(closedAdrs), "the tests run with rights to read any folder");
			AdrImport.Report report = AdrImport.run(temp.resolve("repo"), Corpus.CONTEXT);
			assertEquals(1, report.imported());
			List<String> problems = Findings.leaves(report.findings()).stream().map(Findings::format).toList();
			assertTrue(problems.stream().anyMatch(p -> p.contains("private") && p.contains("cannot be read")),
					problems::toString);
			assertTrue(problems.stream().anyMatch(p -> p.contains("old/") && p.contains("cannot be read")),
					problems::toString);
		} finally {
			Files.setPosixFilePermissions(closed.getParent(), PosixFilePermissions.fromString("rwx------"));
			Files.setPosixFilePermissions(closedAdrs, PosixFilePermissions.fromString("rwx------"));
		}
	}

	@Test
	void importingIntoAFolderWithTheSameIdsDropsNothingAndTheReportSaysWhereEachWent() throws Exception {
		Path root = temp.resolve("arch");
		ArchitectureFolder created = ArchitectureFolder.create(root, BatonFactory.eINSTANCE.createArchitecture());
		Decision seed = BatonFactory.eINSTANCE.createDecision();
		seed.setNumber(1);
		seed.setTitle("Record architecture decisions");
		seed.setDate(LocalDate.of(2026, 11, 28));
		seed.setStatus(DecisionStatus.ACCEPTED);
		created.architecture().getDecisionSets().get(0).getDecisions().add(seed);
		assertEquals(Diagnostic.OK, created.save().getSeverity());
		assertEquals("0001-record-architecture-decisions", seed.getId());

		Path adr = Files.createDirectories(temp.resolve("repo/doc/adr"));
		Files.writeString(adr.resolve("0001-record-architecture-decisions.md"), """
				# 1. Record architecture decisions

				Date: 2016-02-12

				## Status

				Accepted

				## Context

				We need to record the architectural decisions made on this project.
				""");
		Files.writeString(adr.resolve("0002-use-kafka.md"), """
				# 2. Use Kafka

				Date: 2016-03-01

				## Status

				Proposed
				""");
		AdrImport.Report report = AdrImport.run(temp.resolve("repo"), Corpus.CONTEXT);
		ArchitectureFolder folder = load(root);
		ImportedDecisions.Added added = ImportedDecisions.add(folder, folder.architecture().getDecisionSets().get(0),
				report, false);
		assertEquals(2, added.added());
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		assertTrue(added.actions().stream().anyMatch(a -> a.contains("id 0001-record-architecture-decisions is taken")),
				added.actions()::toString);

		// the folder read again holds every imported file, with the values the report gave
		Map<String, Decision> reread = load(root).architecture().getDecisionSets().get(0).getDecisions().stream()
				.collect(Collectors.toMap(Decision::getId, d -> d));
		assertEquals(3, reread.size(), reread.keySet()::toString);
		assertEquals(LocalDate.of(2026, 11, 28), reread.get("0001-record-architecture-decisions").getDate());
		String json = ImportSummary.json(report, added.placed());
		String text = ImportSummary.text(report, added.placed());
		for (AdrImport.FileReport file : report.sets().get(0).files()) {
			String id = added.placed().get(file.file());
			assertNotNull(id, file.file() + " was imported but not added");
			Decision decision = reread.get(id);
			assertNotNull(decision, file.file() + " reported as added as " + id + ", which the folder does not hold");
			assertEquals(file.title(), decision.getTitle());
			assertEquals(file.date(), String.valueOf(decision.getDate()));
			assertEquals(file.status(), decision.getStatusText());
			assertTrue(json.contains("\"addedAs\": \"" + id + "\"") || json.contains("\"addedAs\":\"" + id + "\""),
					json);
			assertTrue(text.contains(file.file()) && text.contains("added as " + id), text);
		}
	}

	@Test
	void twoAdrsOfTheSourceWithOneNumberKeepItAndTheActionSaysSo() throws Exception {
		Path root = temp.resolve("arch");
		Decision seed = BatonFactory.eINSTANCE.createDecision();
		seed.setNumber(1);
		seed.setTitle("Record architecture decisions");
		seed.setDate(LocalDate.of(2026, 11, 28));
		ArchitectureFolder created = ArchitectureFolder.create(root, BatonFactory.eINSTANCE.createArchitecture());
		created.architecture().getDecisionSets().get(0).getDecisions().add(seed);
		assertEquals(Diagnostic.OK, created.save().getSeverity());
		Path adr = Files.createDirectories(temp.resolve("repo/doc/adr"));
		// two branches each added decision 4; and the source's own 0001, which the folder's seed holds
		Files.writeString(adr.resolve("0001-use-adrs.md"), "# 1. Use ADRs\n\n## Status\n\nAccepted\n");
		Files.writeString(adr.resolve("0004-rc-versioning.md"), "# 4. RC versioning\n\n## Status\n\nAccepted\n");
		Files.writeString(adr.resolve("0004-servicelb.md"), "# 4. ServiceLB\n\n## Status\n\nAccepted\n");
		AdrImport.Report report = AdrImport.run(temp.resolve("repo"), Corpus.CONTEXT);
		ArchitectureFolder folder = load(root);
		ImportedDecisions.Added added = ImportedDecisions.add(folder, folder.architecture().getDecisionSets().get(0),
				report, false);
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		assertEquals("0004-rc-versioning", added.placed().get("doc/adr/0004-rc-versioning.md"));
		assertEquals("0004-servicelb", added.placed().get("doc/adr/0004-servicelb.md"));
		assertTrue(added.actions().contains("added 0004-servicelb from doc/adr/0004-servicelb.md (number 4 is also "
				+ "0004-rc-versioning's in the source, kept: 'baton renumber' gives one a free number)"),
				added.actions()::toString);
		// the folder's own number 1 is not given twice: the source's 0001 gets the next free number after both 4s
		assertEquals("0005-use-adrs", added.placed().get("doc/adr/0001-use-adrs.md"));
		List<Integer> numbers = load(root).architecture().getDecisionSets().get(0).getDecisions().stream()
				.map(Decision::getNumber).sorted().toList();
		assertEquals(List.of(1, 4, 4, 5), numbers);
	}
}
