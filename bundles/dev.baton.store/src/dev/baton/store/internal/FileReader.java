package dev.baton.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a record file as strict UTF-8, refusing files over a size limit before reading them. */
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

	public static String read(Path file, long maxBytes) throws Unreadable {
		try {
			long size = Files.size(file);
			if (size > maxBytes) {
				throw new Unreadable(dev.baton.store.StoreFindings.TOO_LARGE, 0,
						String.format(Locale.ROOT,
								"the file is %.1f MB, over the %.1f MB limit for one record: split it, or move "
										+ "attachments and generated content out of the architecture folder",
								size / 1e6, maxBytes / 1e6));
			}
			byte[] bytes = Files.readAllBytes(file);
			return decode(bytes);
		} catch (IOException e) {
			throw new Unreadable(dev.baton.store.StoreFindings.UNREADABLE, 0,
					"cannot read the file (" + describe(e) + "): check that it exists and that you may read it");
		}
	}

	static String describe(IOException e) {
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
			throw new Unreadable(dev.baton.store.StoreFindings.NOT_UTF8, line, String.format(Locale.ROOT,
					"not UTF-8: byte 0x%02X at offset %d cannot be decoded; Baton reads records as UTF-8: "
							+ "convert the file (e.g. iconv -f WINDOWS-1252 -t UTF-8)",
					bytes[offset] & 0xff, offset));
		}
		try {
			decoder.flush(out);
		} catch (IllegalStateException e) {
			throw new Unreadable(dev.baton.store.StoreFindings.NOT_UTF8, 0, "not UTF-8: " + e.getMessage());
		}
		out.flip();
		return out.toString();
	}

}
