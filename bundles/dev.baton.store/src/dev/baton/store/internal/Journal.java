package dev.baton.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

import dev.baton.store.FolderLock;

/**
 * One change of several files, all or nothing: {@code .baton/journal} holds every file's new bytes (and which files
 * go), is flushed to disk and renamed into place before the first file is touched, and is deleted once the last one is.
 * A process killed while writing the journal leaves only {@code .baton/journal.partial}: nothing was changed, and
 * recovery deletes it. A process killed after it leaves the journal: recovery applies it all again (rewriting a file
 * with the bytes it already has changes nothing), and removes the temporary files left beside.
 */
public final class Journal {

	/** One file written or deleted; {@code before} is what it held (for a rollback), {@code null}: no file. */
	public record Entry(String path, byte[] bytes, byte[] before) {

		boolean deletes() {
			return bytes == null;
		}
	}

	/** What {@link #recover} did, for the user: what the change was and how many files it completed. */
	public record Recovery(String change, int files, boolean completed) {
	}

	private static final String MAGIC = "baton-journal 1";

	private final Path root;
	private final AtomicFiles files;
	private final List<Entry> entries = new ArrayList<>();

	/** @param root the architecture folder, as its real path: entries are relative to it */
	public Journal(Path root, AtomicFiles files) {
		this.root = root;
		this.files = files;
	}

	public static Path file(Path root) {
		return root.resolve(FolderLock.WORK_FOLDER).resolve("journal");
	}

	private static Path partialFile(Path root) {
		return root.resolve(FolderLock.WORK_FOLDER).resolve("journal.partial");
	}

	public void add(Entry entry) {
		entries.add(entry);
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	public List<Entry> entries() {
		return entries;
	}

	/**
	 * Writes the journal, applies it and deletes it. When applying fails the files already changed get their old bytes
	 * back (nothing changed, the exception is thrown); when even that fails the journal stays, for the next load to
	 * complete the change.
	 *
	 * @param change what the change is, for the user who finds it unfinished ({@code baton renumber})
	 */
	public void commit(String change) throws IOException {
		if (entries.isEmpty()) {
			return;
		}
		Path journal = file(root);
		Path partial = partialFile(root);
		Files.createDirectories(journal.getParent());
		FolderLock.ignoredByGit(journal.getParent());
		try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
			ByteBuffer buffer = ByteBuffer.wrap(encode(change));
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
		Files.move(partial, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		syncFolder(journal.getParent());
		int applied = 0;
		try {
			for (Entry entry : entries) {
				apply(entry);
				applied++;
			}
		} catch (IOException | RuntimeException e) {
			try {
				// the entry that failed left its file as it was (atomic write, or no delete)
				for (int i = applied - 1; i >= 0; i--) {
					undo(entries.get(i));
				}
			} catch (IOException | RuntimeException undo) {
				e.addSuppressed(undo);
				throw new IOException(e.getMessage() + "; the change is kept in " + journal + " and the next baton "
						+ "command completes it", e);
			}
			Files.deleteIfExists(journal);
			throw e;
		}
		Files.delete(journal);
	}

	private void apply(Entry entry) throws IOException {
		Path target = root.resolve(entry.path());
		if (entry.deletes()) {
			Files.deleteIfExists(target);
		} else {
			files.write(target, entry.bytes(), false);
		}
	}

	private void undo(Entry entry) throws IOException {
		Path target = root.resolve(entry.path());
		if (entry.before() == null) {
			Files.deleteIfExists(target);
		} else {
			files.write(target, entry.before(), false);
		}
	}

	private byte[] encode(String change) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String header = MAGIC + "\nchange: " + oneLine(change) + "\npid: " + ProcessHandle.current().pid() + "\nsince: "
				+ Instant.now() + "\n";
		out.write(header.getBytes(StandardCharsets.UTF_8));
		for (Entry entry : entries) {
			if (entry.deletes()) {
				out.write(("delete " + encodePath(entry.path()) + "\n").getBytes(StandardCharsets.UTF_8));
			} else {
				out.write(("write " + entry.bytes().length + " " + encodePath(entry.path()) + "\n")
						.getBytes(StandardCharsets.UTF_8));
				out.write(entry.bytes());
				out.write('\n');
			}
		}
		CRC32 crc = new CRC32();
		crc.update(out.toByteArray());
		out.write(("end " + Long.toHexString(crc.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static String oneLine(String text) {
		return text == null ? "save" : text.replace('\n', ' ').replace('\r', ' ');
	}

	private static String encodePath(String path) {
		return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
	}

	private static String decodePath(String path) {
		return path.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
	}

	/**
	 * Completes a change a killed process left unfinished: applies its journal again, removes the temporary files
	 * beside the files it names and deletes it. The caller holds the folder's lock.
	 *
	 * @return what was done, or {@code null} when there was nothing to do
	 * @throws IOException when the journal cannot be applied (it stays, and says so)
	 */
	public static Recovery recover(Path root, AtomicFiles files) throws IOException {
		Files.deleteIfExists(partialFile(root));
		Path journal = file(root);
		if (!Files.exists(journal)) {
			return null;
		}
		byte[] bytes = Files.readAllBytes(journal);
		Journal read = new Journal(root, files);
		String change = read.decode(bytes);
		if (change == null) {
			Path aside = journal.resolveSibling("journal.broken-" + System.currentTimeMillis());
			Files.move(journal, aside);
			return new Recovery("an unreadable journal (moved to " + aside + ")", 0, false);
		}
		Set<Path> folders = new LinkedHashSet<>();
		for (Entry entry : read.entries) {
			read.apply(entry);
			folders.add(root.resolve(entry.path()).getParent());
		}
		for (Path folder : folders) {
			removeTemporaryFiles(folder);
		}
		Files.delete(journal);
		syncFolder(journal.getParent());
		return new Recovery(change, read.entries.size(), true);
	}

	/** Whether a journal (finished or not) is waiting in the folder: one cheap check on every load. */
	public static boolean pending(Path root) {
		return Files.exists(file(root)) || Files.exists(partialFile(root));
	}

	private static void removeTemporaryFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*" + AtomicFiles.TEMPORARY_SUFFIX)) {
			for (Path entry : entries) {
				Files.deleteIfExists(entry);
			}
		}
	}

	/** Reads the entries; returns the change's description, or {@code null} when the journal is cut or damaged. */
	private String decode(byte[] bytes) {
		int endLine = lastLineStart(bytes);
		if (endLine < 0) {
			return null;
		}
		String end = new String(bytes, endLine, bytes.length - endLine, StandardCharsets.UTF_8).strip();
		CRC32 crc = new CRC32();
		crc.update(bytes, 0, endLine);
		if (!end.equals("end " + Long.toHexString(crc.getValue()))) {
			return null;
		}
		int[] at = { 0 };
		if (!line(bytes, at).equals(MAGIC)) {
			return null;
		}
		String change = "save";
		String line;
		while (at[0] < endLine && !(line = line(bytes, at)).isEmpty()) {
			if (line.startsWith("change: ")) {
				change = line.substring("change: ".length());
			} else if (line.startsWith("delete ")) {
				entries.add(new Entry(decodePath(line.substring("delete ".length())), null, null));
			} else if (line.startsWith("write ")) {
				int space = line.indexOf(' ', "write ".length());
				int length = Integer.parseInt(line.substring("write ".length(), space));
				byte[] content = Arrays.copyOfRange(bytes, at[0], at[0] + length);
				at[0] += length + 1;
				entries.add(new Entry(decodePath(line.substring(space + 1)), content, null));
			}
			if (at[0] >= endLine) {
				break;
			}
		}
		return change;
	}

	private static int lastLineStart(byte[] bytes) {
		if (bytes.length == 0 || bytes[bytes.length - 1] != '\n') {
			return -1;
		}
		for (int i = bytes.length - 2; i >= 0; i--) {
			if (bytes[i] == '\n') {
				return i + 1;
			}
		}
		return -1;
	}

	private static String line(byte[] bytes, int[] at) {
		int start = at[0];
		int end = start;
		while (end < bytes.length && bytes[end] != '\n') {
			end++;
		}
		at[0] = Math.min(bytes.length, end + 1);
		return new String(bytes, start, end - start, StandardCharsets.UTF_8);
	}

	/** Makes a rename in the folder durable (where the system allows opening a folder). */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// not every system can sync a folder; the rename is still atomic
		}
	}
}
