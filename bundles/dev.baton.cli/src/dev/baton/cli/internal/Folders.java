package dev.baton.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.emf.common.util.Diagnostic;

import dev.baton.adr.Dialects;
import dev.baton.api.Command;
import dev.baton.api.Findings;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.FolderLock;
import dev.baton.store.LoadOptions;
import dev.baton.store.ReadableFolder;
import dev.baton.store.StoreFindings;

/** Finding and loading the architecture folder a command works on. */
final class Folders {

	/** Thrown when there is no architecture folder to work on; the message says what to do. */
	static final class NoFolder extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NoFolder(String message) {
			super(message);
		}
	}

	/** Another baton holds the folder's lock; the message names it and says what to do. */
	static final class Locked extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Locked(String message) {
			super(message);
		}
	}

	/** Seconds a command waits for another that is changing the folder: {@code BATON_LOCK_WAIT}, else 10. */
	static final String LOCK_WAIT = "BATON_LOCK_WAIT";

	private Folders() {
	}

	/**
	 * The folder given with {@code -C}, else the nearest folder with a {@code baton.yaml} from the working directory
	 * up.
	 */
	static Path locate(Command.Invocation invocation, Path given) {
		if (given != null) {
			Path folder = invocation.workingDirectory().resolve(given).normalize();
			if (!FolderLayout.isArchitectureFolder(folder)) {
				throw new NoFolder(given + " is not an architecture folder (no baton.yaml): give the folder that holds "
						+ "baton.yaml, or create one with 'baton init " + given + "'");
			}
			return folder;
		}
		return FolderLayout.rootOf(invocation.workingDirectory()).orElseThrow(() -> new NoFolder("no baton.yaml here "
				+ "or in any parent folder: run the command inside an architecture folder, give one with -C <folder>, "
				+ "or create one with 'baton init'"));
	}

	/** Loads the folder and prints its findings to stderr, one line each. */
	static ArchitectureFolder load(Command.Invocation invocation, Path given, boolean quiet) {
		return (ArchitectureFolder) load(invocation, given, quiet, null, false);
	}

	/**
	 * Loads the folder (given with {@code -C}) to change it: takes its lock first and holds it until the command ends,
	 * so that two commands never change it at once (the second waits, then gives up naming the first). Findings are not
	 * printed but for a completed unfinished change.
	 */
	static ArchitectureFolder loadForWriting(PicocliCommand.Run run) {
		return loadForWriting(run, run.folder);
	}

	/** {@link #loadForWriting(PicocliCommand.Run)} of a folder given otherwise. */
	static ArchitectureFolder loadForWriting(PicocliCommand.Run run, Path given) {
		Path root = locate(run.invocation, given);
		try {
			run.held.add(FolderLock.acquire(root, lockWait(), "baton " + run.name));
		} catch (FolderLock.Busy e) {
			throw new Locked(e.getMessage());
		} catch (IOException e) {
			throw new Locked("cannot lock " + root + " to change it (" + e.getMessage() + "): check that the folder "
					+ "is writable");
		}
		return (ArchitectureFolder) load(run.invocation, given, true, null, false);
	}

	private static Duration lockWait() {
		String seconds = System.getenv(LOCK_WAIT);
		try {
			return seconds == null ? FolderLock.DEFAULT_WAIT
					: Duration.ofMillis((long) (Double.parseDouble(seconds) * 1000));
		} catch (NumberFormatException e) {
			return FolderLock.DEFAULT_WAIT;
		}
	}

	/**
	 * Loads only records of the given kinds ({@code null}: all), for commands that read and show: without what saving
	 * needs ({@link ArchitectureFolder#loadForReading}).
	 */
	static ReadableFolder load(Command.Invocation invocation, Path given, boolean quiet, Set<String> kinds) {
		return load(invocation, given, quiet, kinds, true);
	}

	/** Loads the folder: a {@link ReadableFolder} for reading, else an {@link ArchitectureFolder}. */
	private static ReadableFolder load(Command.Invocation invocation, Path given, boolean quiet, Set<String> kinds,
			boolean forReading) {
		Path root = locate(invocation, given);
		var progress = TerminalProgress.forTerminal(invocation.err());
		LoadOptions options = LoadOptions.defaults().withMonitor(progress).withFormats(Dialects.formats())
				.withKinds(kinds);
		ReadableFolder folder = forReading ? ArchitectureFolder.loadForReading(root, options)
				: ArchitectureFolder.load(root, options);
		boolean fatal = Findings.leaves(folder.findings()).stream()
				.anyMatch(d -> d.getCode() == StoreFindings.NOT_AN_ARCHITECTURE);
		boolean brokenSettings = folder.settingsFindings().getSeverity() >= Diagnostic.ERROR;
		for (Diagnostic finding : Findings.leaves(folder.findings())) {
			// a command that writes says what did not load (a file it skipped may hold the number it is about
			// to take); every command says what is wrong with baton.yaml, since defaults stand in for it; a
			// change completed for a killed command, or a lock held by another, is said even when the rest is not
			boolean loud = finding.getSeverity() >= Diagnostic.ERROR
					&& (!forReading || folder.settingsFindings().getChildren().contains(finding))
					|| finding.getCode() == StoreFindings.RECOVERED || finding.getCode() == StoreFindings.LOCKED;
			if (!quiet || fatal || loud) {
				invocation.err().println(Findings.format(finding));
			}
		}
		if (fatal) {
			throw new NoFolder("cannot load " + folder.root());
		}
		if (brokenSettings && !forReading) {
			throw new NoFolder("baton.yaml has errors (above): fix them first; nothing was written, since with "
					+ "defaults in their place new files could go to the wrong folder or dialect");
		}
		return folder;
	}

	/**
	 * Loads a folder again (after files were written beside the store), with every ADR dialect; findings are not
	 * printed.
	 */
	static ArchitectureFolder reload(Path root) {
		return ArchitectureFolder.load(root, LoadOptions.defaults().withFormats(Dialects.formats()));
	}

	/** Saves the folder; prints what could not be written and returns false then. */
	static boolean save(PicocliCommand.Run run, ArchitectureFolder folder) {
		return save(run.invocation, folder, "baton " + run.name);
	}

	/**
	 * Saves the folder, all its changed files or none; prints what could not be written and returns false then.
	 *
	 * @param change what the change is ({@code baton link}), for the journal
	 */
	static boolean save(Command.Invocation invocation, ArchitectureFolder folder, String change) {
		Diagnostic saved = folder.save(change, false);
		Findings.leaves(saved).forEach(d -> invocation.err().println(Findings.format(d)));
		return saved.getSeverity() < Diagnostic.ERROR;
	}

	/** 1 when the folder has warnings or errors, else 0. */
	static int exitCode(Diagnostic findings) {
		return findings.getSeverity() >= Diagnostic.WARNING ? Command.FINDINGS : Command.OK;
	}

	/**
	 * Writes a file the user asked for (-o FILE) atomically: a temporary file beside it, then a rename. A new file gets
	 * the umask's permissions (createTempFile's 0600 would stay on it), a replaced one keeps its own.
	 */
	static void write(Path target, String text) throws IOException {
		Files.createDirectories(target.getParent());
		Path temporary = target.resolveSibling("." + target.getFileName() + "."
				+ Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
			if (Files.exists(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
				Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
