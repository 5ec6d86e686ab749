package dev.baton.style;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java files of the repository: the hand-written ones (the style applies to them) and all of them (to know which
 * types each package declares, generated code included).
 */
final class JavaSources {

	private JavaSources() {
	}

	/**
	 * Every hand-written Java file: under a bundle's or a releng module's {@code src/}, and {@code releng/notice};
	 * never {@code src-gen/} (the build generates it from the model) nor build output.
	 */
	static List<Path> handWritten(Path root) {
		return all(root).stream().filter(file -> {
			String path = relative(root, file);
			return !path.contains("/src-gen/")
					&& (path.matches("bundles/[^/]+/src/.*") || path.matches("releng/[^/]+/src/.*")
							|| path.matches("releng/notice/[^/]+\\.java"));
		}).toList();
	}

	/** Every Java file under {@code bundles/} and {@code releng/} but build output, sorted. */
	static List<Path> all(Path root) {
		List<Path> files = new ArrayList<>();
		for (String top : List.of("bundles", "releng")) {
			Path dir = root.resolve(top);
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.filter(file -> file.getFileName().toString().endsWith(".java"))
						.filter(file -> !relative(root, file).matches(".*/(target|bin)/.*"))
						.forEach(files::add);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		files.sort(null);
		return files;
	}

	/** The path of a file relative to the repository, with {@code /}: what the checks print. */
	static String relative(Path root, Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}
}
