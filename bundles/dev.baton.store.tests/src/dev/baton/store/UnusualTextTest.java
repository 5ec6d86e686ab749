package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Component;
import dev.baton.model.Decision;

/**
 * Text that used to lose content without a word: old Mac line endings, empty files, numbers too large for a decision, a
 * second YAML block after the front matter.
 */
class UnusualTextTest {

	@TempDir
	Path temp;

	private Path root;

	private ArchitectureFolder load() {
		return ArchitectureFolder.load(root, LoadOptions.defaults());
	}

	private static Component component(ArchitectureFolder folder, String id) {
		return folder.architecture().getComponents().stream().filter(c -> c.getId().equals(id)).findFirst()
				.orElseThrow();
	}

	private static String finding(ArchitectureFolder folder, String file) {
		List<String> lines = TestFolders.lines(folder.findings()).stream().filter(l -> l.contains(file)).toList();
		assertEquals(1, lines.size(), TestFolders.joined(folder.findings()));
		return lines.get(0);
	}

	@Test
	void carriageReturnsAloneEndLines() throws IOException {
		root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "teams/a.md", "# A\n");
		TestFolders.write(root, "components/mac.md", "---\rowner: a\rtype: library\r---\r# Old Mac\r\rSome text.\r");
		ArchitectureFolder folder = load();
		Component mac = component(folder, "mac");
		assertEquals("Old Mac", mac.getTitle());
		assertEquals("library", mac.getType());
		assertEquals("a", mac.getOwner().getId());
		assertEquals("", TestFolders.joined(folder.findings()));
		mac.setType("service");
		folder.save();
		assertEquals("---\rowner: a\rtype: service\r---\r# Old Mac\r\rSome text.\r",
				TestFolders.read(root.resolve("components/mac.md")));
	}

	@Test
	void anEmptyFileIsAFinding() throws IOException {
		root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "components/empty.md", "");
		TestFolders.write(root, "components/blank.md", "\n  \n");
		ArchitectureFolder folder = load();
		assertTrue(finding(folder, "components/empty.md").contains(": warning: the file is empty"),
				TestFolders.joined(folder.findings()));
		assertTrue(finding(folder, "components/blank.md").contains(": warning: the file is empty"),
				TestFolders.joined(folder.findings()));
	}

	@Test
	void aDecisionNumberTooLargeIsAFindingNotAWrap() throws IOException {
		root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "decisions/99999999999-use-x.md", "# Use X\n");
		TestFolders.write(root, "decisions/2147483648-use-y.md", "# Use Y\n");
		ArchitectureFolder folder = load();
		List<Decision> decisions = folder.architecture().getDecisionSets().get(0).getDecisions();
		assertEquals(2, decisions.size());
		decisions.forEach(d -> assertNull(d.getNumber(), d.getId()));
		assertTrue(finding(folder, "99999999999-use-x.md").contains("the number in the file name is larger than Baton "
				+ "reads (at most 9 digits"), TestFolders.joined(folder.findings()));
		assertTrue(finding(folder, "2147483648-use-y.md").contains("larger than Baton reads"));
		assertEquals("0001-use-z", folder.nextDecisionId(folder.architecture().getDecisionSets().get(0), "Use Z"));
	}

	@Test
	void aSecondYamlBlockAfterTheFrontMatterIsAFinding() throws IOException {
		root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "components/twice.md", "---\ntype: library\n---\nowner: a\nlifecycle: production\n---\n"
				+ "# Twice\n");
		TestFolders.write(root, "components/heading.md", "---\ntype: library\n---\n# Heading\n\nContext\n---\n");
		ArchitectureFolder folder = load();
		assertTrue(finding(folder, "components/twice.md").contains("twice.md:4: warning: a second YAML block "
				+ "follows the front matter"), TestFolders.joined(folder.findings()));
		assertTrue(TestFolders.lines(folder.findings()).stream().noneMatch(l -> l.contains("heading.md")),
				TestFolders.joined(folder.findings()));
	}
}
