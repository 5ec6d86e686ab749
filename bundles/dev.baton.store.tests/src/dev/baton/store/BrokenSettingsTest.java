package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.DecisionSet;

/**
 * What is wrong with {@code baton.yaml} is told apart from the other findings (a command that writes refuses while it
 * has errors), settings are checked against their range, and a new decision never takes the number of a file that did
 * not load.
 */
class BrokenSettingsTest {

	@TempDir
	Path temp;

	@Test
	void aSyntaxErrorInBatonYamlIsASettingsError() throws IOException {
		Path root = temp.resolve("arch");
		TestFolders.write(root, FolderLayout.SETTINGS, "name: T\ndecisions:\n  - {name: core, path: adr\n");
		TestFolders.write(root, "components/a.md", "---\nowner: [x\n---\n# A\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		assertEquals(Diagnostic.ERROR, folder.settingsFindings().getSeverity());
		String settings = TestFolders.joined(folder.settingsFindings());
		assertTrue(settings.matches(".*/baton\\.yaml:\\d: error: invalid YAML.*"), settings);
		assertTrue(TestFolders.joined(folder.findings()).contains("components/a.md"));
		assertEquals(1, folder.settingsFindings().getChildren().size(), settings);
	}

	@Test
	void aGoodBatonYamlHasNoSettingsFindings() throws IOException {
		Path root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "components/a.md", "---\nowner: [x\n---\n# A\n");
		assertEquals(Diagnostic.OK,
				ArchitectureFolder.load(root, LoadOptions.defaults()).settingsFindings().getSeverity());
	}

	@Test
	void digitsOutOfRangeIsAnErrorAndFourIsUsed() throws IOException {
		Path root = temp.resolve("arch");
		TestFolders.write(root, FolderLayout.SETTINGS, "name: T\ndecisions: {path: decisions, digits: 2000000000}\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String settings = TestFolders.joined(folder.settingsFindings());
		assertTrue(settings.contains("/baton.yaml:2: error: 'digits' is a whole number from 1 to 9"), settings);
		DecisionSet set = folder.architecture().getDecisionSets().get(0);
		assertEquals("0001-use-x", folder.nextDecisionId(set, "Use X"));
	}

	@Test
	void theNextNumberIsNeverOneOfAFileThatDidNotLoad() throws IOException {
		Path root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "decisions/0002-use-y.md", "# Use Y\n");
		TestFolders.write(root, "decisions/0007-use-z.md", "---\nstatus: [accepted\n---\n# Use Z\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		DecisionSet set = folder.architecture().getDecisionSets().get(0);
		assertEquals(1, set.getDecisions().size(), TestFolders.joined(folder.findings()));
		assertEquals("0008-use-x", folder.nextDecisionId(set, "Use X"));
	}

	@Test
	void anEmptyListOfDecisionSetsLeavesTheFolderItsOwnDecisions() throws IOException {
		Path root = temp.resolve("arch");
		TestFolders.write(root, FolderLayout.SETTINGS, "name: T\ndecisions: []\n");
		TestFolders.write(root, "decisions/0001-use-x.md", "# Use X\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		assertEquals(Diagnostic.OK, folder.settingsFindings().getSeverity());
		DecisionSet set = folder.architecture().getDecisionSets().get(0);
		assertEquals("decisions", set.getPath());
		assertEquals("0001-use-x", set.getDecisions().get(0).getId());
	}

	@Test
	void decisionsThatAreNeitherAFolderNorASetAreASettingsError() throws IOException {
		Path root = temp.resolve("arch");
		TestFolders.write(root, FolderLayout.SETTINGS, "name: T\ndecisions:\nowner: x\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String settings = TestFolders.joined(folder.settingsFindings());
		assertTrue(settings.contains("/baton.yaml:2: error: 'decisions' is a folder, a decision set"), settings);
		assertEquals("decisions", folder.architecture().getDecisionSets().get(0).getPath());
	}
}
