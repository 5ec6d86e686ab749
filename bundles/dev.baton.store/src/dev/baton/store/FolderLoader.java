package dev.baton.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
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
import dev.baton.store.internal.Document;
import dev.baton.store.codec.FrontMatter;
import dev.baton.store.internal.Journal;
import dev.baton.store.internal.ReadContext;
import dev.baton.store.internal.RecordCodec;
import dev.baton.store.internal.RecordFiles;
import dev.baton.store.internal.RecordLoader;
import dev.baton.store.internal.References;
import dev.baton.store.internal.Settings;
import dev.baton.store.codec.SourceText;
import dev.baton.store.codec.YamlBlock;

/**
 * Reads an architecture folder into the model: completes a change a killed process left unfinished, reads
 * {@code baton.yaml}, lists the record files of each decision set and kind, parses them (on every core from
 * {@value #PARALLEL_THRESHOLD} files on, added in file order so the result is a sequential read's), and resolves the
 * references once every record is in. A file that cannot be read is reported (file, line, what to do) and skipped;
 * everything else still loads.
 */
final class FolderLoader {

	/** From this many record files on, a load parses them on every core. */
	private static final int PARALLEL_THRESHOLD = 400;

	private FolderLoader() {
	}

	/**
	 * Loads the folder at {@code root}.
	 *
	 * @param forReading keep nothing of what saving needs (each file's text, outline and values at load time)
	 */
	static ReadableFolder load(Path root, LoadOptions options, boolean forReading) {
		Monitor monitor = options.monitor();
		Map<String, DecisionFormat> formats = options.formats();
		Set<String> kinds = options.kinds();
		Path folder = root.toAbsolutePath().normalize();
		BasicDiagnostic findings = Findings.root(StoreFindings.SOURCE, "Loading " + folder);
		recover(folder, findings);
		ReadContext context = new ReadContext(findings);
		Architecture architecture = BatonFactory.eINSTANCE.createArchitecture();
		BasicDiagnostic settingsFindings = new BasicDiagnostic();
		ReadContext settingsContext = new ReadContext(settingsFindings);
		Settings config = readSettings(folder, settingsContext);
		RecordLoader loader = new RecordLoader(new FolderFiles(folder,
				config.decisionSets.stream().map(set -> Path.of(set.path())).toList()), options.maxFileBytes());
		ReadableFolder result = forReading ? new ReadableFolder(folder, architecture, findings, config.values)
				: new ArchitectureFolder(folder, architecture, findings, config.values);
		result.settingsFindings(settingsFindings);
		result.layout(FolderLayout.of(config));
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
			result.setConfigs().put(set, setConfig);
			decisionFolders.add(folder.resolve(setConfig.path()).normalize());
			if (!FolderLayout.isNative(setConfig.dialect())) {
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
					result.setFormats().put(set, format);
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
			if (FolderLayout.isNative(set.getDialect())) {
				files = list(decisionFolders.get(i), false, loader, context);
			} else if (outside(decisionFolders.get(i), loader)) {
				reportOutside(decisionFolders.get(i), loader, context);
				files = List.of();
			} else if (result.setFormats().containsKey(set)) {
				Document folderDocument = new Document(RecordLoader.display(decisionFolders.get(i)), set.getPath());
				files = result.setFormats().get(set).recordFiles(decisionFolders.get(i),
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
			DecisionFormat format = recordSets.get(i) == null ? null : result.setFormats().get(recordSets.get(i));
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
				add(result, documents[i], recordKinds.get(i), recordSets.get(i), references, context);
			} else if (recordSets.get(i) != null && result instanceof ArchitectureFolder editable) {
				editable.skippedNumber(recordSets.get(i), recordFiles.get(i));
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
		result.documents().values().forEach(result::settle);
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

	/** The dialects a folder loaded with these formats reads, for messages. */
	static List<String> known(Map<String, DecisionFormat> formats) {
		List<String> names = new ArrayList<>(List.of("madr"));
		names.addAll(new TreeSet<>(formats.keySet()));
		return names;
	}

	/**
	 * EMF computes some class metadata (all features, all references, ...) lazily and caches it without locking:
	 * compute it once here, before the files are parsed on several threads.
	 */
	static void warmUpModelMetadata() {
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

	private static void add(ReadableFolder folder, Document document, Kinds.Kind kind, DecisionSet set,
			References references, ReadContext context) {
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
			List<Record> container = (List<Record>) folder.architecture().eGet(kind.container());
			container.add(record);
		}
		folder.documents().put(record, document);
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
			String text = FolderFiles.of(folder).read(file, ArchitectureFolder.DEFAULT_MAX_FILE_BYTES);
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

	static void reportDuplicateNumbers(References references, ReadableFolder folder, ReadContext context) {
		references.duplicateNumbers().forEach((set, numbers) -> numbers.forEach((number, decisions) -> {
			List<String> files = decisions.stream().map(Record::getSourcePath).toList();
			for (Decision decision : decisions) {
				context.warning(folder.documents().get(decision), 1, StoreFindings.DUPLICATE_NUMBER, "decision number "
						+ number + " is used by " + decisions.size() + " files in " + set + "/ ("
						+ String.join(", ", files)
						+ "), typically after two branches each added one: renumber all but one of them "
						+ "(baton renumber); references by number to " + number + " are ambiguous");
			}
		}));
	}
}
