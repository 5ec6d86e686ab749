package dev.baton.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;

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
