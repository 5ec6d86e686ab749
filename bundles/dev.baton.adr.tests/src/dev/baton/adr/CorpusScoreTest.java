package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.Findings;
import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.LoadOptions;

/**
 * Every corpus set with a hand-checked truth file ({@code truth/<set>.yaml}) imported as a copy and kept in place,
 * scored field by field ({@link Conformance}); the table goes to stdout and {@code target/conformance.md}. A set's
 * score may not fall more than half a point below {@code truth/baseline.tsv}; {@code -Dbaton.conformance=update}
 * rewrites the baseline.
 */
class CorpusScoreTest {

	private static final double TOLERANCE = 0.5;

	@TempDir
	Path temp;

	@Test
	void everySetScoresAtLeastItsBaseline() throws IOException {
		Path bundle = bundle();
		List<Conformance.Score> scores = new ArrayList<>();
		for (Truth truth : Truth.all(bundle.resolve("truth"))) {
			scores.add(copy(truth));
			scores.add(inPlace(truth));
		}
		String table = ConformanceTable.markdown(scores);
		System.out.println(table);
		Files.createDirectories(bundle.resolve("target"));
		Files.writeString(bundle.resolve("target/conformance.md"), table + "\n" + ConformanceTable.details(scores),
				StandardCharsets.UTF_8);
		Path baseline = bundle.resolve("truth/baseline.tsv");
		if ("update".equals(System.getProperty("baton.conformance"))) {
			Files.writeString(baseline, ConformanceTable.baseline(scores), StandardCharsets.UTF_8);
			System.out.println("wrote " + baseline);
			return;
		}
		List<String> worse = new ArrayList<>();
		List<String> better = new ArrayList<>();
		ConformanceTable.compare(scores, Files.readAllLines(baseline), TOLERANCE, worse, better);
		better.forEach(b -> System.out.println("better than the baseline (update it with -Dbaton.conformance=update): "
				+ b));
		assertTrue(worse.isEmpty(), () -> "below " + baseline + ":\n" + String.join("\n", worse));
	}

	/** {@code baton import} without {@code --in-place}: the decisions added to a new folder, saved, loaded. */
	private Conformance.Score copy(Truth truth) throws IOException {
		AdrImport.Report report = run(Corpus.set(truth.set()));
		if (report == null) {
			return Conformance.score(truth, "copy", Map.of(), Set.of(), true);
		}
		Map<Decision, String> origin = new IdentityHashMap<>();
		report.architecture().getDecisionSets()
				.forEach(s -> s.getDecisions().forEach(d -> origin.put(d, d.getSourcePath())));
		ArchitectureFolder folder = ArchitectureFolder.create(temp.resolve("copy-" + truth.set()),
				BatonFactory.eINSTANCE.createArchitecture());
		ImportedDecisions.add(folder, folder.architecture().getDecisionSets().get(0), report, false);
		Map<String, String> pathById = new LinkedHashMap<>();
		origin.forEach((d, path) -> {
			if (d.eContainer() == folder.architecture().getDecisionSets().get(0)) {
				pathById.put(d.getId(), path);
			}
		});
		folder.save();
		ArchitectureFolder copied = load(folder.root());
		Map<String, List<Conformance.Seen>> seen = new LinkedHashMap<>();
		for (Decision d : decisions(copied)) {
			String path = pathById.get(d.getId());
			if (path != null) {
				Conformance.Seen read = Conformance.Seen.of(d, t -> pathById.get(t.getId()));
				seen.computeIfAbsent(path, p -> new ArrayList<>()).add(read);
			}
		}
		return withFindings(Conformance.score(truth, "copy", byFile(seen, report), reported(report), true), copied);
	}

	/** {@code baton import --in-place}: baton.yaml written into a copy of the set, then the set loaded. */
	private Conformance.Score inPlace(Truth truth) throws IOException {
		Path root = Corpus.copy(truth.set(), temp.resolve("in-place-" + truth.set()));
		AdrImport.Report report = run(root);
		if (report == null) {
			return Conformance.score(truth, "in place", Map.of(), Set.of(), false);
		}
		Files.writeString(root.resolve(FolderLayout.SETTINGS), Adoption.batonYaml(truth.set(), report));
		ArchitectureFolder adopted = load(root);
		Map<String, List<Conformance.Seen>> seen = new LinkedHashMap<>();
		for (Decision d : decisions(adopted)) {
			if (d.getSourcePath() != null) {
				seen.computeIfAbsent(d.getSourcePath(), p -> new ArrayList<>())
						.add(Conformance.Seen.of(d, Decision::getSourcePath));
			}
		}
		return withFindings(Conformance.score(truth, "in place", byFile(seen, report), reported(report), false),
				adopted);
	}

	/** The loaded folder's errors and warnings go with the differences: they often say why an ADR is missing. */
	private static Conformance.Score withFindings(Conformance.Score score, ArchitectureFolder folder) {
		Findings.leaves(folder.findings()).stream().filter(d -> d.getSeverity() >= Diagnostic.WARNING)
				.forEach(d -> score.misses().add("loading: " + Findings.format(d).replace(folder.root() + "/", "")));
		return score;
	}

	/** The import of a set, or null when it finds no ADR folder at all (then nothing is found). */
	private static AdrImport.Report run(Path root) {
		try {
			return AdrImport.run(root, Corpus.CONTEXT);
		} catch (IOException e) {
			System.out.println(root.getFileName() + ": " + e.getMessage());
			return null;
		}
	}

	private static ArchitectureFolder load(Path root) {
		return ArchitectureFolder.load(root, LoadOptions.defaults().withFormats(Dialects.formats()));
	}

	private static List<Decision> decisions(ArchitectureFolder folder) {
		List<Decision> result = new ArrayList<>();
		for (DecisionSet set : folder.architecture().getDecisionSets()) {
			result.addAll(set.getDecisions());
		}
		return result;
	}

	/** Every file the report names: imported, skipped, or left outside the ADR folders (with why). */
	private static Set<String> reported(AdrImport.Report report) {
		Set<String> paths = new TreeSet<>();
		report.sets().forEach(s -> s.files().forEach(f -> paths.add(f.file())));
		report.others().forEach(f -> paths.add(f.file()));
		return paths;
	}

	/**
	 * The decisions read from the sections of one file ({@code 09_design_decisions.adoc#use-x}) under the file's path,
	 * in the order the report lists them (the file's order): truth files name them {@code #1}, {@code #2}, ... and do
	 * not depend on the ids Baton gives them.
	 */
	private static Map<String, List<Conformance.Seen>> byFile(Map<String, List<Conformance.Seen>> seen,
			AdrImport.Report report) {
		List<String> order = new ArrayList<>();
		report.sets().forEach(s -> s.files().forEach(f -> order.add(f.file())));
		Map<String, List<Conformance.Seen>> result = new LinkedHashMap<>();
		seen.keySet().stream().sorted((a, b) -> Integer.compare(position(order, a), position(order, b)))
				.forEach(path -> result.computeIfAbsent(path.replaceFirst("#.*$", ""), p -> new ArrayList<>())
						.addAll(seen.get(path)));
		return result;
	}

	private static int position(List<String> order, String path) {
		int at = order.indexOf(path);
		return at < 0 ? Integer.MAX_VALUE : at;
	}

	/** The test bundle's folder in the checkout (the truth files are read from there, not from the jar). */
	private static Path bundle() {
		String root = System.getProperty("baton.root");
		Path bundle = root == null || root.isBlank() ? Path.of("").toAbsolutePath()
				: Path.of(root, "bundles", "dev.baton.adr.tests");
		if (!Files.isDirectory(bundle.resolve("truth"))) {
			throw new IllegalStateException(bundle.resolve("truth") + " is missing (-Dbaton.root=<checkout>)");
		}
		return bundle.toAbsolutePath().normalize();
	}

	static String percent(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
