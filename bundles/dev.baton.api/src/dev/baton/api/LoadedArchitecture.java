package dev.baton.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import dev.baton.model.Architecture;
import dev.baton.model.Record;

/**
 * An architecture as it was read, for the work that exports, checks or imports into it: the model, the architecture
 * folder it was read from, and where each record and key was written. Exporters, rules and importers take what they
 * need from here rather than from an option ({@code root}) or by parsing the model's resource URI. Read-only: nothing
 * here saves.
 *
 * <p>
 * The store makes one for a loaded folder; {@link #of(Architecture)} makes one for a model built in memory (or by code
 * that has only the model), with the folder its resource names, if any.
 */
public interface LoadedArchitecture {

	/** The model. */
	Architecture architecture();

	/** The architecture folder (the one holding {@code baton.yaml}); empty for a model not read from one. */
	Optional<Path> root();

	/**
	 * Where a record, or one key of its front matter or one section of its body, was written.
	 *
	 * @param key a front matter key ({@code owner}) or {@code ""} for the record's file
	 * @return the file and line; empty when the record was not read from a file
	 */
	Optional<SourceLocation> locate(Record record, String key);

	/**
	 * A loaded architecture from its parts.
	 *
	 * @param root    the folder, or {@code null}
	 * @param locator where a record and key were written (e.g. the store's {@code locationOf})
	 */
	static LoadedArchitecture of(Architecture architecture, Path root,
			BiFunction<Record, String, Optional<SourceLocation>> locator) {
		Objects.requireNonNull(architecture, "architecture");
		Objects.requireNonNull(locator, "locator");
		Optional<Path> folder = Optional.ofNullable(root);
		return new LoadedArchitecture() {

			@Override
			public Architecture architecture() {
				return architecture;
			}

			@Override
			public Optional<Path> root() {
				return folder;
			}

			@Override
			public Optional<SourceLocation> locate(Record record, String key) {
				return locator.apply(record, key == null ? "" : key);
			}
		};
	}

	/**
	 * A model alone: its folder is the one of the {@code baton.yaml} its resource names, when that is a file; a record
	 * is located at its source path in that folder, without a line.
	 */
	static LoadedArchitecture of(Architecture architecture) {
		Path root = architecture.eResource() != null && architecture.eResource().getURI() != null
				&& architecture.eResource().getURI().isFile()
						? Path.of(architecture.eResource().getURI().toFileString()).getParent()
						: null;
		return of(architecture, root, (record, key) -> Optional.ofNullable(record.getSourcePath())
				.map(path -> SourceLocation.of(root == null ? Path.of(path) : root.resolve(path))));
	}
}
