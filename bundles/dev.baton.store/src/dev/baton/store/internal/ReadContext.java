package dev.baton.store.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.baton.api.Findings;
import dev.baton.api.SourceLocation;

/**
 * What reading the files of a folder collects: findings, and references that are resolved once every file has been
 * read.
 */
public final class ReadContext {

	/** Source of the store's findings. */
	public static final String SOURCE = "dev.baton.store";

	/**
	 * A reference as written, to resolve later.
	 *
	 * @param holder   the object whose feature refers (a record, or a nested object such as a link)
	 * @param feature  the reference
	 * @param token    as written
	 * @param document the file
	 * @param line     its 1-based line
	 */
	public record PendingReference(EObject holder, EReference feature, String token, Document document, int line) {
	}

	private final BasicDiagnostic findings;
	private final List<PendingReference> references = new ArrayList<>();

	public ReadContext(BasicDiagnostic findings) {
		this.findings = findings;
	}

	public BasicDiagnostic findings() {
		return findings;
	}

	public List<PendingReference> references() {
		return references;
	}

	public void refer(EObject holder, EReference feature, String token, Document document, int line) {
		references.add(new PendingReference(holder, feature, token.strip(), document, line));
	}

	public void error(Document document, int line, int code, String message) {
		findings.add(Findings.error(SOURCE, code, SourceLocation.of(document.file(), line), message));
	}

	public void warning(Document document, int line, int code, String message) {
		findings.add(Findings.warning(SOURCE, code, SourceLocation.of(document.file(), line), message));
	}
}
