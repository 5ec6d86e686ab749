package dev.baton.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.LoadOptions;
import dev.baton.testing.Examples;

/**
 * A link whose {@code %} starts no percent escape (found by fuzzing the pack writers, seed 7, input 7017:
 * {@code (0039-distributed-blob%garbage-collector.md)}) made every format throw while resolving it.
 */
class PercentLinksTest {

	@TempDir
	Path folder;

	@Test
	void aPercentSignThatStartsNoEscapeIsPartOfTheFileName() throws Exception {
		Examples.write(folder, FolderLayout.SETTINGS, "name: Percent\n");
		Examples.write(folder, "decisions/0001-first.md", "---\nstatus: accepted\n---\n# First\n\n"
				+ "See [the collector](0039-blob%garbage.md), [the chart](../files/100%.txt) and "
				+ "[the second](0002-second%2Dhalf.md).\n");
		Examples.write(folder, "decisions/0002-second-half.md", "---\nstatus: accepted\n---\n# Second\n");
		Examples.write(folder, "files/100%.txt", "up\n");
		Pack pack = Pack.build(ArchitectureFolder.load(folder, LoadOptions.defaults()).architecture(), Examples.CONTEXT,
				new BasicDiagnostic());

		String from = "decisions/0001-first.md";
		assertEquals(PackLinks.Kind.BROKEN, PackLinks.resolve(pack, from, "0039-blob%garbage.md").kind());
		PackLinks.Target file = PackLinks.resolve(pack, from, "../files/100%.txt");
		assertEquals(PackLinks.Kind.FILE, file.kind());
		assertEquals("files/100%.txt", file.path());
		// a well-formed escape is still decoded
		assertEquals(PackLinks.Kind.PAGE, PackLinks.resolve(pack, from, "0002-second%2Dhalf.md").kind());
	}
}
