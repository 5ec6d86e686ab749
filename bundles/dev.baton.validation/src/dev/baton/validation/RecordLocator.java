package dev.baton.validation;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.baton.api.LoadedArchitecture;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.Record;

/**
 * Where a record's front matter key is written (file and line), for findings, attached to the model as an adapter.
 *
 * @deprecated pass a {@link LoadedArchitecture} (the model, its folder and where each key was written) to
 *             {@link Readiness#assess(LoadedArchitecture, java.util.List, RunContext)} instead; rules get it in
 *             {@code ReadinessRule.check(LoadedArchitecture, ...)}. Kept only for the Workbench's readiness markers
 *             until they pass the loaded folder.
 */
@Deprecated
@FunctionalInterface
public interface RecordLocator {

	/**
	 * The location of the key in the record's file, or of the file when the key is {@code null} or not written there;
	 * empty when the record has no file.
	 */
	Optional<SourceLocation> locate(Record record, String key);

	/** Attaches the locator to the architecture, replacing one attached before. */
	static void attach(Architecture architecture, RecordLocator locator) {
		architecture.eAdapters().removeIf(adapter -> adapter instanceof Attached);
		architecture.eAdapters().add(new Attached(locator));
	}

	/** The locator attached to the architecture, else one that names the record's file only. */
	static RecordLocator of(Architecture architecture) {
		Adapter adapter = architecture == null ? null
				: EcoreUtil.getExistingAdapter(architecture, RecordLocator.class);
		return adapter instanceof Attached attached ? attached.locator : RecordLocator::fileOnly;
	}

	/**
	 * The architecture as a model alone was checked before rules took a {@link LoadedArchitecture}: located by the
	 * locator attached to it (else by each record's file, without a line), in the folder of the context's
	 * {@link ReadinessOptions#ROOT} option (else none).
	 */
	static LoadedArchitecture loaded(Architecture architecture, RunContext context) {
		String root = context.option(ReadinessOptions.ROOT, null);
		return LoadedArchitecture.of(architecture, root == null ? null : Path.of(root), of(architecture)::locate);
	}

	/** The record's file from its {@code sourcePath}, without a line. */
	static Optional<SourceLocation> fileOnly(Record record, String key) {
		return record.getSourcePath() == null ? Optional.empty()
				: Optional.of(SourceLocation.of(Path.of(record.getSourcePath())));
	}

	/** The adapter that carries a locator on an architecture. */
	final class Attached extends AdapterImpl {

		private final RecordLocator locator;

		Attached(RecordLocator locator) {
			this.locator = locator;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == RecordLocator.class;
		}
	}
}
