package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;

/** Each dialect read from a small file of its own kind: the values parsed, the links found, what was said. */
class DialectReadingTest {

	@Test
	void adrToolsWithMisspelledAndAmendLinks() {
		Reading r = Reading.of("0004-markdown.md", """
				# 4. Markdown format

				Date: 2016-02-12

				## Status

				Accepted

				Supercedes [2. Plain text](0002-plain-text.md)

				Amends [3. Single command](0003-single-command.md)

				## Context

				People want formatting.

				## Decision

				Use Markdown.

				## Consequences

				Renders on GitHub.
				""");
		Decision d = r.decision();
		assertEquals("adr-tools", r.dialect());
		assertEquals("0004-markdown", d.getId());
		assertEquals(4, d.getNumber());
		assertEquals("Markdown format", d.getTitle());
		assertEquals(LocalDate.of(2016, 2, 12), d.getDate());
		assertEquals("Accepted", d.getStatusText());
		assertEquals(DecisionStatus.ACCEPTED, d.getStatus());
		assertEquals("People want formatting.", d.getContext());
		assertEquals("Use Markdown.", d.getOutcome());
		assertEquals("Renders on GitHub.", d.getConsequences());
		assertEquals(List.of("supersedes 0002-plain-text@9", "amends 0003-single-command@11"), r.references);
		assertEquals(List.of(), r.warnings);
	}

	@Test
	void aSupersededAdrToolsRecordHasOnlyTheLinkLine() {
		Reading r = Reading.of("0002-plain-text.md", """
				# 2. Plain text

				Date: 2016-02-10

				## Status

				Superceded by [4. Markdown format](0004-markdown.md)
				""");
		assertEquals(DecisionStatus.SUPERSEDED, r.decision().getStatus());
		assertEquals(List.of("statedSupersededBy 0004-markdown@7"), r.references);
	}

	@Test
	void madr2BulletsAndPositiveConsequencesInTheOutcome() {
		Reading r = Reading.of("0005-use-x.md", """
				# Use X for Y

				* Status: accepted
				* Deciders: Ana, Ben
				* Date: 2019-06-19

				Technical Story: #42

				## Context and Problem Statement

				We need Y.

				## Considered Options

				* X
				* Z

				## Decision Outcome

				Chosen option: "X", because it is fast.

				### Positive Consequences

				* Speed
				""");
		Decision d = r.decision();
		assertEquals("madr2", r.dialect());
		assertEquals(DecisionStatus.ACCEPTED, d.getStatus());
		assertEquals(List.of("Ana", "Ben"), d.getDecisionMakers());
		assertEquals(LocalDate.of(2019, 6, 19), d.getDate());
		assertEquals("Technical Story: #42", d.getDescription());
		assertEquals("We need Y.", d.getContext());
		assertEquals(List.of("X", "Z"), d.getOptions().stream().map(o -> o.getTitle()).toList());
		assertEquals("X", d.getChosenOption());
		// MADR 2's sub-sections of the outcome stay in the outcome's text, under their headings
		assertEquals("Chosen option: \"X\", because it is fast.\n\n### Positive Consequences\n\n* Speed",
				d.getOutcome());
		assertEquals(0, d.getSections().size());
	}

	@Test
	void madr3FrontMatterWithDeciders() {
		Reading r = Reading.of("0007-x.md", """
				---
				status: proposed
				date: 2024-01-31
				deciders: [Ana, Ben]
				consulted: Carla
				---
				# Use X

				## Context and Problem Statement

				Why.
				""");
		Decision d = r.decision();
		assertEquals("madr", r.dialect());
		assertEquals(DecisionStatus.PROPOSED, d.getStatus());
		assertEquals(List.of("Ana", "Ben"), d.getDecisionMakers());
		assertEquals(List.of("Carla"), d.getConsulted());
		assertEquals(LocalDate.of(2024, 1, 31), d.getDate());
	}

	@Test
	void log4brainsStatusWithALinkAndALinksSection() {
		Reading r = Reading.of("20200926-use-numbers.md", """
				# Use the number as id

				- Status: superseded by [20201016-use-slugs](20201016-use-slugs.md)
				- Date: 2020-09-26
				- Tags: ids, urls

				## Context and Problem Statement

				IDs.

				## Links

				- Relates to [Slugs](20201016-use-slugs.md)
				- [An article](https://example.com/ids)
				""");
		Decision d = r.decision();
		assertEquals("log4brains", r.dialect());
		assertNull(d.getNumber());
		assertEquals("use-numbers", d.getSlug());
		assertEquals(DecisionStatus.SUPERSEDED, d.getStatus());
		assertEquals("superseded by [20201016-use-slugs](20201016-use-slugs.md)", d.getStatusText()); // as written
		assertEquals(List.of("ids", "urls"), d.getTags());
		assertEquals(List.of("statedSupersededBy 20201016-use-slugs@3", "relates-to 20201016-use-slugs@13"),
				r.references);
	}

	@Test
	void statusInATableAndNoTitle() {
		Reading r = Reading.of("003-publishing.md", """
				| Status   | Date       | Author(s)            |
				|:---------|:-----------|:---------------------|
				| Accepted | 2025-01-19 | @ana, @ben           |

				## Context

				Notifications.
				""");
		Decision d = r.decision();
		assertEquals("status-table", r.dialect());
		assertEquals("Accepted", d.getStatusText());
		assertEquals(LocalDate.of(2025, 1, 19), d.getDate());
		assertEquals(List.of("@ana", "@ben"), d.getDecisionMakers());
		assertEquals("Publishing", d.getTitle());
		assertTrue(r.infos.stream().anyMatch(i -> i.contains("made from the file name")), r.infos.toString());
	}

	@Test
	void statusAtTheEndOfTheFile() {
		Reading r = Reading.of("0009-x.md", """
				# 9. Cache everything

				## Context

				Slow.

				Status: Rejected
				""");
		assertEquals(DecisionStatus.REJECTED, r.decision().getStatus());
	}

	@Test
	void asciiDocWithAnIssueLinkAsSuperseder() {
		Reading r = Reading.of("0024-temporal.adoc", """
				= 24. SQL temporal query

				Date: 2021-10-06

				== Status

				Superseded - see https://github.com/xtdb/core2/issues/339[#339].

				== Context

				----
				== Not a heading
				----

				Time.

				== Decision

				Support it.
				""");
		Decision d = r.decision();
		assertEquals("asciidoc", r.dialect());
		assertEquals("SQL temporal query", d.getTitle());
		assertEquals(24, d.getNumber());
		assertEquals(DecisionStatus.SUPERSEDED, d.getStatus());
		assertEquals("----\n== Not a heading\n----\n\nTime.", d.getContext());
		assertEquals("Support it.", d.getOutcome());
	}

	@Test
	void chineseHeadingsAndAStatusHistory() {
		Reading r = Reading.of("0003-格式.md", """
				# 3. 使用 Markdown

				日期: 2017/11/24

				## 状态

				列表：提议/通过/完成/已弃用/已取代

				2017-11-22 提议
				2017-11-24 通过

				## 上下文

				背景说明。

				## 决策

				使用 Markdown。

				## 后果

				更易读。
				""");
		Decision d = r.decision();
		assertEquals("使用 Markdown", d.getTitle());
		assertEquals(LocalDate.of(2017, 11, 24), d.getDate());
		assertEquals("通过", d.getStatusText());
		assertEquals(DecisionStatus.ACCEPTED, d.getStatus());
		assertEquals("背景说明。", d.getContext());
		assertEquals("使用 Markdown。", d.getOutcome());
		assertEquals("更易读。", d.getConsequences());
	}

	@Test
	void frenchHeadingsAndAnAmbiguousDate() {
		Reading r = Reading.of("0002-base.md", """
				# 2. Choisir PostgreSQL

				Date : 03/04/2021

				## Statut

				Accepté

				## Contexte

				Il faut une base.

				## Décision

				PostgreSQL.

				## Conséquences

				Sauvegardes.
				""");
		Decision d = r.decision();
		assertEquals(DecisionStatus.ACCEPTED, d.getStatus());
		assertEquals("Il faut une base.", d.getContext());
		assertEquals("PostgreSQL.", d.getOutcome());
		assertEquals("Sauvegardes.", d.getConsequences());
		assertEquals(LocalDate.of(2021, 4, 3), d.getDate());
		assertTrue(r.warnings.stream().anyMatch(w -> w.startsWith("3: ") && w.contains("day/month")),
				r.warnings.toString());
	}

	@Test
	void oneFolderPerRecordTakesItsDateAndIdFromTheFolder() {
		Reading r = Reading.of("2022-03-15-policy-scopes/README.md", """
				# Policy Scopes

				## Decision

				Scopes.
				""");
		Decision d = r.decision();
		assertEquals("folder-per-record", r.dialect());
		assertEquals("2022-03-15-policy-scopes", d.getId());
		assertNull(d.getNumber());
		assertEquals(LocalDate.of(2022, 3, 15), d.getDate());
	}

	@Test
	void linksOutsideTheFolderAreKeptAndSaid() {
		Reading r = Reading.of("0002-b.md", """
				# 2. B

				## Status

				Accepted

				Relates to [the wiki](https://wiki.example.com/b)

				Supersedes [old](../../other/0001-a.md)
				""");
		assertEquals(List.of("relates-to https://wiki.example.com/b@7", "supersedes ../../other/0001-a.md@9"),
				r.references);
		assertTrue(r.infos.stream().anyMatch(i -> i.contains("outside")), r.infos.toString());
	}

	@Test
	void proseSupersessionOfTwoRecordsInPart() {
		Reading r = Reading.of("adr-017-simplify.md", """
				# Architecture Decision Record: Simplification

				Note: this ADR supersedes some aspects of [ADR-15](adr-015-data.md) and [ADR-16](adr-016-db.md).

				## Status

				PROPOSED
				""");
		Decision d = r.decision();
		assertEquals("Simplification", d.getTitle());
		assertEquals(17, d.getNumber());
		assertEquals(DecisionStatus.PROPOSED, d.getStatus());
		assertEquals(List.of("supersedes adr-015-data@3", "supersedes adr-016-db@3"), r.references);
		assertEquals(List.of("in part, in prose", "in part, in prose"),
				d.getLinks().stream().map(l -> l.getNote()).toList());
	}

	@Test
	void unknownStatusWordIsKeptAndReported() {
		Reading r = Reading.of("0001-a.md", "# 1. A\n\n## Status\n\nPonderingly\n");
		assertEquals("Ponderingly", r.decision().getStatusText());
		assertEquals(DecisionStatus.UNKNOWN, r.decision().getStatus());
		assertTrue(r.warnings.get(0).startsWith("5: status 'Ponderingly'"), r.warnings.toString());
	}

	@Test
	void malformedFrontMatterSkipsTheFileNamingTheLine() {
		Reading r = Reading.of("0001-a.md", "---\nstatus: [accepted\n---\n# A\n");
		assertNull(r.result);
		assertEquals(1, r.errors.size());
		assertTrue(r.errors.get(0).contains("fix the front matter"), r.errors.toString());
	}

	@Test
	void templatesIndexesAndReadmesAreNotRecords() {
		// a template is told by its content (SilentLossTest), never by a word in its name
		assertNull(AdrFormat.skipReason("template.md"));
		assertNull(AdrFormat.skipReason("0012-use-x-as-template-engine.md"));
		assertNull(AdrFormat.skipReason("adr-014-project-templates.md"));
		assertEquals("an index of the records", AdrFormat.skipReason("000-index.md"));
		assertEquals("a README describes the folder", AdrFormat.skipReason("README.md"));
		assertNull(AdrFormat.skipReason("0001-record-architecture-decisions.md"));
	}
}
