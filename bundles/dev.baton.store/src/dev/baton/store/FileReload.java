package dev.baton.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.Record;
import dev.baton.store.internal.Document;
import dev.baton.store.internal.ReadContext;
import dev.baton.store.internal.RecordLoader;
import dev.baton.store.internal.References;

/**
 * Applies what changed in some files of a loaded folder to its model, leaving the model a fresh load would give: each
 * changed file is parsed again and its record replaces the one it held (at the same place in its list), a deleted
 * file's record goes, a new file's record is placed in file order; references out of the changed records are resolved
 * against the folder, and references into them (and unresolved ones that a new record now answers) are resolved again.
 * No other file is read.
 */
final class FileReload {

	/** One changed file: what it held before, what it holds now, what reading it found. */
	private static final class Entry {

		final Path file;
		final String relative;
		final Document before;
		Document after;
		final ReadContext context = new ReadContext(new BasicDiagnostic());
		int index = -1;
		List<Record> list;
		/** The decision set of a decision file. */
		DecisionSet set;

		Entry(Path file, String relative, Document before) {
			this.file = file;
			this.relative = relative;
			this.before = before;
		}
	}

	/** A reference into a record whose file changed: who holds it, in which feature. */
	private record Incoming(EObject holder, EReference feature, Record target) {
	}

	private final ArchitectureFolder folder;
	private final FolderLayout layout;
	private final Map<String, DecisionFormat> formats;
	private final long maxFileBytes;
	/** Findings by the file they are about (as findings name it), updated as files are read again. */
	private final FolderFindings findings;
	private final Set<Record> relinked = Collections.newSetFromMap(new IdentityHashMap<>());

	FileReload(ArchitectureFolder folder, FolderLayout layout, Map<String, DecisionFormat> formats, long maxFileBytes,
			FolderFindings findings) {
		this.folder = folder;
		this.layout = layout;
		this.formats = formats;
		this.maxFileBytes = maxFileBytes;
		this.findings = findings;
	}

	/** Applies the files' current content; files that are no record files are ignored. */
	FolderChange apply(Collection<Path> files) {
		Map<String, Document> byPath = new HashMap<>();
		folder.documents().values().forEach(document -> byPath.put(document.relativePath(), document));
		List<Entry> entries = new ArrayList<>();
		for (Path file : new TreeSet<>(files.stream().map(f -> f.toAbsolutePath().normalize()).toList())) {
			if (!file.startsWith(folder.root())) {
				continue;
			}
			String relative = folder.root().relativize(file).toString().replace('\\', '/');
			Optional<FolderLayout.Place> place = layout.place(relative);
			Document before = byPath.get(relative);
			if (place.isEmpty() && before == null) {
				continue;
			}
			Entry entry = new Entry(file, relative, before);
			String text = place.isPresent() && Files.isRegularFile(file) ? read(entry) : null;
			if (text != null && before != null && text.equals(before.diskText())) {
				continue; // the file holds what was read (e.g. the folder's own save): nothing to do
			}
			if (text != null) {
				entry.after = parse(entry, place.get(), text);
			}
			entries.add(entry);
		}
		if (entries.isEmpty()) {
			return FolderChange.NONE;
		}
		RecordCrossReferences crossReferences = RecordCrossReferences.of(folder.architecture());
		List<Incoming> incoming = new ArrayList<>();
		References index = crossReferences.ids(folder.architecture());
		for (Entry entry : entries) {
			if (entry.before != null) {
				Record record = entry.before.record();
				for (EStructuralFeature.Setting setting : crossReferences.getInverseReferences(record, false)) {
					if (setting.getEStructuralFeature() instanceof EReference reference && !reference.isContainment()) {
						incoming.add(new Incoming(setting.getEObject(), reference, record));
					}
				}
				remove(entry, index);
			}
		}
		for (Entry entry : entries) {
			if (entry.after != null) {
				add(entry, index);
			}
		}
		for (Entry entry : entries) {
			if (entry.after != null) {
				index.resolve(entry.context);
				folder.settle(entry.after);
			}
			findings.replace(RecordLoader.display(entry.file), entry.context.findings().getChildren());
		}
		if (entries.stream().anyMatch(entry -> entry.set != null || entry.before != null
				&& entry.before.record() instanceof Decision)) {
			ReadContext numbers = new ReadContext(new BasicDiagnostic());
			FolderLoader.reportDuplicateNumbers(index, folder, numbers);
			findings.replace(StoreFindings.DUPLICATE_NUMBER, numbers.findings().getChildren());
		}
		for (Incoming reference : incoming) {
			resolveAgain(reference.holder(), reference.feature(), reference.target(), index);
		}
		for (EObject proxy : crossReferences.proxies()) {
			for (EStructuralFeature.Setting setting : crossReferences.getInverseReferences(proxy, false)) {
				if (setting.getEStructuralFeature() instanceof EReference reference) {
					resolveAgain(setting.getEObject(), reference, proxy, index);
				}
			}
		}
		crossReferences.idsFollowed();
		return change(entries);
	}

	private String read(Entry entry) {
		List<Path> setFolders = layout.decisionSets().stream().map(set -> Path.of(set.path())).toList();
		try {
			return new FolderFiles(folder.root(), setFolders).read(entry.file, maxFileBytes);
		} catch (FolderFiles.Refused e) {
			Document document = new Document(RecordLoader.display(entry.file), entry.relative);
			entry.context.error(document, e.line(), e.code(), e.getMessage() + "; the file is skipped");
			return null;
		}
	}

	private Document parse(Entry entry, FolderLayout.Place place, String text) {
		Document document = new Document(RecordLoader.display(entry.file), entry.relative);
		if (place.set() == null || FolderLayout.isNative(place.set().dialect())) {
			return RecordLoader.load(document, text, place.kind().eClass(), entry.context);
		}
		DecisionFormat format = formats.get(place.set().dialect());
		if (format == null) {
			return null; // the set's dialect was reported when the folder was loaded
		}
		String setRelative = place.set().path().isEmpty() ? entry.relative
				: entry.relative.substring(place.set().path().length() + 1);
		return RecordLoader.load(document, text, setRelative, format, entry.context);
	}

	private void remove(Entry entry, References index) {
		Record record = entry.before.record();
		index.remove(record); // while it is still in its set, which the index names it by
		@SuppressWarnings("unchecked")
		List<Record> list = (List<Record>) record.eContainer().eGet(record.eContainmentFeature());
		entry.list = list;
		entry.index = list.indexOf(record);
		list.remove(entry.index);
		folder.documents().remove(record);
	}

	private void add(Entry entry, References index) {
		Record record = entry.after.record();
		List<Record> list = containerOf(entry);
		if (list == null) {
			entry.after = null;
			return;
		}
		// in its place first: where decisions share a number or title, the index orders them as their set does
		if (list == entry.list) {
			list.add(entry.index, record);
		} else {
			list.add(insertionPoint(list, entry.file), record);
		}
		Record existing = record instanceof Decision decision
				? index.add(entry.set, decision)
				: index.add(record);
		if (existing != null) {
			list.remove(record);
			entry.context.error(entry.after, 1, StoreFindings.DUPLICATE_ID, "id '" + record.getId()
					+ "' is already used by " + existing.getSourcePath() + ": ids are unique across the folder; "
					+ "rename one file (or change its 'id:'); this file is not loaded");
			entry.after = null;
			return;
		}
		folder.documents().put(record, entry.after);
	}

	/** The list the record of a file belongs in: its decision set's, or its kind's. */
	@SuppressWarnings("unchecked")
	private List<Record> containerOf(Entry entry) {
		Architecture architecture = folder.architecture();
		Optional<FolderLayout.Place> place = layout.place(entry.relative);
		if (place.get().set() != null) {
			for (DecisionSet set : architecture.getDecisionSets()) {
				if (set.getName().equals(place.get().set().name())) {
					entry.set = set;
					return (List<Record>) (List<?>) set.getDecisions();
				}
			}
			return null;
		}
		return (List<Record>) architecture.eGet(place.get().kind().container());
	}

	/** Where a new file's record goes so that the list stays in file order, as a load makes it. */
	private int insertionPoint(List<Record> list, Path file) {
		int low = 0;
		int high = list.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			String path = list.get(middle).getSourcePath();
			if (path != null && folder.root().resolve(path).compareTo(file) < 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/** Every record of the folder by id, as a load indexes them before resolving. */
	static References index(Architecture architecture) {
		References index = new References(architecture.getDecisionSets().isEmpty() ? null
				: architecture.getDecisionSets().get(0));
		for (DecisionSet set : architecture.getDecisionSets()) {
			set.getDecisions().forEach(decision -> index.add(set, decision));
		}
		for (Kinds.Kind kind : Kinds.all()) {
			if (kind.container() != null) {
				@SuppressWarnings("unchecked")
				List<Record> records = (List<Record>) architecture.eGet(kind.container());
				records.forEach(index::add);
			}
		}
		return index;
	}

	/**
	 * Resolves one reference again by the token its file wrote; where the target changes, the referring record's
	 * findings and saved values follow.
	 */
	private void resolveAgain(EObject holder, EReference feature, EObject before, References index) {
		Record record = recordOf(holder);
		if (record == null || EcoreUtil.getRootContainer(record) != folder.architecture()) {
			return; // the holder went with its own changed file
		}
		Document document = folder.documents().get(record);
		if (document == null) {
			return;
		}
		String token = before.eIsProxy() ? References.idOf(before, null) : document.tokens().get(before);
		if (token == null) {
			token = References.idOf(before, record.eContainer() instanceof DecisionSet set ? set : null);
		}
		DecisionSet from = record.eContainer() instanceof DecisionSet set ? set : null;
		ReadContext.PendingReference quiet = new ReadContext.PendingReference(holder, feature, token, document, 0);
		EObject after = index.target(quiet, new ReadContext(new BasicDiagnostic()));
		if (after == before || after.eIsProxy() && before.eIsProxy()) {
			return;
		}
		if (!before.eIsProxy() && !after.eIsProxy()
				&& References.idOf(before, from).equals(References.idOf(after, from))) {
			// the record read again in place of the one it names: the file still says the same
			replace(holder, feature, before, after);
			document.tokens().remove(before);
			document.tokens().putIfAbsent(after, token);
			return;
		}
		String key = Kinds.key(feature);
		int line = key == null ? 0 : folder.locationOf(record, key).map(SourceLocation::line).orElse(0);
		ReadContext context = new ReadContext(new BasicDiagnostic());
		index.target(new ReadContext.PendingReference(holder, feature, token, document, line), context);
		Map<String, Object> canonical = document.format() == null && folder.editable() ? folder.canonicalOf(document)
				: null;
		replace(holder, feature, before, after);
		document.tokens().remove(before);
		if (!after.eIsProxy()) {
			document.tokens().putIfAbsent(after, token);
		}
		if (canonical != null) {
			keepUnsavedEdits(document, canonical, folder.canonicalOf(document));
		}
		Path file = RecordLoader.display(document.file());
		if (before.eIsProxy()) {
			findings.forgetUnresolved(file, token);
		}
		context.findings().getChildren().forEach(finding -> findings.add(file, finding));
		if (before.eIsProxy() || after.eIsProxy()) {
			relinked.add(record);
		}
	}

	private static void replace(EObject holder, EReference feature, EObject before, EObject after) {
		if (feature.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> values = (List<EObject>) holder.eGet(feature, false);
			int index = values.indexOf(before);
			if (index >= 0) {
				values.set(index, after);
			}
		} else {
			holder.eSet(feature, after);
		}
	}

	/**
	 * The values a save compares with follow the new target where the record was not edited: a reference that now names
	 * another record (or none) is not an edit of the referring file.
	 */
	private static void keepUnsavedEdits(Document document, Map<String, Object> before, Map<String, Object> after) {
		Set<String> keys = new LinkedHashSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String key : keys) {
			if (!Objects.equals(before.get(key), after.get(key))
					&& Objects.equals(document.loaded().get(key), before.get(key))) {
				if (after.containsKey(key)) {
					document.loaded().put(key, after.get(key));
				} else {
					document.loaded().remove(key);
				}
			}
		}
	}

	private static Record recordOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Record record) {
				return record;
			}
		}
		return null;
	}

	private FolderChange change(List<Entry> entries) {
		List<Record> added = new ArrayList<>();
		List<Record> removed = new ArrayList<>();
		List<FolderChange.Replaced> changed = new ArrayList<>();
		List<Path> files = new ArrayList<>();
		for (Entry entry : entries) {
			files.add(entry.file);
			if (entry.before != null && entry.after != null) {
				changed.add(new FolderChange.Replaced(entry.before.record(), entry.after.record()));
			} else if (entry.before != null) {
				removed.add(entry.before.record());
			} else if (entry.after != null) {
				added.add(entry.after.record());
			}
		}
		List<FolderChange.Replaced> renamed = new ArrayList<>();
		for (Record gone : new ArrayList<>(removed)) {
			Record moved = added.stream().filter(record -> sameRecord(gone, record)).findFirst().orElse(null);
			if (moved != null) {
				removed.remove(gone);
				added.remove(moved);
				renamed.add(new FolderChange.Replaced(gone, moved));
			}
		}
		relinked.removeIf(record -> added.contains(record) || changed.stream().anyMatch(c -> c.after() == record)
				|| renamed.stream().anyMatch(r -> r.after() == record));
		return new FolderChange(added, removed, changed, renamed, List.copyOf(relinked), files, false);
	}

	/** A deleted and a new file of one change hold the same record when its kind and id or title agree. */
	private static boolean sameRecord(Record a, Record b) {
		return a.eClass() == b.eClass() && (Objects.equals(a.getId(), b.getId())
				|| a.getTitle() != null && a.getTitle().equals(b.getTitle()));
	}
}
