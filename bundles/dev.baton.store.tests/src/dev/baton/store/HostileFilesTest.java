package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.Findings;
import dev.baton.model.Component;
import dev.baton.store.internal.FileReader;

/**
 * Record files that are symbolic links out of the folder, devices, named pipes, or larger than they say: refused with a
 * finding naming the file, quickly, and nothing of them is read.
 */
class HostileFilesTest {

	private static final String MARKER = "OUTSIDE-MARKER-7f3a";

	@TempDir
	Path temp;

	private Path root;

	private Path folder() throws IOException {
		root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "components/good.md", "# Good\n");
		return root;
	}

	private static List<String> componentIds(ArchitectureFolder folder) {
		return folder.architecture().getComponents().stream().map(Component::getId).sorted().toList();
	}

	private static ArchitectureFolder loadQuickly(Path root) {
		return assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> ArchitectureFolder.load(root, LoadOptions.defaults()));
	}

	private static String finding(ArchitectureFolder folder, String file) {
		List<String> lines = TestFolders.lines(folder.findings()).stream().filter(l -> l.contains(file)).toList();
		assertEquals(1, lines.size(), TestFolders.joined(folder.findings()));
		return lines.get(0);
	}

	@Test
	void aRecordLinkedToAFileOutsideTheFolderIsRefusedAndNotRead() throws IOException {
		folder();
		Path outside = TestFolders.write(temp, "elsewhere/secret.md", "---\nowner: x\n---\n# " + MARKER + "\n");
		Files.createSymbolicLink(root.resolve("components/linked.md"), outside);
		ArchitectureFolder folder = loadQuickly(root);
		String finding = finding(folder, "components/linked.md");
		assertTrue(finding.contains(": error: leads outside the architecture folder"), finding);
		assertTrue(finding.contains("copy the file into the folder"), finding);
		assertEquals(List.of("good"), componentIds(folder));
		assertFalse(TestFolders.joined(folder.findings()).contains(MARKER));
	}

	@Test
	void aRecordLinkedToEtcPasswdIsRefused() throws IOException {
		assertTrue(Files.isRegularFile(Path.of("/etc/passwd")));
		folder();
		Files.createSymbolicLink(root.resolve("components/passwd.md"), Path.of("/etc/passwd"));
		ArchitectureFolder folder = loadQuickly(root);
		assertEquals(StoreFindings.OUTSIDE_FOLDER, codeOf(folder, "components/passwd.md"));
		assertEquals(List.of("good"), componentIds(folder));
	}

	@Test
	void aLinkInsideTheFolderIsRead() throws IOException {
		folder();
		TestFolders.write(root, "components/shared/original.md", "# Original\n");
		Files.createSymbolicLink(root.resolve("components/alias.md"), root.resolve("components/shared/original.md"));
		ArchitectureFolder folder = loadQuickly(root);
		assertEquals(List.of("alias", "good", "original"), componentIds(folder));
	}

	@Test
	void aRecordLinkedToDevZeroIsRefusedAtOnce() throws IOException {
		assertTrue(Files.exists(Path.of("/dev/zero")));
		folder();
		Files.createSymbolicLink(root.resolve("components/zero.md"), Path.of("/dev/zero"));
		ArchitectureFolder folder = loadQuickly(root);
		assertEquals(StoreFindings.OUTSIDE_FOLDER, codeOf(folder, "components/zero.md"));
		assertEquals(List.of("good"), componentIds(folder));
	}

	@Test
	void aDeviceIsRefusedBeforeItIsOpened() {
		assertTrue(Files.exists(Path.of("/dev/zero")));
		FolderFiles.Refused refused = assertThrows(FolderFiles.Refused.class,
				() -> assertTimeoutPreemptively(Duration.ofSeconds(10),
						() -> FolderFiles.of(Path.of("/dev")).read(Path.of("/dev/zero"), 1000)));
		assertEquals(StoreFindings.NOT_A_FILE, refused.code());
		assertTrue(refused.getMessage().contains("not a regular file"), refused.getMessage());
		FileReader.Unreadable unreadable = assertThrows(FileReader.Unreadable.class,
				() -> FileReader.read(Path.of("/dev/zero"), 1000));
		assertEquals(StoreFindings.NOT_A_FILE, unreadable.code());
	}

	@Test
	void aNamedPipeDoesNotBlockTheLoad() throws Exception {
		folder();
		Path fifo = root.resolve("components/pipe.md");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertEquals(0, mkfifo.waitFor(), "mkfifo");
		ArchitectureFolder folder = loadQuickly(root);
		String finding = finding(folder, "components/pipe.md");
		assertTrue(finding.contains(": error: is not a regular file (a device, a named pipe or a socket)"), finding);
		assertEquals(List.of("good"), componentIds(folder));
	}

	@Test
	void theSizeLimitAppliesToWhatIsReadNotToTheSizeTheFileSystemTells() throws Exception {
		Path proc = Path.of("/proc/self/status");
		assertTrue(Files.isRegularFile(proc) && Files.size(proc) == 0, "no /proc file that says it is empty");
		FileReader.Unreadable tooLarge = assertThrows(FileReader.Unreadable.class, () -> FileReader.read(proc, 16));
		assertEquals(StoreFindings.TOO_LARGE, tooLarge.code());
		assertTrue(tooLarge.getMessage().contains("over the 0.0 MB limit"), tooLarge.getMessage());
	}

	@Test
	void aFolderLinkedOutsideIsRefusedAndALoopIsWalkedOnce() throws IOException {
		folder();
		TestFolders.write(temp, "elsewhere/components/secret.md", "# " + MARKER + "\n");
		Files.createSymbolicLink(root.resolve("components/external"), temp.resolve("elsewhere/components"));
		Files.createSymbolicLink(root.resolve("components/loop"), root.resolve("components"));
		ArchitectureFolder folder = loadQuickly(root);
		String finding = finding(folder, "components/external");
		assertTrue(finding.contains(": error: the folder leads outside the architecture folder"), finding);
		assertEquals(List.of("good"), componentIds(folder));
		String all = TestFolders.joined(folder.findings());
		assertFalse(all.contains("already used"), all);
	}

	@Test
	void aKindFolderLinkedOutsideIsRefused() throws IOException {
		root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(temp, "elsewhere/secret.md", "# " + MARKER + "\n");
		Files.createSymbolicLink(root.resolve("components"), temp.resolve("elsewhere"));
		ArchitectureFolder folder = loadQuickly(root);
		assertEquals(StoreFindings.OUTSIDE_FOLDER, codeOf(folder, "components"));
		assertEquals(List.of(), componentIds(folder));
	}

	@Test
	void aDecisionSetThatBatonYamlPlacesOutsideIsRead() throws IOException {
		root = temp.resolve("arch");
		TestFolders.write(root, FolderLayout.SETTINGS, "name: T\ndecisions: {path: ../adr}\n");
		TestFolders.write(temp, "adr/0001-use-x.md", "# Use X\n");
		ArchitectureFolder folder = loadQuickly(root);
		assertEquals(1, folder.architecture().getDecisionSets().get(0).getDecisions().size(),
				TestFolders.joined(folder.findings()));
	}

	@Test
	void batonYamlLinkedOutsideIsRefused() throws IOException {
		root = temp.resolve("arch");
		Path outside = TestFolders.write(temp, "other/baton.yaml", "name: " + MARKER + "\n");
		Files.createDirectories(root);
		Files.createSymbolicLink(root.resolve(FolderLayout.SETTINGS), outside);
		ArchitectureFolder folder = loadQuickly(root);
		assertEquals(StoreFindings.OUTSIDE_FOLDER, codeOf(folder, FolderLayout.SETTINGS));
		assertFalse(MARKER.equals(folder.architecture().getName()));
	}

	private static int codeOf(ArchitectureFolder folder, String file) {
		return Findings.leaves(folder.findings()).stream()
				.filter(d -> Findings.format(d).contains(file)).mapToInt(d -> d.getCode()).findFirst()
				.orElseThrow(() -> new AssertionError("no finding for " + file + ":\n"
						+ TestFolders.joined(folder.findings())));
	}
}
