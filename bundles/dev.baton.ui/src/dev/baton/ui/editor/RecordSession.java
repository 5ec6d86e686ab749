package dev.baton.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import dev.baton.api.Findings;
import dev.baton.api.SourceLocation;
import dev.baton.model.Record;
import dev.baton.model.provider.BatonItemProviderAdapterFactory;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderChange;
import dev.baton.store.FolderListener;
import dev.baton.store.Kinds;
import dev.baton.store.LoadedFolder;
import dev.baton.store.RecordText;
import dev.baton.store.StoreFindings;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.Messages;
import dev.baton.ui.WorkbenchFolders;

/**
 * One record file open for editing: its record in the architecture folder the whole workbench shares
 * ({@link WorkbenchFolders}), and an EMF editing domain whose command stack holds every edit of this editor (so each is
 * undoable). Edits change the shared model; saving writes this record's file only, through the store (which patches
 * only what changed and writes atomically), and tells every view. When the file is read again (a change on disk), the
 * session takes the new record and the editor follows ({@link #onReplaced}); while the editor is dirty the shared
 * folder holds such changes back until the editor has asked.
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
	private final WorkbenchFolders shared;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain domain;
	private final FolderListener listener = this::folderChanged;
	private LoadedFolder loaded;
	private Record record;
	/** The file's text as last read or written by this session; anything else on disk is someone else's change. */
	private String diskText;
	private Runnable replaced = () -> {
	};

	private RecordSession(Path file, WorkbenchFolders shared) {
		this.file = file.toAbsolutePath().normalize();
		this.shared = shared;
		adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new BatonItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
	}

	/**
	 * Connects to the file's shared architecture folder (loading it when no part has it yet) and finds the record the
	 * file holds. Match with {@link #dispose()}.
	 */
	public static RecordSession open(Path file, WorkbenchFolders shared) throws NotARecord {
		RecordSession session = new RecordSession(file, shared);
		session.connect();
		return session;
	}

	private void connect() throws NotARecord {
		Path root = ArchitectureFolders.rootOf(file).orElseThrow(() -> new NotARecord(
				Messages.bind(Messages.RecordSession_noFolder, file)));
		LoadedFolder folder = shared.connect(root, new NullProgressMonitor());
		Record found = find(folder.folder());
		if (found == null) {
			List<String> problems = Findings.leaves(folder.findings()).stream()
					.filter(d -> file.equals(fileOf(d))).map(Findings::format).toList();
			shared.disconnect(root);
			throw new NotARecord(problems.isEmpty() ? Messages.bind(Messages.RecordSession_notLoaded, file)
					: Messages.bind(Messages.RecordSession_notLoadedBecause, file, String.join("\n", problems)));
		}
		loaded = folder;
		record = found;
		diskText = readDisk();
		folder.addListener(listener);
	}

	private Record find(ArchitectureFolder folder) {
		return Kinds.records(folder.architecture()).stream()
				.filter(r -> folder.fileOf(r).map(f -> f.toAbsolutePath().normalize().equals(file)).orElse(false))
				.findFirst().orElse(null);
	}

	private static Path fileOf(Diagnostic finding) {
		SourceLocation location = SourceLocation.of(finding);
		return location == null || location.file() == null ? null : location.file().toAbsolutePath().normalize();
	}

	/** Called on the UI thread after the record was read again from the file (or went): the editor shows it. */
	public void onReplaced(Runnable action) {
		replaced = action;
	}

	/**
	 * The shared folder changed: when this file was read again, the session edits the record it holds now (the edits on
	 * the stack were of the old one: they are dropped).
	 */
	private void folderChanged(LoadedFolder folder, FolderChange change) {
		Record now = record;
		if (change.reloaded()) {
			now = find(folder.folder());
		}
		for (FolderChange.Replaced replacement : change.changed()) {
			if (replacement.before() == record) {
				now = replacement.after();
			}
		}
		for (FolderChange.Replaced replacement : change.renamed()) {
			if (replacement.before() == record) {
				now = replacement.after();
			}
		}
		if (now == record || now == null) {
			return;
		}
		record = now;
		diskText = readDisk();
		domain.getCommandStack().flush();
		replaced.run();
	}

	/**
	 * Drops this editor's edits (each undone in the shared model) and reads the file again when it changed on disk: the
	 * record is then the one the file holds now.
	 */
	public void reload() throws NotARecord {
		revert();
		shared.release(file);
		loaded.filesChanged(List.of(file));
		domain.getCommandStack().flush();
		diskText = readDisk();
		if (find(loaded.folder()) == null) {
			throw new NotARecord(Messages.bind(Messages.RecordSession_notLoaded, file));
		}
	}

	/** Undoes this editor's edits in the shared model, and tells the views when there were any. */
	private void revert() {
		BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
		boolean undone = false;
		while (stack.isSaveNeeded() && stack.canUndo()) {
			stack.undo();
			undone = true;
		}
		if (undone) {
			loaded.changedInModel(List.of(record), List.of(file));
		}
	}

	/**
	 * Saves this record's file through the shared folder: only it is written (patched, atomically); every view is told.
	 * Right before writing, the file on disk is compared with what this session read or last wrote: when someone else
	 * changed it since (an editor, {@code git pull}, a branch switch), nothing is written unless {@code overwrite} says
	 * so.
	 *
	 * @param overwrite asked only when the file changed on disk: true replaces that change
	 * @return what could not be written; OK when all went well (the command stack is then saved);
	 *         {@link Diagnostic#CANCEL_INSTANCE} when the file changed on disk and is kept
	 */
	public Diagnostic save(BooleanSupplier overwrite) {
		boolean replace = changedOnDisk();
		if (replace && !overwrite.getAsBoolean()) {
			return Diagnostic.CANCEL_INSTANCE;
		}
		if (domain.getCommandStack().getUndoCommand() instanceof SourceEdit edit
				&& !edit.text().equals(folder().textOf(record).orElse(null))) {
			return saveAsTyped(edit.text());
		}
		Diagnostic result = loaded.save(List.of(record), replace);
		if (result.getSeverity() < Diagnostic.ERROR) {
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			diskText = readDisk();
		}
		return result;
	}

	/** The text the file will hold after saving: a Source page edit on top of the stack is saved as typed. */
	public String preview() {
		if (domain.getCommandStack().getUndoCommand() instanceof SourceEdit edit) {
			return edit.text();
		}
		return folder().textOf(record).orElse(diskText == null ? "" : diskText);
	}

	/**
	 * Writes the text typed on the Source page exactly (temporary file, then rename), then loads the record again from
	 * it: the store would patch only what its model holds, and the text may hold more (comments, spacing, key order).
	 * The undo history starts again after such a save.
	 */
	private Diagnostic saveAsTyped(String text) {
		Path temporary = file.resolveSibling("." + file.getFileName() + ".baton-save");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException ignored) {
				// the temporary file is named after the record; the next save replaces it
			}
			return Findings.error(StoreFindings.SOURCE, StoreFindings.WRITE_FAILED, SourceLocation.of(file),
					"cannot write the file (" + e.getMessage() + "): it is as it was; check the folder's permissions");
		}
		// the shared folder reads the file as written: the record is replaced, the views and this session follow
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		diskText = text;
		loaded.filesChanged(List.of(file));
		domain.getCommandStack().flush();
		if (find(loaded.folder()) == null) {
			return Findings.error(StoreFindings.SOURCE, StoreFindings.BAD_VALUE, SourceLocation.of(file),
					Messages.bind(Messages.RecordSession_notLoaded, file));
		}
		return Diagnostic.OK_INSTANCE;
	}

	/** What the store made of a text typed on the Source page. */
	public record Parsed(Record record, List<String> errors, List<String> warnings, int line,
			RecordText.Reading reading) {

		public boolean ok() {
			return record != null && errors.isEmpty();
		}
	}

	/**
	 * Reads {@code text} as this record's file through the store's parser, against the loaded folder (ids resolve to
	 * its records), without touching any file. Findings name this file (relative to the architecture folder) and the
	 * line.
	 */
	public Parsed parse(String text) {
		RecordText.Reading reading = RecordText.read(folder(), record, text);
		List<String> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		int line = 0;
		for (Diagnostic finding : Findings.leaves(reading.findings())) {
			SourceLocation location = SourceLocation.of(finding);
			if (finding.getSeverity() < Diagnostic.WARNING) {
				continue;
			}
			int at = location == null ? 0 : location.line();
			String message = relativeName() + (at > 0 ? ":" + at : "") + ": " + finding.getMessage();
			if (finding.getSeverity() >= Diagnostic.ERROR) {
				errors.add(message);
				line = line == 0 ? at : line;
			} else {
				warnings.add(message);
			}
		}
		if (reading.record() == null && errors.isEmpty()) {
			errors.add(Messages.bind(Messages.RecordSession_notLoaded, relativeName()));
		}
		return new Parsed(reading.record(), errors, warnings, line, reading);
	}

	/**
	 * One edit of the Source page as a command: the record's features set to what the typed text holds (each a
	 * {@link SetCommand}, so undo restores the form's values), and the text itself, which the Source page shows and a
	 * save writes while this is the last command.
	 */
	public static final class SourceEdit extends CompoundCommand {

		private final String text;
		private final ArchitectureFolder folder;
		private final Record record;
		private final RecordText.Reading reading;
		private RecordText.Replacement replacement;

		SourceEdit(String text, ArchitectureFolder folder, Record record, RecordText.Reading reading) {
			super(Messages.Editor_sourceEdit);
			this.text = text;
			this.folder = folder;
			this.record = record;
			this.reading = reading;
		}

		/** The values first, then the text: the record's text is the typed one, for later edits to patch. */
		@Override
		public void execute() {
			super.execute();
			replacement = RecordText.replace(folder, record, reading);
		}

		@Override
		public void undo() {
			super.undo();
			replacement.undo();
		}

		@Override
		public void redo() {
			super.redo();
			replacement.redo();
		}

		public String text() {
			return text;
		}

		@Override
		public boolean canExecute() {
			return commandList.isEmpty() || super.canExecute();
		}

		@Override
		public boolean canUndo() {
			return true;
		}
	}

	/** Applies what the Source page's text was read as: one undoable step. */
	public void applySource(Parsed parsed, String text) {
		ArchitectureFolder folder = folder();
		SourceEdit edit = new SourceEdit(text, folder, record, parsed.reading());
		Record from = parsed.record();
		Map<String, EObject> byKey = new HashMap<>();
		Kinds.records(folder.architecture()).forEach(r -> byKey.put(r.eClass().getName() + ":" + r.getId(), r));
		for (EStructuralFeature feature : record.eClass().getEAllStructuralFeatures()) {
			if (!feature.isChangeable() || feature.isDerived() || feature.isTransient()
					|| feature instanceof EReference reference && reference.isContainer()) {
				continue;
			}
			Object now = record.eGet(feature);
			Object then;
			if (feature instanceof EReference reference && reference.isContainment()) {
				then = copyOf(from.eGet(feature), reference, byKey);
				if (reference.isMany() ? EcoreUtil.equals(asObjects(now), asObjects(then))
						: EcoreUtil.equals((EObject) now, (EObject) then)) {
					continue;
				}
			} else if (feature instanceof EReference) {
				then = mapped(from.eGet(feature), byKey);
				if (Objects.equals(now, then)) {
					continue;
				}
			} else {
				then = from.eGet(feature);
				if (Objects.equals(now, then) && record.eIsSet(feature) == from.eIsSet(feature)) {
					continue;
				}
			}
			edit.append(SetCommand.create(domain, record, feature,
					!from.eIsSet(feature) && !feature.isMany() ? SetCommand.UNSET_VALUE : then));
		}
		domain.getCommandStack().execute(edit);
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> asObjects(Object value) {
		return (List<EObject>) value;
	}

	/** The value with records of the parsed copy replaced by this folder's records of the same kind and id. */
	private static Object mapped(Object value, Map<String, EObject> byKey) {
		if (value instanceof List<?> list) {
			return list.stream().map(v -> mapped(v, byKey)).toList();
		}
		if (value instanceof Record other) {
			return byKey.getOrDefault(other.eClass().getName() + ":" + other.getId(), other);
		}
		return value;
	}

	private static Object copyOf(Object value, EReference reference, Map<String, EObject> byKey) {
		if (value == null) {
			return null;
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Object copy = reference.isMany() ? new ArrayList<>(copier.copyAll((List<EObject>) value))
				: copier.copy((EObject) value);
		copier.copyReferences();
		for (EObject copied : copier.values()) {
			for (EReference inner : copied.eClass().getEAllReferences()) {
				if (inner.isContainment() || inner.isContainer() || !inner.isChangeable() || inner.isDerived()) {
					continue;
				}
				Object target = copied.eGet(inner);
				Object local = mapped(target, byKey);
				if (local != target && !Objects.equals(local, target)) {
					copied.eSet(inner, local);
				}
			}
		}
		return copy;
	}

	/** Whether someone else changed the file on disk since it was loaded or saved here. */
	public boolean changedOnDisk() {
		String now = readDisk();
		return now != null && !now.equals(diskText);
	}

	/** The file's text on disk now, or {@code null} when it cannot be read. */
	public String diskText() {
		return readDisk();
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

	/** The shared folder's model and store (replaced as a whole when {@code baton.yaml} changes). */
	public ArchitectureFolder folder() {
		return loaded.folder();
	}

	/** The shared folder this session edits. */
	public LoadedFolder loaded() {
		return loaded;
	}

	/**
	 * Keeps changes of the file on disk out of the shared model while the editor has unsaved edits ({@code true}), or
	 * lets them in ({@code false}).
	 */
	public void hold(boolean dirty) {
		if (dirty) {
			shared.hold(file);
		} else {
			shared.release(file);
		}
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** The file's path relative to its architecture folder, for messages. */
	public String relativeName() {
		return loaded.root().relativize(file).toString().replace('\\', '/');
	}

	/**
	 * Undoes unsaved edits in the shared model (the file keeps what was saved), lets changes of the file in again, and
	 * disconnects from the shared folder; releases the adapters of the item providers.
	 */
	public void dispose() {
		if (loaded != null) {
			loaded.removeListener(listener);
			revert();
			shared.release(file);
			shared.disconnect(loaded.root());
			loaded = null;
		}
		adapterFactory.dispose();
	}

	/** The location of a key of the record in its file, for markers and messages. */
	public Optional<SourceLocation> locationOf(String key) {
		return folder().locationOf(record, key);
	}
}
