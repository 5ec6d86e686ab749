package dev.baton.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The project carries its own design: its docs and sources cite only files in the repository, and the layers of
 * docs/architecture.md are the ones the bundles' manifests declare.
 */
class RepositoryDocsTest {

	private static final Path ROOT = Path.of(System.getProperty("baton.root", "../..")).toAbsolutePath().normalize();

	/** Private notes kept outside the repository, which a reader of the project cannot open. */
	private static final List<String> OUTSIDE = List.of("DESIGN" + ".md", "STYLE" + ".md", "BUILD-NOTES" + ".md",
			"shared" + "/docs");

	private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules", "bin");

	private static final Pattern TEXT = Pattern.compile(
			".*\\.(java|md|xml|properties|MF|sh|cmd|html|css|js|ya?ml|json|target|product|tsv|txt|ecore|genmodel)$"
					+ "|run|no-x-main-job|mvnw|\\.editorconfig");

	private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	@Test
	void noFileCitesADocumentOutsideTheRepository() throws IOException {
		List<String> citations = new ArrayList<>();
		for (Path file : files(ROOT)) {
			String text = read(file);
			if (text == null) {
				continue;
			}
			String[] lines = text.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				for (String outside : OUTSIDE) {
					if (lines[i].contains(outside)) {
						citations.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + outside);
					}
				}
			}
		}
		assertEquals(List.of(), citations, "cite a file of the repository instead (docs/architecture.md, ...)");
	}

	@Test
	void everyLinkOfTheDocsLeadsToAFileOfTheRepository() throws IOException {
		List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CONTRIBUTING.md")));
		try (Stream<Path> walk = Files.walk(ROOT.resolve("docs"))) {
			walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
		}
		List<String> broken = new ArrayList<>();
		for (Path doc : docs) {
			assertTrue(Files.isRegularFile(doc), doc + " is missing");
			// links inside code are examples of the format, not links of the docs
			String prose = Files.readString(doc, StandardCharsets.UTF_8).replaceAll("(?s)```.*?```", "")
					.replaceAll("`[^`\n]*`", "");
			Matcher link = MARKDOWN_LINK.matcher(prose);
			while (link.find()) {
				String target = link.group(1);
				if (target.matches("[a-z]+:.*") || target.startsWith("#")) {
					continue;
				}
				Path resolved = doc.getParent().resolve(target.replaceAll("#.*", "")).normalize();
				if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
					broken.add(ROOT.relativize(doc) + ": " + target);
				}
			}
		}
		assertEquals(List.of(), broken);
	}

	@Test
	void theLayersOfTheArchitectureAreTheManifestsOnes() throws IOException {
		Map<String, Integer> layers = new LinkedHashMap<>();
		Matcher row = Pattern.compile("(?m)^\\| (\\d) \\| `(dev\\.baton\\.[a-z.]+)` \\|")
				.matcher(Files.readString(ROOT.resolve("docs/architecture.md"), StandardCharsets.UTF_8));
		while (row.find()) {
			layers.put(row.group(2), Integer.parseInt(row.group(1)));
		}
		List<String> wrong = new ArrayList<>();
		List<Path> bundles;
		try (Stream<Path> list = Files.list(ROOT.resolve("bundles"))) {
			bundles = list.filter(p -> Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF")))
					.filter(p -> !p.getFileName().toString().endsWith(".tests")).sorted().toList();
		}
		assertFalse(bundles.isEmpty(), "no bundle under " + ROOT);
		for (Path bundle : bundles) {
			String name = bundle.getFileName().toString();
			Integer layer = layers.get(name);
			if (layer == null) {
				wrong.add(name + " is not in the table of docs/architecture.md");
				continue;
			}
			for (String required : requiredBundles(bundle.resolve("META-INF/MANIFEST.MF"))) {
				Integer below = layers.get(required);
				if (required.startsWith("dev.baton.") && (below == null || below >= layer)) {
					wrong.add(name + " (layer " + layer + ") requires " + required + " (layer " + below + ")");
				}
			}
		}
		assertEquals(List.of(), wrong, "a bundle requires only bundles of a lower layer (docs/architecture.md)");
	}

	@Test
	void everyBundleHasTheSharedEclipseSettings() throws IOException {
		List<String> differing = new ArrayList<>();
		List<Path> shared;
		try (Stream<Path> list = Files.list(ROOT.resolve("releng/settings"))) {
			shared = list.filter(p -> p.toString().endsWith(".prefs")).sorted().toList();
		}
		assertFalse(shared.isEmpty());
		try (Stream<Path> list = Files.list(ROOT.resolve("bundles"))) {
			for (Path bundle : list.filter(p -> Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))).sorted()
					.toList()) {
				for (Path prefs : shared) {
					Path copy = bundle.resolve(".settings").resolve(prefs.getFileName().toString());
					if (!Files.isRegularFile(copy) || Files.mismatch(prefs, copy) != -1) {
						differing.add(ROOT.relativize(copy).toString());
					}
				}
			}
		}
		assertEquals(List.of(), differing, "copy releng/settings/*.prefs into every bundle's .settings/");
	}

	/** The bundle names of the manifest's Require-Bundle header. */
	static List<String> requiredBundles(Path manifest) throws IOException {
		String header = null;
		StringBuilder value = new StringBuilder();
		for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
			if (line.startsWith(" ") && header != null) {
				value.append(line.substring(1));
			} else if (line.startsWith("Require-Bundle:")) {
				header = line;
				value.append(line.substring("Require-Bundle:".length()).strip());
			} else {
				header = null;
			}
		}
		List<String> names = new ArrayList<>();
		// a comma inside quotes is part of a version range, not a separator
		for (String clause : value.toString().split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
			String name = clause.split(";")[0].strip();
			if (!name.isEmpty()) {
				names.add(name);
			}
		}
		return names;
	}

	private static List<Path> files(Path root) throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).filter(p -> {
				Path relative = root.relativize(p);
				for (Path part : relative) {
					if (SKIPPED_FOLDERS.contains(part.toString())) {
						return false;
					}
				}
				return TEXT.matcher(p.getFileName().toString()).matches();
			}).sorted().forEach(files::add);
		}
		return files;
	}

	private static String read(Path file) throws IOException {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (MalformedInputException e) {
			return null; // not UTF-8 text: a fixture of the tests
		}
	}
}
