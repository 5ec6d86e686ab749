package dev.baton.api;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * Findings are EMF {@link Diagnostic}s: severity, a source (the bundle or rule that found it),
 * a code, a message that says what is wrong and what to do, and data whose first element
 * is a {@link SourceLocation} when the finding is about a place in a file, followed by the
 * model objects it is about.
 */
public final class Findings {

	private Findings() {
	}

	/** A finding located in a file. */
	public static Diagnostic at(int severity, String source, int code, SourceLocation location, String message,
			Object... about) {
		Object[] data = new Object[about.length + 1];
		data[0] = location;
		System.arraycopy(about, 0, data, 1, about.length);
		return new BasicDiagnostic(severity, source, code, message, data);
	}

	public static Diagnostic error(String source, int code, SourceLocation location, String message,
			Object... about) {
		return at(Diagnostic.ERROR, source, code, location, message, about);
	}

	public static Diagnostic warning(String source, int code, SourceLocation location, String message,
			Object... about) {
		return at(Diagnostic.WARNING, source, code, location, message, about);
	}

	public static Diagnostic info(String source, int code, SourceLocation location, String message,
			Object... about) {
		return at(Diagnostic.INFO, source, code, location, message, about);
	}

	/** A fresh root to collect findings under. */
	public static BasicDiagnostic root(String source, String message) {
		return new BasicDiagnostic(Diagnostic.OK, source, 0, message, null);
	}

	/** All leaf findings below (and including) the given one, depth first. */
	public static List<Diagnostic> leaves(Diagnostic diagnostic) {
		List<Diagnostic> leaves = new ArrayList<>();
		collect(diagnostic, leaves);
		return leaves;
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> leaves) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				leaves.add(diagnostic);
			}
		} else {
			diagnostic.getChildren().forEach(child -> collect(child, leaves));
		}
	}

	/** Adds the finding to the chain when there is one (a {@code null} chain means "don't collect"). */
	public static void add(DiagnosticChain chain, Diagnostic finding) {
		if (chain != null) {
			chain.add(finding);
		}
	}

	/**
	 * One line per finding, as the command line prints it: {@code file:line: error: message}.
	 */
	public static String format(Diagnostic finding) {
		SourceLocation location = SourceLocation.of(finding);
		String severity = switch (finding.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> "error";
		case Diagnostic.WARNING -> "warning";
		default -> "info";
		};
		return (location == null ? "" : location + ": ") + severity + ": " + finding.getMessage();
	}
}
