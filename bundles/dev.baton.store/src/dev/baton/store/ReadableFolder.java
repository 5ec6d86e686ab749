package dev.baton.store;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.DecisionSet;
import dev.baton.model.Record;
import dev.baton.store.internal.Document;
import dev.baton.store.codec.MarkdownOutline;
import dev.baton.store.internal.RecordCodec;
import dev.baton.store.internal.References;
import dev.baton.store.internal.Settings;
import dev.baton.store.codec.YamlBlock;

/**
 * An architecture folder loaded to be read ({@link ArchitectureFolder#loadForReading}): the model, what loading found,
 * and where each record and front matter key was written; what exporting, checking, listing and showing need. It keeps
 * nothing of what saving needs and has no way to save: {@link ArchitectureFolder}, loaded with
 * {@link ArchitectureFolder#load}, is the folder that can be changed and saved.
 */
public sealed class ReadableFolder permits ArchitectureFolder {

	private final Path root;
	private final Architecture architecture;
	private final BasicDiagnostic findings;
	private final Map<Record, Document> documents = new IdentityHashMap<>();
	private final Map<DecisionSet, Settings.DecisionSetConfig> setConfigs = new IdentityHashMap<>();
	private final Map<DecisionSet, DecisionFormat> setFormats = new IdentityHashMap<>();
	private final Map<String, String> settings;
	/** What is wrong with baton.yaml. */
	private Diagnostic settingsFindings = Diagnostic.OK_INSTANCE;
	/** Where each kind of record is kept, as baton.yaml said when the folder was loaded. */
	private FolderLayout layout;

	ReadableFolder(Path root, Architecture architecture, BasicDiagnostic findings, Map<String, String> settings) {
		this.root = root;
		this.architecture = architecture;
		this.findings = findings;
		this.settings = settings;
	}

	/** The folder's root (where {@code baton.yaml} is). */
	public Path root() {
		return root;
	}

	/**
	 * Where each kind of record and each decision set is kept, as {@code baton.yaml} said when the folder was loaded:
	 * which file of the folder is which kind of record ({@link FolderLayout#place}).
	 */
	public FolderLayout layout() {
		return layout;
	}

	void layout(FolderLayout value) {
		layout = value;
	}

	/** The model of the folder. */
	public Architecture architecture() {
		return architecture;
	}

	/** What loading found: errors for files that were skipped, warnings for parts that were. */
	public Diagnostic findings() {
		return findings;
	}

	/**
	 * What is wrong with {@code baton.yaml} (also among {@link #findings()}). Where there are errors, defaults stand in
	 * for what it says (a set in another folder, another dialect, ...): a command that writes should refuse to until
	 * the file is fixed, or it writes in the wrong place.
	 */
	public Diagnostic settingsFindings() {
		return settingsFindings;
	}

	/** The {@code settings:} of {@code baton.yaml}, as written. */
	public Map<String, String> settings() {
		return Collections.unmodifiableMap(settings);
	}

	/** The file a record was read from (or will be written to, once saved). */
	public Optional<Path> fileOf(Record record) {
		Document document = documents.get(record);
		return document == null ? Optional.empty() : Optional.of(root.resolve(document.relativePath()));
	}

	/** Where a record's front matter key is (its line), or its file when the key is not there. */
	public Optional<SourceLocation> locationOf(Record record, String key) {
		Document document = documents.get(record);
		if (document == null) {
			return Optional.empty();
		}
		YamlBlock.Entry entry = document.yaml().get(document.spelling(key));
		return Optional.of(SourceLocation.of(document.file(), entry == null ? 0 : entry.line()));
	}

	/** The documents of the loaded records, by record: {@link FileReload} replaces entries as files change. */
	Map<Record, Document> documents() {
		return documents;
	}

	/** What is wrong with {@code baton.yaml}, as the load found it. */
	void settingsFindings(Diagnostic found) {
		settingsFindings = found;
	}

	/** How {@code baton.yaml} configures each decision set; the load fills it. */
	Map<DecisionSet, Settings.DecisionSetConfig> setConfigs() {
		return setConfigs;
	}

	/** The formats of the decision sets kept in a foreign dialect; the load fills it. */
	Map<DecisionSet, DecisionFormat> setFormats() {
		return setFormats;
	}

	/** The format of a decision set kept in a foreign dialect, or {@code null}. */
	DecisionFormat formatOf(DecisionSet set) {
		return setFormats.get(set);
	}

	/** Whether the folder keeps what saving needs: only an {@link ArchitectureFolder} does. */
	boolean editable() {
		return false;
	}

	/** Makes a freshly read document ready as a load leaves it: the values saving compares, or none. */
	void settle(Document document) {
		if (!editable()) {
			document.dropEditingState();
		} else if (document.format() == null) {
			document.loaded().clear();
			document.loaded().putAll(canonicalOf(document));
		}
		document.compact();
	}

	/** A record's canonical values now (the ids its references name), as saving compares them. */
	Map<String, Object> canonicalOf(Document document) {
		Record record = document.record();
		DecisionSet set = record.eContainer() instanceof DecisionSet s ? s : null;
		Function<EObject, String> idOf = target -> References.idOf(target, set);
		return RecordCodec.of(record.eClass()).canonical(record, document, idOf);
	}

	/** The outline of a record's body as loaded; for editors that show sections. */
	MarkdownOutline outlineOf(Record record) {
		Document document = documents.get(record);
		return document == null ? null : document.outline();
	}
}
