package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

import dev.baton.model.Component;

/**
 * YAML that would overflow the stack or expand without end (deep nesting, an alias inside its own anchor, a "billion
 * laughs") is a finding with the file and line; the rest still loads.
 */
class YamlLimitsTest {

	@TempDir
	Path temp;

	private static final String DEEP = "[".repeat(2500) + "]".repeat(2500);

	private Path folder() throws IOException {
		Path root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "components/good.md", "---\ntags: &t [a, b]\nowner: x\n---\n# Good\n");
		return root;
	}

	private static ArchitectureFolder load(Path root) {
		return assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> ArchitectureFolder.load(root, LoadOptions.defaults()));
	}

	private static String finding(ArchitectureFolder folder, String file) {
		List<String> lines = TestFolders.lines(folder.findings()).stream().filter(l -> l.contains(file)).toList();
		assertEquals(1, lines.size(), TestFolders.joined(folder.findings()));
		return lines.get(0);
	}

	private static List<String> componentIds(ArchitectureFolder folder) {
		return folder.architecture().getComponents().stream().map(Component::getId).sorted().toList();
	}

	@Test
	void deeplyNestedFrontMatterIsAFindingWithItsLine() throws IOException {
		Path root = folder();
		TestFolders.write(root, "components/deep.md", "---\nowner: x\ntags: " + DEEP + "\n---\n# Deep\n");
		ArchitectureFolder folder = load(root);
		String finding = finding(folder, "components/deep.md");
		assertTrue(finding.contains("components/deep.md:3: error: invalid YAML: collections are nested more than "
				+ YamlLimits.MAX_DEPTH + " levels deep"), finding);
		assertEquals(List.of("good"), componentIds(folder));
	}

	@Test
	void anAliasInsideItsOwnAnchorIsAFinding() throws IOException {
		Path root = folder();
		TestFolders.write(root, "components/loop.md", "---\nowner: x\n\ntags: &a [x, *a]\n---\n# Loop\n");
		ArchitectureFolder folder = load(root);
		String finding = finding(folder, "components/loop.md");
		assertTrue(finding.contains("components/loop.md:4: error: invalid YAML: the alias *a is inside the "
				+ "collection &a"), finding);
		assertEquals(List.of("good"), componentIds(folder));
	}

	@Test
	void aliasesThatExpandWithoutEndAreAFinding() throws IOException {
		Path root = folder();
		StringBuilder laughs = new StringBuilder("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
		for (int i = 1; i < 10; i++) {
			laughs.append("a").append(i).append(": &a").append(i).append(" [");
			laughs.append(String.join(", ", Collections.nCopies(4, "*a" + (i - 1)))).append("]\n");
		}
		TestFolders.write(root, "components/laughs.md", laughs + "---\n# Laughs\n");
		ArchitectureFolder folder = load(root);
		String finding = finding(folder, "components/laughs.md");
		assertTrue(finding.contains("error: invalid YAML: aliases expand to more than"), finding);
		assertEquals(List.of("good"), componentIds(folder));
	}

	@Test
	void aDeepBatonYamlIsAFindingAndTheRecordsStillLoad() throws IOException {
		Path root = folder();
		TestFolders.write(root, FolderLayout.SETTINGS, "name: T\ntags: " + DEEP + "\n");
		ArchitectureFolder folder = load(root);
		assertTrue(TestFolders.joined(folder.findings()).contains("baton.yaml:2: error: invalid YAML: collections are "
				+ "nested more than"), TestFolders.joined(folder.findings()));
		assertEquals(List.of("good"), componentIds(folder));
	}

	@Test
	void theLoaderToJavaObjectsKeepsTheSameLimits() {
		MarkedYamlEngineException deep = assertThrows(MarkedYamlEngineException.class,
				() -> YamlLimits.load(YamlLimits.settings("spec").build()).loadFromString("a:\n  b: " + DEEP));
		assertEquals(1, deep.getProblemMark().orElseThrow().getLine());
		assertThrows(MarkedYamlEngineException.class,
				() -> YamlLimits.load(YamlLimits.settings("spec").build()).loadFromString("tags: &a [x, *a]"));
		Object ordinary = YamlLimits.load(YamlLimits.settings("spec").build())
				.loadFromString("base: &b {x: 1}\nother: *b\nlist: [[[[1]]]]");
		assertEquals(Map.of("x", 1), ((Map<?, ?>) ordinary).get("other"));
	}
}
