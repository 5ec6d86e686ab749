package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;

/** Dates, numbers and relations however ADRs write them; passing mentions are no relations. */
class DatesNumbersRelationsTest {

	@TempDir
	Path temp;

	private static LocalDate date(String path, String text) {
		return Reading.of(path, text).decision().getDate();
	}

	@Test
	void datesWrittenAnywhereWinOverTheFileName() {
		assertEquals(LocalDate.of(2022, 3, 4), date("adr-003-x.md", """
				# ADR 3: X

				## Changelog

				- 04/03/2022: Initial draft
				- 25/03/2022: Accepted after review
				"""));
		assertEquals(LocalDate.of(2022, 4, 3), date("adr-003-x.md", """
				# ADR 3: X

				## Changelog

				* 2022-05-01: minor fixes
				* 04/03/2022: created
				* 12/25/2022: revised
				"""));
		assertEquals(LocalDate.of(2021, 6, 1), date("0003-x.md", """
				# 3. X

				## Context

				Date: 2021-06-01

				Why.
				"""));
		assertEquals(LocalDate.of(2023, 1, 17), date("0003-x.md", "# 3. X\n\n* Date: [2023-01-17]\n\n## Context\n\nWhy.\n"));
		assertEquals(LocalDate.of(2024, 2, 2), date("0003-x.md", "# 3. X\n\n## Fecha\n\n2024-02-02\n\n## Contexto\n\nPor qué.\n"));
		assertEquals(LocalDate.of(2021, 3, 12), date("0003-x.md", "# 3. X\n\nDecided on 12 March 2021.\n\n## Context\n\nWhy.\n"));
		assertEquals(LocalDate.of(2019, 5, 5), date("2020-01-01-x/README.md", "# X\n\nDate: 2019-05-05\n"));
	}

	@Test
	void numbersAndTitlesAsAdrsWriteThem() {
		Decision d = Reading.of("adr001.md", "# ADR001: Use queues\n\n## Status\n\nAccepted\n").decision();
		assertEquals(1, d.getNumber());
		assertEquals("Use queues", d.getTitle());
		assertEquals(7, Reading.of("adr-7.md", "# Seven\n").decision().getNumber());
		assertEquals(12, Reading.of("adr-012-use-x.md", "# Use X\n").decision().getNumber());
	}

	@Test
	void relationsAsMetadataLines() {
		Reading r = Reading.of("0013-use-x.md", """
				# 13. Use X

				* Status: accepted
				* Replaces: ADR-3
				* **Amends:** [ADR 4](0004-y.md)

				## Context

				Why.
				""");
		assertEquals(DecisionStatus.ACCEPTED, r.decision().getStatus());
		assertEquals(List.of("supersedes 3@4", "amends 0004-y@5"), r.references);
		assertEquals(List.of("supersedes", "amends"),
				r.decision().getLinks().stream().map(l -> l.getType().getLiteral()).toList());
	}

	@Test
	void relationsSaidInProseButNotPassingMentions() {
		Reading r = Reading.of("0013-use-x.md", """
				# 13. Use X

				## Context

				This is a follow-up to ADR 12. It partially supersedes ADR-7, and as per ADR-11 we log.
				The old plan was rejected in favour of ADR 21. Partly undo ADR 9.
				""");
		List<String> links = r.decision().getLinks().stream()
				.map(l -> l.getType().getLiteral() + (l.getNote() == null ? "" : " (" + l.getNote() + ")")).toList();
		assertEquals(List.of("supersedes (in part, in prose)", "relates-to (follow-up to, in prose)",
				"relates-to (rejected in favour of, in prose)", "supersedes (in part, in prose)"), links);
		assertEquals(List.of("supersedes 7@5", "relates-to 12@5", "relates-to 21@6", "supersedes 9@6"), r.references);
	}

	@Test
	void aReferencesSectionListingAdrsOfTheSet() throws Exception {
		Path adr = Files.createDirectories(temp.resolve("repo/doc/adr"));
		Files.writeString(adr.resolve("0001-use-x.md"), "# 1. Use X\n\n## Status\n\nAccepted\n");
		Files.writeString(adr.resolve("0002-use-y.md"), """
				# 2. Use Y

				## Status

				Accepted

				## References

				- [Use X](0001-use-x.md)
				- [The vendor's page](https://example.com/y)
				- [Our guide](../guide.md)
				""");
		AdrImport.Report report = AdrImport.run(temp.resolve("repo"), Corpus.CONTEXT);
		Decision y = report.architecture().getDecisionSets().get(0).getDecisions().get(1);
		assertEquals(1, y.getLinks().size(), y.getLinks()::toString);
		assertEquals("references", y.getLinks().get(0).getCustomType());
		assertEquals("0001-use-x", ((Decision) y.getLinks().get(0).getTarget()).getId());
	}
}
