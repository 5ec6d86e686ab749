package dev.baton.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written with -o gets the permissions any new file gets (not 0600), and a replaced one keeps its own. */
class OutputFileModeTest {

	@TempDir
	Path temp;

	@Test
	void tocOutputGetsTheUmasksPermissionsAndKeepsThoseOfAFileItReplaces() throws Exception {
		Path arch = temp.resolve("arch");
		Files.createDirectories(arch.resolve("decisions"));
		Files.writeString(arch.resolve("baton.yaml"), "name: Modes\n");
		Files.writeString(arch.resolve("decisions/0001-use-x.md"), "---\nstatus: accepted\n---\n# Use X\n");
		// what any program's new file gets here (the subprocess inherits this umask)
		Path reference = temp.resolve("reference.txt");
		Files.newOutputStream(reference, StandardOpenOption.CREATE_NEW).close();

		Path fresh = temp.resolve("toc.md");
		BatonCommandTest.Result made = BatonCommandTest.run(arch, "toc", "-o", fresh.toString());
		assertEquals(0, made.exit(), made.err());
		assertTrue(Files.readString(fresh).contains("Use X"));
		assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(fresh));

		Path shared = temp.resolve("shared.md");
		Files.writeString(shared, "old\n");
		Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
		BatonCommandTest.Result replaced = BatonCommandTest.run(arch, "toc", "-o", shared.toString());
		assertEquals(0, replaced.exit(), replaced.err());
		assertTrue(Files.readString(shared).contains("Use X"));
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
	}
}
