package dev.baton.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

import dev.baton.store.StoreFindings;

/** Reads a record file as strict UTF-8, refusing what is not a regular file and what is over a size limit. */
public final class FileReader {

	/** Why a file could not be read, with the 1-based line where known. */
	public static final class Unreadable extends Exception {

		private static final long serialVersionUID = 1L;
		private final int code;
		private final int line;

		Unreadable(int code, int line, String message) {
			super(message);
			this.code = code;
			this.line = line;
		}

		public int code() {
			return code;
		}

		public int line() {
			return line;
		}
	}

	private FileReader() {
	}

	/**
	 * Reads a regular file as strict UTF-8, no more than {@code maxBytes} of it: the limit is applied to what is read,
	 * not to the size the file system tells (a device or {@code /proc} file says 0). A device, a named pipe or a socket
	 * is refused before it is opened (opening a pipe blocks).
	 */
	public static String read(Path file, long maxBytes) throws Unreadable {
		return decode(readBytes(file, maxBytes));
	}

	/** The bytes of a regular file, refused when it is not one or is over {@code maxBytes}. */
	public static byte[] readBytes(Path file, long maxBytes) throws Unreadable {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			if (!attributes.isRegularFile()) {
				throw new Unreadable(StoreFindings.NOT_A_FILE, 0, attributes.isDirectory()
						? "is a folder where a file is expected: rename it or move it away"
						: "is not a regular file (a device, a named pipe or a socket): Baton reads only regular "
								+ "files; replace it by a file or remove it");
			}
			if (attributes.size() > maxBytes) {
				throw tooLarge(attributes.size(), maxBytes);
			}
			int limit = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16);
			byte[] bytes;
			try (InputStream in = Files.newInputStream(file)) {
				bytes = in.readNBytes(limit);
			}
			if (bytes.length > maxBytes) {
				throw tooLarge(-1, maxBytes);
			}
			return bytes;
		} catch (IOException e) {
			throw new Unreadable(StoreFindings.UNREADABLE, 0,
					"cannot read the file (" + describe(e) + "): check that it exists and that you may read it");
		}
	}

	private static Unreadable tooLarge(long size, long maxBytes) {
		String what = size < 0 ? "the file is over"
				: String.format(Locale.ROOT, "the file is %.1f MB, over", size / 1e6);
		return new Unreadable(StoreFindings.TOO_LARGE, 0, String.format(Locale.ROOT, "%s the %.1f MB limit for one "
				+ "record: split it, or move attachments and generated content out of the architecture folder",
				what, maxBytes / 1e6));
	}

	/** An I/O exception as a short reason for a finding. */
	public static String describe(IOException e) {
		String type = e.getClass().getSimpleName();
		return e.getMessage() == null ? type
				: type.equals("AccessDeniedException") ? "permission denied"
						: type.equals("NoSuchFileException") ? "no such file" : e.getMessage();
	}

	private static String decode(byte[] bytes) throws Unreadable {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int offset = in.position();
			int line = 1;
			for (int i = 0; i < offset; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new Unreadable(StoreFindings.NOT_UTF8, line, String.format(Locale.ROOT,
					"not UTF-8: byte 0x%02X at offset %d cannot be decoded; Baton reads records as UTF-8: "
							+ "convert the file (e.g. iconv -f WINDOWS-1252 -t UTF-8)",
					bytes[offset] & 0xff, offset));
		}
		try {
			decoder.flush(out);
		} catch (IllegalStateException e) {
			throw new Unreadable(StoreFindings.NOT_UTF8, 0, "not UTF-8: " + e.getMessage());
		}
		out.flip();
		return out.toString();
	}

}
