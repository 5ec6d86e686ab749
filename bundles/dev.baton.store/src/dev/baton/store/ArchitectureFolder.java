package dev.baton.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.baton.api.Findings;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.Record;
import dev.baton.store.internal.AtomicFiles;
import dev.baton.store.internal.BodyLinks;
import dev.baton.store.internal.Changes;
import dev.baton.store.internal.Document;
import dev.baton.store.internal.FileReader;
import dev.baton.store.internal.FrontMatter;
import dev.baton.store.internal.Journal;
import dev.baton.store.internal.MarkdownOutline;
import dev.baton.store.internal.Patcher;
import dev.baton.store.internal.ReadContext;
import dev.baton.store.internal.RecordCodec;
import dev.baton.store.internal.RecordFiles;
import dev.baton.store.internal.RecordLoader;
import dev.baton.store.internal.References;
import dev.baton.store.internal.Settings;
import dev.baton.store.internal.SourceText;
import dev.baton.store.internal.YamlBlock;
import dev.baton.store.internal.YamlText;

/**
 * An architecture folder loaded into the model, and saved back with minimal edits.
 *
 * <p>
 * {@link #load(Path)} reads {@code baton.yaml} and every record file; a file that cannot be read is reported (file,
 * line, what to do) and skipped, and everything else still loads. {@link #save()} writes only the records whose values
 * changed, patching their text so that everything the user wrote around the change keeps its bytes; new records get new
 * files, removed records lose theirs. Writes are atomic.
 *
 * <p>
 * Not thread-safe: one folder is edited by one thread at a time.
 */
public final class ArchitectureFolder {

	/** Default limit of one record file: 10 MB. */
	public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

	/** From this many record files on, a load parses them on every core. */
	private static final int PARALLEL_THRESHOLD = 400;

	private final Path root;
	private final Architecture architecture;
	private final BasicDiagnostic findings;
	private final Map<Record, Document> documents = new IdentityHashMap<>();
	private final Map<DecisionSet, Settings.DecisionSetConfig> setConfigs = new IdentityHashMap<>();
	private final Map<DecisionSet, DecisionFormat> setFormats = new IdentityHashMap<>();
	private final Map<String, String> settings;
	private AtomicFiles files;
	/** The files the save in progress changes, and what the model keeps once they are written. */
	private Changes changes;
	private List<Runnable> committed;
	/** Loaded by {@link #loadForReading}: nothing of what saving needs was kept. */
	private boolean forReading;
	/** Files of renamed records still to be deleted once their new file is written, by record. */
	private final Map<Record, Path> movedFrom = new IdentityHashMap<>();
	/** What those old files held when read: a file changed on disk since is not deleted. */
	private final Map<Record, String> movedText = new IdentityHashMap<>();
	private final Set<DecisionSet> convertedSets = Collections.newSetFromMap(new IdentityHashMap<>());
	/** What is wrong with baton.yaml. */
	private Diagnostic settingsFindings = Diagnostic.OK_INSTANCE;
	/** The highest number of a decision file of each set that did not load: new decisions never take it. */
	private final Map<DecisionSet, Integer> skippedNumbers = new IdentityHashMap<>();

	private ArchitectureFolder(Path root, Architecture architecture, BasicDiagnostic findings,
			Map<String, String> settings) {
		this.root = root;
		this.files = new AtomicFiles(root);
		this.architecture = architecture;
		this.findings = findings;
		this.settings = settings;
	}

	/** Loads the architecture folder at {@code root} (the folder with {@code baton.yaml}). */
	public static ArchitectureFolder load(Path root) {
		return load(root, new BasicMonitor(), DEFAULT_MAX_FILE_BYTES);
	}

	/**
	 * Loads the architecture folder at {@code root}.
	 *
	 * @param monitor      progress, one unit per file; cancelling stops reading (what was read stays)
	 * @param maxFileBytes larger record files are reported and skipped
	 */
	public static ArchitectureFolder load(Path root, Monitor monitor, long maxFileBytes) {
		return load(root, monitor, maxFileBytes, Map.of());
	}

	/**
	 * Loads the architecture folder at {@code root}, reading decision sets kept in another dialect ({@code dialect:} in
	 * {@code baton.yaml}) through the given formats.
	 *
	 * @param formats by {@link DecisionFormat#id()}; a set whose dialect is neither {@code madr} nor one of these is
	 *                reported and not loaded
	 */
	public static ArchitectureFolder load(Path root, Monitor monitor, long maxFileBytes,
			Map<String, DecisionFormat> formats) {
		return load(root, monitor, maxFileBytes, formats, null);
	}

	/**
	 * Loads only the records of some kinds (a command that lists decisions needs no components). References to records
	 * of kinds not loaded stay unresolved and are not reported; such a folder is for reading: saving it writes only the
	 * records it loaded.
	 *
	 * @param kinds kind names ({@code decision}, {@code component}, ...), {@code null} for all
	 */
	public static ArchitectureFolder load(Path root, Monitor monitor, long maxFileBytes,
			Map<String, DecisionFormat> formats, Set<String> kinds) {
		return load(root, monitor, maxFileBytes, formats, kinds, false);
	}

	/**
	 * Loads the folder to read it only (export, validate, list, show): the model, the findings and where each front
	 * matter key was written, without what saving needs (each file's text, its outline and the values at load time,
	 * which are not even computed). Such a folder cannot be saved, renamed or converted, and {@link #textOf} knows no
	 * text.
	 *
	 * @param kinds kind names ({@code decision}, {@code component}, ...), {@code null} for all
	 */
	public static ArchitectureFolder loadForReading(Path root, Monitor monitor, long maxFileBytes,
			Map<String, DecisionFormat> formats, Set<String> kinds) {
		return load(root, monitor, maxFileBytes, formats, kinds, true);
	}

	private static ArchitectureFolder load(Path root, Monitor monitor, long maxFileBytes,
			Map<String, DecisionFormat> formats, Set<String> kinds, boolean forReading) {
		Path folder = root.toAbsolutePath().normalize();
		BasicDiagnostic findings = Findings.root(StoreFindings.SOURCE, "Loading " + folder);
		recover(folder, findings);
		ReadContext context = new ReadContext(findings);
		Architecture architecture = BatonFactory.eINSTANCE.createArchitecture();
		BasicDiagnostic settingsFindings = new BasicDiagnostic();
		ReadContext settingsContext = new ReadContext(settingsFindings);
		Settings config = readSettings(folder, settingsContext);
		RecordLoader loader = new RecordLoader(new FolderFiles(folder,
				config.decisionSets.stream().map(set -> Path.of(set.path())).toList()), maxFileBytes);
		ArchitectureFolder result = new ArchitectureFolder(folder, architecture, findings, config.values);
		result.forReading = forReading;
		result.settingsFindings = settingsFindings;
		architecture.setName(config.name);
		architecture.setDescription(config.description);
		architecture.setOrganisation(config.organisation);
		if (!Files.isRegularFile(folder.resolve("baton.yaml"))) {
			settingsFindings.getChildren().forEach(findings::add);
			return result;
		}
		List<Path> decisionFolders = new ArrayList<>();
		for (Settings.DecisionSetConfig setConfig : config.decisionSets) {
			DecisionSet set = BatonFactory.eINSTANCE.createDecisionSet();
			set.setName(setConfig.name());
			set.setPath(setConfig.path());
			set.setDialect(setConfig.dialect());
			architecture.getDecisionSets().add(set);
			result.setConfigs.put(set, setConfig);
			decisionFolders.add(folder.resolve(setConfig.path()).normalize());
			if (!isNative(setConfig.dialect())) {
				DecisionFormat format = formats.get(setConfig.dialect());
				if (format == null) {
					Document batonYaml = new Document(RecordLoader.display(folder.resolve("baton.yaml")), "baton.yaml");
					settingsContext.error(batonYaml, 0,
							StoreFindings.BAD_VALUE, "the decision set '" + setConfig.name() + "' (" + setConfig.path()
									+ ") is in dialect '" + setConfig.dialect()
									+ "', which cannot be read here (known: "
									+ String.join(", ", known(formats))
									+ "): fix 'dialect'; its decisions are not loaded");
				} else {
					result.setFormats.put(set, format);
				}
			}
		}
		settingsFindings.getChildren().forEach(findings::add);
		References references = new References(architecture.getDecisionSets().get(0));
		List<Path> recordFiles = new ArrayList<>();
		List<Kinds.Kind> recordKinds = new ArrayList<>();
		List<DecisionSet> recordSets = new ArrayList<>();
		for (int i = 0; i < decisionFolders.size() && (kinds == null || kinds.contains("decision")); i++) {
			DecisionSet set = architecture.getDecisionSets().get(i);
			List<Path> files;
			if (isNative(set.getDialect())) {
				files = list(decisionFolders.get(i), false, loader, context);
			} else if (outside(decisionFolders.get(i), loader)) {
				reportOutside(decisionFolders.get(i), loader, context);
				files = List.of();
			} else if (result.setFormats.containsKey(set)) {
				Document folderDocument = new Document(RecordLoader.display(decisionFolders.get(i)), set.getPath());
				files = result.setFormats.get(set).recordFiles(decisionFolders.get(i),
						RecordLoader.formatContext(folderDocument, "", context));
			} else {
				files = List.of();
			}
			for (Path file : files) {
				recordFiles.add(file);
				recordKinds.add(Kinds.byName("decision").orElseThrow());
				recordSets.add(set);
			}
		}
		for (Kinds.Kind kind : Kinds.all()) {
			if (kind.container() != null && (kinds == null || kinds.contains(kind.name()))) {
				for (Path file : list(folder.resolve(kind.folder()), true, loader, context)) {
					recordFiles.add(file);
					recordKinds.add(kind);
					recordSets.add(null);
				}
			}
		}
		if (kinds == null) {
			reportUnknownFolders(folder, decisionFolders, loader, context);
		}
		monitor.beginTask("Loading " + folder.getFileName(), recordFiles.size());
		// files are read and parsed in parallel, each into its own context; the results are then
		// added in file order, so the model and the findings are the same as a sequential read.
		// A small folder is read on one thread: starting the pool and warming up EMF would cost
		// more than they save (it matters to the command line's cold start)
		boolean parallel = recordFiles.size() >= PARALLEL_THRESHOLD;
		if (parallel) {
			warmUpModelMetadata();
		}
		Document[] documents = new Document[recordFiles.size()];
		ReadContext[] contexts = new ReadContext[recordFiles.size()];
		IntStream indexes = IntStream.range(0, recordFiles.size());
		(parallel ? indexes.parallel() : indexes).forEach(i -> {
			synchronized (monitor) {
				if (monitor.isCanceled()) {
					return;
				}
			}
			contexts[i] = new ReadContext(new BasicDiagnostic());
			DecisionFormat format = recordSets.get(i) == null ? null : result.setFormats.get(recordSets.get(i));
			documents[i] = format == null ? loader.load(recordFiles.get(i), recordKinds.get(i).eClass(), contexts[i])
					: loader.load(recordFiles.get(i), folder.resolve(recordSets.get(i).getPath()), format, contexts[i]);
			synchronized (monitor) {
				monitor.worked(1);
			}
		});
		for (int i = 0; i < recordFiles.size(); i++) {
			if (contexts[i] == null) {
				findings.add(
						new BasicDiagnostic(Diagnostic.CANCEL, StoreFindings.SOURCE, 0, "loading was cancelled", null));
				break;
			}
			contexts[i].findings().getChildren().forEach(findings::add);
			context.references().addAll(contexts[i].references());
			if (documents[i] != null) {
				result.add(documents[i], recordKinds.get(i), recordSets.get(i), references, context);
			} else if (recordSets.get(i) != null) {
				result.skippedNumber(recordSets.get(i), recordFiles.get(i));
			}
		}
		monitor.done();
		reportDuplicateNumbers(references, result, context);
		references.resolve(context, kinds == null ? null
				: type -> type == BatonPackage.Literals.DECISION
						? kinds.contains("decision")
						: Kinds.all().stream()
								.anyMatch(k -> kinds.contains(k.name()) && type.isSuperTypeOf(k.eClass())));
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(BatonPackage.eNS_URI, BatonPackage.eINSTANCE);
		Resource resource = new ResourceImpl(URI.createFileURI(folder.resolve("baton.yaml").toString()));
		resourceSet.getResources().add(resource);
		resource.getContents().add(architecture);
		RecordCrossReferences crossReferences = new RecordCrossReferences();
		resourceSet.eAdapters().add(crossReferences);
		if (!forReading) {
			crossReferences.keep(references); // a reload of one file updates it instead of indexing every record
		}
		for (Document document : result.documents.values()) {
			if (forReading) {
				document.dropEditingState();
			} else if (document.format() == null) {
				document.loaded().putAll(result.canonical(document));
			}
			document.compact();
		}
		return result;
	}

	/**
	 * Completes a change that a killed process left in {@code .baton/journal} (every command that loads the folder
	 * does, so no command reads it half-changed), and says so.
	 */
	private static void recover(Path folder, BasicDiagnostic findings) {
		if (!Journal.pending(folder)) {
			return;
		}
		SourceLocation where = SourceLocation.of(Journal.file(folder));
		String what = "completing an unfinished change";
		try (FolderLock lock = FolderLock.acquire(folder, FolderLock.DEFAULT_WAIT, what)) {
			Journal.Recovery done = Journal.recover(folder.toRealPath(), new AtomicFiles(folder));
			if (done != null && done.completed()) {
				findings.add(Findings.info(StoreFindings.SOURCE, StoreFindings.RECOVERED, where,
						"completed an unfinished "
								+ "change (" + done.change() + ", interrupted before it had written all its files): "
								+ done.files() + " file(s) written or deleted as it meant to"));
			} else if (done != null) {
				findings.add(Findings.error(StoreFindings.SOURCE, StoreFindings.RECOVERED, where, "found "
						+ done.change() + " and could not complete it: check the folder's records (git status, "
						+ "git diff)"));
			}
		} catch (FolderLock.Busy e) {
			findings.add(Findings.warning(StoreFindings.SOURCE, StoreFindings.LOCKED, where, e.getMessage()
					+ " (it is writing its change now: what is read may be half-changed)"));
		} catch (IOException e) {
			findings.add(Findings.error(StoreFindings.SOURCE, StoreFindings.RECOVERED, where, "an unfinished change "
					+ "could not be completed (" + e.getMessage() + "): make the folder writable and run any baton "
					+ "command again"));
		}
	}

	private static boolean isNative(String dialect) {
		return dialect == null || dialect.equals("madr") || dialect.equals("madr4") || dialect.equals("baton");
	}

	private static List<String> known(Map<String, DecisionFormat> formats) {
		List<String> names = new ArrayList<>(List.of("madr"));
		names.addAll(new TreeSet<>(formats.keySet()));
		return names;
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
		List<Object> sets = decisionSetEntries(architecture, Map.of());
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
			result.setConfigs.put(set, new Settings.DecisionSetConfig(set.getName(), set.getPath(),
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
	 * EMF computes some class metadata (all features, all references, ...) lazily and caches it without locking:
	 * compute it once here, before the files are parsed on several threads.
	 */
	public static void warmUpModelMetadata() {
		for (var classifier : BatonPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				eClass.getEAllStructuralFeatures();
				eClass.getEAllAttributes();
				eClass.getEAllReferences();
				eClass.getEAllContainments();
				eClass.getEAllSuperTypes();
				eClass.getFeatureCount();
				eClass.getEAllStructuralFeatures().forEach(f -> {
					f.getEType();
					f.getEContainingClass();
					eClass.getFeatureID(f);
				});
				if (!eClass.isAbstract()) {
					EcoreUtil.create(eClass);
					if (Kinds.all().stream().anyMatch(k -> k.eClass() == eClass)) {
						RecordCodec.of(eClass);
					}
				}
			}
		}
	}

	private void add(Document document, Kinds.Kind kind, DecisionSet set, References references,
			ReadContext context) {
		Record record = document.record();
		if (record instanceof Decision decision) {
			Decision existing = references.add(set, decision);
			if (existing != null) {
				context.error(document, 1, StoreFindings.DUPLICATE_ID, "decision id '" + decision.getId()
						+ "' is already used by " + existing.getSourcePath() + ": give one of them another id; "
						+ "this file is not loaded");
				return;
			}
			set.getDecisions().add(decision);
		} else {
			Record existing = references.add(record);
			if (existing != null) {
				context.error(document, 1, StoreFindings.DUPLICATE_ID, "id '" + record.getId() + "' is already used by "
						+ existing.getSourcePath() + ": ids are unique across the folder; rename one file (or "
						+ "change its 'id:'); this file is not loaded");
				return;
			}
			@SuppressWarnings("unchecked")
			List<Record> container = (List<Record>) architecture.eGet(kind.container());
			container.add(record);
		}
		documents.put(record, document);
	}

	private static Settings readSettings(Path folder, ReadContext context) {
		Path file = folder.resolve("baton.yaml");
		Document document = new Document(RecordLoader.display(file), "baton.yaml");
		if (!Files.isRegularFile(file)) {
			context.error(document, 0, StoreFindings.NOT_AN_ARCHITECTURE, "not an architecture folder: there is no "
					+ "baton.yaml in " + RecordLoader.display(folder) + "; give the folder that holds baton.yaml, or "
					+ "create one with 'name: <your platform>'");
			return Settings.read(YamlBlock.empty(), document, new ReadContext(new BasicDiagnostic()));
		}
		try {
			String text = FolderFiles.of(folder).read(file, DEFAULT_MAX_FILE_BYTES);
			SourceText source = new SourceText(text);
			YamlBlock yaml = YamlBlock.parse(source, 0, source.lineCount(), "baton.yaml");
			document.setText(source, new FrontMatter(false, 0, 0, 0, 0, false), yaml);
			return Settings.read(yaml, document, context);
		} catch (FolderFiles.Refused e) {
			context.error(document, e.line(), e.code(), e.getMessage() + "; defaults are used");
		} catch (YamlBlock.YamlProblem e) {
			context.error(document, e.line(), StoreFindings.MALFORMED_YAML,
					e.getMessage() + ": fix baton.yaml; defaults are used until then");
		}
		return Settings.read(YamlBlock.empty(), document, new ReadContext(new BasicDiagnostic()));
	}

	/** Record files of a folder, sorted; an unreadable folder is reported and yields what could be read. */
	private static List<Path> list(Path folder, boolean recursive, RecordLoader loader, ReadContext context) {
		return list(folder, recursive, loader, context, new HashSet<>());
	}

	/**
	 * Walks a folder of records: a folder whose real path is outside the architecture folder (a symbolic link out of
	 * it) is reported and not walked, and a folder already walked (a link back up, a loop) is walked once.
	 */
	private static List<Path> list(Path folder, boolean recursive, RecordLoader loader, ReadContext context,
			Set<Path> walked) {
		if (!Files.exists(folder)) {
			if (Files.isSymbolicLink(folder)) {
				Document document = new Document(RecordLoader.display(folder), loader.relative(folder));
				context.error(document, 0, StoreFindings.UNREADABLE, "cannot read the folder (a broken or looping "
						+ "symbolic link): fix the link; the records in it are not loaded, the rest is");
			}
			return List.of();
		}
		Path real = loader.files().realFolder(folder);
		if (real == null) {
			reportOutside(folder, loader, context);
			return List.of();
		}
		if (!walked.add(real)) {
			return List.of();
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				if (Files.isDirectory(entry)) {
					if (recursive && !entry.getFileName().toString().startsWith(".")) {
						files.addAll(list(entry, true, loader, context, walked));
					}
				} else if (recursive ? RecordFiles.isRecordFile(entry) : RecordFiles.isDecisionFile(entry)) {
					// a decision folder (the only one listed flat) tells templates by their content
					files.add(entry);
				}
			}
		} catch (IOException e) {
			Document document = new Document(RecordLoader.display(folder), loader.relative(folder));
			context.error(document, 0, StoreFindings.UNREADABLE, "cannot read the folder ("
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
					+ "): check its permissions; the records in it are not loaded, the rest is");
		}
		Collections.sort(files);
		return files;
	}

	/** Whether a folder exists and leads outside the architecture folder. */
	private static boolean outside(Path folder, RecordLoader loader) {
		return Files.exists(folder) && loader.files().realFolder(folder) == null;
	}

	private static void reportOutside(Path folder, RecordLoader loader, ReadContext context) {
		Document document = new Document(RecordLoader.display(folder), loader.relative(folder));
		context.error(document, 0, StoreFindings.OUTSIDE_FOLDER, "the folder leads outside the architecture folder "
				+ "(a symbolic link out of it): Baton reads only files inside the folder; move the records into it "
				+ "instead of linking them (a decision set elsewhere is named by its real folder in baton.yaml, "
				+ "e.g. 'decisions: {path: ../adr}'); the records in it are not loaded, the rest is");
	}

	private static void reportUnknownFolders(Path folder, List<Path> decisionFolders, RecordLoader loader,
			ReadContext context) {
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path entry : entries.sorted().toList()) {
				String name = entry.getFileName().toString();
				if (!Files.isDirectory(entry) || name.startsWith(".") || Kinds.byFolder(name).isPresent()
						|| decisionFolders.contains(entry.normalize())) {
					continue;
				}
				long markdown;
				try (Stream<Path> files = Files.list(entry)) {
					markdown = files.filter(RecordFiles::isRecordFile).count();
				}
				if (markdown > 0) {
					Document document = new Document(RecordLoader.display(entry), name);
					context.warning(document, 0, StoreFindings.UNKNOWN_KIND, "'" + name + "' is not a kind of record ("
							+ markdown + " Markdown file(s) not loaded): move them into one of " + String.join(", ",
									Kinds.all().stream().map(Kinds.Kind::folder).toList())
							+ ", or ignore this if they are not records");
				}
			}
		} catch (IOException e) {
			// the folder itself was reported when its records were listed
		}
	}

	static void reportDuplicateNumbers(References references, ArchitectureFolder folder, ReadContext context) {
		references.duplicateNumbers().forEach((set, numbers) -> numbers.forEach((number, decisions) -> {
			List<String> files = decisions.stream().map(Record::getSourcePath).toList();
			for (Decision decision : decisions) {
				context.warning(folder.documents.get(decision), 1, StoreFindings.DUPLICATE_NUMBER, "decision number "
						+ number + " is used by " + decisions.size() + " files in " + set + "/ ("
						+ String.join(", ", files)
						+ "), typically after two branches each added one: renumber all but one of them "
						+ "(baton renumber); references by number to " + number + " are ambiguous");
			}
		}));
	}

	private Map<String, Object> canonical(Document document) {
		Record record = document.record();
		DecisionSet set = record.eContainer() instanceof DecisionSet s ? s : null;
		Function<EObject, String> idOf = target -> References.idOf(target, set);
		return RecordCodec.of(record.eClass()).canonical(record, document, idOf);
	}

	/** The folder's root (where {@code baton.yaml} is). */
	public Path root() {
		return root;
	}

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

	/**
	 * The text the record's file will hold after the next {@link #save}: the file as it is with only what changed
	 * patched in (an editor's source view shows it). Empty for a record that has no file yet. Nothing is written.
	 */
	public Optional<String> textOf(Record record) {
		Document document = documents.get(record);
		if (document == null || forReading) {
			return Optional.empty();
		}
		if (document.format() != null) {
			return Optional.of(document.format().write((Decision) record, document.reading(), links()));
		}
		Map<String, Object> now = canonical(document);
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
		refuseIfForReading("rename a record");
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
		BasicDiagnostic result = Findings.root(StoreFindings.SOURCE, "Saving " + root);
		if (forReading) {
			result.add(Findings.error(StoreFindings.SOURCE, StoreFindings.READ_ONLY, SourceLocation.of(root),
					"this folder was loaded for reading only; nothing is saved: load it with ArchitectureFolder.load "
							+ "to change it"));
			return result;
		}
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
		// new records get their ids first, so that references to them from changed records can be written
		Map<Record, String> newPaths = new IdentityHashMap<>();
		for (Record record : present) {
			if (!documents.containsKey(record)) {
				newPaths.put(record, newPath(record));
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
		Map<String, Object> now = canonical(document);
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
				document.loaded().putAll(canonical(document));
			});
			deleteOldFile(record, document, oldFile, result);
		}
	}

	/** The {@code decisions:} entries of {@code baton.yaml} for the architecture's sets. */
	private static List<Object> decisionSetEntries(Architecture architecture,
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
			String text = FileReader.read(file, DEFAULT_MAX_FILE_BYTES);
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
		Map<String, Object> now = canonical(document);
		String text = Patcher.render(RecordCodec.of(record.eClass()), now, record);
		if (write(document, text, false, result)) {
			committed.add(() -> {
				record.setSourcePath(relative);
				documents.put(record, document);
				document.loaded().putAll(canonical(document));
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
	public void convert(DecisionSet set, String dialect, Map<String, DecisionFormat> formats) {
		refuseIfForReading("convert a decision set");
		if (!isNative(dialect) && !formats.containsKey(dialect)) {
			throw new IllegalArgumentException("unknown dialect '" + dialect + "' (known: " + String.join(", ",
					known(formats)) + ")");
		}
		for (Decision decision : set.getDecisions()) {
			Document document = documents.remove(decision);
			if (document != null) {
				movedFrom.putIfAbsent(decision, root.resolve(document.relativePath()));
				movedText.putIfAbsent(decision, loadedText(document));
				decision.setSourcePath(null);
			}
		}
		if (isNative(dialect)) {
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
	private DecisionFormat.Links links() {
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
	 * The id the next decision of a set gets: the next free number, padded to the set's {@code digits}, and a slug of
	 * the title ({@code 0008-use-kafka-for-events}).
	 */
	public String nextDecisionId(DecisionSet set, String title) {
		int highest = set.getDecisions().stream().map(Decision::getNumber).filter(n -> n != null).max(Integer::compare)
				.orElse(0);
		int number = Math.max(highest, skippedNumbers.getOrDefault(set, 0)) + 1;
		return RecordFiles.decisionId(number, setConfigs.containsKey(set) ? setConfigs.get(set).digits() : 4, title);
	}

	private void skippedNumber(DecisionSet set, Path file) {
		Integer number = RecordFiles.number(RecordFiles.stem(file));
		if (number != null) {
			skippedNumbers.merge(set, number, Math::max);
		}
	}

	private String newPath(Record record) {
		if (record instanceof Decision decision) {
			DecisionSet set = (DecisionSet) decision.eContainer();
			int digits = setConfigs.containsKey(set) ? setConfigs.get(set).digits() : 4;
			if (decision.getId() == null) {
				String id = decision.getNumber() != null
						? RecordFiles.decisionId(decision.getNumber(), digits, decision.getTitle())
						: nextDecisionId(set, decision.getTitle());
				decision.setNumber(RecordFiles.number(id));
				decision.setId(id);
			}
			DecisionFormat format = setFormats.get(set);
			String name = format == null ? decision.getId() + ".md" : format.newFile(decision);
			String folder = set.getPath() == null ? "decisions" : set.getPath();
			return root.relativize(root.resolve(folder).resolve(name).normalize()).toString().replace('\\', '/');
		}
		if (record.getId() == null) {
			record.setId(RecordFiles.slug(record.getTitle()));
		}
		return Kinds.of(record.eClass()).folder() + "/" + record.getId() + ".md";
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

	private void refuseIfForReading(String what) {
		if (forReading) {
			throw new IllegalStateException("cannot " + what + " in " + root + ": it was loaded for reading only");
		}
	}

	/** The documents of the loaded records, by record: {@link FileReload} replaces entries as files change. */
	Map<Record, Document> documents() {
		return documents;
	}

	/** The format of a decision set kept in a foreign dialect, or {@code null}. */
	DecisionFormat formatOf(DecisionSet set) {
		return setFormats.get(set);
	}

	/** Whether the folder keeps what saving needs (it was not loaded for reading only). */
	boolean editable() {
		return !forReading;
	}

	/** Makes a freshly read document ready as a load leaves it: the values saving compares, or none. */
	void settle(Document document) {
		if (forReading) {
			document.dropEditingState();
		} else if (document.format() == null) {
			document.loaded().clear();
			document.loaded().putAll(canonical(document));
		}
		document.compact();
	}

	/** A record's canonical values now (the ids its references name), as saving compares them. */
	Map<String, Object> canonicalOf(Document document) {
		return canonical(document);
	}

	/** The outline of a record's body as loaded; for editors that show sections. */
	MarkdownOutline outlineOf(Record record) {
		Document document = documents.get(record);
		return document == null ? null : document.outline();
	}
}
