package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;

/** ADR folders found by what their files hold, whatever the folder is called, and decisions inside one chapter. */
class FindingAdrsTest {

	@TempDir
	Path temp;

	private static String adr(int number, String title, String language) {
		return language.equals("es")
				? "# ADR-" + number + ": " + title
						+ "\n\n## Estado\n\nAceptada\n\n## Contexto\n\nPorque.\n\n## Decisión\n\nSí.\n"
				: "# " + number + ". " + title
						+ "\n\n## Status\n\nAccepted\n\n## Context\n\nBecause.\n\n## Decision\n\nYes.\n";
	}

	private static List<String> ids(AdrImport.Report report) {
		return report.architecture().getDecisionSets().stream().flatMap(s -> s.getDecisions().stream())
				.map(d -> ((DecisionSet) d.eContainer()).getName() + ":" + d.getId()).toList();
	}

	@Test
	void aFolderOfAdrsIsFoundByItsContentWhateverItsName() throws Exception {
		Path arch = Files.createDirectories(temp.resolve("repo/docs/arch"));
		Files.writeString(arch.resolve("adr-001-use-queues.md"), adr(1, "Use queues", "en"));
		Files.writeString(arch.resolve("adr-002-usar-colas.md"), adr(2, "Usar colas", "es"));
		Path guides = Files.createDirectories(temp.resolve("repo/docs/guides"));
		Files.writeString(guides.resolve("setup.md"), "# Set-up\n\n## Install\n\nRun it.\n");
		AdrImport.Report report = AdrImport.run(temp.resolve("repo"), Corpus.CONTEXT);
		assertEquals(List.of("adr:adr-001-use-queues", "adr:adr-002-usar-colas"), ids(report));
		assertTrue(report.sets().get(0).foundBy().contains("read like ADRs"), report.sets().get(0).foundBy());
		// the guide is left, and the report says why
		assertTrue(report.others().stream().anyMatch(f -> f.file().equals("docs/guides/setup.md")
				&& f.notes().get(0).contains("not in an ADR folder")), report.others()::toString);
	}

	@Test
	void aFolderGivenItselfWithUnpaddedNumbersIsNeverEmpty() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("my-decisions"));
		Files.writeString(folder.resolve("adr-01.md"), adr(1, "One", "en"));
		Files.writeString(folder.resolve("adr-02.md"), adr(2, "Two", "en"));
		AdrImport.Report report = AdrImport.run(folder, Corpus.CONTEXT);
		assertEquals(2, report.imported());
	}

	@Test
	void anOlderSeriesInASubFolderIsASetOfItsOwn() throws Exception {
		Path adr = Files.createDirectories(temp.resolve("repo/doc/adr"));
		Files.writeString(adr.resolve("001-use-x.md"), adr(1, "Use X", "en"));
		Files.writeString(adr.resolve("002-use-y.md"), adr(2, "Use Y", "en"));
		Path old = Files.createDirectories(adr.resolve("v1"));
		Files.writeString(old.resolve("001-use-w.md"), adr(1, "Use W", "en"));
		AdrImport.Report report = AdrImport.run(temp.resolve("repo"), Corpus.CONTEXT);
		assertEquals(List.of("adr:001-use-x", "adr:002-use-y", "adr-v1:001-use-w"), ids(report));
		assertTrue(report.sets().get(0).files().stream().anyMatch(f -> f.file().equals("doc/adr/v1/")
				&& f.notes().get(0).contains("read as a set of its own")), report.sets().get(0).files()::toString);
	}

	@Test
	void theSectionsOfAnArchitectureDecisionsChapterAreDecisions() throws Exception {
		Path docs = Files.createDirectories(temp.resolve("repo/src/docs"));
		Files.writeString(docs.resolve("01_introduction.adoc"), "== Introduction\n\nHello.\n");
		Files.writeString(docs.resolve("09_architecture_decisions.adoc"), """
				[[section-design-decisions]]
				== Architecture Decisions

				[[adr-cache]]
				=== Cache tiles on disk

				.Problem

				Tiles are slow.

				.Decision

				A disk cache.

				=== Use GPSBabel

				.Problem

				Converting formats.

				.Considered Alternatives

				* Our own converter
				* GPSBabel

				.Decision

				GPSBabel.
				""");
		AdrImport.Report report = AdrImport.run(temp.resolve("repo"), Corpus.CONTEXT);
		assertEquals(List.of("adr:adr-cache", "adr:use-gpsbabel"), ids(report));
		Decision cache = report.architecture().getDecisionSets().get(0).getDecisions().get(0);
		assertEquals("Cache tiles on disk", cache.getTitle());
		assertEquals("Tiles are slow.", cache.getContext());
		assertEquals("A disk cache.", cache.getOutcome());
		assertEquals("src/docs/09_architecture_decisions.adoc#adr-cache", cache.getSourcePath());
		Decision babel = report.architecture().getDecisionSets().get(0).getDecisions().get(1);
		assertEquals(2, babel.getOptions().size());
		assertTrue(report.others().stream().anyMatch(f -> f.file().equals("src/docs/01_introduction.adoc")),
				report.others()::toString);
	}

	@Test
	void theIntroAndOutroOfAGeneratedIndexAreFragmentsNotRecords() throws Exception {
		Path adr = Files.createDirectories(temp.resolve("repo/doc/adr"));
		Files.writeString(adr.resolve("0001-record-architecture-decisions.md"), adr(1, "Record decisions", "en"));
		Files.writeString(adr.resolve("0002-use-queues.md"), adr(2, "Use queues", "en"));
		Files.writeString(adr.resolve("intro.md"), "The principles are managed using adr-tools. See "
				+ "[1. Record architecture decisions](0001-record-architecture-decisions.md)\n");
		Files.writeString(adr.resolve("outro.md"), "This file was generated using: `adr generate toc`\n");
		// no number and no status, but a title: a record all the same
		Files.writeString(adr.resolve("use-postgres.md"), "# Use Postgres\n\nWe use Postgres.\n");
		AdrImport.Report report = AdrImport.run(temp.resolve("repo"), Corpus.CONTEXT);
		assertEquals(List.of("adr:0001-record-architecture-decisions", "adr:0002-use-queues", "adr:use-postgres"),
				ids(report));
		for (String fragment : List.of("doc/adr/intro.md", "doc/adr/outro.md")) {
			AdrImport.FileReport file = report.sets().get(0).files().stream().filter(f -> f.file().equals(fragment))
					.findFirst().orElseThrow(() -> new AssertionError(fragment + " not in the report"));
			assertTrue(file.notes().stream().anyMatch(n -> n.contains("skipped: a fragment of the folder's pages, "
					+ "not a record (no title, no number or date in its name, no status and no sections)")),
					file.notes()::toString);
		}
	}
}
