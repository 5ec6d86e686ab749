package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.Findings;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.LoadOptions;
import dev.baton.store.StoreFindings;

/**
 * An import run again into a folder that already holds some of the ADRs (an interrupted import): references from the
 * new decisions to those already there name them by their ids.
 */
class ImportAgainTest {

	@TempDir
	Path temp;

	private static void write(Path file, String text) throws Exception {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static ArchitectureFolder load(Path root) {
		return ArchitectureFolder.load(root, LoadOptions.defaults().withFormats(Dialects.formats()));
	}

	@Test
	void referencesToDecisionsAlreadyThereResolveToThem() throws Exception {
		Path source = temp.resolve("repo");
		write(source.resolve(".adr-dir"), "doc/adr\n");
		write(source.resolve("doc/adr/0001-use-x.md"), "# 1. Use X\n\nDate: 2024-01-01\n\n## Status\n\n"
				+ "Superseded by [2. Use Y](0002-use-y.md)\n\n## Context\n\nX.\n\n## Decision\n\nX.\n\n"
				+ "## Consequences\n\nX.\n");
		write(source.resolve("doc/adr/0002-use-y.md"), "# 2. Use Y\n\nDate: 2024-02-01\n\n## Status\n\nAccepted\n\n"
				+ "Supersedes [1. Use X](0001-use-x.md)\n\n## Context\n\nY.\n\n## Decision\n\nY.\n\n"
				+ "## Consequences\n\nY.\n");
		Path root = temp.resolve("arch");
		write(root.resolve(FolderLayout.SETTINGS), "name: Again\n");
		// the first, interrupted import wrote 0001 only
		write(root.resolve("decisions/0001-use-x.md"), "---\nstatus: superseded\ndate: 2024-01-01\n---\n# Use X\n");

		ArchitectureFolder folder = load(root);
		AdrImport.Report report = AdrImport.run(source, Corpus.CONTEXT);
		ImportedDecisions.Added added = ImportedDecisions.add(folder, folder.architecture().getDecisionSets().get(0),
				report, false);
		assertEquals(1, added.added(), added.actions().toString());
		Diagnostic saved = folder.save();
		assertEquals(Diagnostic.OK, saved.getSeverity(), saved.toString());

		String imported = Files.readString(root.resolve("decisions/0002-use-y.md"));
		assertTrue(imported.contains("\nsupersedes: [0001-use-x]\n"), imported);
		ArchitectureFolder again = load(root);
		assertTrue(
				Findings.leaves(again.findings()).stream()
						.noneMatch(d -> d.getCode() == StoreFindings.UNRESOLVED_REFERENCE),
				Findings.leaves(again.findings()).toString());
	}
}
