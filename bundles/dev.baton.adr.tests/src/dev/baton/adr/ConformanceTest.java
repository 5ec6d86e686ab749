package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus scorer itself: how a truth file is read, what counts as right, and the baseline check. */
class ConformanceTest {

	@TempDir
	Path temp;

	private static Conformance.Seen seen(String title, Integer number, String status, String normalised, String date,
			String... relations) {
		return new Conformance.Seen(title, number, status, normalised, date, Set.of(relations));
	}

	private Truth truth() throws IOException {
		Path file = temp.resolve("set.yaml");
		Files.writeString(file, """
				set: example
				adrs:
				- path: "adr/0001-a.md"
				  title: "Use **ADRs**"
				  number: 1
				  status: "- **Accepted**"
				  normalised: accepted
				  date: 2020-01-02
				- path: "adr/0002-b.md"
				  title: "B"
				  number: null
				  status: null
				  normalised: unknown
				  date: null
				  relations:
				  - "supersedes adr/0001-a.md"
				  - "references adr/0003-c.md"
				not-adrs:
				- path: "adr/README.md"
				  why: "index"
				""");
		return Truth.load(file);
	}

	@Test
	void aTruthFileIsReadWithNullsAndRelations() throws IOException {
		Truth truth = truth();
		assertEquals("example", truth.set());
		assertEquals(new Truth.Adr("adr/0002-b.md", "B", null, null, "unknown", null,
				Set.of("supersedes adr/0001-a.md", "references adr/0003-c.md")), truth.adrs().get(1));
		assertEquals("2020-01-02", truth.adrs().get(0).date());
		assertEquals(List.of(new Truth.Other("adr/README.md", "index")), truth.others());
	}

	@Test
	void aTruthFileWithoutSetSaysWhatItNeeds() throws IOException {
		Path file = Files.writeString(temp.resolve("bad.yaml"), "adrs: []\n");
		IOException e = assertThrows(IOException.class, () -> Truth.load(file));
		assertTrue(e.getMessage().startsWith(file + ": a truth file is a mapping with 'set'"), e.getMessage());
	}

	@Test
	void fieldsAreComparedAsReadAndRelationsByTypeAndTarget() throws IOException {
		Map<String, List<Conformance.Seen>> seen = Map.of(
				"adr/0001-a.md", List.of(seen("Use `ADRs`", 1, "Accepted", "accepted", "2020-01-03")),
				"adr/0002-b.md", List.of(seen("B", 7, null, "draft", null, "supersedes adr/0001-a.md",
						"relates-to adr/0003-c.md", "amends adr/0001-a.md")),
				"adr/README.md", List.of(seen("Decisions", null, null, "unknown", null)));
		Conformance.Score score = Conformance.score(truth(), "copy", seen, Set.of("adr/0001-a.md", "adr/0002-b.md"),
				false);
		assertEquals(2, score.found());
		assertEquals(1, score.extra());
		// right: both titles, 0001's number and status, 0002's (absent) status text and date
		assertArrayEquals(new int[] { 2, 1, 1, 1, 1 }, score.right());
		assertEquals(60.0, score.fields(), 1e-9);
		assertEquals(2, score.relationsFound());
		assertEquals(100.0, score.recall(), 1e-9);
		assertEquals(2 * 100.0 / 3, score.precision(), 1e-9);
		assertEquals(1, score.unaccounted());
		assertTrue(score.misses().contains("adr/README.md: neither imported nor reported"), score.misses().toString());
		assertTrue(score.misses().contains("adr/0002-b.md: relation not in the truth: amends adr/0001-a.md"));
		assertTrue(score.misses().contains("adr/0001-a.md: date is '2020-01-03', not '2020-01-02'"));
		assertFalse(score.met());
	}

	@Test
	void aMissedAdrHasNoFieldRightAndAnUnnumberedOneMayBeNumberedInACopy() throws IOException {
		Map<String, List<Conformance.Seen>> seen = Map.of("adr/0002-b.md",
				List.of(seen("B", 3, null, "unknown", null, "supersedes adr/0001-a.md", "relates-to adr/0003-c.md")));
		Conformance.Score copy = Conformance.score(truth(), "copy", seen, Set.of("adr/"), true);
		assertEquals(1, copy.found());
		assertArrayEquals(new int[] { 1, 1, 1, 1, 1 }, copy.right());
		assertEquals(0, copy.unaccounted());
		assertTrue(copy.misses().contains("adr/0001-a.md: not found"));
		assertEquals(0, Conformance.score(truth(), "in place", seen, Set.of("adr/"), false).right()[1]);
	}

	@Test
	void severalDecisionsOfOneFileAreToldApartByTheirOrder() throws IOException {
		Path file = Files.writeString(temp.resolve("arc42.yaml"), """
				set: arc42
				adrs:
				- {path: "09.adoc#1", title: "One", number: null, status: null, normalised: unknown, date: null}
				- {path: "09.adoc#2", title: "Two", number: null, status: null, normalised: unknown, date: null}
				""");
		Conformance.Score score = Conformance.score(Truth.load(file), "in place", Map.of("09.adoc",
				List.of(seen("One", null, null, "unknown", null), seen("Two", null, null, "unknown", null))),
				Set.of("09.adoc"), false);
		assertEquals(2, score.found());
		assertEquals(100.0, score.fields(), 1e-9);
		assertEquals(0, score.unaccounted());
		assertTrue(score.met());
	}

	@Test
	void textIsComparedWithoutMarkupAndRelationSynonymsAreOne() {
		assertEquals("superseded by 0015 DNS", Conformance.plain("**superseded  by [0015 DNS](0015-dns.md)**"));
		assertEquals("Rejected (see 019)", Conformance.plain("Rejected (see [019][adr])"));
		assertEquals(null, Conformance.plain(" <!-- optional --> "));
		assertEquals("relates-to a.md", Conformance.relation("References  a.md"));
		assertEquals("implements a.md", Conformance.relation("implements a.md"));
	}

	@Test
	void theBaselineHoldsEverySetToItsScoreWithHalfAPointOfSlack() throws IOException {
		Map<String, List<Conformance.Seen>> seen = Map.of("adr/0001-a.md",
				List.of(seen("Use ADRs", 1, "- **Accepted**", "accepted", "2020-01-02")));
		Conformance.Score score = Conformance.score(truth(), "copy", seen, Set.of("adr/"), false);
		String baseline = ConformanceTable.baseline(List.of(score));
		assertEquals("example\tcopy\t2\t1\t0\t50.0\t0.0\t100.0\t0", baseline.lines().toList().get(1));
		List<String> worse = new ArrayList<>();
		List<String> better = new ArrayList<>();
		ConformanceTable.compare(List.of(score), baseline.lines().toList(), 0.5, worse, better);
		assertEquals(List.of(), worse);
		assertEquals(List.of(), better);
		ConformanceTable.compare(List.of(score), List.of("header", "example\tcopy\t2\t2\t0\t50.4\t0.0\t100.0\t0"), 0.5,
				worse, better);
		assertEquals(List.of("example (copy): ADRs found 1.0 < baseline 2.0"), worse);
		worse.clear();
		ConformanceTable.compare(List.of(score), List.of("header", "example\tcopy\t2\t1\t0\t51.0\t0.0\t90.0\t0"), 0.5,
				worse, better);
		assertEquals(List.of("example (copy): fields right % 50.0 < baseline 51.0"), worse);
		assertEquals(List.of("example (copy): relation precision % 100.0 > baseline 90.0"), better);
		worse.clear();
		ConformanceTable.compare(List.of(score), List.of("header"), 0.5, worse, better);
		assertEquals(List.of("example (copy): no baseline row; add it with -Dbaton.conformance=update"), worse);
	}
}
