package dev.baton.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;

import dev.baton.model.Record;

/**
 * One architecture folder loaded once and shared by everyone who works on it (the editors and views of a workbench),
 * got from {@link LoadedFolders#connect}. When files of the folder change on disk, {@link #filesChanged} reads only
 * those files again and tells the listeners what changed; a changed {@code baton.yaml} loads the whole folder again.
 *
 * <p>
 * The model is not thread-safe: change it, save it and apply file changes while holding {@link #lock()} (listeners are
 * called with it held).
 */
public final class LoadedFolder {

	private final Path root;
	private final Map<String, DecisionFormat> formats;
	private final List<FolderListener> listeners = new CopyOnWriteArrayList<>();
	private final Object lock = new Object();
	private volatile ArchitectureFolder folder;
	private FolderLayout layout;
	private FolderFindings findings;

	private LoadedFolder(Path root, Map<String, DecisionFormat> formats) {
		this.root = root;
		this.formats = Map.copyOf(formats);
	}

	/** Loads the folder at {@code root} (absolute, normalised) to share it. */
	static LoadedFolder load(Path root, Monitor monitor, Map<String, DecisionFormat> formats) {
		LoadedFolder loaded = new LoadedFolder(root, formats);
		loaded.loadAll(monitor);
		return loaded;
	}

	private void loadAll(Monitor monitor) {
		ArchitectureFolder loaded = ArchitectureFolder.load(root,
				LoadOptions.defaults().withMonitor(monitor).withFormats(formats));
		Path batonYaml = root.resolve("baton.yaml");
		String text;
		try {
			text = Files.isRegularFile(batonYaml) ? Files.readString(batonYaml, StandardCharsets.UTF_8) : null;
		} catch (IOException e) {
			text = null; // the load reported it
		}
		layout = FolderLayout.of(text, batonYaml, new BasicDiagnostic());
		findings = new FolderFindings(loaded.findings());
		folder = loaded;
	}

	/** The folder's root, where {@code baton.yaml} is. */
	public Path root() {
		return root;
	}

	/** The loaded folder: its model, and saving it. A changed {@code baton.yaml} replaces it. */
	public ArchitectureFolder folder() {
		return folder;
	}

	/** Hold it to change the model, save it or read it consistently from another thread. */
	public Object lock() {
		return lock;
	}

	/** What loading found, brought up to date file by file as files are read again. */
	public Diagnostic findings() {
		synchronized (lock) {
			return findings.all();
		}
	}

	public void addListener(FolderListener listener) {
		listeners.add(listener);
	}

	public void removeListener(FolderListener listener) {
		listeners.remove(listener);
	}

	/**
	 * Writes these records' files only ({@link ArchitectureFolder#save(String, boolean, Collection)}) and tells the
	 * listeners that they changed (or were added, for records that had no file), so that every view shows what was
	 * saved without reading any file. Other records' changes in the model (another editor's unsaved edits) are not
	 * written.
	 *
	 * @param overwrite {@code true}: replace a file that another program changed since it was read
	 * @return what could not be written; OK when all went well
	 */
	public Diagnostic save(Collection<? extends Record> records, boolean overwrite) {
		synchronized (lock) {
			ArchitectureFolder saved = folder;
			List<Record> fresh = records.stream().filter(record -> saved.fileOf(record).isEmpty())
					.map(Record.class::cast).toList();
			List<Path> files = new ArrayList<>(records.stream().flatMap(record -> saved.fileOf(record).stream())
					.toList());
			Diagnostic result = saved.save("save", overwrite, records);
			if (result.getSeverity() < Diagnostic.ERROR) {
				fresh.forEach(record -> saved.fileOf(record).ifPresent(files::add));
				List<Record> changed = records.stream().filter(record -> !fresh.contains(record))
						.map(Record.class::cast).toList();
				tell(fresh, changed, files);
			}
			return result;
		}
	}

	/**
	 * Tells the listeners that these records changed in the model (an edit undone, a record saved), as a change of
	 * records read again in place: each {@link FolderChange.Replaced} has the same record before and after.
	 *
	 * @param files the records' files, for listeners that follow files
	 */
	public void changedInModel(Collection<? extends Record> records, Collection<Path> files) {
		synchronized (lock) {
			tell(List.of(), List.copyOf(records), files);
		}
	}

	/** Tells the listeners of records added to the model and of records changed in place. */
	private void tell(List<? extends Record> added, List<? extends Record> changed, Collection<Path> files) {
		List<FolderChange.Replaced> replaced = changed.stream()
				.map(record -> new FolderChange.Replaced(record, record)).toList();
		FolderChange change = new FolderChange(List.copyOf(added), List.of(), replaced, List.of(), List.of(),
				List.copyOf(files), false);
		if (!change.isEmpty()) {
			listeners.forEach(listener -> listener.folderChanged(this, change));
		}
	}

	/**
	 * Reads files of the folder again that were changed, created or deleted on disk, and tells the listeners what
	 * changed in the model. Only these files are read; files that hold no record (outside the folder, not a record
	 * file) are ignored; a file that holds what was read from it (the folder's own save) changes nothing.
	 *
	 * @param files absolute paths
	 * @return what changed, also given to the listeners when something did
	 */
	public FolderChange filesChanged(Collection<Path> files) {
		synchronized (lock) {
			List<Path> absolute = files.stream().map(file -> file.toAbsolutePath().normalize()).toList();
			FolderChange change;
			if (absolute.contains(root.resolve("baton.yaml"))) {
				loadAll(new BasicMonitor());
				change = FolderChange.everything(absolute);
			} else {
				change = new FileReload(folder, layout, formats, ArchitectureFolder.DEFAULT_MAX_FILE_BYTES, findings)
						.apply(absolute);
			}
			if (!change.isEmpty()) {
				listeners.forEach(listener -> listener.folderChanged(this, change));
			}
			return change;
		}
	}
}
