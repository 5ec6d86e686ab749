package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.BatonFactory;
import dev.baton.model.Component;
import dev.baton.store.internal.AtomicFiles;

/**
 * Saving loses nothing: a change of several files is all or nothing (and completed by the next load when the writer was
 * killed), permissions and links stay, read-only files and files changed on disk are not overwritten, and two writers
 * take turns.
 */
class SafeWritingTest {

	@TempDir
	Path temp;

	private Path folder() throws IOException {
		Path root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "components/billing.md", "---\ntype: service\n---\n# Billing\n\nCharges cards.\n");
		TestFolders.write(root, "components/ledger.md", "---\ntype: service\n---\n# Ledger\n\nKeeps accounts.\n");
		return root;
	}

	private static void retype(ArchitectureFolder folder) {
		folder.architecture().getComponents().forEach(c -> c.setType("library"));
	}

	private static void assertNoWorkingFilesLeft(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			List<String> left = files.map(p -> root.relativize(p).toString())
					.filter(p -> p.endsWith(AtomicFiles.TEMPORARY_SUFFIX) || p.startsWith(".baton/journal")).toList();
			assertEquals(List.of(), left);
		}
	}

	@Test
	void aSaveKeepsTheFilesPermissions() throws IOException {
		Path root = folder();
		Path billing = root.resolve("components/billing.md");
		Files.setPosixFilePermissions(billing, PosixFilePermissions.fromString("rw-rw-r--"));
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		retype(folder);
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		assertTrue(TestFolders.read(billing).contains("type: library"));
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(billing)));
	}

	@Test
	void aNewFileGetsTheDefaultPermissionsNotOnlyTheOwners() throws IOException {
		Path root = folder();
		// what any program's new file gets here (0644 under umask 022)
		Path reference = root.resolve("reference.txt");
		Files.newOutputStream(reference, StandardOpenOption.CREATE_NEW).close();
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		Component cache = BatonFactory.eINSTANCE.createComponent();
		cache.setTitle("Cache");
		folder.architecture().getComponents().add(cache);
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		Path created = root.resolve("components/cache.md");
		assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(created));
		assertFalse(PosixFilePermissions.toString(Files.getPosixFilePermissions(created)).equals("rw-------"));
	}

	@Test
	void aSymlinkedRecordIsWrittenThroughAndStaysALink() throws IOException {
		Path root = folder();
		Path real = TestFolders.write(root, "notes/cache.txt", "---\ntype: service\n---\n# Cache\n");
		Path link = root.resolve("components/cache.md");
		Files.createSymbolicLink(link, Path.of("../notes/cache.txt"));
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		retype(folder);
		Diagnostic saved = folder.save();
		assertEquals(Diagnostic.OK, saved.getSeverity(), TestFolders.joined(saved));
		assertTrue(Files.isSymbolicLink(link));
		assertEquals("---\ntype: library\n---\n# Cache\n", TestFolders.read(real));
		assertNoWorkingFilesLeft(root);
	}

	@Test
	void aLinkOutOfTheFolderIsNotWrittenAndNothingIsSaved() throws IOException {
		Path root = folder();
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		// A link out of the folder is refused on load (HostileFilesTest); one made after the load,
		// with the same bytes, must still not be written through.
		Path billing = root.resolve("components/billing.md");
		Path outside = TestFolders.write(temp, "elsewhere/billing.md", TestFolders.read(billing));
		Files.delete(billing);
		Files.createSymbolicLink(billing, outside);
		retype(folder);
		Diagnostic saved = folder.save();
		String findings = TestFolders.joined(saved);
		assertEquals(Diagnostic.ERROR, saved.getSeverity());
		assertTrue(findings.contains("billing.md is a symbolic link to " + outside.toRealPath()
				+ ", outside the architecture folder"), findings);
		assertTrue(findings.contains("nothing was saved"), findings);
		assertTrue(TestFolders.read(outside).contains("type: service"));
		assertTrue(TestFolders.read(root.resolve("components/ledger.md")).contains("type: service"));
	}

	@Test
	void aReadOnlyFileIsRefusedAndNoFileOfTheChangeIsWritten() throws IOException {
		Path root = folder();
		Path ledger = root.resolve("components/ledger.md");
		String before = TestFolders.read(ledger);
		Files.setPosixFilePermissions(ledger, PosixFilePermissions.fromString("r--r--r--"));
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		retype(folder);
		Diagnostic saved = folder.save();
		String findings = TestFolders.joined(saved);
		assertEquals(Diagnostic.ERROR, saved.getSeverity());
		assertTrue(findings.contains("components/ledger.md: error: cannot save (IOException: " + ledger
				+ " is read-only: Baton does not overwrite it; make it writable (chmod u+w) and save again"), findings);
		assertEquals(before, TestFolders.read(ledger));
		assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(ledger)));
		assertTrue(TestFolders.read(root.resolve("components/billing.md")).contains("type: service"));
		assertNoWorkingFilesLeft(root);
	}

	@Test
	void aFileChangedOnDiskSinceItWasLoadedIsNotOverwrittenUnlessAskedTo() throws IOException {
		Path root = folder();
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		Path billing = root.resolve("components/billing.md");
		String theirs = "---\ntype: service\nowner: team-x\n---\n# Billing\n\nCharges cards.\n";
		Files.writeString(billing, theirs);
		retype(folder);
		Diagnostic saved = folder.save();
		String findings = TestFolders.joined(saved);
		assertEquals(Diagnostic.ERROR, saved.getSeverity());
		assertTrue(findings.contains(billing + " was changed on disk since Baton read it"), findings);
		assertEquals(theirs, TestFolders.read(billing));
		assertTrue(TestFolders.read(root.resolve("components/ledger.md")).contains("type: service"));

		assertEquals(Diagnostic.OK, folder.save("test", true).getSeverity());
		assertTrue(TestFolders.read(billing).contains("type: library"));
		assertTrue(TestFolders.read(root.resolve("components/ledger.md")).contains("type: library"));
	}

	/** Stands for kill -9: stops the save between two files, skipping every cleanup. */
	static final class Killed extends Error {

		private static final long serialVersionUID = 1L;
	}

	@Test
	void aChangeStoppedBetweenTwoFilesIsCompletedByTheNextLoad() throws IOException {
		Path root = folder();
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		folder.setFiles(new AtomicFiles(root) {

			@Override
			protected void beforeReplace(Path temporary, Path target) {
				if (target.getFileName().toString().equals("ledger.md")) {
					throw new Killed();
				}
			}
		});
		retype(folder);
		assertThrows(Killed.class, folder::save);
		assertTrue(TestFolders.read(root.resolve("components/billing.md")).contains("type: library"));
		assertTrue(TestFolders.read(root.resolve("components/ledger.md")).contains("type: service"));
		assertTrue(Files.exists(root.resolve(".baton/journal")));

		ArchitectureFolder next = ArchitectureFolder.load(root, LoadOptions.defaults());
		String findings = TestFolders.joined(next.findings());
		assertTrue(findings.contains(".baton/journal: info: completed an unfinished change (save, interrupted before "
				+ "it had written all its files): 2 file(s) written or deleted as it meant to"), findings);
		assertTrue(TestFolders.read(root.resolve("components/ledger.md")).contains("type: library"));
		next.architecture().getComponents().forEach(c -> assertEquals("library", c.getType()));
		assertNoWorkingFilesLeft(root);
	}

	@Test
	void aJournalCutWhileBeingWrittenIsDroppedAndNothingChanges() throws IOException {
		Path root = folder();
		TestFolders.write(root, ".baton/journal.partial",
				"baton-journal 1\nchange: save\nwrite 9999 components/billing.md\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		assertEquals(List.of(), TestFolders.lines(folder.findings()));
		assertTrue(TestFolders.read(root.resolve("components/billing.md")).contains("type: service"));
		assertNoWorkingFilesLeft(root);
	}

	@Test
	void aSecondWriterWaitsThenGivesUpNamingTheFirst() throws Exception {
		Path root = folder();
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		Thread holder = new Thread(() -> {
			try (FolderLock lock = FolderLock.acquire(root, Duration.ofSeconds(1), "baton test")) {
				held.countDown();
				done.await();
			} catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		});
		holder.start();
		held.await();
		FolderLock.Busy busy = assertThrows(FolderLock.Busy.class,
				() -> FolderLock.acquire(root, Duration.ofMillis(200), "baton other"));
		assertTrue(busy.getMessage().contains("being changed by another thread"), busy.getMessage());
		done.countDown();
		holder.join();
		try (FolderLock lock = FolderLock.acquire(root, Duration.ofMillis(200), "baton other")) {
			assertTrue(TestFolders.read(FolderLock.lockFile(root)).contains("command: baton other\n"));
		}
		assertEquals("*", TestFolders.read(root.resolve(".baton/.gitignore")).lines().toList().getLast());
	}
}
