package dev.baton.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** How the exporters write the pack's many files. */
public final class PackFiles {

	private PackFiles() {
	}

	/**
	 * Writes the text as UTF-8, over the file's old bytes where it exists, and cuts what is left
	 * of them. An export usually replaces a pack written before, page by page: truncating each file
	 * first frees all its blocks and allocates them again, and on a file system that discards freed
	 * blocks (ext4 mounted with {@code discard}, as on virtual machines) that stalled a 24,000-page
	 * export for up to 20 seconds. Written in place, a page of about the same size frees nothing.
	 */
	public static void write(Path file, String text) throws IOException {
		ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
		int length = bytes.remaining();
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
			if (channel.size() > length) {
				channel.truncate(length);
			}
		}
	}
}
