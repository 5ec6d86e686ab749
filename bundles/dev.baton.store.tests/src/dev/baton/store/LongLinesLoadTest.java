package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A record with one line of 2 MB (relation phrases, a status, links, no spaces, a bare CR) loads in linear time: the
 * bound is generous for a loaded machine, the load takes well under a second.
 */
class LongLinesLoadTest {

	private static final int SIZE = 2_000_000;

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "Supersedes |\r", "Superseded by |\n", "Amends |\r", "status: superseded by |\n",
			"[a](0001-a.md) |\r", "x|\n", "[|\n", "*|\r" })
	void aTwoMegabyteLineLoadsInLinearTime(String shape) throws Exception {
		String unit = shape.substring(0, shape.indexOf('|'));
		String end = shape.substring(shape.indexOf('|') + 1);
		Path root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "decisions/0001-a.md", "# A\n");
		TestFolders.write(root, "decisions/0002-b.md",
				"# B\n\n" + unit.repeat(SIZE / unit.length()) + end + "\nWhy.\n");
		ArchitectureFolder folder =
				assertTimeoutPreemptively(Duration.ofSeconds(20),
						() -> ArchitectureFolder.load(root, LoadOptions.defaults()));
		assertEquals(2, folder.architecture().getDecisionSets().stream().mapToInt(s -> s.getDecisions().size()).sum());
	}
}
