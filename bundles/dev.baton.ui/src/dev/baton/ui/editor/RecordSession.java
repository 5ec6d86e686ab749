package dev.baton.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import dev.baton.api.Findings;
import dev.baton.api.SourceLocation;
import dev.baton.model.Record;
import dev.baton.model.provider.BatonItemProviderAdapterFactory;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.Kinds;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.Messages;

/**
 * One record file open for editing: its architecture folder as loaded by the store, the record,
 * and an EMF editing domain whose command stack holds every edit (so each is undoable). Saving
 * goes through the store, which patches only what changed and writes atomically.
 */
public final class RecordSession {

	/** Thrown when the file cannot be edited as a record; the message names the file and line. */
	public static final class NotARecord extends Exception {
		private static final long serialVersionUID = 1L;

		NotARecord(String message) {
			super(message);
		}
	}

	private final Path file;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain domain;
	private ArchitectureFolder folder;
	private Record record;
	/** The file's text as last read or written by this session; anything else on disk is someone else's change. */
	private String diskText;

	private RecordSession(Path file) {
		this.file = file.toAbsolutePath().normalize();
		adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new BatonItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
	}

	/** Loads the file's architecture folder and finds the record the file holds. */
	public static RecordSession open(Path file) throws NotARecord {
		RecordSession session = new RecordSession(file);
		session.load();
		return session;
	}

	private void load() throws NotARecord {
		Path root = ArchitectureFolders.rootOf(file).orElseThrow(() -> new NotARecord(
				Messages.bind(Messages.RecordSession_noFolder, file)));
		ArchitectureFolder loaded = ArchitectureFolders.load(root);
		Record found = Kinds.records(loaded.architecture()).stream()
				.filter(r -> loaded.fileOf(r).map(f -> f.toAbsolutePath().normalize().equals(file)).orElse(false))
				.findFirst().orElse(null);
		if (found == null) {
			List<String> problems = Findings.leaves(loaded.findings()).stream()
					.filter(d -> file.equals(fileOf(d))).map(Findings::format).toList();
			throw new NotARecord(problems.isEmpty() ? Messages.bind(Messages.RecordSession_notLoaded, file)
					: Messages.bind(Messages.RecordSession_notLoadedBecause, file, String.join("\n", problems)));
		}
		Resource resource = new ResourceImpl(URI.createFileURI(root.resolve(ArchitectureFolders.SETTINGS).toString()));
		domain.getResourceSet().getResources().clear();
		domain.getResourceSet().getResources().add(resource);
		resource.getContents().add(loaded.architecture());
		folder = loaded;
		record = found;
		diskText = readDisk();
	}

	private static Path fileOf(Diagnostic finding) {
		SourceLocation location = SourceLocation.of(finding);
		return location == null || location.file() == null ? null : location.file().toAbsolutePath().normalize();
	}

	/** Loads the file again from disk; the edits on the command stack are dropped. */
	public void reload() throws NotARecord {
		load();
		domain.getCommandStack().flush();
	}

	/**
	 * Saves through the store: only the files whose records changed are written, each patched
	 * and written atomically.
	 *
	 * @return what could not be written; OK when all went well (the command stack is then saved)
	 */
	public Diagnostic save() {
		Diagnostic result = folder.save();
		if (result.getSeverity() < Diagnostic.ERROR) {
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			diskText = readDisk();
		}
		return result;
	}

	/** The text the file will hold after saving. */
	public String preview() {
		return folder.textOf(record).orElse(diskText == null ? "" : diskText);
	}

	/** Whether someone else changed the file on disk since it was loaded or saved here. */
	public boolean changedOnDisk() {
		String now = readDisk();
		return now != null && !now.equals(diskText);
	}

	private String readDisk() {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return null;
		}
	}

	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	public Path file() {
		return file;
	}

	public Record record() {
		return record;
	}

	public ArchitectureFolder folder() {
		return folder;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** The file's path relative to its architecture folder, for messages. */
	public String relativeName() {
		return folder.root().relativize(file).toString().replace('\\', '/');
	}

	/** Releases the adapters of the item providers. */
	public void dispose() {
		adapterFactory.dispose();
	}

	/** The location of a key of the record in its file, for markers and messages. */
	public Optional<SourceLocation> locationOf(String key) {
		return folder.locationOf(record, key);
	}
}
