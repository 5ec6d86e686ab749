package dev.baton.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.baton.store.internal.FileReader;

/**
 * The files of an architecture folder that Baton reads: record files, {@code baton.yaml}, and the files records point
 * at (specifications, images). One rule for all of them: a file is read only when its real path (every symbolic link
 * followed) is inside the folder, or inside a decision set's folder that {@code baton.yaml} places outside it, when it
 * is a regular file, and no more than a size limit of it is read. So a record linked to {@code /etc/passwd} does not
 * reach a pack, and one linked to {@code /dev/zero} or a named pipe neither fills the memory nor blocks.
 *
 * <p>
 * Immutable and thread-safe.
 */
public final class FolderFiles {

	/** Why a file is not read: a {@link StoreFindings} code, the 1-based line where known, what to do. */
	public static final class Refused extends Exception {

		private static final long serialVersionUID = 1L;
		private final int code;
		private final int line;

		Refused(int code, int line, String message) {
			super(message);
			this.code = code;
			this.line = line;
		}

		/** The {@link StoreFindings} code. */
		public int code() {
			return code;
		}

		/** The 1-based line of the problem, 0 when it is about the whole file. */
		public int line() {
			return line;
		}
	}

	private final Path root;
	private final List<Path> realRoots;

	/**
	 * @param root           the architecture folder
	 * @param outsideFolders folders outside it that {@code baton.yaml} names (decision sets at {@code ../adr})
	 */
	public FolderFiles(Path root, Collection<Path> outsideFolders) {
		this.root = root.toAbsolutePath().normalize();
		List<Path> roots = new ArrayList<>();
		addRealPath(this.root, roots);
		for (Path folder : outsideFolders) {
			Path absolute = this.root.resolve(folder).normalize();
			if (!absolute.startsWith(this.root)) {
				addRealPath(absolute, roots);
			}
		}
		this.realRoots = List.copyOf(roots);
	}

	/** The files of a folder that names no folder outside it. */
	public static FolderFiles of(Path root) {
		return new FolderFiles(root, List.of());
	}

	private static void addRealPath(Path folder, List<Path> roots) {
		try {
			roots.add(folder.toRealPath());
		} catch (IOException e) {
			roots.add(folder);
		}
	}

	/** The architecture folder, absolute and normalised. */
	public Path root() {
		return root;
	}

	/** Whether a real path (links resolved) is inside the folder or one of the folders it names. */
	public boolean contains(Path realPath) {
		return realRoots.stream().anyMatch(realPath::startsWith);
	}

	/**
	 * The real path of a file Baton may read: inside the folder and a regular file (its size is checked when it is
	 * read).
	 *
	 * @throws Refused when it leads outside, is not a regular file, or cannot be resolved
	 */
	public Path check(Path file) throws Refused {
		Path real;
		try {
			real = root.resolve(file).toRealPath();
		} catch (IOException e) {
			throw new Refused(StoreFindings.UNREADABLE, 0, "cannot read the file (" + FileReader.describe(e)
					+ "): check that it exists (a symbolic link may be broken or loop) and that you may read it");
		}
		if (!contains(real)) {
			throw new Refused(StoreFindings.OUTSIDE_FOLDER, 0, "leads outside the architecture folder (a symbolic "
					+ "link or a path out of it): Baton reads only files inside the folder, so that nothing else on "
					+ "the machine reaches a pack; copy the file into the folder instead");
		}
		if (Files.isDirectory(real)) {
			throw new Refused(StoreFindings.NOT_A_FILE, 0, "is a folder where a file is expected: give a file");
		}
		if (!Files.isRegularFile(real)) {
			throw new Refused(StoreFindings.NOT_A_FILE, 0, "is not a regular file (a device, a named pipe or a "
					+ "socket): Baton reads only regular files; replace it by a file or remove it");
		}
		return real;
	}

	/** A directory's real path when Baton may walk it (inside the folder), else {@code null}. */
	public Path realFolder(Path directory) {
		try {
			Path real = root.resolve(directory).toRealPath();
			return contains(real) ? real : null;
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * Reads a file of the folder as strict UTF-8, no more than {@code maxBytes} of it.
	 *
	 * @throws Refused when it may not be read (see {@link #check}), is over the limit, or is not UTF-8
	 */
	public String read(Path file, long maxBytes) throws Refused {
		Path real = check(file);
		try {
			return FileReader.read(real, maxBytes);
		} catch (FileReader.Unreadable e) {
			throw new Refused(e.code(), e.line(), e.getMessage());
		}
	}

	/**
	 * Reads a file of the folder as bytes (an image), no more than {@code maxBytes} of it.
	 *
	 * @throws Refused when it may not be read (see {@link #check}) or is over the limit
	 */
	public byte[] readBytes(Path file, long maxBytes) throws Refused {
		Path real = check(file);
		try {
			return FileReader.readBytes(real, maxBytes);
		} catch (FileReader.Unreadable e) {
			throw new Refused(e.code(), e.line(), e.getMessage());
		}
	}
}
