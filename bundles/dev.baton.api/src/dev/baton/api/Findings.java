package dev.baton.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * Findings are EMF {@link Diagnostic}s: severity, a source (the bundle or rule that found it), a code, a message that
 * says what is wrong and what to do, and data whose first element is a {@link SourceLocation} when the finding is about
 * a place in a file, followed by the model objects it is about.
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
		return (location == null ? "" : where(location.toString()) + ": ") + severity + ": "
				+ oneLine(finding.getMessage());
	}

	/**
	 * Text as it may appear within one line of a terminal or a CI log: line breaks, escape sequences and other control
	 * characters, and the invisible characters that reorder text, are written as {@code \n}, {@code \r}, {@code \t}, or
	 * a backslash, {@code u} and four hex digits. A file name or title can then neither start a line of its own (a
	 * forged {@code file:line: error}) nor recolour or rewrite the screen.
	 */
	public static String oneLine(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String escaped = c == '\n' ? "\\n"
					: c == '\r' ? "\\r"
							: c == '\t' ? "\\t"
									: isControl(c) ? String.format(Locale.ROOT, "\\u%04X", (int) c) : null;
			if (escaped != null && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (out != null) {
				out.append(escaped != null ? escaped : String.valueOf(c));
			}
		}
		return out == null ? text : out.toString();
	}

	private static boolean isControl(char c) {
		return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\u200e' || c == '\u200f'
				|| (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
	}

	/**
	 * Where a finding is, as the start of its line: escaped, and never starting with {@code ::}, which CI systems read
	 * as a workflow command ({@code ::error::}).
	 */
	private static String where(String location) {
		String line = oneLine(location);
		return line.startsWith("::") ? "./" + line : line;
	}
}
