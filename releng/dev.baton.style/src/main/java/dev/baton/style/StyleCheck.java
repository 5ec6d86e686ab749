package dev.baton.style;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the style checks find in the repository, one {@code file:line: what} line per offence. */
final class StyleCheck {

	private final Path root;
	private final List<Path> files;
	private final QualifiedNames names;

	StyleCheck(Path root) {
		this.root = root;
		this.files = JavaSources.handWritten(root);
		this.names = new QualifiedNames(Packages.of(JavaSources.all(root)));
	}

	List<Path> files() {
		return files;
	}

	QualifiedNames names() {
		return names;
	}

	/** Every line of hand-written Java wider than 120 columns (a tab counting to the next multiple of 4). */
	List<String> longLines() {
		List<String> offences = new ArrayList<>();
		for (Path file : files) {
			List<String> lines = read(file).lines().toList();
			for (int i = 0; i < lines.size(); i++) {
				int width = Columns.width(lines.get(i));
				if (width > Columns.LIMIT) {
					offences.add(JavaSources.relative(root, file) + ":" + (i + 1) + ": " + width + " columns");
				}
			}
		}
		return offences;
	}

	/**
	 * Every package-qualified type name that an import would shorten; with {@code all}, the clashes (which stay
	 * qualified) too.
	 */
	List<String> qualifiedNames(boolean all) {
		List<String> offences = new ArrayList<>();
		for (Path file : files) {
			for (QualifiedNames.Occurrence occurrence : names.find(read(file))) {
				if (all || occurrence.importable()) {
					offences.add(JavaSources.relative(root, file) + ":" + occurrence.line() + ": "
							+ occurrence.qualifiedName() + (occurrence.importable() ? "" : " (clash, stays)"));
				}
			}
		}
		return offences;
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
