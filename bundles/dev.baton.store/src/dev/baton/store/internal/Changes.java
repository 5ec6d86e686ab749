package dev.baton.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The files one save changes, gathered before any is touched and then written all at once through a {@link Journal}.
 * Each file is checked as it is gathered: that it may be written (not read-only, not a link out of the folder) and that
 * it still holds what was loaded from it, so that a change another program made meanwhile is not silently overwritten.
 */
public final class Changes {

	private final Path realRoot;
	private final AtomicFiles files;
	private final boolean overwrite;
	private final Journal journal;

	/**
	 * @param root      the architecture folder
	 * @param overwrite replace files even when they changed on disk since they were loaded
	 */
	public Changes(Path root, AtomicFiles files, boolean overwrite) throws IOException {
		this.realRoot = Files.exists(root) ? root.toRealPath() : root.toAbsolutePath().normalize();
		this.files = files;
		this.overwrite = overwrite;
		this.journal = new Journal(realRoot, files);
	}

	/**
	 * Adds a file to write.
	 *
	 * @param expected the text the file held when it was loaded ({@code null}: no check, e.g. a new file)
	 * @throws IOException when the file may not be written or changed on disk; the message names it
	 */
	public void write(Path target, String text, String expected) throws IOException {
		Path real = located(files.writableTarget(target));
		byte[] before = read(real);
		check(target, before, expected);
		journal.add(new Journal.Entry(relative(real), text.getBytes(StandardCharsets.UTF_8), before));
	}

	/** Adds a file to delete (a link itself, not its target); see {@link #write} for {@code expected}. */
	public void delete(Path target, String expected) throws IOException {
		Path file = target.toAbsolutePath().normalize();
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		byte[] before = Files.isSymbolicLink(file) ? null : read(files.writableTarget(file));
		if (before != null) {
			check(target, before, expected);
		}
		journal.add(new Journal.Entry(relative(located(file)), null, before));
	}

	/**
	 * Writes every gathered change, all or nothing (see {@link Journal#commit}). The caller holds the folder's lock:
	 * each file is checked again to hold what it held when gathered (another writer may have changed it or created it
	 * in between).
	 */
	public void commit(String change) throws IOException {
		if (!overwrite) {
			for (Journal.Entry entry : journal.entries()) {
				Path file = realRoot.resolve(entry.path());
				if (entry.bytes() == null && Files.isSymbolicLink(file)) {
					continue;
				}
				if (!Arrays.equals(read(file), entry.before())) {
					throw new IOException(file + (entry.before() == null ? " was created" : " was changed")
							+ " on disk while Baton was saving (by another program or another baton): reload the "
							+ "folder and make the change again");
				}
			}
		}
		journal.commit(change);
	}

	public boolean isEmpty() {
		return journal.isEmpty();
	}

	private void check(Path target, byte[] before, String expected) throws IOException {
		if (expected == null || overwrite) {
			return;
		}
		if (before == null || !new String(before, StandardCharsets.UTF_8).equals(expected)) {
			throw new IOException(target + (before == null ? " was deleted" : " was changed") + " on disk since Baton "
					+ "read it (by another program or another baton): nothing was saved; reload the folder and make "
					+ "the change again, or save overwriting it to replace what is on disk");
		}
	}

	private String relative(Path real) throws IOException {
		if (!real.startsWith(realRoot)) {
			throw new IOException(real + " is outside the architecture folder " + realRoot
					+ ": Baton writes only inside it");
		}
		return realRoot.relativize(real).toString().replace('\\', '/');
	}

	/** The path through the folder's real path (the folder may be reached through a link), the file itself kept. */
	private static Path located(Path file) throws IOException {
		Path existing = file.toAbsolutePath().normalize().getParent();
		while (existing != null && !Files.isDirectory(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return file;
		}
		return existing.toRealPath().resolve(existing.relativize(file.toAbsolutePath().normalize()));
	}

	private static byte[] read(Path real) throws IOException {
		return Files.exists(real) ? Files.readAllBytes(real) : null;
	}
}
