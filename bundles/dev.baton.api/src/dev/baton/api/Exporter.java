package dev.baton.api;

import java.nio.file.Path;

import org.eclipse.emf.common.util.DiagnosticChain;

import dev.baton.model.Architecture;

/**
 * Writes an architecture somewhere else: a handover pack (HTML, PDF, Markdown, JSON), a Structurizr workspace,
 * Backstage catalog files, ... Registered as a DS service with {@link ServiceProperties#ID},
 * {@link ServiceProperties#LABEL} and {@link ServiceProperties#FILE_EXTENSION}. The UI handler, the command line and
 * the tests call the same implementation; it never opens a dialog.
 */
@FunctionalInterface
public interface Exporter {

	/**
	 * Exports the architecture to the target (a file or a folder, as the exporter documents).
	 *
	 * @param findings receives what the user should know (e.g. a redacted secret, a missing file)
	 */
	void export(Architecture architecture, Path target, RunContext context, DiagnosticChain findings);

	/**
	 * Exports an architecture as it was read: what the front ends call. By default the model alone is exported; an
	 * exporter that needs the folder (to point at files beside the records) or the records' locations overrides this,
	 * taking them from {@code loaded} rather than from options.
	 *
	 * @param target   a file or a folder, as the exporter documents
	 * @param findings receives what the user should know
	 */
	default void export(LoadedArchitecture loaded, Path target, RunContext context, DiagnosticChain findings) {
		export(loaded.architecture(), target, context, findings);
	}
}
