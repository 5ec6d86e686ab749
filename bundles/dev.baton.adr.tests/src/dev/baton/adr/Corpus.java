package dev.baton.adr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import dev.baton.api.RunContext;

/** The shared corpus of real ADR collections ({@code ../shared/corpus}), and copies of its sets to change. */
final class Corpus {

	static final RunContext CONTEXT = RunContext.asOf(LocalDate.of(2026, 11, 28));

	private Corpus() {
	}

	static Path set(String name) {
		Path path = Path.of(System.getProperty("baton.shared", "../../../shared"), "corpus", name).toAbsolutePath()
				.normalize();
		if (!Files.isDirectory(path)) {
			throw new IllegalStateException("the corpus set " + path + " is missing: the tests read ../shared/corpus "
					+ "beside the checkout (or -Dbaton.shared=<folder>)");
		}
		return path;
	}

	/** Copies a corpus set into the folder (tests change copies, never the corpus). */
	static Path copy(String name, Path target) throws IOException {
		Path source = set(name);
		Files.walkFileTree(source, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(target.resolve(source.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Path copy = target.resolve(source.relativize(file).toString());
				Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
				// the corpus is read-only, and Baton does not overwrite read-only files: a copy is one to edit
				copy.toFile().setWritable(true, true);
				return FileVisitResult.CONTINUE;
			}
		});
		return target;
	}

	/** Every file below a folder with its bytes, by relative path. */
	static Map<String, byte[]> snapshot(Path root) {
		Map<String, byte[]> files = new TreeMap<>();
		try (var walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).forEach(f -> {
				try {
					files.put(root.relativize(f).toString(), Files.readAllBytes(f));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}
}
