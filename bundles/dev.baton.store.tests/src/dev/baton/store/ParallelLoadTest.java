package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.generator.ArchitectureGenerator;

/**
 * Files are parsed on several threads: the model, the order of records and the findings are the same on every load,
 * whatever the threads did.
 */
class ParallelLoadTest {

	@TempDir
	Path temp;

	@Test
	void everyLoadGivesTheSameModelAndTheSameFindingsInTheSameOrder() throws IOException {
		Path root = temp.resolve("arch");
		ArchitectureFolder.create(root, ArchitectureGenerator.generate(ArchitectureGenerator.Options.of(400, 3)));
		TestFolders.write(root, "components/broken.md", "---\ntags: [a\n---\n# Broken\n");
		TestFolders.write(root, "components/dangling.md", "---\nowner: nobody\n---\n# Dangling\n");
		TestFolders.write(root, "systems/dangling.md", "# Same id, other kind\n");
		TestFolders.write(root, "decisions/0001-duplicate-number.md", "---\nstatus: proposed\n---\n# Duplicate\n");
		ArchitectureFolder first = ArchitectureFolder.load(root, LoadOptions.defaults());
		List<String> findings = TestFolders.lines(first.findings());
		assertEquals(5, findings.size(), String.join("\n", findings));
		for (int run = 0; run < 5; run++) {
			ArchitectureFolder again = ArchitectureFolder.load(root, LoadOptions.defaults());
			assertEquals(findings, TestFolders.lines(again.findings()), "findings of load " + run);
			assertTrue(EcoreUtil.equals(first.architecture(), again.architecture()), "model of load " + run);
		}
	}
}
