package dev.baton.adr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import dev.baton.store.DecisionFormat;
import dev.baton.store.internal.FileReader;
import dev.baton.store.internal.References;

/**
 * Imports the ADRs of a repository: finds its sets ({@link AdrDiscovery}), reads every file in
 * the dialect it is written in, resolves the links between records (by relative link, number,
 * file name, slug or title), and says for each file what was understood and what was not.
 * Nothing is written; the result is an architecture and a {@link Report}.
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
	 * @param sets per set, per file: what was read
	 * @param findings warnings and errors with file and line (infos for normalisations)
	 */
	public record Report(Architecture architecture, List<SetReport> sets, Diagnostic findings) {

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
	private final Map<Decision, Path> files = new HashMap<>();

	private final Map<Path, String> titles;

	private AdrImport(Path root) {
		this.root = root.toAbsolutePath().normalize();
		this.titles = MkDocsNav.titles(this.root);
	}

	/**
	 * Imports every ADR set below {@code source} (a repository, or an ADR folder).
	 *
	 * @throws IOException when the source cannot be listed at all (a file inside that cannot be
	 *                     read is reported instead)
	 */
	public static Report run(Path source, RunContext context) throws IOException {
		if (!Files.isDirectory(source)) {
			throw new IOException(source + " is not a folder: give the repository or its ADR folder");
		}
		List<AdrDiscovery.Found> found = AdrDiscovery.discover(source);
		if (found.isEmpty()) {
			throw new IOException("no ADRs found in " + source + " (no .adr-dir, .log4brains.yml, workspace.dsl with "
					+ "!adrs, nor a folder named adr, decisions, ...): give the ADR folder itself");
		}
		return new AdrImport(source).read(found, context);
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
		context.monitor().beginTask("Importing ADRs", found.size());
		for (AdrDiscovery.Found set : found) {
			context.checkCancelled();
			DecisionSet decisionSet = BatonFactory.eINSTANCE.createDecisionSet();
			decisionSet.setName(set.name());
			decisionSet.setPath(relative(set.folder()));
			architecture.getDecisionSets().add(decisionSet);
			List<FileReport> fileReports = new ArrayList<>();
			Map<String, String> dialects = new LinkedHashMap<>();
			Collector folderContext = new Collector(set.folder(), "", decisionSet, null);
			if (!Files.isDirectory(set.folder())) {
				folderContext.error(0, "the ADR folder named by " + set.foundBy() + " does not exist");
			}
			List<Path> recordFiles = Files.isDirectory(set.folder()) ? format.recordFiles(set.folder(), folderContext)
					: List.of();
			String prefix = relative(set.folder()).isEmpty() ? "" : relative(set.folder()) + "/";
			for (String note : folderContext.notes) {
				String file = note.substring(0, Math.max(0, note.indexOf(' ')));
				fileReports.add(new FileReport(prefix + file, null, false, null, null, null, null, List.of(note)));
			}
			for (Path file : recordFiles) {
				String setRelative = set.folder().relativize(file).toString().replace('\\', '/');
				Collector collector = new Collector(file, setRelative, decisionSet, null);
				DecisionFormat.Reading reading = null;
				try {
					String text = FileReader.read(file, 10L * 1024 * 1024);
					reading = format.read(text, collector);
				} catch (FileReader.Unreadable e) {
					collector.error(e.line(), e.getMessage() + "; the file is skipped");
				}
				if (reading == null) {
					fileReports.add(new FileReport(relative(file), null, false, null, null, null, null, collector.notes));
					continue;
				}
				Decision decision = reading.decision();
				decision.setSourcePath(relative(file));
				String dialect = AdrFormat.dialectOf(reading);
				dialects.merge(dialect, "", (a, b) -> a);
				if (decisionSet.getDecisions().stream().anyMatch(d -> d.getId().equals(decision.getId()))) {
					collector.error(1, "decision id '" + decision.getId() + "' is used twice in " + set.name()
							+ ": rename one file; this one is not imported");
					fileReports.add(new FileReport(relative(file), dialect, false, null, null, null, null, collector.notes));
					continue;
				}
				if (!dev.baton.adr.internal.AdrReader.hasTitle(reading)) {
					String title = titles.get(file.toAbsolutePath().normalize());
					if (title != null) {
						decision.setTitle(title);
						collector.info(0, "title '" + title + "' taken from the nav of mkdocs.yml");
					}
				}
				decisionSet.getDecisions().add(decision);
				files.put(decision, file);
				pending.addAll(collector.references);
				fileReports.add(new FileReport(relative(file), dialect, true, decision.getId(), decision.getTitle(),
						decision.getStatusText(), decision.getDate() == null ? null : decision.getDate().toString(),
						collector.notes));
			}
			decisionSet.setDialect(dialects.size() == 1 ? dialects.keySet().iterator().next()
					: dialects.isEmpty() ? "adr-tools" : String.join("+", dialects.keySet()));
			reports.add(new SetReport(set.name(), relative(set.folder()), set.foundBy(), fileReports));
			context.monitor().worked(1);
		}
		resolve(architecture);
		context.monitor().done();
		return new Report(architecture, reports, findings);
	}

	// --- references ---

	private void resolve(Architecture architecture) {
		for (Pending reference : pending) {
			Decision target = find(reference, architecture);
			EObject value = target != null ? target : References.proxy(reference.feature().getEReferenceType(), reference.token());
			if (target == null) {
				findings.add(Findings.warning(SOURCE, 2, SourceLocation.of(reference.file(), reference.line()),
						"link to '" + reference.token() + "' does not lead to a decision of " + reference.set().getName()
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

	private Decision find(Pending reference, Architecture architecture) {
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
		List<Decision> decisions = set.getDecisions();
		for (Decision d : decisions) {
			if (d.getId().equals(token)) {
				return d;
			}
		}
		for (Decision d : decisions) {
			if (d.getId().equalsIgnoreCase(token)) {
				findings.add(Findings.info(SOURCE, 3, SourceLocation.of(reference.file(), reference.line()),
						"link to '" + token + "' resolved to " + d.getId() + " ignoring case: fix the link's case, "
								+ "which breaks on case-sensitive file systems and web hosts"));
				return d;
			}
		}
		Matcher number = NUMBER.matcher(token);
		if (number.matches()) {
			int n = Integer.parseInt(number.group(1));
			List<Decision> matches = decisions.stream().filter(d -> d.getNumber() != null && d.getNumber() == n).toList();
			if (matches.size() == 1) {
				return matches.get(0);
			}
			if (matches.size() > 1) {
				findings.add(Findings.warning(SOURCE, 4, SourceLocation.of(reference.file(), reference.line()),
						"number " + n + " is used by " + matches.size() + " decisions: link to one by its file name"));
				return null;
			}
		}
		String lower = token.toLowerCase(Locale.ROOT);
		for (Decision d : decisions) {
			if (d.getSlug() != null && !d.getSlug().isEmpty() && d.getSlug().equalsIgnoreCase(lower)) {
				return d;
			}
		}
		for (Decision d : decisions) {
			if (d.getTitle() != null && d.getTitle().equalsIgnoreCase(token.strip())) {
				return d;
			}
		}
		return null;
	}

	private String relative(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
	}

	/** Collects one file's findings, notes and references. */
	private final class Collector implements DecisionFormat.Context {
		private final Path file;
		private final String setRelative;
		private final DecisionSet set;
		final List<String> notes = new ArrayList<>();
		final List<Pending> references = new ArrayList<>();

		Collector(Path file, String setRelative, DecisionSet set, Object unused) {
			this.file = file;
			this.setRelative = setRelative;
			this.set = set;
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
			findings.add(Findings.warning(SOURCE, 1, SourceLocation.of(file, line), message));
		}

		@Override
		public void error(int line, String message) {
			notes.add(prefix(line) + message);
			findings.add(Findings.error(SOURCE, 1, SourceLocation.of(file, line), message));
		}

		@Override
		public void info(int line, String message) {
			notes.add(prefix(line) + message);
		}

		private String prefix(int line) {
			return setRelative.isEmpty() ? "" : line > 0 ? "line " + line + ": " : "";
		}

		@Override
		public void refer(EObject holder, EReference feature, String token, int line) {
			references.add(new Pending(holder, feature, token, file, line, set));
		}
	}
}
