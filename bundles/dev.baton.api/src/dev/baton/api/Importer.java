package dev.baton.api;

import java.nio.file.Path;

import org.eclipse.emf.common.util.DiagnosticChain;

import dev.baton.model.Architecture;

/**
 * Reads records in another format (an ADR dialect, Backstage catalog files, a Structurizr workspace, ...) into an
 * architecture. Registered as a DS service with {@link ServiceProperties#ID} and {@link ServiceProperties#LABEL}.
 * Nothing is dropped silently: what cannot be read is reported with file, line and reason.
 */
@FunctionalInterface
public interface Importer {

	/**
	 * Adds what the source holds to the target architecture.
	 *
	 * @param source   a file or folder
	 * @param findings one finding per file that was skipped or only partly understood
	 */
	void importInto(Architecture target, Path source, RunContext context, DiagnosticChain findings);

	/**
	 * Adds what the source holds to an architecture as it was read: what the front ends call. By default into the model
	 * alone; an importer that places files relative to the target folder overrides this and takes the folder from
	 * {@code target}.
	 *
	 * @param source   a file or folder
	 * @param findings one finding per file that was skipped or only partly understood
	 */
	default void importInto(LoadedArchitecture target, Path source, RunContext context, DiagnosticChain findings) {
		importInto(target.architecture(), source, context, findings);
	}
}
