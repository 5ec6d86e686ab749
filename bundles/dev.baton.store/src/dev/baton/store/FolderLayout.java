package dev.baton.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

import dev.baton.api.Findings;
import dev.baton.api.SourceLocation;
import dev.baton.model.BatonPackage;
import dev.baton.model.Record;
import dev.baton.store.codec.FrontMatter;
import dev.baton.store.codec.SourceText;
import dev.baton.store.codec.YamlBlock;
import dev.baton.store.internal.Document;
import dev.baton.store.internal.ReadContext;
import dev.baton.store.internal.RecordFiles;
import dev.baton.store.internal.RecordLoader;
import dev.baton.store.internal.References;
import dev.baton.store.internal.Settings;

/**
 * Where the records of an architecture folder live, from the text of its {@code baton.yaml} alone, and how one record
 * file's text is read: for tools that see files that are not in a working tree, such as the blobs of a past git
 * revision. Reading a file here gives the record {@link ArchitectureFolder#load} would make of it, except that
 * references stay as written: every one is an unresolved proxy whose URI fragment is the token in the file.
 *
 * <p>
 * Immutable and thread-safe.
 */
public final class FolderLayout {

	/**
	 * A decision set.
	 *
	 * @param name    its scope name
	 * @param path    its folder relative to the architecture folder, with {@code /}, no trailing slash
	 * @param dialect the dialect of its files ({@code madr} for Baton's own)
	 */
	public record DecisionSetPlace(String name, String path, String dialect) {
	}

	/**
	 * What a file of the folder is.
	 *
	 * @param kind its kind of record
	 * @param set  its decision set, {@code null} for records that are not decisions
	 */
	public record Place(Kinds.Kind kind, DecisionSetPlace set) {
	}

	/** The file whose presence makes a folder an architecture folder, at its root. */
	public static final String SETTINGS = "baton.yaml";
	/** The folder of the default decision set, when {@value #SETTINGS} names none. */
	public static final String DEFAULT_DECISIONS = "decisions";

	private static final List<String> FOREIGN_EXTENSIONS = List.of(".md", ".markdown", ".adoc", ".asciidoc", ".txt");

	private final List<DecisionSetPlace> sets;

	private FolderLayout(List<DecisionSetPlace> sets) {
		this.sets = List.copyOf(sets);
	}

	/** Whether a folder is an architecture folder: it holds {@value #SETTINGS}. */
	public static boolean isArchitectureFolder(Path folder) {
		return Files.isRegularFile(folder.resolve(SETTINGS));
	}

	/**
	 * The architecture folder that {@code start} is in: {@code start} itself or the nearest folder above it that holds
	 * {@value #SETTINGS}. Give a file's parent to find the folder of a record file.
	 */
	public static Optional<Path> rootOf(Path start) {
		for (Path folder = start.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
			if (isArchitectureFolder(folder)) {
				return Optional.of(folder);
			}
		}
		return Optional.empty();
	}

	/**
	 * The layout of an architecture folder on disk, read from its {@value #SETTINGS} with the store's file rules
	 * (inside the folder, a regular file, at most {@link ArchitectureFolder#DEFAULT_MAX_FILE_BYTES}); the defaults when
	 * it cannot be read.
	 *
	 * @param findings receives why the file was not read or what is wrong with it
	 */
	public static FolderLayout read(Path root, DiagnosticChain findings) {
		Path file = root.resolve(SETTINGS);
		if (!Files.isRegularFile(file)) {
			return of(null, file, findings);
		}
		try {
			return of(FolderFiles.of(root).read(file, ArchitectureFolder.DEFAULT_MAX_FILE_BYTES), file, findings);
		} catch (FolderFiles.Refused e) {
			findings.add(Findings.error(StoreFindings.SOURCE, e.code(), SourceLocation.of(file, e.line()),
					e.getMessage() + "; defaults are used"));
			return of(null, file, findings);
		}
	}

	/**
	 * What the file at a path is, as {@link #place(String)} says, for a path of the folder {@code root}.
	 *
	 * @return empty also when the file is not inside {@code root}
	 */
	public Optional<Place> place(Path root, Path file) {
		Path relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
		if (relative.toString().isEmpty() || relative.startsWith("..")) {
			return Optional.empty();
		}
		return place(relative.toString().replace('\\', '/'));
	}

	/**
	 * The layout {@code baton.yaml} describes.
	 *
	 * @param text     the file's text; {@code null} gives the defaults (one set in {@code decisions/})
	 * @param file     how findings name the file
	 * @param findings receives what is wrong with the text (then the defaults are used)
	 */
	public static FolderLayout of(String text, Path file, DiagnosticChain findings) {
		Document document = new Document(file, SETTINGS);
		ReadContext context = new ReadContext(new BasicDiagnostic());
		Settings settings;
		if (text == null) {
			settings = Settings.read(YamlBlock.empty(), document, new ReadContext(new BasicDiagnostic()));
		} else {
			try {
				SourceText source = new SourceText(text);
				YamlBlock yaml = YamlBlock.parse(source, 0, source.lineCount(), SETTINGS);
				document.setText(source, new FrontMatter(false, 0, 0, 0, 0, false), yaml);
				settings = Settings.read(yaml, document, context);
			} catch (YamlBlock.YamlProblem e) {
				context.error(document, e.line(), StoreFindings.MALFORMED_YAML,
						e.getMessage() + ": fix baton.yaml; defaults are used until then");
				settings = Settings.read(YamlBlock.empty(), document, new ReadContext(new BasicDiagnostic()));
			}
		}
		context.findings().getChildren().forEach(findings::add);
		return of(settings);
	}

	/** The layout of settings already read (the load reads {@code baton.yaml} once, for both). */
	static FolderLayout of(Settings settings) {
		List<DecisionSetPlace> sets = new ArrayList<>();
		for (Settings.DecisionSetConfig set : settings.decisionSets) {
			String path = Path.of(set.path()).normalize().toString().replace('\\', '/');
			sets.add(new DecisionSetPlace(set.name(), path.equals(".") ? "" : path, set.dialect()));
		}
		return new FolderLayout(sets);
	}

	/** The decision sets, the default one first. */
	public List<DecisionSetPlace> decisionSets() {
		return sets;
	}

	/**
	 * What the file at a path is, or empty when it is no record file: decisions are the record files directly in a
	 * set's folder (for a set in a foreign dialect also {@code .adoc} and {@code .txt} files, and a {@code README.md}
	 * in a sub-folder of its own); other records are the record files anywhere below their kind's folder.
	 *
	 * @param relativePath relative to the architecture folder, with {@code /}
	 */
	public Optional<Place> place(String relativePath) {
		int slash = relativePath.lastIndexOf('/');
		String folder = slash < 0 ? "" : relativePath.substring(0, slash);
		String name = relativePath.substring(slash + 1);
		for (DecisionSetPlace set : sets) {
			if (isNative(set.dialect())) {
				if (folder.equals(set.path()) && RecordFiles.isDecisionFile(Path.of(name))) {
					return Optional.of(new Place(Kinds.byName("decision").orElseThrow(), set));
				}
			} else if (isForeignRecord(set.path(), folder, name)) {
				return Optional.of(new Place(Kinds.byName("decision").orElseThrow(), set));
			}
		}
		int first = relativePath.indexOf('/');
		if (first > 0 && RecordFiles.isRecordFile(Path.of(name)) && !name.startsWith(".")
				&& relativePath.substring(0, first).indexOf('.') != 0) {
			Optional<Kinds.Kind> kind = Kinds.byFolder(relativePath.substring(0, first));
			if (kind.isPresent() && kind.get().container() != null && !hidden(relativePath)) {
				return Optional.of(new Place(kind.get(), null));
			}
		}
		return Optional.empty();
	}

	private static boolean hidden(String relativePath) {
		for (String part : relativePath.split("/")) {
			if (part.startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isForeignRecord(String setPath, String folder, String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (name.startsWith(".") || FOREIGN_EXTENSIONS.stream().noneMatch(lower::endsWith)) {
			return false;
		}
		if (folder.equals(setPath)) {
			String stem = lower.substring(0, lower.lastIndexOf('.'));
			return !stem.equals("readme") && !stem.equals("index") && !stem.startsWith("_");
		}
		String parent = folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "";
		return parent.equals(setPath) && !folder.isEmpty() && lower.equals("readme.md");
	}

	static boolean isNative(String dialect) {
		return dialect == null || dialect.equals("madr") || dialect.equals("madr4") || dialect.equals("baton");
	}

	/**
	 * Reads one record file's text.
	 *
	 * @param place        what the file is ({@link #place})
	 * @param relativePath its path relative to the architecture folder (gives the id when the file has none)
	 * @param file         how findings name it (e.g. {@code 1a2b3c4:docs/adr/0007-use-x.md})
	 * @param formats      the formats of foreign dialects, by id; a set in another dialect is reported
	 * @param findings     receives what is wrong with the text, naming the file and line
	 * @return the record, or {@code null} when the text holds none (the reason is reported)
	 */
	public Record read(Place place, String relativePath, String text, Path file, Map<String, DecisionFormat> formats,
			DiagnosticChain findings) {
		Document document = new Document(file, relativePath);
		ReadContext context = new ReadContext(new BasicDiagnostic());
		Document read;
		if (place.set() != null && !isNative(place.set().dialect())) {
			DecisionFormat format = formats.get(place.set().dialect());
			if (format == null) {
				context.error(document, 0, StoreFindings.BAD_VALUE, "the decision set '" + place.set().name()
						+ "' is in dialect '" + place.set().dialect()
						+ "', which cannot be read here: fix 'dialect' in baton.yaml");
				read = null;
			} else {
				String setRelative = place.set().path().isEmpty() ? relativePath
						: relativePath.substring(place.set().path().length() + 1);
				read = RecordLoader.load(document, text, setRelative, format, context);
			}
		} else {
			read = RecordLoader.load(document, text, place.kind().eClass(), context);
		}
		context.findings().getChildren().forEach(findings::add);
		if (read == null) {
			return null;
		}
		// nothing to resolve against: every reference becomes a proxy holding its token as written
		new References(null).resolve(context, type -> false);
		Record record = read.record();
		if (record.eClass() == BatonPackage.Literals.DECISION && record.getSourcePath() == null) {
			record.setSourcePath(relativePath);
		}
		return record;
	}
}
