package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;

/**
 * Forms of titles, statuses, dates and indexes found in ADR sets the readers had not seen: each read by what it is, not
 * by the name of a file or folder.
 */
class WrittenFormsTest {

	@TempDir
	Path temp;

	@Test
	void aStatusWrittenAsAListOfOneItemIsTheItem() {
		Decision d =
				Reading.of("0001-x.md", "# 1. X\n\n## Status\n\n- **Accepted**\n\n## Context\n\nWhy.\n").decision();
		assertEquals("**Accepted**", d.getStatusText());
		assertEquals(DecisionStatus.ACCEPTED, d.getStatus());
	}

	@Test
	void aTopHeadingHoldingEveryOtherSectionIsTheTitle() {
		Reading reading = Reading.of("002-comment-strategy.md", """
				## コメント戦略の標準化

				<b>日時: 2025-06-17</b>

				### ステータス (Status)
				承認済み (accepted)

				### 背景 (Context)
				理由。
				""");
		assertEquals("コメント戦略の標準化", reading.decision().getTitle());
		assertEquals(LocalDate.of(2025, 6, 17), reading.decision().getDate());
		// a known part is never the title, and two top headings are sections
		assertEquals("Use x", Reading.of("0003-use-x.md", "## Context\n\n### Detail\n\nWhy.\n").decision().getTitle());
		assertEquals("Use x", Reading.of("0003-use-x.md", "Intro.\n\n## Story\n\n### Detail\n\nWhy.\n").decision()
				.getTitle());
	}

	@Test
	void datesWithTwoDigitYearsAndOrdinals() {
		assertEquals(LocalDate.of(2023, 6, 9), date("""
				# ADR 8: X

				## Changelog

				* 6/9/23: Initial draft
				* 6/22/23: a note
				"""));
		assertEquals(LocalDate.of(2022, 8, 18), date("# ADR 12: X\n\n## Changelog\n\n* {8/18/22}: Idea\n"));
		assertEquals(LocalDate.of(2024, 6, 27),
				date("# ADR 19: X\n\n## Changelog\n* 27th of June, 2024: Initial draft\n"));
		assertEquals(LocalDate.of(2018, 4, 10), date("# 4. X\n\nDate: 10/04/18\n\n## Status\n\nAccepted\n"));
		// a version is no date
		assertNull(date("# 5. X\n\nWe move to 1.2.3/4 now.\n\n## Status\n\nAccepted\n"));
	}

	private static LocalDate date(String text) {
		return Reading.of("adr-001-x.md", text).decision().getDate();
	}

	@Test
	void aFileListingTheRecordsIsAnIndexWhateverItsName() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("adr"));
		for (String name : List.of("001-a.md", "002-b.md", "003-c.md")) {
			Files.writeString(folder.resolve(name), "# A\n");
		}
		String index = """
				# ADR Indexer

				The records of the project.

				## All records

				| ID | Title | Status |
				|----|-------|--------|
				| 001 | A | accepted | [001-a.md](./001-a.md) |
				| 002 | B | accepted | [002-b.md](./002-b.md) |
				| 003 | C | accepted | [003-c.md](003-c.md) |
				""";
		Files.createDirectories(folder.resolve("older"));
		Files.writeString(folder.resolve("older/004-d.md"), "# D\n");
		Reading reading = Reading.at(folder.resolve("indexer.md"), "indexer.md", index.replace("(003-c.md)",
				"(older/004-d.md)"));
		assertNull(reading.result);
		assertTrue(reading.infos.stream().anyMatch(i -> i.contains("an index of the records")),
				reading.infos::toString);
		// a documentation site's links from its root, without the extension
		String overview = "---\ntitle: Overview\n---\n\n## Introduction\n\nThe records.\n\n* [A](/docs/adr/001-a)\n"
				+ "* [B](/docs/adr/002-b)\n* [D](/docs/adr/older/004-d)\n";
		assertNull(Reading.at(folder.resolve("overview.md"), "overview.md", overview).result);
		// a record that lists three others under its decision is a record
		String record = "# Use B\n\n## Decision\n\nAs [A](001-a.md), [B](002-b.md) and [C](003-c.md) do.\n";
		assertNotNull(Reading.at(folder.resolve("004-d.md"), "004-d.md", record).result);
	}

	@Test
	void aTemplateWithGlossedHeadingsIsATemplate() {
		Reading reading = Reading.of("format.md", """
				[comment]: <> (このフォーマットに準拠してください)

				## タイトル (Title)
				（この決定記録の簡潔なタイトル）

				<b>日時: YYYY-MM-DD</b>

				### ステータス (Status)
				この決定のステータスは何か？

				### 背景 (Context)
				課題は何か？
				""");
		assertNull(reading.result);
		assertTrue(reading.infos.stream().anyMatch(i -> i.contains("template")), reading.infos::toString);
	}

	@Test
	void aReferenceByTheWebAddressOfAFileBesideIsAReference() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("adrs"));
		Files.writeString(folder.resolve("adr-005-x.md"), "# X\n");
		String text = """
				# ADR 013: Y

				## Status

				Accepted

				## References
				* [ADR 005: X](https://github.com/o/r/blob/main/docs/adrs/adr-005-x.md)
				* [EPIC](https://github.com/o/r/issues/732)
				""";
		Reading reading = Reading.at(folder.resolve("adr-013-y.md"), "adr-013-y.md", text);
		assertEquals(List.of("custom adr-005-x@8"), reading.references);
	}
}
