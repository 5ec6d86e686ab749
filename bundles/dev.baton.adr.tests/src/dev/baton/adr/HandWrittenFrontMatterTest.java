package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;
import dev.baton.store.DecisionFormat;

/**
 * Front matter as people write it by hand: {@code author: @name} (no valid YAML, read with a warning, never a skipped
 * record) and {@code created:} / {@code updated:} dates (the record was created, not updated, on its date).
 */
class HandWrittenFrontMatterTest {

	private static final String FLAG_STYLE = """
			---
			status: accepted
			author: @someone
			created: 2025-05-16
			updated: -
			---

			# Support code defaults

			## Background

			Why.
			""";

	private static final DecisionFormat.Links NO_LINKS = new DecisionFormat.Links() {

		@Override
		public String href(Decision from, EObject target) {
			return null;
		}

		@Override
		public String token(EObject target) {
			return null;
		}

		@Override
		public String written(Decision from, EObject target) {
			return null;
		}
	};

	@TempDir
	Path temp;

	@Test
	void aValueStartingWithAtIsReadAsIfQuotedAndTheLineIsNamed() {
		Reading reading = Reading.as("madr3", "support-code-default.md", FLAG_STYLE);
		assertNotNull(reading.result, "the record is read, not skipped: " + reading.errors);
		assertEquals(List.of(), reading.errors);
		assertEquals("Support code defaults", reading.decision().getTitle());
		assertEquals(DecisionStatus.ACCEPTED, reading.decision().getStatus());
		assertTrue(reading.warnings.stream().anyMatch(w -> w.startsWith("3: ") && w.contains("author: @someone")
				&& w.contains("quote it")), reading.warnings.toString());
		assertTrue(reading.warnings.stream().anyMatch(w -> w.startsWith("5: ") && w.contains("updated: -")),
				reading.warnings.toString());
	}

	@Test
	void createdIsTheDateNotUpdated() {
		assertEquals(LocalDate.of(2025, 5, 16), Reading.as("madr3", "x.md", FLAG_STYLE).decision().getDate());
		assertEquals(LocalDate.of(2020, 1, 2), Reading.as("madr3", "x.md",
				"---\nstatus: accepted\ndate: 2020-01-02\ncreated: 2019-01-01\n---\n\n# X\n").decision().getDate());
	}

	@Test
	void aValueOfRepairedFrontMatterIsPatchedAtItsPlace() {
		Reading reading = Reading.as("madr3", "support-code-default.md", FLAG_STYLE);
		reading.decision().setStatus(DecisionStatus.REJECTED);
		reading.decision().setStatusText("rejected");
		String written = Dialects.format("madr3").write(reading.decision(), reading.result, NO_LINKS);
		assertEquals(FLAG_STYLE.replace("status: accepted", "status: rejected"), written);
	}

	@Test
	void aPlainSyntaxErrorStillSkipsTheFileWithItsLine() {
		Reading reading = Reading.as("madr3", "x.md", "---\nstatus: [accepted\nauthor: @a\n---\n\n# X\n");
		assertEquals(null, reading.result);
		assertTrue(reading.errors.stream().anyMatch(e -> e.contains("invalid YAML")), reading.errors.toString());
	}

	@Test
	void aStatusLineInTheTextLinkingAnAdrBesideRelatesToIt() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("decisions"));
		Files.writeString(folder.resolve("fractional.md"), "# Fractional\n");
		String text =
				"""
						---
						status: rejected
						---

						# Rollout operator

						**Status: Rejected**: in favor of the operator (see the [Fractional ADR](fractional.md)).

						```
						Status: see [Fractional ADR](fractional.md)
						```

						We build on the [Fractional ADR](fractional.md) as well.
						""";
		Reading reading = Reading.at(folder.resolve("rollout.md"), "rollout.md", text);
		assertEquals(List.of("relates-to fractional@7"), reading.references);
	}

	@Test
	void aWebLinkToAFileBesideIsARelation() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("architecture-decisions"));
		Files.writeString(folder.resolve("duplicate-keys.md"), "# Duplicate keys\n");
		String text = """
				# Flag sets

				REJECTED IN FAVOR OF <https://example.org/o/r/blob/main/docs/architecture-decisions/duplicate-keys.md>

				Once rejected in favour of <https://example.org/o/r/blob/main/docs/other/duplicate-keys.md> elsewhere.
				""";
		Reading reading = Reading.at(folder.resolve("flag-sets.md"), "flag-sets.md", text);
		assertEquals(List.of("relates-to duplicate-keys@3",
				"relates-to https://example.org/o/r/blob/main/docs/other/duplicate-keys.md@5"), reading.references);
	}
}
