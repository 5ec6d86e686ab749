package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;

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
		assertEquals(LocalDate.of(2023, 1, 17),
				date("0003-x.md", "# 3. X\n\n* Date: [2023-01-17]\n\n## Context\n\nWhy.\n"));
		assertEquals(LocalDate.of(2024, 2, 2),
				date("0003-x.md", "# 3. X\n\n## Fecha\n\n2024-02-02\n\n## Contexto\n\nPor qué.\n"));
		assertEquals(LocalDate.of(2021, 3, 12),
				date("0003-x.md", "# 3. X\n\nDecided on 12 March 2021.\n\n## Context\n\nWhy.\n"));
		assertEquals(LocalDate.of(2019, 5, 5), date("2020-01-01-x/README.md", "# X\n\nDate: 2019-05-05\n"));
	}

	@Test
	void numbersAndTitlesAsAdrsWriteThem() {
		Decision d = Reading.of("adr001.md", "# ADR001: Use queues\n\n## Status\n\nAccepted\n").decision();
		assertEquals(1, d.getNumber());
		assertEquals("Use queues", d.getTitle());
		assertEquals(7, Reading.of("adr-7.md", "# Seven\n").decision().getNumber());
		assertEquals(12, Reading.of("adr-012-use-x.md", "# Use X\n").decision().getNumber());
		assertEquals("Naming", Reading.of("naming.md", "---\ntitle: \"ADR: Naming\"\n---\n\n## Background\n\nWhy.\n")
				.decision().getTitle());
		assertEquals("use versioning", Reading.of("adr-002-x.md", "# Decision record: use versioning\n\nWhy.\n")
				.decision().getTitle());
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

	/** The decision read from {@code name} in an ADR folder beside empty records named {@code others}. */
	private Decision imported(String name, String text, String... others) throws Exception {
		Path adr = Files.createDirectories(temp.resolve("repo/doc/adr"));
		for (String other : others) {
			Files.writeString(adr.resolve(other), "# " + other + "\n\n## Status\n\nAccepted\n");
		}
		Files.writeString(adr.resolve(name), text);
		AdrImport.Report report = AdrImport.run(temp.resolve("repo"), Corpus.CONTEXT);
		return report.architecture().getDecisionSets().get(0).getDecisions().stream()
				.filter(d -> name.startsWith(d.getId() + ".")).findFirst().orElseThrow();
	}

	/** "type target-id" of every relation of a decision, superseded-by included, in order. */
	private static List<String> relations(Decision d) {
		List<String> result = new ArrayList<>();
		d.getLinks().forEach(l -> result.add((l.getType() == LinkType.CUSTOM ? l.getCustomType()
				: l.getType().getLiteral()) + " " + ((Decision) l.getTarget()).getId()));
		d.getStatedSupersededBy().forEach(t -> result.add("superseded-by " + t.getId()));
		return result;
	}

	@Test
	void everyLinkOfAStatusSectionIsARelationAndBackLinksAreNone() throws Exception {
		Decision d = imported("0047-x.md", """
				# 47. X

				## Status

				Accepted

				Overrides [48. Old](0048-old.md)

				Requires [46. Bus](0046-bus.md)

				Implements [10. Events](0010-events.md)

				Implemented by [18. Writer](0018-writer.md)

				Completes [20. A](0020-a.md),
				[23. B](0023-b.md)

				An alternative is proposed in [39. GC](0039-gc.md)

				## Context

				We read [the bus](0046-bus.md) and [the writer](0018-writer.md).
				""", "0048-old.md", "0046-bus.md", "0010-events.md", "0018-writer.md", "0020-a.md", "0023-b.md",
				"0039-gc.md");
		assertEquals(List.of("supersedes 0048-old", "relates-to 0046-bus", "implements 0010-events", "amends 0020-a",
				"amends 0023-b", "relates-to 0039-gc"), relations(d));
	}

	@Test
	void aMarkBeforeTheStatusIsNoPartOfIt() throws Exception {
		Decision rejected = imported("0018-x.md", "# 18. X\n\n## Status\n\n❌ Rejected (see [19](0019-y.md))\n",
				"0019-y.md");
		assertEquals(DecisionStatus.REJECTED, rejected.getStatus());
		assertEquals("❌ Rejected (see [19](0019-y.md))", rejected.getStatusText());
		assertEquals(List.of("relates-to 0019-y"), relations(rejected));
		Decision superseded = imported("0021-x.md", "# 21. X\n\n## Status\n\n⌛️ Superseded by [36. Y](0036-y.md)\n",
				"0036-y.md");
		assertEquals(DecisionStatus.SUPERSEDED, superseded.getStatus());
		assertEquals("⌛️ Superseded by [36. Y](0036-y.md)", superseded.getStatusText());
		assertEquals(List.of("superseded-by 0036-y"), relations(superseded));
		assertEquals(DecisionStatus.ACCEPTED, Reading.of("0001-x.md", "# 1. X\n\n## Status\n\n✅ Accepted\n")
				.decision().getStatus());
		assertEquals(DecisionStatus.DRAFT, Reading.of("0001-x.md", "# 1. X\n\n## Status\n\nIncomplete\n")
				.decision().getStatus());
		assertEquals(DecisionStatus.ACCEPTED, Reading.of("0001-x.md", "# 1. X\n\n## Status\n\nPartially Implemented\n")
				.decision().getStatus());
	}

	@Test
	void anotherRecordSupersedingIsNoRelationOfThisOne() throws Exception {
		Decision d = imported("0038-x.md", """
				# 38. X

				## Status

				Accepted

				## Context

				These IP ranges have been superseded by [ADR #33](0033-y.md).

				## Discussion

				The flows:

				 - [Listeners](0035-z.md) also covers more in details
				 topology changes and supersedes ADR 0026.
				""", "0033-y.md", "0035-z.md", "0026-w.md");
		assertEquals(List.of("superseded-by 0033-y"), relations(d));
	}

	@Test
	void listsOfRelatedRecordsAddOneRelationATarget() throws Exception {
		Decision d = imported("0101-x.md", """
				# 101. X

				## Status

				Accepted

				Completes [20. A](0020-a.md)

				## Notes

				Related MADRs:

				- [MADR 055](0055-sni.md) - the original format
				- [MADR 020](0020-a.md) - completed here

				## Related ADRs

				The flows:

				- [Y](0070-y.md)

				## References

				- ADR-0037 – the bus
				- [JIRA](https://example.com/JIRA-1)
				""", "0020-a.md", "0055-sni.md", "0070-y.md", "0037-bus.md");
		assertEquals(List.of("amends 0020-a", "references 0055-sni", "references 0070-y", "references 0037-bus"),
				relations(d));
	}

	@Test
	void aMetadataTableOfRowsAndARevisionTableBelowIt() {
		Reading r = Reading.of("ADR-15.md", """
				# X

				| Metadata | Value      |
				|----------|------------|
				| Date     | 2021-08-11 |
				| Status   | Deprecated |
				| Updates  | ADR-8      |

				| Revision | Date       | Description                  |
				|----------|------------|------------------------------|
				| final    | 2024/07/17 | Deprecate in favor of ADR-37 |

				## Context

				Why.
				""");
		assertEquals(LocalDate.of(2021, 8, 11), r.decision().getDate());
		assertEquals("Deprecated", r.decision().getStatusText());
		assertEquals(DecisionStatus.DEPRECATED, r.decision().getStatus());
		assertEquals(List.of("amends 8@7", "statedSupersededBy 37@11"), r.references);
		assertEquals("", r.decision().getDescription() == null ? ""
				: r.decision().getDescription().strip()
						.replaceAll("(?s)\\| Revision.*", ""));
	}

	@Test
	void supersessionByReferenceLinksAndAListAfterAColon() throws Exception {
		Decision old = imported("0007-x.md", """
				# X

				## Note Before

				This document is superseded by three different ADRs, covering the same topics
				and expanding them: [Methodology][m],
				[Steps][s], and [Testing][t].

				[m]: ./0015-m.md
				[s]: ./0016-s.md
				[t]: ./0017-t.md

				The states are `accepted | superseded by [ADR-5](0005-e.md)`.
				""", "0015-m.md", "0016-s.md", "0017-t.md", "0005-e.md");
		assertEquals(List.of("superseded-by 0015-m", "superseded-by 0016-s", "superseded-by 0017-t"), relations(old));
		Decision steps = imported("0016-s.md", "# Steps\n\nThis document supersedes the [Release ADR][old].\n\n"
				+ "Refines ADR 0003-SFS on the state machine.\n\n[old]: ./0007-x.md\n", "0003-sfs.md");
		assertEquals(List.of("supersedes 0007-x", "amends 0003-sfs"), relations(steps));
	}

	@Test
	void aRelatedRecordsSectionWithPhrasesAndBoldTitles() throws Exception {
		Decision d = imported("008-x.md", """
				# 008 X

				- Status: proposed | partially superseded by [009 Y](009-y.md)

				## Related Decision Records <!-- optional -->

				Partially supersedes [004 Z](004-z.md)

				**002 Technical Implementation of W**
				""", "009-y.md", "004-z.md", "002-w.md");
		assertEquals(DecisionStatus.SUPERSEDED, d.getStatus());
		assertEquals("proposed | partially superseded by [009 Y](009-y.md)", d.getStatusText());
		assertEquals(List.of("supersedes 004-z", "references 002-w", "superseded-by 009-y"), relations(d));
		assertEquals(DecisionStatus.UNKNOWN, Reading.of("0001-x.md",
				"# 1. X\n\n* Status: proposed | accepted | superseded by [xxx](yyyymmdd-xxx.md)\n").decision()
				.getStatus());
	}

	@Test
	void linksKeptAsWrittenStillFindTheirRecord() throws Exception {
		Decision d = imported("styling.md", """
				# Styling

				This document supersedes [the old one](/contributing/adr/doc/adr/old-styles)

				## Status

				Accepted

				Relates to [15. Notify](0015-govuuk-notify.md)
				""", "old-styles.md", "0015-govuk-notify.md");
		assertEquals(List.of("relates-to 0015-govuk-notify", "supersedes old-styles"), relations(d));
	}
}
