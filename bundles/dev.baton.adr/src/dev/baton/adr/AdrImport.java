package dev.baton.adr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.baton.api.Findings;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.DecisionFormat;
import dev.baton.store.codec.ReferenceTokens;
import dev.baton.store.codec.TextFiles;

/**
 * Imports the ADRs of a repository: finds its sets ({@link AdrDiscovery}), reads every file in the dialect it is
 * written in, resolves the links between records (by relative link, number, file name, slug or title), and says for
 * each file what was understood and what was not. Nothing is written; the result is an architecture and a
 * {@link Report}.
 */
public final class AdrImport {

	/** Source of the findings of an import. */
	public static final String SOURCE = "dev.baton.adr";

	/** What happened to one file. */
	public record FileReport(String file, String dialect, boolean imported, String id, String title, String status,
			String date, List<String> notes) {
	}

	/** One set: where it was found and its files. */
	public record SetReport(String name, String folder, String foundBy, List<FileReport> files) {

		/** Files that became decisions. */
		public long imported() {
			return files.stream().filter(FileReport::imported).count();
		}
	}

	/**
	 * The result of an import.
	 *
	 * @param architecture the imported decisions, one decision set per set found
	 * @param sets         per set, per file: what was read
	 * @param findings     warnings and errors with file and line (infos for normalisations)
	 * @param root         the folder imported from: the files of the report are relative to it
	 * @param others       every other Markdown or AsciiDoc file below {@code root}, with why it was left
	 */
	public record Report(Architecture architecture, List<SetReport> sets, Diagnostic findings, Path root,
			List<FileReport> others) {

		/** Decisions imported, over all sets. */
		public long imported() {
			return sets.stream().mapToLong(SetReport::imported).sum();
		}
	}

	private record Pending(EObject holder, EReference feature, String token, Path file, int line, DecisionSet set) {
	}

	private static final Pattern NUMBER = Pattern.compile("(?i)(?:adr|rfc)?[-_ #]?0*(\\d{1,6})");

	private final Path root;
	private final BasicDiagnostic findings = Findings.root(SOURCE, "Importing ADRs");
	private final List<Pending> pending = new ArrayList<>();
	/** ADR folders found but not imported (translations), with why. */
	private final Map<Path, String> left = new LinkedHashMap<>();

	private AdrImport(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/**
	 * Imports every ADR set below {@code source} (a repository, or an ADR folder).
	 *
	 * @throws IOException when the source cannot be listed at all (a file inside that cannot be read is reported
	 *                     instead)
	 */
	public static Report run(Path source, RunContext context) throws IOException {
		if (!Files.isDirectory(source)) {
			throw new IOException(source + " is not a folder: give the repository or its ADR folder");
		}
		List<String> unreadable = new ArrayList<>();
		AdrImport run = new AdrImport(source);
		List<AdrDiscovery.Found> found = AdrDiscovery.discover(source, unreadable, run.left);
		if (found.isEmpty() && !unreadable.isEmpty()) {
			throw new IOException("no ADRs found in " + source + ", and some folders cannot be read: "
					+ String.join("; ", unreadable));
		}
		if (found.isEmpty()) {
			throw new IOException("no ADRs found in " + source + " (no .adr-dir, .log4brains.yml, workspace.dsl with "
					+ "!adrs, nor a folder named adr, decisions, ...): give the ADR folder itself");
		}
		for (String problem : unreadable) {
			String path = problem.substring(0, problem.indexOf(": "));
			run.findings.add(Findings.warning(SOURCE, 5, SourceLocation.of(run.root.resolve(path), 0),
					problem.substring(path.length() + 2)));
		}
		return run.read(found, context);
	}

	/** Imports one folder of ADRs as one set. */
	public static Report runFolder(Path folder, String setName, RunContext context) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException(folder + " is not a folder");
		}
		return new AdrImport(folder).read(List.of(new AdrDiscovery.Found(setName, folder.toAbsolutePath().normalize(),
				"given")), context);
	}

	private Report read(List<AdrDiscovery.Found> found, RunContext context) {
		Architecture architecture = BatonFactory.eINSTANCE.createArchitecture();
		List<SetReport> reports = new ArrayList<>();
		AdrFormat format = Dialects.format("adr-tools");
		ArchitectureFolder.warmUpModelMetadata();
		context.monitor().beginTask("Importing ADRs", found.size());
		for (AdrDiscovery.Found set : found) {
			context.checkCancelled();
			DecisionSet decisionSet = BatonFactory.eINSTANCE.createDecisionSet();
			decisionSet.setName(set.name());
			decisionSet.setPath(relative(set.folder()));
			architecture.getDecisionSets().add(decisionSet);
			List<FileReport> fileReports = new ArrayList<>();
			Map<String, String> dialects = new LinkedHashMap<>();
			Collector folderContext = new Collector(set.folder(), "", decisionSet, 0);
			if (!Files.isDirectory(set.folder())) {
				folderContext.error(0, "the ADR folder named by " + set.foundBy() + " does not exist");
			}
			// a chapter's decisions are its sections: the chapter file once for each
			List<Arc42Chapters.Piece> chapter = set.chapter() != null ? chapterPieces(set, folderContext) : List.of();
			List<Path> recordFiles = set.chapter() != null ? Collections.nCopies(chapter.size(), set.chapter())
					: Files.isDirectory(set.folder()) ? format.recordFiles(set.folder(), folderContext) : List.of();
			folderContext.flush();
			String prefix = relative(set.folder()).isEmpty() ? "" : relative(set.folder()) + "/";
			for (String note : folderContext.notes) {
				String file = note.substring(0, Math.max(0, note.indexOf(' ')));
				Path sub = set.folder().resolve(file).normalize();
				if (file.endsWith("/") && found.stream().anyMatch(f -> f.folder().equals(sub))) {
					note = file + " is a sub-folder read as a set of its own (below)";
				}
				fileReports.add(new FileReport(prefix + file, null, false, null, null, null, null, List.of(note)));
			}
			// files are read and parsed on every core, then added in file order: the result is that of a sequential
			// read
			Collector[] collectors = new Collector[recordFiles.size()];
			DecisionFormat.Reading[] readings = new DecisionFormat.Reading[recordFiles.size()];
			IntStream.range(0, recordFiles.size()).parallel().forEach(i -> {
				Path file = recordFiles.get(i);
				Arc42Chapters.Piece piece = chapter.isEmpty() ? null : chapter.get(i);
				String setRelative = piece != null ? piece.id() + extension(file)
						: set.folder().relativize(file).toString().replace('\\', '/');
				collectors[i] = new Collector(file, setRelative, decisionSet, piece == null ? 0 : piece.line() - 1);
				try {
					String text = piece != null ? piece.text() : TextFiles.read(file, 10L * 1024 * 1024);
					readings[i] = format.read(text, collectors[i]);
				} catch (TextFiles.Unreadable e) {
					collectors[i].error(e.line(), e.getMessage() + "; the file is skipped");
				}
			});
			Map<String, Decision> byId = new HashMap<>();
			for (int i = 0; i < recordFiles.size(); i++) {
				Path file = recordFiles.get(i);
				String name = chapter.isEmpty() ? relative(file) : relative(file) + "#" + chapter.get(i).id();
				Collector collector = collectors[i];
				collector.flush();
				DecisionFormat.Reading reading = readings[i];
				if (reading == null) {
					fileReports.add(new FileReport(name, null, false, null, null, null, null, collector.notes));
					continue;
				}
				Decision decision = reading.decision();
				decision.setSourcePath(name);
				String dialect = AdrFormat.dialectOf(reading);
				dialects.merge(dialect, "", (a, b) -> a);
				if (byId.containsKey(decision.getId())) {
					// nothing read is dropped: the second gets a free id, and the report says so
					String taken = decision.getId();
					int n = 2;
					while (byId.containsKey(taken + "-" + n)) {
						n++;
					}
					decision.setId(taken + "-" + n);
					collector.warning(1, "decision id '" + taken + "' is used twice in " + set.name() + " (also by "
							+ byId.get(taken).getSourcePath() + "): this one is imported as " + decision.getId()
							+ "; rename one file");
					collector.flush();
				}
				byId.put(decision.getId(), decision);
				decisionSet.getDecisions().add(decision);
				pending.addAll(collector.references);
				fileReports.add(new FileReport(name, dialect, true, decision.getId(), decision.getTitle(),
						decision.getStatusText(), decision.getDate() == null ? null : decision.getDate().toString(),
						collector.notes));
			}
			decisionSet.setDialect(dialects.size() == 1 ? dialects.keySet().iterator().next()
					: dialects.isEmpty() ? "adr-tools" : String.join("+", dialects.keySet()));
			if (set.chapter() != null) {
				fileReports.add(0, new FileReport(relative(set.chapter()), "arc42", false, null, null, null, null,
						List.of("a chapter of " + chapter.size()
								+ " decision(s), each imported from its section (below)")));
			}
			reports.add(new SetReport(set.name(), relative(set.folder()), set.foundBy(), fileReports));
			context.monitor().worked(1);
		}
		resolve(architecture);
		context.monitor().done();
		return new Report(architecture, reports, findings, root, others(reports));
	}

	/** The decisions of a chapter file; a chapter that cannot be read is reported against it. */
	private static List<Arc42Chapters.Piece> chapterPieces(AdrDiscovery.Found set, Collector folderContext) {
		try {
			return Arc42Chapters.split(TextFiles.read(set.chapter(), 10L * 1024 * 1024));
		} catch (TextFiles.Unreadable e) {
			folderContext.error(e.line(), set.chapter().getFileName() + ": " + e.getMessage());
			return List.of();
		}
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		return name.contains(".") ? name.substring(name.lastIndexOf('.')) : ".md";
	}

	/**
	 * The Markdown and AsciiDoc files below the root that no set accounts for: each is left, and the report says so.
	 */
	private List<FileReport> others(List<SetReport> sets) {
		Set<String> accounted = new HashSet<>();
		List<String> folders = new ArrayList<>();
		for (SetReport set : sets) {
			set.files().forEach(f -> accounted.add(f.file()));
			folders.add(set.folder().isEmpty() ? "." : set.folder());
		}
		List<FileReport> others = new ArrayList<>();
		List<Path> tree;
		try {
			tree = AdrDiscovery.walk(root, Integer.MAX_VALUE, new ArrayList<>());
		} catch (IOException e) {
			return others; // the root was listed once already; what cannot be listed now was reported then
		}
		for (Path file : tree) {
			String relative = relative(file);
			if (AdrFormat.isText(file.getFileName().toString()) && !accounted.contains(relative)
					&& Files.isRegularFile(file)) {
				String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/')) : ".";
				String translation = left.get(file.getParent());
				String why = translation != null ? translation
						: folders.contains(folder) || folders.stream().anyMatch(f -> relative.startsWith(f + "/"))
								? "left: inside an ADR folder but not one of its records"
								: "left: not in an ADR folder (" + String.join(", ", folders) + ")";
				others.add(new FileReport(relative, null, false, null, null, null, null, List.of(why)));
			}
		}
		return others;
	}

	// --- references ---

	/** Decisions of a set by id, number, slug and title, for resolving links. */
	private static final class Index {

		final Map<String, Decision> byId = new HashMap<>();
		final Map<String, Decision> byLowerId = new HashMap<>();
		final Map<Integer, List<Decision>> byNumber = new HashMap<>();
		final Map<String, Decision> bySlug = new HashMap<>();
		final Map<String, Decision> byTitle = new HashMap<>();

		Index(DecisionSet set) {
			for (Decision d : set.getDecisions()) {
				byId.putIfAbsent(d.getId(), d);
				byLowerId.putIfAbsent(d.getId().toLowerCase(Locale.ROOT), d);
				if (d.getNumber() != null) {
					byNumber.computeIfAbsent(d.getNumber(), n -> new ArrayList<>()).add(d);
				}
				if (d.getSlug() != null && !d.getSlug().isEmpty()) {
					bySlug.putIfAbsent(d.getSlug().toLowerCase(Locale.ROOT), d);
				}
				if (d.getTitle() != null) {
					byTitle.putIfAbsent(d.getTitle().strip().toLowerCase(Locale.ROOT), d);
				}
			}
		}
	}

	private void resolve(Architecture architecture) {
		Map<DecisionSet, Index> indexes = new HashMap<>();
		for (DecisionSet set : architecture.getDecisionSets()) {
			indexes.put(set, new Index(set));
		}
		for (Pending reference : pending) {
			Decision target = find(reference, architecture, indexes);
			EObject value = target != null ? target
					: ReferenceTokens.proxy(reference.feature().getEReferenceType(), reference.token());
			if (target == null) {
				findings.add(Findings.warning(SOURCE, 2, SourceLocation.of(reference.file(), reference.line()),
						"link to '" + reference.token() + "' does not lead to a decision of "
								+ reference.set().getName()
								+ ": it is kept as written"));
			}
			if (reference.feature().isMany()) {
				@SuppressWarnings("unchecked")
				List<EObject> list = (List<EObject>) reference.holder().eGet(reference.feature());
				list.add(value);
			} else {
				reference.holder().eSet(reference.feature(), value);
			}
		}
	}

	private Decision find(Pending reference, Architecture architecture, Map<DecisionSet, Index> indexes) {
		String token = reference.token();
		DecisionSet set = reference.set();
		int colon = token.indexOf(':');
		if (colon > 0 && !token.contains("/")) {
			for (DecisionSet other : architecture.getDecisionSets()) {
				if (other.getName().equals(token.substring(0, colon))) {
					set = other;
					token = token.substring(colon + 1);
				}
			}
		}
		Index index = indexes.get(set);
		Decision byId = index.byId.get(token);
		if (byId != null) {
			return byId;
		}
		String lower = token.toLowerCase(Locale.ROOT);
		Decision ignoringCase = index.byLowerId.get(lower);
		if (ignoringCase != null) {
			findings.add(Findings.info(SOURCE, 3, SourceLocation.of(reference.file(), reference.line()),
					"link to '" + token + "' resolved to " + ignoringCase.getId()
							+ " ignoring case: fix the link's case, "
							+ "which breaks on case-sensitive file systems and web hosts"));
			return ignoringCase;
		}
		Matcher number = NUMBER.matcher(token);
		if (number.matches()) {
			List<Decision> matches = index.byNumber.getOrDefault(Integer.parseInt(number.group(1)), List.of());
			if (matches.size() == 1) {
				return matches.get(0);
			}
			if (matches.size() > 1) {
				findings.add(Findings.warning(SOURCE, 4, SourceLocation.of(reference.file(), reference.line()),
						"number " + number.group(1) + " is used by " + matches.size()
								+ " decisions: link to one by its file name"));
				return null;
			}
		}
		Decision bySlug = index.bySlug.get(lower);
		Decision found = bySlug != null ? bySlug : index.byTitle.get(lower.strip());
		return found != null ? found : byFileName(reference, token, index);
	}

	/**
	 * A link kept as written that still names a record of the set: a site-absolute path or a URL of the repository
	 * ({@code /docs/adr/0007-x}, {@code https://host/.../0007-x.md}) by its file name, a misspelt file name
	 * ({@code 0015-govuuk-x.md} for {@code 0015-govuk-x.md}) by its number.
	 */
	private Decision byFileName(Pending reference, String token, Index index) {
		String name = token.replaceFirst("[#?].*$", "").replaceFirst("/+$", "");
		name = name.substring(name.lastIndexOf('/') + 1).replaceFirst("(?i)\\.(md|mdx|adoc|asciidoc|html?)$", "");
		Decision byName = name.equals(token) ? null : index.byId.get(name);
		if (byName != null) {
			findings.add(Findings.info(SOURCE, 3, SourceLocation.of(reference.file(), reference.line()),
					"link to '" + token + "' resolved to " + byName.getId() + " by its file name"));
			return byName;
		}
		// only a file of the folder itself: "../other/0015-x.md" is another series' record
		Matcher leading = LEADING_NUMBER.matcher(name);
		List<Decision> numbered = name.equals(token) && leading.matches()
				? index.byNumber.getOrDefault(Integer.parseInt(leading.group(1)), List.of())
				: List.of();
		if (numbered.size() == 1) {
			findings.add(Findings.warning(SOURCE, 2, SourceLocation.of(reference.file(), reference.line()),
					"link to '" + token + "' names no file of " + reference.set().getName() + "; resolved to "
							+ numbered.get(0).getId() + " by its number: fix the link"));
			return numbered.get(0);
		}
		return null;
	}

	private static final Pattern LEADING_NUMBER = Pattern.compile("^0*(\\d{1,6})[-_].+");

	private String relative(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/')
				: absolute.toString();
	}

	/** Collects one file's findings, notes and references. */
	private final class Collector implements DecisionFormat.Context {

		private final Path file;
		private final String setRelative;
		private final DecisionSet set;
		final List<String> notes = new ArrayList<>();
		final List<Pending> references = new ArrayList<>();
		private final List<Diagnostic> buffered = new ArrayList<>();

		/** Lines before the text read (a section of a chapter file): findings name the file's own lines. */
		private final int offset;

		Collector(Path file, String setRelative, DecisionSet set, int offset) {
			this.file = file;
			this.setRelative = setRelative;
			this.set = set;
			this.offset = offset;
		}

		@Override
		public Path file() {
			return file;
		}

		@Override
		public String setRelativePath() {
			return setRelative;
		}

		@Override
		public void warning(int line, String message) {
			notes.add(prefix(line) + message);
			buffered.add(Findings.warning(SOURCE, 1, SourceLocation.of(file, at(line)), message));
		}

		@Override
		public void error(int line, String message) {
			notes.add(prefix(line) + message);
			buffered.add(Findings.error(SOURCE, 1, SourceLocation.of(file, at(line)), message));
		}

		@Override
		public void info(int line, String message) {
			notes.add(prefix(line) + message);
		}

		/** Adds what this file reported to the import's findings (files are read in parallel, reported in order). */
		void flush() {
			buffered.forEach(findings::add);
			buffered.clear();
		}

		private String prefix(int line) {
			return setRelative.isEmpty() ? "" : line > 0 ? "line " + at(line) + ": " : "";
		}

		private int at(int line) {
			return line > 0 ? line + offset : line;
		}

		@Override
		public void refer(EObject holder, EReference feature, String token, int line) {
			references.add(new Pending(holder, feature, token, file, at(line), set));
		}
	}
}
