package dev.baton.store;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;

/**
 * How {@link ArchitectureFolder#load(java.nio.file.Path, LoadOptions)} loads a folder, one documented option each (as
 * EMF's {@code Resource.load} takes its options): start from {@link #defaults()} and change what differs.
 *
 * <pre>
 * ArchitectureFolder.load(root, LoadOptions.defaults().withFormats(Dialects.formats()).withMonitor(progress));
 * </pre>
 *
 * @param monitor      progress, one unit per record file; cancelling it stops reading (what was read stays, and a
 *                     finding says the load was cancelled). Default: a new monitor nobody cancels.
 * @param maxFileBytes record files larger than this are reported and skipped. Default:
 *                     {@link ArchitectureFolder#DEFAULT_MAX_FILE_BYTES} (10 MB).
 * @param formats      the formats of decision sets kept in another dialect ({@code dialect:} in {@code baton.yaml}), by
 *                     {@link DecisionFormat#id()}; a set whose dialect is neither {@code madr} nor one of these is
 *                     reported and not loaded. Default: none.
 * @param kinds        load only the records of these kinds ({@code decision}, {@code component}, ...); references to
 *                     records of other kinds stay unresolved and are not reported, and saving writes only the records
 *                     loaded. {@code null} (the default): every kind.
 */
public record LoadOptions(Monitor monitor, long maxFileBytes, Map<String, DecisionFormat> formats, Set<String> kinds) {

	public LoadOptions {
		Objects.requireNonNull(monitor, "monitor");
		if (maxFileBytes <= 0) {
			throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
		}
		formats = Map.copyOf(formats);
		kinds = kinds == null ? null : Set.copyOf(kinds);
	}

	/** Every kind, Baton's own dialect only, files up to 10 MB, a monitor of its own. */
	public static LoadOptions defaults() {
		return new LoadOptions(new BasicMonitor(), ArchitectureFolder.DEFAULT_MAX_FILE_BYTES, Map.of(), null);
	}

	/** These options with another {@link #monitor()}. */
	public LoadOptions withMonitor(Monitor value) {
		return new LoadOptions(value, maxFileBytes, formats, kinds);
	}

	/** These options with another {@link #maxFileBytes()}. */
	public LoadOptions withMaxFileBytes(long value) {
		return new LoadOptions(monitor, value, formats, kinds);
	}

	/** These options with other {@link #formats()}. */
	public LoadOptions withFormats(Map<String, DecisionFormat> value) {
		return new LoadOptions(monitor, maxFileBytes, value, kinds);
	}

	/** These options with other {@link #kinds()} ({@code null}: every kind). */
	public LoadOptions withKinds(Set<String> value) {
		return new LoadOptions(monitor, maxFileBytes, formats, value);
	}
}
