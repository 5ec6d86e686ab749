package dev.baton.api;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * Where a finding is: a file and, where known, a line and column (1-based; 0 when unknown). Attached as the first data
 * element of a finding's {@link Diagnostic}.
 *
 * @param file   the file, as the user would type it (relative to the folder they gave, where possible)
 * @param line   1-based line, or 0
 * @param column 1-based column, or 0
 */
public record SourceLocation(Path file, int line, int column) {

	public SourceLocation {
		Objects.requireNonNull(file, "file");
	}

	public static SourceLocation of(Path file) {
		return new SourceLocation(file, 0, 0);
	}

	public static SourceLocation of(Path file, int line) {
		return new SourceLocation(file, line, 0);
	}

	/** {@code file:line:column}, leaving out what is unknown. */
	@Override
	public String toString() {
		String text = file.toString().replace('\\', '/');
		if (line > 0) {
			text += ":" + line;
			if (column > 0) {
				text += ":" + column;
			}
		}
		return text;
	}

	/** The location of a finding, if it has one. */
	public static SourceLocation of(Diagnostic diagnostic) {
		for (Object datum : diagnostic.getData()) {
			if (datum instanceof SourceLocation location) {
				return location;
			}
		}
		return null;
	}
}
