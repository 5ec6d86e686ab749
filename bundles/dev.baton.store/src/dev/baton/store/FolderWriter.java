package dev.baton.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import dev.baton.api.Findings;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.Record;
import dev.baton.store.internal.AtomicFiles;
import dev.baton.store.internal.BodyLinks;
import dev.baton.store.internal.Changes;
import dev.baton.store.internal.Document;
import dev.baton.store.internal.FileReader;
import dev.baton.store.codec.FrontMatter;
import dev.baton.store.internal.Patcher;
import dev.baton.store.internal.ReadContext;
import dev.baton.store.internal.RecordCodec;
import dev.baton.store.internal.RecordFiles;
import dev.baton.store.internal.RecordLoader;
import dev.baton.store.internal.References;
import dev.baton.store.internal.Settings;
import dev.baton.store.codec.SourceText;
import dev.baton.store.codec.YamlBlock;
import dev.baton.store.codec.YamlText;

/**
 * Writes a folder's changes: saves what changed since loading (patched files, new files, deleted files, all through a
 * journal under the folder's lock, all or nothing), and stages what a save then writes: a record's new id (its file and
 * every reference to it follow) and a decision set converted to another dialect.
 */
final class FolderWriter {

	private final ArchitectureFolder folder;
	private final NewRecords newRecords;
	private final Path root;
	private final Architecture architecture;
	private final Map<Record, Document> documents;
	/** While saving some records only ({@link #save(String, boolean, Collection)}): those; otherwise {@code null}. */
	private Set<Record> only;
	private final Map<DecisionSet, Settings.DecisionSetConfig> setConfigs;
	private final Map<DecisionSet, DecisionFormat> setFormats;
	private AtomicFiles files;
	/** The files the save in progress changes, and what the model keeps once they are written. */
	private Changes changes;
	private List<Runnable> committed;
	/** Files of renamed records still to be deleted once their new file is written, by record. */
	private final Map<Record, Path> movedFrom = new IdentityHashMap<>();
	/** What those old files held when read: a file changed on disk since is not deleted. */
	private final Map<Record, String> movedText = new IdentityHashMap<>();
	private final Set<DecisionSet> convertedSets = Collections.newSetFromMap(new IdentityHashMap<>());

	FolderWriter(ArchitectureFolder folder, NewRecords newRecords) {
		this.folder = folder;
		this.newRecords = newRecords;
		this.root = folder.root();
		this.architecture = folder.architecture();
		this.documents = folder.documents();
		this.setConfigs = folder.setConfigs();
		this.setFormats = folder.setFormats();
		this.files = new AtomicFiles(root);
	}

	/**
	 * Gives a record a new id. On the next save its file gets the new name (a decision's number and slug follow its
	 * id), and every file that refers to it by the old id or number refers to it by the new one, in the form it used
	 * (id, number, {@code ADR-n}, {@code set:id}).
	 *
	 * @throws IllegalArgumentException when the record is not in this folder or the id is taken
	 */
	void rename(Record record, String newId) {
		Document document = documents.get(record);
		if (document == null) {
			throw new IllegalArgumentException(
					"'" + record.getId() + "' has no file in " + root + " yet: save it first");
		}
		String oldId = record.getId();
		Integer oldNumber = record instanceof Decision decision ? decision.getNumber() : null;
		record.setId(newId);
		DecisionFormat format = document.format();
		String formatPath = null;
		if (format != null) {
			DecisionSet set = (DecisionSet) record.eContainer();
			String renamed = format.renamed((Decision) record, newId, setRelative(set, document.relativePath()));
			formatPath = root.relativize(root.resolve(set.getPath()).resolve(renamed).normalize()).toString()
					.replace('\\', '/');
		} else if (record instanceof Decision decision) {
			decision.setNumber(RecordFiles.number(newId));
			decision.setSlug(RecordFiles.slugOf(newId));
		}
		for (Document other : documents.values()) {
			String token = other.tokens().get(record);
			if (token != null) {
				other.tokens().put(record, renamedToken(token, oldId, newId, oldNumber, record));
			}
		}
		String folder = document.relativePath().contains("/")
				? document.relativePath().substring(0, document.relativePath().lastIndexOf('/') + 1)
				: "";
		String relative = formatPath != null ? formatPath : folder + newId + ".md";
		if (Files.exists(root.resolve(relative))) {
			record.setId(oldId);
			throw new IllegalArgumentException(relative + " exists already: choose another id");
		}
		retargetBodyLinks(document.relativePath(), relative);
		movedFrom.putIfAbsent(record, root.resolve(document.relativePath()));
		movedText.putIfAbsent(record, loadedText(document));
		Document moved = document.movedTo(root.resolve(relative), relative);
		documents.put(record, moved);
		record.setSourcePath(relative);
	}

	/**
	 * Markdown links in every record's prose to a renamed file follow it. The model's text changes (so the editor shows
	 * it and the save patches only those sections), link by link.
	 */
	private void retargetBodyLinks(String oldFile, String newFile) {
		for (Document other : documents.values()) {
			String path = other.relativePath();
			String from = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
			retargetBodyLinks(other.record(), from, oldFile, newFile);
			other.record().eAllContents().forEachRemaining(o -> retargetBodyLinks(o, from, oldFile, newFile));
		}
	}

	private static void retargetBodyLinks(EObject object, String from, String oldFile, String newFile) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType().getInstanceClass() != String.class || !attribute.isChangeable()
					|| attribute.isDerived() || attribute.isTransient()) {
				continue;
			}
			if (attribute.isMany()) {
				@SuppressWarnings("unchecked")
				List<String> values = (List<String>) object.eGet(attribute);
				for (int i = 0; i < values.size(); i++) {
					String changed = BodyLinks.retarget(values.get(i), from, oldFile, newFile);
					if (changed != values.get(i)) {
						values.set(i, changed);
					}
				}
			} else {
				String value = (String) object.eGet(attribute);
				String changed = BodyLinks.retarget(value, from, oldFile, newFile);
				if (changed != value) {
					object.eSet(attribute, changed);
				}
			}
		}
	}

	private static String renamedToken(String token, String oldId, String newId, Integer oldNumber, Record record) {
		int colon = token.indexOf(':');
		String prefix = colon > 0 ? token.substring(0, colon + 1) : "";
		String bare = token.substring(prefix.length());
		if (bare.equals(oldId)) {
			return prefix + newId;
		}
		Integer newNumber = record instanceof Decision decision ? decision.getNumber() : null;
		Matcher number = Pattern.compile("(?i)((?:adr[-_ ]?)?)(0*)(\\d+)").matcher(bare);
		if (oldNumber != null && newNumber != null && number.matches() && number.group(3).length() <= 9
				&& Integer.parseInt(number.group(3)) == oldNumber) {
			int width = number.group(2).length() + number.group(3).length();
			return prefix + number.group(1) + String.format(Locale.ROOT, "%0" + width + "d", newNumber);
		}
		return token;
	}

	/**
	 * Writes what changed since loading (or the last save), all or nothing, saying what the change is and whether files
	 * changed on disk since they were loaded may be overwritten.
	 *
	 * @param change    what the change is ({@code baton renumber}): the lock and the journal name it
	 * @param overwrite {@code true}: replace files that another program changed since they were loaded (otherwise they
	 *                  are reported and nothing is saved)
	 */
	Diagnostic save(String change, boolean overwrite) {
		return save(change, overwrite, null);
	}

	/**
	 * {@link #save(String, boolean)} for some records only: their files are written (patched, created, moved, or
	 * deleted for a record no longer in the model), every other change of the model waits for a later save.
	 *
	 * @param records the records to write, or {@code null} for all
	 */
	Diagnostic save(String change, boolean overwrite, Collection<? extends Record> records) {
		if (records != null) {
			only = Collections.newSetFromMap(new IdentityHashMap<>());
			only.addAll(records);
		}
		try {
			return saveAll(change, overwrite);
		} finally {
			only = null;
		}
	}

	private Diagnostic saveAll(String change, boolean overwrite) {
		BasicDiagnostic result = Findings.root(StoreFindings.SOURCE, "Saving " + root);
		try {
			changes = new Changes(root, files, overwrite);
			committed = new ArrayList<>();
			stage(result);
			if (result.getSeverity() >= Diagnostic.ERROR) {
				result.add(Findings.error(StoreFindings.SOURCE, StoreFindings.WRITE_FAILED, SourceLocation.of(root),
						"nothing was saved (all the files of a change are written, or none): fix what is reported "
								+ "above and save again"));
				return result;
			}
			if (!changes.isEmpty()) {
				// the lock only when there is something to write: an unchanged folder is not touched at all
				try (FolderLock lock = FolderLock.acquire(root, FolderLock.DEFAULT_WAIT, change)) {
					changes.commit(change);
				}
			}
			committed.forEach(Runnable::run);
		} catch (IOException e) {
			result.add(Findings.error(StoreFindings.SOURCE, StoreFindings.WRITE_FAILED, SourceLocation.of(root),
					"nothing was saved (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
							+ "): check that the folder is writable and retry"));
		} finally {
			changes = null;
			committed = null;
		}
		return result;
	}

	/** Gathers what changed into {@link #changes}; what the model keeps of it waits in {@link #committed}. */
	private void stage(BasicDiagnostic result) {
		List<Record> present = new ArrayList<>();
		architecture.getDecisionSets().forEach(set -> present.addAll(set.getDecisions()));
		for (Kinds.Kind kind : Kinds.all()) {
			if (kind.container() != null) {
				@SuppressWarnings("unchecked")
				List<Record> records = (List<Record>) architecture.eGet(kind.container());
				present.addAll(records);
			}
		}
		Set<Record> alive = Collections.newSetFromMap(new IdentityHashMap<>());
		alive.addAll(present);
		if (only != null) {
			present.retainAll(only);
			alive.addAll(documents.keySet().stream().filter(record -> !only.contains(record)).toList());
		}
		// new records get their ids first, so that references to them from changed records can be written
		Map<Record, String> newPaths = new IdentityHashMap<>();
		for (Record record : present) {
			if (!documents.containsKey(record)) {
				newPaths.put(record, newRecords.newPath(record));
				if (formatOf(record) != null) {
					record.setSourcePath(newPaths.get(record));
				}
			}
		}
		for (Record record : present) {
			Document document = documents.get(record);
			if (document != null) {
				update(document, result);
			}
		}
		for (Record record : present) {
			if (newPaths.containsKey(record)) {
				create(record, newPaths.get(record), result);
			}
		}
		if (!convertedSets.isEmpty() && result.getSeverity() < Diagnostic.ERROR) {
			writeDecisionSets(result);
		}
		for (Map.Entry<Record, Document> entry : new ArrayList<>(documents.entrySet())) {
			if (!alive.contains(entry.getKey())) {
				Path file = root.resolve(entry.getValue().relativePath());
				try {
					changes.delete(file, loadedText(entry.getValue()));
					committed.add(() -> documents.remove(entry.getKey()));
				} catch (IOException e) {
					result.add(Findings.error(StoreFindings.SOURCE, StoreFindings.WRITE_FAILED,
							SourceLocation.of(entry.getValue().file()), "cannot delete the file of the removed record ("
									+ e.getMessage() + ")"));
				}
			}
		}
	}

	/** What a document's file held when it was read (or last written), to see whether it changed since. */
	private static String loadedText(Document document) {
		return document.diskText();
	}

	private void update(Document document, BasicDiagnostic result) {
		Record record = document.record();
		Path oldFile = movedFrom.get(record);
		if (document.format() != null) {
			String text = document.format().write((Decision) record, document.reading(), links());
			if (text.equals(document.source().text()) && oldFile == null && !document.textPending()) {
				return;
			}
			if (write(document, text, oldFile == null, result)) {
				deleteOldFile(record, document, oldFile, result);
			}
			return;
		}
		Map<String, Object> now = folder.canonicalOf(document);
		if (now.equals(document.loaded()) && oldFile == null && !document.textPending()) {
			return;
		}
		String text = new Patcher(document, RecordCodec.of(record.eClass())).patch(record, document.loaded(), now);
		if (text.equals(document.source().text()) && oldFile == null && !document.textPending()) {
			document.loaded().clear();
			document.loaded().putAll(now);
			return;
		}
		if (write(document, text, oldFile == null, result)) {
			committed.add(() -> {
				document.loaded().clear();
				document.loaded().putAll(folder.canonicalOf(document));
			});
			deleteOldFile(record, document, oldFile, result);
		}
	}

	/** The {@code decisions:} entries of {@code baton.yaml} for the architecture's sets. */
	static List<Object> decisionSetEntries(Architecture architecture,
			Map<DecisionSet, Settings.DecisionSetConfig> configs) {
		List<Object> sets = new ArrayList<>();
		for (DecisionSet set : architecture.getDecisionSets()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", set.getName());
			entry.put("path", set.getPath());
			entry.put("dialect", set.getDialect() == null ? "madr" : set.getDialect());
			Settings.DecisionSetConfig config = configs.get(set);
			if (config != null && config.digits() != 4) {
				entry.put("digits", String.valueOf(config.digits()));
			}
			sets.add(entry);
		}
		return sets;
	}

	/** Rewrites the {@code decisions:} entry of {@code baton.yaml} (after a conversion); the rest keeps its bytes. */
	private void writeDecisionSets(BasicDiagnostic result) {
		Path file = root.resolve("baton.yaml");
		try {
			String text = FileReader.read(file, ArchitectureFolder.DEFAULT_MAX_FILE_BYTES);
			SourceText source = new SourceText(text);
			YamlBlock yaml = YamlBlock.parse(source, 0, source.lineCount(), "baton.yaml");
			List<Object> sets = decisionSetEntries(architecture, setConfigs);
			String block = YamlText.entry("decisions", sets, true, "  ", source.newline());
			YamlBlock.Entry decisions = yaml.get("decisions");
			String updated =
					decisions == null ? text + (text.endsWith("\n") || text.isEmpty() ? "" : source.newline()) + block
							: text.substring(0, decisions.entryStart()) + block + text.substring(decisions.blockEnd());
			changes.write(file, updated, null);
			committed.add(convertedSets::clear);
		} catch (IOException | FileReader.Unreadable | YamlBlock.YamlProblem e) {
			result.add(Findings.error(StoreFindings.SOURCE, StoreFindings.WRITE_FAILED, SourceLocation.of(file),
					"the decisions were converted but baton.yaml could not be updated (" + e.getMessage()
							+ "): set the dialect of the converted set in baton.yaml by hand"));
		}
	}

	private void deleteOldFile(Record record, Document document, Path oldFile, BasicDiagnostic result) {
		if (oldFile == null) {
			return;
		}
		try {
			changes.delete(oldFile, movedText.get(record));
			committed.add(() -> forgetMove(record));
		} catch (IOException e) {
			result.add(Findings.error(StoreFindings.SOURCE, StoreFindings.WRITE_FAILED, SourceLocation.of(oldFile),
					"the record is to move to " + document.relativePath() + " but its old file cannot be deleted ("
							+ e.getMessage() + ")"));
		}
	}

	private void forgetMove(Record record) {
		movedFrom.remove(record);
		movedText.remove(record);
	}

	private void create(Record record, String relative, BasicDiagnostic result) {
		Path file = root.resolve(relative);
		Document document = Document.fresh(file, relative, record);
		DecisionFormat format = formatOf(record);
		Path oldFile = movedFrom.get(record);
		if (Files.exists(file) && !file.equals(oldFile)) {
			result.add(Findings.error(StoreFindings.SOURCE, StoreFindings.WRITE_FAILED, SourceLocation.of(file),
					"a new " + Kinds.of(record.eClass()).name() + " '" + record.getId()
							+ "' would overwrite this file, "
							+ "which is not the record's: give the new record another id"));
			return;
		}
		if (format != null) {
			document.setForeignText(document.source(), format);
			if (write(document, format.write((Decision) record, null, links()), false, result)) {
				committed.add(() -> documents.put(record, document));
				deleteOldFile(record, document, file.equals(oldFile) ? null : oldFile, result);
				committed.add(() -> forgetMove(record));
			} else {
				record.setSourcePath(null);
			}
			return;
		}
		Map<String, Object> now = folder.canonicalOf(document);
		String text = Patcher.render(RecordCodec.of(record.eClass()), now, record);
		if (write(document, text, false, result)) {
			committed.add(() -> {
				record.setSourcePath(relative);
				documents.put(record, document);
				document.loaded().putAll(folder.canonicalOf(document));
			});
			deleteOldFile(record, document, file.equals(oldFile) ? null : oldFile, result);
			committed.add(() -> forgetMove(record));
		}
	}

	/**
	 * Converts a decision set to another dialect: on the next save every decision of the set is written anew in the
	 * dialect (files named the dialect's way), the old files are deleted and {@code baton.yaml} names the new dialect.
	 * Other sets and records are not touched.
	 *
	 * @param dialect {@code madr} or one of the formats' ids
	 * @param formats the formats this folder was loaded with
	 * @throws IllegalArgumentException for a dialect that is neither
	 */
	void convert(DecisionSet set, String dialect, Map<String, DecisionFormat> formats) {
		if (!FolderLayout.isNative(dialect) && !formats.containsKey(dialect)) {
			throw new IllegalArgumentException("unknown dialect '" + dialect + "' (known: " + String.join(", ",
					FolderLoader.known(formats)) + ")");
		}
		for (Decision decision : set.getDecisions()) {
			Document document = documents.remove(decision);
			if (document != null) {
				movedFrom.putIfAbsent(decision, root.resolve(document.relativePath()));
				movedText.putIfAbsent(decision, loadedText(document));
				decision.setSourcePath(null);
			}
		}
		if (FolderLayout.isNative(dialect)) {
			setFormats.remove(set);
		} else {
			setFormats.put(set, formats.get(dialect));
		}
		set.setDialect(dialect);
		Settings.DecisionSetConfig config = setConfigs.get(set);
		if (config != null) {
			setConfigs.put(set, new Settings.DecisionSetConfig(config.name(), config.path(), dialect, config.digits()));
		}
		convertedSets.add(set);
	}

	/** A path relative to the architecture folder as a path relative to a set's folder. */
	private String setRelative(DecisionSet set, String relativePath) {
		Path setFolder = root.resolve(set.getPath()).normalize();
		return setFolder.relativize(root.resolve(relativePath).normalize()).toString().replace('\\', '/');
	}

	/** The format of a decision's set when the set is kept in a foreign dialect, else {@code null}. */
	private DecisionFormat formatOf(Record record) {
		return record.eContainer() instanceof DecisionSet set ? setFormats.get(set) : null;
	}

	/** How foreign formats write references: relative file paths between records, tokens for unresolved ones. */
	DecisionFormat.Links links() {
		return new DecisionFormat.Links() {

			@Override
			public String href(Decision from, EObject target) {
				if (target.eIsProxy() || !(target instanceof Record record) || record.getSourcePath() == null
						|| from.getSourcePath() == null) {
					return null;
				}
				Path base = Path.of(from.getSourcePath()).getParent();
				Path to = Path.of(record.getSourcePath());
				return (base == null ? to : base.relativize(to)).toString().replace('\\', '/');
			}

			@Override
			public String token(EObject target) {
				return References.idOf(target, null);
			}

			@Override
			public String written(Decision from, EObject target) {
				Document document = documents.get(from);
				return document == null ? null : document.tokens().get(target);
			}
		};
	}

	/**
	 * Adds a record's new text to the save's changes; the document takes it once they are written.
	 *
	 * @param inPlace the file is the one the document was read from: it must still hold what was read
	 */
	private boolean write(Document document, String text, boolean inPlace, BasicDiagnostic result) {
		Path file = root.resolve(document.relativePath());
		try {
			changes.write(file, text, inPlace ? loadedText(document) : null);
		} catch (IOException e) {
			result.add(
					Findings.error(StoreFindings.SOURCE, StoreFindings.WRITE_FAILED, SourceLocation.of(document.file()),
							"cannot save (" + e.getClass().getSimpleName()
									+ (e.getMessage() == null ? "" : ": " + e.getMessage())
									+ "); the file on disk is unchanged"));
			return false;
		}
		committed.add(() -> wrote(document, text));
		return true;
	}

	/** The document now holds the text written to its file. */
	private void wrote(Document document, String text) {
		Path file = root.resolve(document.relativePath());
		SourceText source = new SourceText(text);
		if (document.format() != null) {
			document.setForeignText(source, document.format());
			String setRelative = setRelative((DecisionSet) document.record().eContainer(), document.relativePath());
			ReadContext discard = new ReadContext(new BasicDiagnostic());
			DecisionFormat.Reading reading = document.format().read(text,
					RecordLoader.formatContext(document, setRelative, discard));
			document.setReading(reading == null ? null
					: new DecisionFormat.Reading((Decision) document.record(),
							reading.layout()));
			return;
		}
		FrontMatter frontMatter = FrontMatter.find(source);
		try {
			YamlBlock yaml = frontMatter.present()
					? YamlBlock.parse(source, frontMatter.yamlFromLine(), frontMatter.yamlToLine(),
							document.relativePath())
					: YamlBlock.empty();
			document.setText(source, frontMatter, yaml.compact());
		} catch (YamlBlock.YamlProblem e) {
			throw new IllegalStateException(
					"Baton wrote front matter it cannot read back in " + file + ": " + e.getMessage(), e);
		}
	}

	/** For tests: the file writer (a subclass can make writes fail). */
	void setFiles(AtomicFiles files) {
		this.files = files;
	}
}
