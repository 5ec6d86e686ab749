package dev.baton.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;

/** The three-way merge of a record by field and by section ({@link RecordMerge}), on texts written here. */
class RecordMergeTest {

	private static final String BASE = """
			---
			status: proposed
			date: 2024-03-01
			tags: [storage, data]
			deciders:
			  - alice
			  - bob
			---
			# Use PostgreSQL

			## Context

			We need a database.

			It must be relational.

			## Decision

			We use PostgreSQL 15.

			## Consequences

			We run it ourselves.
			""";

	@TempDir
	Path temp;

	private static RecordMerge.Result merge(String base, String ours, String theirs) {
		return RecordMerge.merge(base, ours, theirs, RecordMerge.Labels.DEFAULT);
	}

	@Test
	void aStatusChangeAndATagAddedOnTheOtherSideMergeCleanly() throws Exception {
		String ours = BASE.replace("status: proposed", "status: accepted");
		String theirs = BASE.replace("tags: [storage, data]", "tags: [storage, data, postgres]");
		RecordMerge.Result result = merge(BASE, ours, theirs);
		assertTrue(result.clean(), result.conflicts().toString());
		assertEquals(BASE.replace("status: proposed", "status: accepted").replace("tags: [storage, data]",
				"tags: [storage, data, postgres]"), result.text());
		Decision decision = load(result.text());
		assertEquals("accepted", decision.getStatus().getLiteral());
		assertEquals(List.of("storage", "data", "postgres"), decision.getTags());
	}

	@Test
	void bothSidesChangingOneFieldConflictOnThatFieldOnly() {
		String ours = BASE.replace("status: proposed", "status: accepted").replace("We run it ourselves.",
				"We run it ourselves, on two nodes.");
		String theirs = BASE.replace("status: proposed", "status: rejected").replace("tags: [storage, data]",
				"tags: [storage]");
		RecordMerge.Result result = merge(BASE, ours, theirs);
		assertEquals(List.of(new MergeConflict(MergeConflict.Where.FIELD, "status", 2)), result.conflicts());
		assertEquals("field 'status'", result.conflicts().get(0).describe());
		assertEquals("""
				---
				<<<<<<< ours
				status: accepted
				=======
				status: rejected
				>>>>>>> theirs
				date: 2024-03-01
				tags: [storage]
				deciders:
				""", result.text().substring(0, result.text().indexOf("  - alice")));
		assertTrue(result.text().contains("We run it ourselves, on two nodes.\n"), result.text());
	}

	@Test
	void oneSectionEditedOnBothSidesInDifferentParagraphsMerges() throws Exception {
		String ours = BASE.replace("We need a database.", "We need a database for orders.");
		String theirs = BASE.replace("It must be relational.", "It must be relational and hosted in the EU.");
		RecordMerge.Result result = merge(BASE, ours, theirs);
		assertTrue(result.clean(), result.conflicts().toString());
		assertTrue(
				result.text()
						.contains("We need a database for orders.\n\nIt must be relational and hosted in the EU.\n"),
				result.text());
		assertTrue(load(result.text()).getContext().contains("hosted in the EU"));
	}

	@Test
	void theSameLinesOfASectionConflictNamingTheSection() {
		String ours = BASE.replace("We use PostgreSQL 15.", "We use PostgreSQL 16.");
		String theirs = BASE.replace("We use PostgreSQL 15.", "We use MySQL 8.");
		RecordMerge.Result result = merge(BASE, ours, theirs);
		assertEquals(1, result.conflicts().size());
		MergeConflict conflict = result.conflicts().get(0);
		assertEquals("section 'Decision'", conflict.describe());
		List<String> lines = result.text().lines().toList();
		assertEquals("<<<<<<< ours", lines.get(conflict.line() - 1));
		assertEquals(List.of("<<<<<<< ours", "We use PostgreSQL 16.", "=======", "We use MySQL 8.", ">>>>>>> theirs"),
				lines.subList(conflict.line() - 1, conflict.line() + 4));
	}

	@Test
	void editsOnEitherSideOfASectionBoundaryDoNotConflict() {
		String ours = BASE.replace("We use PostgreSQL 15.\n", "We use PostgreSQL 15.\nWith streaming replication.\n");
		String theirs = BASE.replace("## Consequences\n", "## Consequences\n\nGood: one database to run.\n");
		RecordMerge.Result result = merge(BASE, ours, theirs);
		assertTrue(result.clean(), result.conflicts().toString());
		assertTrue(
				result.text()
						.contains("With streaming replication.\n\n## Consequences\n\nGood: one database to run.\n"),
				result.text());
	}

	@Test
	void listsChangedOnBothSidesMergeAsSetsInOrder() {
		String ours = BASE.replace("tags: [storage, data]", "tags: [storage, \"data\", orders]").replace("  - bob\n",
				"");
		String theirs = BASE.replace("tags: [storage, data]", "tags: [data, eu]").replace("  - bob\n",
				"  - bob\n  - carol\n");
		RecordMerge.Result result = merge(BASE, ours, theirs);
		assertTrue(result.clean(), result.conflicts().toString());
		assertTrue(result.text().contains("tags: [\"data\", orders, eu]\ndeciders:\n  - alice\n  - carol\n---\n"),
				result.text());
	}

	@Test
	void sectionsAddedOnBothSidesAreBothKeptOursFirst() {
		String ours = BASE + "\n## Pros and Cons\n\nFast.\n";
		String theirs = BASE + "\n## Links\n\n* ADR 12\n";
		RecordMerge.Result result = merge(BASE, ours, theirs);
		assertTrue(result.clean(), result.conflicts().toString());
		assertEquals(BASE + "\n## Pros and Cons\n\nFast.\n\n## Links\n\n* ADR 12\n", result.text());
	}

	@Test
	void aFileOnlyOneSideChangedKeepsThatSidesBytes() {
		String ours = BASE.replace("\n", "\r\n").replace("status: proposed", "status:   accepted  # decided");
		RecordMerge.Result result = RecordMerge.merge(BASE.getBytes(StandardCharsets.UTF_8),
				ours.getBytes(StandardCharsets.UTF_8), BASE.getBytes(StandardCharsets.UTF_8),
				RecordMerge.Labels.DEFAULT);
		assertArrayEquals(ours.getBytes(StandardCharsets.UTF_8), result.bytes());
	}

	@Test
	void untouchedPartsKeepTheirBytesCommentsAndLineEnds() {
		String base = BASE.replace("\n", "\r\n").replace("date: 2024-03-01", "date: 2024-03-01   # the day we met");
		String ours = base.replace("status: proposed", "status: accepted");
		String theirs = base.replace("We run it ourselves.", "We run it on RDS.");
		RecordMerge.Result result = merge(base, ours, theirs);
		assertTrue(result.clean(), result.conflicts().toString());
		assertEquals(ours.replace("We run it ourselves.", "We run it on RDS."), result.text());
	}

	@Test
	void aFieldAddedOnOneSideAndRemovedOnTheOtherBothHappen() {
		String ours = BASE.replace("date: 2024-03-01\n", "date: 2024-03-01\nowner: platform-team\n");
		String theirs = BASE.replace("tags: [storage, data]\n", "");
		RecordMerge.Result result = merge(BASE, ours, theirs);
		assertTrue(result.clean(), result.conflicts().toString());
		assertTrue(
				result.text().startsWith("---\nstatus: proposed\ndate: 2024-03-01\nowner: platform-team\ndeciders:\n"),
				result.text());
	}

	@Test
	void aFieldRemovedOnOneSideAndChangedOnTheOtherConflicts() {
		String ours = BASE.replace("date: 2024-03-01\n", "");
		String theirs = BASE.replace("date: 2024-03-01", "date: 2024-03-05");
		RecordMerge.Result result = merge(BASE, ours, theirs);
		assertEquals(List.of(new MergeConflict(MergeConflict.Where.FIELD, "date", 3)), result.conflicts());
		assertTrue(result.text().contains("<<<<<<< ours\n=======\ndate: 2024-03-05\n>>>>>>> theirs\n"), result.text());
	}

	@Test
	void aRenamedSectionChangedOnTheOtherSideIsMergedLineByLine() {
		String ours = BASE.replace("## Context\n", "## Context and Problem Statement\n");
		String theirs = BASE.replace("We need a database.", "We need a database for orders.");
		RecordMerge.Result result = merge(BASE, ours, theirs);
		assertTrue(result.clean(), result.conflicts().toString());
		assertTrue(result.text().contains("## Context and Problem Statement\n\nWe need a database for orders.\n"),
				result.text());
		assertEquals(1, result.notes().size());
		assertTrue(result.notes().get(0).contains("'Context'"), result.notes().toString());
	}

	@Test
	void headingsInsideFencedCodeAreText() {
		String base = BASE.replace("We use PostgreSQL 15.\n",
				"We use PostgreSQL 15.\n\n```sh\n# install\napt install postgresql\n```\n");
		String ours = base.replace("apt install postgresql", "apt install postgresql-15");
		String theirs = base.replace("We use PostgreSQL 15.", "We use PostgreSQL 15, managed.");
		RecordMerge.Result result = merge(base, ours, theirs);
		assertTrue(result.clean(), result.conflicts().toString());
		assertTrue(
				result.text()
						.contains("We use PostgreSQL 15, managed.\n\n```sh\n# install\napt install postgresql-15\n"),
				result.text());
	}

	@Test
	void bothSidesAddingTheSameFileMergeWhatAgrees() {
		String ours = BASE.replace("status: proposed", "status: accepted");
		String theirs = BASE.replace("We run it ourselves.", "We run it on RDS.");
		RecordMerge.Result result = merge("", ours, theirs);
		assertEquals(List.of("field 'status'", "section 'Consequences'"),
				result.conflicts().stream().map(MergeConflict::describe).toList());
	}

	@Test
	void aFrontMatterThatIsNotAMappingIsMergedLineByLine() {
		String base = "---\n- a\n- x\n- b\n---\n# T\n";
		RecordMerge.Result result = merge(base, base.replace("- a", "- A"), base.replace("- b", "- B").replace("# T",
				"# Title"));
		assertTrue(result.clean(), result.conflicts().toString());
		assertEquals("---\n- A\n- x\n- B\n---\n# Title\n", result.text());
		assertTrue(result.notes().get(0).startsWith("the front matter was merged line by line"),
				result.notes().toString());
	}

	@Test
	void textThatIsNotUtf8IsMergedLineByLine() {
		byte[] base = { 'a', '\n', (byte) 0xE9, '\n', 'c', '\n' };
		byte[] ours = { 'A', '\n', (byte) 0xE9, '\n', 'c', '\n' };
		byte[] theirs = { 'a', '\n', (byte) 0xE9, '\n', 'C', '\n' };
		RecordMerge.Result result = RecordMerge.merge(base, ours, theirs, RecordMerge.Labels.DEFAULT);
		assertTrue(result.clean());
		assertArrayEquals(new byte[] { 'A', '\n', (byte) 0xE9, '\n', 'C', '\n' }, result.bytes());
		assertFalse(result.notes().isEmpty());
	}

	/** The merged text as the store reads it, in a folder of its own. */
	private Decision load(String text) throws Exception {
		Path folder = Files.createTempDirectory(temp, "folder");
		Files.createDirectories(folder.resolve("decisions"));
		Files.writeString(folder.resolve("baton.yaml"), "name: Merged\n");
		Files.writeString(folder.resolve("decisions/0001-use-postgresql.md"), text);
		ArchitectureFolder loaded = ArchitectureFolder.load(folder, LoadOptions.defaults());
		assertEquals(Diagnostic.OK, loaded.findings().getSeverity(), loaded.findings().toString());
		return loaded.architecture().getDecisionSets().get(0).getDecisions().get(0);
	}
}
