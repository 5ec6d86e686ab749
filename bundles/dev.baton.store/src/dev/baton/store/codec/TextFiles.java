package dev.baton.store.codec;

import java.io.IOException;
import java.nio.file.Path;

import dev.baton.store.internal.AtomicFiles;
import dev.baton.store.internal.FileReader;

/** Record files read and written as the store does: strict UTF-8 with a size limit, atomic writes. */
public final class TextFiles {

	/** Why a file could not be read (not a regular file, too large, not UTF-8, ...), with the line where known. */
	public static final class Unreadable extends Exception {

		private static final long serialVersionUID = 1L;
		private final int line;

		Unreadable(int line, String message, Throwable cause) {
			super(message, cause);
			this.line = line;
		}

		/** The 1-based line of the first byte that is not UTF-8, or 0. */
		public int line() {
			return line;
		}
	}

	private TextFiles() {
	}

	/**
	 * Reads a regular file as strict UTF-8, no more than {@code maxBytes} of it; a device, a named pipe or a socket is
	 * refused without opening it.
	 */
	public static String read(Path file, long maxBytes) throws Unreadable {
		try {
			return FileReader.read(file, maxBytes);
		} catch (FileReader.Unreadable e) {
			throw new Unreadable(e.line(), e.getMessage(), e);
		}
	}

	/**
	 * Writes a file as UTF-8, atomically: a temporary file beside it replaces it in one rename. The file keeps its
	 * permissions; a new one gets the default ones; a symbolic link is written through, a read-only file refused.
	 *
	 * @param folder the architecture folder the file is in: a link that leads out of it is refused
	 */
	public static void write(Path folder, Path file, String text) throws IOException {
		new AtomicFiles(folder).write(file, text);
	}
}
