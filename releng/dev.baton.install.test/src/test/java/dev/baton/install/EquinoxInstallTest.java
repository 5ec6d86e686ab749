package dev.baton.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The update site installed into a bare Eclipse platform by the p2 director (this module's build does that before the
 * tests: target/eclipse), started headless through the Equinox application {@code dev.baton.cli.app}; and the same
 * application in the Baton Workbench (its bin script {@code baton}). Each run is a real JVM started with the Equinox
 * launcher jar.
 */
class EquinoxInstallTest {

	private static final Path ROOT = Path.of(System.getProperty("baton.root", "../..")).toAbsolutePath().normalize();
	private static final Path ECLIPSE = Path.of(System.getProperty("baton.eclipse", "target/eclipse"));
	private static final Path WORKBENCH = Path.of(System.getProperty("baton.workbench",
			"../dev.baton.workbench/target/products/dev.baton.workbench/linux/gtk/x86_64"));
	private static final Path EXAMPLE = ROOT.resolve("examples/larkspur-platform");
	private static final Pattern BUNDLE = Pattern.compile("^  (\\S+)\\s+(\\S+)\\s+(.+)$");

	@TempDir
	Path temp;

	record Result(int exit, String out, String err) {
	}

	/** Runs the application dev.baton.cli.app of an Equinox installation with the baton arguments. */
	static Result baton(Path installation, String... args) throws IOException, InterruptedException {
		Path launcher;
		try (Stream<Path> plugins = Files.list(installation.resolve("plugins"))) {
			launcher = plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")
					&& p.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow(
							() -> new AssertionError("no equinox launcher jar in " + installation.resolve("plugins")));
		}
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", launcher.toString(), "-install",
				installation.toString(), "-configuration", installation.resolve("configuration").toString(),
				"-application", "dev.baton.cli.app", "-nosplash", "-data", "@none"));
		command.addAll(List.of(args));
		return run(new ProcessBuilder(command), String.join(" ", args));
	}

	static Result run(ProcessBuilder builder, String what) throws IOException, InterruptedException {
		Path out = Files.createTempFile("baton-out", ".txt");
		Path err = Files.createTempFile("baton-err", ".txt");
		builder.environment().remove("DISPLAY");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), what + " did not finish");
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return result;
	}

	static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/** The Baton bundles of a plugins folder by symbolic name (the jar names' part before the version). */
	static Set<String> batonBundles(Path plugins) throws IOException {
		try (Stream<Path> jars = Files.list(plugins)) {
			return jars.map(p -> p.getFileName().toString())
					.filter(n -> n.startsWith("dev.baton.") && n.endsWith(".jar"))
					.map(n -> n.substring(0, n.indexOf('_'))).collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/** {@code baton runtime}'s bundle lines: name to state. */
	static Map<String, String> bundleStates(String runtime) {
		Map<String, String> states = new TreeMap<>();
		String section = "";
		for (String line : runtime.split("\n")) {
			if (!line.startsWith(" ")) {
				section = line;
			} else if (section.equals("Bundles:")) {
				Matcher matcher = BUNDLE.matcher(line);
				if (matcher.matches()) {
					states.put(matcher.group(1), matcher.group(3).strip());
				}
			}
		}
		return states;
	}

	/** {@code baton runtime}'s component lines: name to state. */
	static Map<String, String> componentStates(String runtime) {
		Map<String, String> states = new TreeMap<>();
		String section = "";
		for (String line : runtime.split("\n")) {
			if (!line.startsWith(" ")) {
				section = line;
			} else if (section.equals("Components:")) {
				String[] parts = line.strip().split("\\s+", 2);
				states.put(parts[0], parts.length > 1 ? parts[1] : "");
			}
		}
		return states;
	}

	/** The dev.baton.* plugins a feature names. */
	static Set<String> featurePlugins(String feature) throws IOException {
		String xml = Files.readString(ROOT.resolve("features").resolve(feature).resolve("feature.xml"));
		Matcher matcher = Pattern.compile("<plugin id=\"(dev\\.baton\\.[^\"]+)\"").matcher(xml);
		Set<String> ids = new TreeSet<>();
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return ids;
	}

	static void assertStarted(Result runtime, Set<String> expected) {
		Map<String, String> bundles = bundleStates(runtime.out());
		Set<String> baton = new TreeSet<>(bundles.keySet());
		baton.removeIf(name -> !name.startsWith("dev.baton."));
		assertEquals(expected, baton, "the Baton bundles of the runtime\n" + runtime.out() + runtime.err());
		for (String name : expected) {
			String state = bundles.get(name);
			// started, waiting for its first class load (lazy), or a library without an activation policy
			assertTrue(state.equals("active") || state.equals("starting (lazy)") || state.equals("resolved"),
					name + " is " + state + "\n" + runtime.out());
		}
		Map<String, String> components = componentStates(runtime.out());
		assertTrue(components.size() > 40, "Baton's components:\n" + runtime.out());
		components.forEach((name, state) -> assertTrue(state.equals("active") || state.equals("satisfied"),
				name + " is " + state + "\n" + runtime.out()));
		for (String exporter : List.of("html", "pdf", "markdown", "json", "backstage", "structurizr")) {
			assertTrue(Pattern.compile("(?m)^  exporters:.*\\b" + exporter + "\\b").matcher(runtime.out()).find(),
					exporter + " exporter missing\n" + runtime.out());
		}
		assertTrue(Pattern.compile("(?m)^  commands:.*\\bhistory\\b.*").matcher(runtime.out()).find(), runtime.out());
	}

	@Test
	void theDirectorInstalledEveryBundleOfTheSiteIntoThePlatform() throws IOException {
		Set<String> site = batonBundles(Path.of(System.getProperty("baton.site",
				ROOT.resolve("releng/dev.baton.site/target/repository").toString())).resolve("plugins"));
		Set<String> expected = new TreeSet<>(featurePlugins("dev.baton.headless.feature"));
		expected.addAll(featurePlugins("dev.baton.ui.feature"));
		assertEquals(expected, site, "the update site's Baton bundles");
		assertEquals(expected, batonBundles(ECLIPSE.resolve("plugins")), "Baton bundles in the installation");
		String bundlesInfo = Files.readString(
				ECLIPSE.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
		for (String bundle : expected) {
			assertTrue(bundlesInfo.contains("\n" + bundle + ","), bundle + " is not in bundles.info");
		}
		assertTrue(
				Files.readString(ECLIPSE.resolve("configuration/config.ini")).contains("org.eclipse.ui.ide.workbench"),
				"the platform's own configuration is kept");
		// the platform it was installed into had none of them
		assertEquals(Set.of(), batonBundles(ROOT.resolve("releng/dev.baton.platform/target/products/dev.baton.platform"
				+ "/linux/gtk/x86_64/plugins")));
	}

	@Test
	void everyBatonBundleAndComponentStartsInTheInstalledPlatform() throws Exception {
		Result runtime = baton(ECLIPSE, "runtime");
		Set<String> expected = new TreeSet<>(featurePlugins("dev.baton.headless.feature"));
		expected.addAll(featurePlugins("dev.baton.ui.feature"));
		assertStarted(runtime, expected);
		assertEquals("active", bundleStates(runtime.out()).get("dev.baton.cli.app"), runtime.out());
		assertEquals("active", bundleStates(runtime.out()).get("org.apache.felix.scr"), runtime.out());
		assertFalse(runtime.err().contains("Exception"), runtime.err());
	}

	@Test
	void theInstalledPlatformRunsBatonCommandsOnTheExample() throws Exception {
		Result list = baton(ECLIPSE, "list", "-C", EXAMPLE.toString());
		assertEquals(0, list.exit(), list.out() + list.err());
		long decisions;
		try (Stream<Path> files = Files.list(EXAMPLE.resolve("decisions"))) {
			decisions = files.filter(f -> f.getFileName().toString().matches("\\d{4}-.*\\.md")).count();
		}
		assertTrue(list.out().contains("Move reporting to a managed warehouse"), list.out());
		assertTrue(list.out().contains("Use REST with JSON for public APIs"), list.out());
		assertEquals(decisions, list.out().lines().filter(l -> l.matches("^\\s*\\d{4}\\b.*")).count(), list.out());

		Result unknown = baton(ECLIPSE, "frobnicate");
		assertEquals(2, unknown.exit());
		assertTrue(unknown.err().contains("baton: unknown command 'frobnicate'; run 'baton --help' for the list"),
				unknown.err());
	}

	@Test
	void theUpdateSiteZipAndTheWorkbenchCarryTheLicenceAndTheThirdPartyNotice() throws IOException {
		String licence = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
		Path site = ROOT.resolve("releng/dev.baton.site/target");
		Path zip;
		try (Stream<Path> files = Files.list(site)) {
			zip = files.filter(f -> f.getFileName().toString().matches("dev\\.baton\\.site-.*\\.zip")).findFirst()
					.orElseThrow(() -> new AssertionError("no update site zip in " + site));
		}
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			assertEquals(licence, entry(archive, "LICENSE"));
			String notice = entry(archive, "THIRD-PARTY.md");
			assertEquals(Files.readString(site.resolve("repository/THIRD-PARTY.md"), StandardCharsets.UTF_8), notice);
			// every third-party bundle of the site is named in its notice
			List<String> plugins = archive.stream().map(ZipEntry::getName)
					.filter(n -> n.startsWith("plugins/") && n.endsWith(".jar") && !n.startsWith("plugins/dev.baton."))
					.map(n -> n.substring("plugins/".length(), n.lastIndexOf('_'))).distinct().toList();
			assertFalse(plugins.isEmpty(), "the site holds no third-party bundle");
			for (String plugin : plugins) {
				assertTrue(notice.contains(plugin), plugin + " is missing from the site's THIRD-PARTY.md");
			}
		}
		assertEquals(licence, Files.readString(WORKBENCH.resolve("LICENSE"), StandardCharsets.UTF_8));
		String workbenchNotice = Files.readString(WORKBENCH.resolve("THIRD-PARTY.md"), StandardCharsets.UTF_8);
		assertTrue(workbenchNotice.contains("org.eclipse.swt"), workbenchNotice);
	}

	private static String entry(ZipFile archive, String name) throws IOException {
		ZipEntry entry = archive.getEntry(name);
		assertTrue(entry != null, name + " is missing from " + archive.getName());
		return new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
	}

	@Test
	void theWorkbenchHasEveryBatonBundleAndRunsTheBatonCommand() throws Exception {
		Path script = WORKBENCH.resolve("baton");
		assertTrue(Files.isExecutable(script), script + " is not an executable script");
		ProcessBuilder builder = new ProcessBuilder(script.toString(), "runtime");
		builder.environment().put("JAVA_HOME", Path.of(java()).getParent().getParent().toString());
		Result runtime = run(builder, "baton runtime");
		Set<String> expected = new TreeSet<>(featurePlugins("dev.baton.headless.feature"));
		expected.addAll(featurePlugins("dev.baton.ui.feature"));
		assertStarted(runtime, expected);

		ProcessBuilder show = new ProcessBuilder(script.toString(), "show", "25", "-C", EXAMPLE.toString())
				.directory(temp.toFile());
		show.environment().put("JAVA_HOME", Path.of(java()).getParent().getParent().toString());
		Result shown = run(show, "baton show 25");
		assertEquals(0, shown.exit(), shown.out() + shown.err());
		assertTrue(shown.out().contains("Move reporting to a managed warehouse"), shown.out());
	}
}
