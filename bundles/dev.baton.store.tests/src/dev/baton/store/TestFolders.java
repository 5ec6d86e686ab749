package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;

import dev.baton.api.Findings;

/** Small helpers for tests that build architecture folders on disk. */
final class TestFolders {

	private TestFolders() {
	}

	/** The shared corpus of real ADR collections (../shared beside the checkout). */
	static Path corpus() {
		String shared = System.getProperty("baton.shared");
		Path path = shared != null ? Path.of(shared) : Path.of(System.getProperty("baton.root", "."), "..", "shared");
		Path corpus = path.resolve("corpus").toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(corpus), "the shared corpus is missing at " + corpus);
		return corpus;
	}

	/** The repository's root (for examples/ and docs/). */
	static Path repository() {
		return Path.of(System.getProperty("baton.root", "../..")).toAbsolutePath().normalize();
	}

	static Path write(Path folder, String relative, String text) throws IOException {
		Path file = folder.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	/** A folder with a baton.yaml. */
	static Path architecture(Path folder) throws IOException {
		write(folder, FolderLayout.SETTINGS, "name: Test Platform\norganisation: Test Ltd\n");
		return folder;
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/** Every leaf finding, one line each, as the command line prints them. */
	static List<String> lines(Diagnostic diagnostic) {
		return Findings.leaves(diagnostic).stream().map(Findings::format).collect(Collectors.toList());
	}

	static String joined(Diagnostic diagnostic) {
		return String.join("\n", lines(diagnostic));
	}
}
