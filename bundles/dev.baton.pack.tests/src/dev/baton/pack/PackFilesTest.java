package dev.baton.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files hold exactly the new text, longer or shorter than before, or their old text when writing fails. */
class PackFilesTest {

	@TempDir
	Path folder;

	@Test
	void aNewFileHoldsTheTextAsUtf8() throws IOException {
		Path file = folder.resolve("page.html");
		PackFiles.write(file, "Décision 数据库 — done");
		assertArrayEquals("Décision 数据库 — done".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
	}

	@Test
	void aShorterTextLeavesNothingOfTheOldOne() throws IOException {
		Path file = folder.resolve("page.html");
		Files.writeString(file, "a much longer text than the next one, with its own ending");
		PackFiles.write(file, "short");
		assertArrayEquals("short".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
		PackFiles.write(file, "");
		assertArrayEquals(new byte[0], Files.readAllBytes(file));
	}

	@Test
	void aLongerTextReplacesTheOldOneWhole() throws IOException {
		Path file = folder.resolve("page.html");
		Files.writeString(file, "old");
		String longer = "new ".repeat(10_000);
		PackFiles.write(file, longer);
		assertArrayEquals(longer.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
	}

	@Test
	void aMissingFolderIsAnError() {
		assertThrows(NoSuchFileException.class, () -> PackFiles.write(folder.resolve("missing/page.html"), "x"));
	}

	/**
	 * A channel on a disk with room for a few more bytes, failing as a full disk does: writing over the file's existing
	 * bytes needs no room, writing beyond them takes it.
	 */
	private static final class FullDisk implements SeekableByteChannel {

		private final SeekableByteChannel channel;
		private int room;

		FullDisk(SeekableByteChannel channel, int room) {
			this.channel = channel;
			this.room = room;
		}

		@Override
		public int write(ByteBuffer source) throws IOException {
			long inside = Math.max(0, channel.size() - channel.position());
			if (inside == 0 && room == 0) {
				throw new IOException("No space left on device");
			}
			long allowed = Math.min(source.remaining(), inside + room);
			ByteBuffer part = source.slice().limit((int) allowed);
			int written = channel.write(part);
			source.position(source.position() + written);
			room -= (int) Math.max(0, written - inside);
			return written;
		}

		@Override
		public int read(ByteBuffer destination) throws IOException {
			return channel.read(destination);
		}

		@Override
		public long position() throws IOException {
			return channel.position();
		}

		@Override
		public SeekableByteChannel position(long position) throws IOException {
			channel.position(position);
			return this;
		}

		@Override
		public long size() throws IOException {
			return channel.size();
		}

		@Override
		public SeekableByteChannel truncate(long size) throws IOException {
			channel.truncate(size);
			return this;
		}

		@Override
		public boolean isOpen() {
			return channel.isOpen();
		}

		@Override
		public void close() throws IOException {
			channel.close();
		}
	}

	@Test
	void aWriteThatFailsHalfWayLeavesTheOldPageWhole() throws IOException {
		Path file = folder.resolve("page.html");
		String old = "<html><body>the complete old page</body></html>\n";
		Files.writeString(file, old);
		String page = "<html><body>" + "a new and longer page ".repeat(2_000) + "</body></html>\n";
		IOException full = assertThrows(IOException.class, () -> PackFiles.write(file, page,
				path -> new FullDisk(FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
						4096)));
		assertEquals("No space left on device", full.getMessage());
		assertEquals(old, Files.readString(file));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList());
		}
		// with room again, the page is replaced whole
		PackFiles.write(file, page);
		assertEquals(page, Files.readString(file));
	}

	@Test
	void aNewPageThatCannotBeWrittenWholeIsNotLeftHalfWritten() throws IOException {
		Path file = folder.resolve("new.html");
		assertThrows(IOException.class, () -> PackFiles.write(file, "x".repeat(10_000),
				path -> new FullDisk(FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
						100)));
		assertFalse(Files.exists(file));
	}

	@Test
	void aShorterPageWrittenOnAFullDiskReplacesTheOldOne() throws IOException {
		Path file = folder.resolve("page.html");
		Files.writeString(file, "the old, longer page");
		PackFiles.write(file, "short", path -> new FullDisk(FileChannel.open(path, StandardOpenOption.WRITE), 0));
		assertEquals("short", Files.readString(file));
	}

	@Test
	void aPageThatHoldsTheSameBytesIsNotWrittenAgain() throws IOException {
		Path file = folder.resolve("page.html");
		PackFiles.write(file, "same");
		FileTime before = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(file, before);
		PackFiles.write(file, "same");
		assertEquals(before, Files.getLastModifiedTime(file));
		PackFiles.write(file, "diff");
		assertEquals("diff", Files.readString(file));
	}
}
