package dev.baton.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * How the exporters write the pack's many files: a file holds its old bytes or the new text, never a mix of them, when
 * writing fails half-way (a full disk, an I/O error).
 */
public final class PackFiles {

	/** Opens a file for writing without truncating it (a seam for tests). */
	@FunctionalInterface
	interface Opener {

		SeekableByteChannel open(Path file) throws IOException;
	}

	private static final Opener CHANNELS = file -> FileChannel.open(file, StandardOpenOption.CREATE,
			StandardOpenOption.WRITE);

	private PackFiles() {
	}

	/**
	 * Writes the text as UTF-8.
	 *
	 * <p>
	 * A file that already holds exactly these bytes is not written: an export usually replaces a pack written before,
	 * and most of its pages have not changed. A changed file is written over its old bytes, not replaced: truncating or
	 * replacing a file frees all its blocks and allocates them again, and on a file system that discards freed blocks
	 * (ext4 mounted with {@code discard}, as on virtual machines) that stalled a 24,000-page export for up to 20
	 * seconds, and a scratch file renamed over each page was several times slower than writing in place there. So that
	 * a failure cannot leave a mix of old and new, the bytes beyond the old length are written first (the only ones
	 * that need new blocks, so where a full disk fails, and then the file is cut back to its old length), then the old
	 * bytes are overwritten; if that fails, the old bytes are written back. A new file that cannot be written whole is
	 * removed.
	 */
	public static void write(Path file, String text) throws IOException {
		write(file, text, CHANNELS);
	}

	static void write(Path file, String text, Opener opener) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		byte[] old = oldBytes(file);
		if (old != null && Arrays.equals(old, bytes)) {
			return;
		}
		int kept = old == null ? 0 : old.length;
		try (SeekableByteChannel channel = opener.open(file)) {
			try {
				if (bytes.length > kept) {
					channel.position(kept);
					writeFully(channel, bytes, kept, bytes.length - kept);
				}
				channel.position(0);
				writeFully(channel, bytes, 0, Math.min(kept, bytes.length));
				if (channel.size() > bytes.length) {
					channel.truncate(bytes.length);
				}
			} catch (IOException | RuntimeException e) {
				restore(channel, old, e);
				throw e;
			}
		} catch (IOException | RuntimeException e) {
			if (old == null) {
				Files.deleteIfExists(file);
			}
			throw e;
		}
	}

	/** The file's bytes, {@code null} when there is no such file. */
	private static byte[] oldBytes(Path file) throws IOException {
		try {
			return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
		} catch (NoSuchFileException e) {
			return null;
		}
	}

	/** Puts the old bytes back (they need no new blocks) after a failed write. */
	private static void restore(SeekableByteChannel channel, byte[] old, Exception failure) {
		if (old == null) {
			return;
		}
		try {
			channel.truncate(old.length);
			channel.position(0);
			writeFully(channel, old, 0, old.length);
		} catch (IOException | RuntimeException e) {
			failure.addSuppressed(e);
		}
	}

	private static void writeFully(SeekableByteChannel channel, byte[] bytes, int from, int length)
			throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(bytes, from, length);
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
	}
}
