package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder rules the command line and the Workbench ask the store for: where an architecture folder's root is, and
 * what a file of it is, read from its {@code baton.yaml} on disk, agreeing with what loading the folder makes of the
 * same files.
 */
class FolderRulesTest {

	@TempDir
	Path temp;

	@Test
	void theRootIsTheNearestFolderWithBatonYamlFromWhereTheSearchStarts() throws IOException {
		Path root = TestFolders.architecture(temp.resolve("arch"));
		Path deep = Files.createDirectories(root.resolve("components/payments"));
		assertEquals(Optional.of(root), FolderLayout.rootOf(deep));
		assertEquals(Optional.of(root), FolderLayout.rootOf(root));
		assertTrue(FolderLayout.isArchitectureFolder(root));
		assertFalse(FolderLayout.isArchitectureFolder(deep));
		assertEquals(Optional.empty(), FolderLayout.rootOf(Files.createDirectories(temp.resolve("elsewhere"))));
	}

	@Test
	void aFileIsPlacedByTheDecisionSetsOfBatonYamlLikeLoadingDoes() throws IOException {
		Path root = temp.resolve("arch");
		TestFolders.write(root, FolderLayout.SETTINGS, "name: T\ndecisions:\n  - {name: core, path: docs/adr}\n"
				+ "  - {name: legacy, path: old/adr, dialect: nygard}\n");
		TestFolders.write(root, "docs/adr/0001-use-postgresql.md", "---\nstatus: accepted\n---\n# Use PostgreSQL\n");
		TestFolders.write(root, "components/payments.md", "---\nowner: team-a\n---\n# Payments\n");
		BasicDiagnostic findings = new BasicDiagnostic();
		FolderLayout layout = FolderLayout.read(root, findings);
		assertEquals(0, findings.getChildren().size(), findings.toString());

		Optional<FolderLayout.Place> decision = layout.place(root, root.resolve("docs/adr/0001-use-postgresql.md"));
		assertEquals("core", decision.orElseThrow().set().name());
		// an AsciiDoc record of a foreign dialect is a decision too: the Workbench used to say no
		assertEquals("legacy", layout.place(root, root.resolve("old/adr/0002-use-kafka.adoc")).orElseThrow().set()
				.name());
		FolderLayout.Place component = layout.place(root, root.resolve("components/payments.md")).orElseThrow();
		assertEquals("component", component.kind().name());
		assertEquals(null, component.set());
		assertEquals(Optional.empty(), layout.place(root, root.resolve("decisions/0001-x.md")));
		assertEquals(Optional.empty(), layout.place(root, root.resolve("components/README.md")));
		assertEquals(Optional.empty(), layout.place(root, temp.resolve("components/outside.md")));

		ReadableFolder read = ArchitectureFolder.loadForReading(root, LoadOptions.defaults());
		assertEquals("core", read.layout().place(root, root.resolve("docs/adr/0001-use-postgresql.md")).orElseThrow()
				.set().name());
		ArchitectureFolder loaded = ArchitectureFolder.load(root, LoadOptions.defaults());
		assertEquals(1, loaded.architecture().getDecisionSets().get(0).getDecisions().size());
		assertEquals(1, loaded.architecture().getComponents().size());
	}

	@Test
	void aBrokenBatonYamlIsReportedWithItsLineAndTheDefaultsApply() throws IOException {
		Path root = temp.resolve("arch");
		TestFolders.write(root, FolderLayout.SETTINGS, "name: T\ndecisions:\n  - {name: core, path: adr\n");
		BasicDiagnostic findings = new BasicDiagnostic();
		FolderLayout layout = FolderLayout.read(root, findings);
		String text = TestFolders.joined(findings);
		assertTrue(text.matches("(?s).*baton\\.yaml:\\d: error: invalid YAML.*defaults are used.*"), text);
		assertEquals(FolderLayout.DEFAULT_DECISIONS, layout.decisionSets().get(0).path());
	}

	@Test
	void aFolderWithoutBatonYamlHasTheDefaultLayoutAndNoFinding() {
		BasicDiagnostic findings = new BasicDiagnostic();
		FolderLayout layout = FolderLayout.read(temp, findings);
		assertEquals(0, findings.getChildren().size());
		assertTrue(layout.place(temp, temp.resolve("decisions/0001-use-x.md")).isPresent());
	}
}
