package dev.baton.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import dev.baton.api.Findings;
import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.Record;
import dev.baton.store.internal.AtomicFiles;
import dev.baton.store.internal.Document;
import dev.baton.store.internal.Patcher;
import dev.baton.store.internal.RecordCodec;
import dev.baton.store.internal.Settings;
import dev.baton.store.codec.YamlText;

/**
 * An architecture folder loaded into the model, and saved back with minimal edits.
 *
 * <p>
 * {@link #load(Path, LoadOptions)} reads {@code baton.yaml} and every record file; a file that cannot be read is
 * reported (file, line, what to do) and skipped, and everything else still loads. {@link #save()} writes only the
 * records whose values changed, patching their text so that everything the user wrote around the change keeps its
 * bytes; new records get new files, removed records lose theirs. Writes are atomic.
 *
 * <p>
 * Not thread-safe: one folder is edited by one thread at a time.
 */
public final class ArchitectureFolder extends ReadableFolder {

	/** Default limit of one record file: 10 MB. */
	public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

	private final NewRecords newRecords;
	private final FolderWriter writer;

	ArchitectureFolder(Path root, Architecture architecture, BasicDiagnostic findings, Map<String, String> settings) {
		super(root, architecture, findings, settings);
		this.newRecords = new NewRecords(this);
		this.writer = new FolderWriter(this, newRecords);
	}

	/**
	 * Loads the architecture folder at {@code root} (the folder with {@code baton.yaml}) to read and change it: every
	 * record file is read, and one that cannot be is reported (file, line, what to do) and skipped while everything
	 * else loads. The folder keeps each file's text and values, so that {@link #save()} patches only what changed.
	 *
	 * @param options what to read and how: {@link LoadOptions#defaults()} or changed from it
	 */
	public static ArchitectureFolder load(Path root, LoadOptions options) {
		return (ArchitectureFolder) FolderLoader.load(root, options, false);
	}

	/**
	 * Loads the folder to read it only (export, validate, list, show): the model, the findings and where each front
	 * matter key was written, without what saving needs (each file's text, its outline and the values at load time,
	 * which are not even computed). Such a folder is a {@link ReadableFolder}, which has no way to save, rename or
	 * convert.
	 */
	public static ReadableFolder loadForReading(Path root, LoadOptions options) {
		return FolderLoader.load(root, options, true);
	}

	/**
	 * EMF computes some class metadata (all features, all references, ...) lazily and caches it without locking:
	 * compute it once, before files are parsed on several threads.
	 */
	public static void warmUpModelMetadata() {
		FolderLoader.warmUpModelMetadata();
	}

	/**
	 * Writes an in-memory architecture as a new folder: {@code baton.yaml} and one file per record. Refuses a folder
	 * that already has a {@code baton.yaml}.
	 *
	 * @return the folder, ready for further edits and saves
	 * @throws IOException when the folder exists with a baton.yaml, or baton.yaml cannot be written
	 */
	public static ArchitectureFolder create(Path root, Architecture architecture) throws IOException {
		Path folder = root.toAbsolutePath().normalize();
		Path batonYaml = folder.resolve("baton.yaml");
		if (Files.exists(batonYaml)) {
			throw new IOException(batonYaml + " exists already: create the architecture in an empty folder");
		}
		if (architecture.getDecisionSets().isEmpty()) {
			DecisionSet set = BatonFactory.eINSTANCE.createDecisionSet();
			set.setName("decisions");
			set.setPath("decisions");
			set.setDialect("madr");
			architecture.getDecisionSets().add(set);
		}
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("name", architecture.getName() == null ? folder.getFileName().toString() : architecture.getName());
		if (architecture.getDescription() != null) {
			config.put("description", architecture.getDescription());
		}
		if (architecture.getOrganisation() != null) {
			config.put("organisation", architecture.getOrganisation());
		}
		List<Object> sets = FolderWriter.decisionSetEntries(architecture, Map.of());
		boolean onlyDefault = sets.size() == 1 && "decisions".equals(architecture.getDecisionSets().get(0).getName())
				&& "decisions".equals(architecture.getDecisionSets().get(0).getPath());
		StringBuilder yaml = new StringBuilder();
		config.forEach((key, value) -> yaml.append(YamlText.entry(key, value, false, "  ", "\n")));
		if (!onlyDefault) {
			yaml.append(YamlText.entry("decisions", sets, true, "  ", "\n"));
		}
		new AtomicFiles(folder).write(batonYaml, yaml.toString());
		BasicDiagnostic findings = Findings.root(StoreFindings.SOURCE, "Creating " + folder);
		ArchitectureFolder result = new ArchitectureFolder(folder, architecture, findings, new LinkedHashMap<>());
		for (DecisionSet set : architecture.getDecisionSets()) {
			result.setConfigs().put(set, new Settings.DecisionSetConfig(set.getName(), set.getPath(),
					set.getDialect() == null ? "madr" : set.getDialect(), 4));
		}
		if (architecture.eResource() == null) {
			ResourceSetImpl resourceSet = new ResourceSetImpl();
			Resource resource = new ResourceImpl(URI.createFileURI(batonYaml.toString()));
			resourceSet.getResources().add(resource);
			resource.getContents().add(architecture);
			resourceSet.eAdapters().add(new RecordCrossReferences());
		}
		Diagnostic saved = result.save();
		if (saved.getSeverity() == Diagnostic.ERROR) {
			throw new IOException("could not write every record: " + Findings.leaves(saved).stream()
					.map(Findings::format).reduce((a, b) -> a + "\n" + b).orElse(""));
		}
		return result;
	}

	/**
	 * The text the record's file will hold after the next {@link #save}: the file as it is with only what changed
	 * patched in (an editor's source view shows it). Empty for a record that has no file yet. Nothing is written.
	 */
	public Optional<String> textOf(Record record) {
		Document document = documents().get(record);
		if (document == null) {
			return Optional.empty();
		}
		if (document.format() != null) {
			return Optional.of(document.format().write((Decision) record, document.reading(), writer.links()));
		}
		Map<String, Object> now = canonicalOf(document);
		if (now.equals(document.loaded())) {
			return Optional.of(document.source().text());
		}
		return Optional
				.of(new Patcher(document, RecordCodec.of(record.eClass())).patch(record, document.loaded(), now));
	}

	/**
	 * Gives a record a new id. On the next save its file gets the new name (a decision's number and slug follow its
	 * id), and every file that refers to it by the old id or number refers to it by the new one, in the form it used
	 * (id, number, {@code ADR-n}, {@code set:id}).
	 *
	 * @throws IllegalArgumentException when the record is not in this folder or the id is taken
	 */
	public void rename(Record record, String newId) {
		writer.rename(record, newId);
	}

	/**
	 * Writes what changed since loading (or the last save): patched files for changed records, new files for new
	 * records, no file for removed records. All or nothing: the files are written through a journal under the folder's
	 * lock ({@link FolderLock}), and when one cannot be written (read-only, changed on disk since it was loaded, disk
	 * full) none is.
	 *
	 * @return one finding per file that could not be written; OK when all went well
	 */
	public Diagnostic save() {
		return save("save", false);
	}

	/**
	 * {@link #save()}, saying what the change is and whether files changed on disk since they were loaded may be
	 * overwritten.
	 *
	 * @param change    what the change is ({@code baton renumber}): the lock and the journal name it
	 * @param overwrite {@code true}: replace files that another program changed since they were loaded (otherwise they
	 *                  are reported and nothing is saved)
	 */
	public Diagnostic save(String change, boolean overwrite) {
		return writer.save(change, overwrite);
	}

	/**
	 * {@link #save(String, boolean)} for some records only: their files are written (patched, created, moved, or
	 * deleted for a record no longer in the model), every other change of the model waits for a later save. An editor
	 * of one record on a shared folder saves this way, so that another editor's unsaved edits are not written.
	 *
	 * @param records the records to write, or {@code null} for all
	 */
	public Diagnostic save(String change, boolean overwrite, Collection<? extends Record> records) {
		return writer.save(change, overwrite, records);
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
	public void convert(DecisionSet set, String dialect, Map<String, DecisionFormat> formats) {
		writer.convert(set, dialect, formats);
	}

	/**
	 * The id the next decision of a set gets: the next free number, padded to the set's {@code digits}, and a slug of
	 * the title ({@code 0008-use-kafka-for-events}).
	 */
	public String nextDecisionId(DecisionSet set, String title) {
		return newRecords.nextDecisionId(set, title);
	}

	/** A decision file of the set that did not load: its number is not given to a new decision. */
	void skippedNumber(DecisionSet set, Path file) {
		newRecords.skippedNumber(set, file);
	}

	/** For tests: the file writer (a subclass can make writes fail). */
	void setFiles(AtomicFiles files) {
		writer.setFiles(files);
	}

	@Override
	boolean editable() {
		return true;
	}
}
