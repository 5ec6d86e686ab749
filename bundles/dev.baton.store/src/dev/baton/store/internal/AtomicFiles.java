package dev.baton.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a failure leaves the old file as it was: the new bytes go to a temporary file in the same
 * folder, flushed to disk, which then replaces the old one in one rename. The new file keeps the old one's permissions
 * (and owner and group where allowed); a new file gets the default permissions under the umask. A symbolic link is
 * written through (its target is replaced, the link stays), and a read-only file is refused, not replaced.
 */
public class AtomicFiles {

	/** Suffix of the temporary files; the journal's recovery removes those a killed process left. */
	public static final String TEMPORARY_SUFFIX = ".baton-tmp";

	private final Path root;

	/** Files anywhere (links are followed wherever they lead). */
	public AtomicFiles() {
		this(null);
	}

	/** Files of an architecture folder: a link that leads outside {@code root} is refused. */
	public AtomicFiles(Path root) {
		this.root = root == null ? null : root.toAbsolutePath().normalize();
	}

	/** Writes the text as UTF-8. */
	public void write(Path target, String text) throws IOException {
		write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	/** Writes the bytes, flushed to disk before they replace the old file. */
	public void write(Path target, byte[] bytes) throws IOException {
		write(target, bytes, true);
	}

	/**
	 * Writes the bytes.
	 *
	 * @param flush flush them to disk before the rename; a {@link Journal} applying a change does not: the journal
	 *              itself is flushed, and one flush per file of a large change costs seconds
	 */
	public void write(Path target, byte[] bytes, boolean flush) throws IOException {
		Path real = writableTarget(target);
		Path folder = real.getParent();
		Files.createDirectories(folder);
		Path temporary = folder.resolve("." + real.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
				.nextLong() >>> 1) + TEMPORARY_SUFFIX);
		try {
			// created like any new file (the umask applies), not 0600 as createTempFile would
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				if (flush) {
					channel.force(true);
				}
			}
			if (Files.exists(real)) {
				keepAttributes(real, temporary);
			}
			beforeReplace(temporary, real);
			try {
				Files.move(temporary, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, real, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Deletes a file (a link itself, not what it points to); a read-only file is refused. */
	public void delete(Path target) throws IOException {
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(target)) {
			refuseReadOnly(target);
		}
		Files.deleteIfExists(target);
	}

	/**
	 * The file a write to {@code target} replaces: the target of a symbolic link (which must be in the folder), else
	 * the target itself; refused when it is read-only.
	 *
	 * @throws IOException saying which file and what to do
	 */
	public Path writableTarget(Path target) throws IOException {
		Path real = target.toAbsolutePath();
		if (Files.isSymbolicLink(real)) {
			Path linked;
			try {
				linked = real.toRealPath();
			} catch (IOException e) {
				throw new IOException(target + " is a broken symbolic link (" + Files.readSymbolicLink(real)
						+ "): fix or remove the link, then save again");
			}
			if (root != null && !linked.startsWith(realRoot())) {
				throw new IOException(target + " is a symbolic link to " + linked + ", outside the architecture "
						+ "folder; Baton writes only inside it: edit that file itself, or replace the link by a copy");
			}
			real = linked;
		}
		if (Files.exists(real)) {
			refuseReadOnly(real);
		}
		return real;
	}

	private Path realRoot() throws IOException {
		return Files.exists(root) ? root.toRealPath() : root;
	}

	private static void refuseReadOnly(Path file) throws IOException {
		boolean readOnly = !Files.isWritable(file);
		PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		if (!readOnly && posix != null) {
			// as root isWritable says yes to anything: the owner's write bit is what the user set
			readOnly = !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
		}
		if (readOnly) {
			throw new IOException(file + " is read-only: Baton does not overwrite it; make it writable "
					+ "(chmod u+w) and save again, or leave this record unchanged");
		}
	}

	/** Gives the new file the old one's permissions, and its owner and group where the system lets us. */
	private static void keepAttributes(Path old, Path replacement) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(old, PosixFileAttributeView.class);
		if (view == null) {
			return;
		}
		PosixFileAttributes attributes = view.readAttributes();
		PosixFileAttributeView target = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
		target.setPermissions(attributes.permissions());
		try {
			if (!attributes.group().equals(target.readAttributes().group())) {
				target.setGroup(attributes.group());
			}
			if (!attributes.owner().equals(target.readAttributes().owner())) {
				target.setOwner(attributes.owner());
			}
		} catch (IOException e) {
			// only the owner or root may give a file away: the new file is then the writer's, as any edit makes it
		}
	}

	/** Called with the complete temporary file just before it replaces the target (tests make it fail). */
	protected void beforeReplace(Path temporary, Path target) throws IOException {
		// nothing by default
	}
}
