package dev.baton.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written over their old bytes hold exactly the new text, longer or shorter than before. */
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
}
