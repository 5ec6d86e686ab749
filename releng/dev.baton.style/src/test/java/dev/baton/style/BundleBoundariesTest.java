package dev.baton.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No bundle reaches into another's implementation: internal packages are exported {@code x-internal} or to the bundle's
 * own test fragment only, no source imports another bundle's internal package, and no bundle requires a Baton bundle it
 * does not use. Checked on the repository, and on small folders made to break each rule.
 */
class BundleBoundariesTest {

	private static final Path ROOT = Path.of(System.getProperty("baton.root", "../..")).toAbsolutePath().normalize();

	@Test
	void theRepositoryExportsNoInternalPackageToAnotherBundle() {
		BundleBoundaries boundaries = new BundleBoundaries(ROOT);
		assertTrue(boundaries.bundles().size() > 30, boundaries.bundles().keySet().toString());
		List<String> offences = boundaries.internalExports();
		assertTrue(offences.isEmpty(), String.join("\n", offences));
	}

	@Test
	void noBundleOfTheRepositoryImportsAnotherBundlesInternalPackage() {
		List<String> offences = new BundleBoundaries(ROOT).internalImports();
		assertTrue(offences.isEmpty(), String.join("\n", offences));
	}

	@Test
	void noBundleOfTheRepositoryRequiresABatonBundleItDoesNotUse() {
		List<String> offences = new BundleBoundaries(ROOT).unusedRequirements();
		assertTrue(offences.isEmpty(), String.join("\n", offences));
	}

	@Test
	void anInternalPackageExportedToAnotherBundleIsReported(@TempDir Path root) throws IOException {
		bundle(root, "dev.baton.a", null, "", """
				Export-Package: dev.baton.a;version="1.0.0",
				 dev.baton.a.internal;x-friends:="dev.baton.a.tests,dev.baton.b",
				 dev.baton.a.impl.internal;version="0.1.0",
				 dev.baton.a.spi;x-internal:=true
				""");
		assertEquals(List.of(
				"bundles/dev.baton.a/META-INF/MANIFEST.MF: exports dev.baton.a.internal to dev.baton.b, which is not "
						+ "its test fragment; move what dev.baton.b needs into an exported, versioned package",
				"bundles/dev.baton.a/META-INF/MANIFEST.MF: exports dev.baton.a.impl.internal to every bundle; mark it "
						+ "x-internal:=true, or x-friends:=\"dev.baton.a.tests\" for its tests"),
				new BundleBoundaries(root).internalExports());
	}

	@Test
	void anImportOfAnotherBundlesInternalPackageIsReportedWithItsLine(@TempDir Path root) throws IOException {
		bundle(root, "dev.baton.a", null, "", """
				Export-Package: dev.baton.a;version="1.0.0",
				 dev.baton.a.internal;x-internal:=true
				""");
		source(root, "dev.baton.a", "dev.baton.a", "Api");
		source(root, "dev.baton.a", "dev.baton.a.internal", "Impl");
		bundle(root, "dev.baton.a.tests", "dev.baton.a", "", "");
		source(root, "dev.baton.a.tests", "dev.baton.a.internal", "ImplTest", "dev.baton.a.internal.Impl");
		bundle(root, "dev.baton.b", null, "Require-Bundle: dev.baton.a\n", "");
		source(root, "dev.baton.b", "dev.baton.b", "User", "dev.baton.a.Api", "static dev.baton.a.internal.Impl.make");
		assertEquals(List.of("bundles/dev.baton.b/src/dev/baton/b/User.java:4: imports dev.baton.a.internal, which "
				+ "dev.baton.a does not export as API; use its exported packages, or make what is needed API"),
				new BundleBoundaries(root).internalImports());
	}

	@Test
	void aRequiredBatonBundleNothingUsesIsReported(@TempDir Path root) throws IOException {
		bundle(root, "dev.baton.model", null, "", "Export-Package: dev.baton.model\n");
		source(root, "dev.baton.model", "dev.baton.model", "Decision");
		bundle(root, "dev.baton.api", null, "Require-Bundle: dev.baton.model;visibility:=reexport\n",
				"Export-Package: dev.baton.api\n");
		source(root, "dev.baton.api", "dev.baton.api", "Exporter", "dev.baton.model.Decision");
		bundle(root, "dev.baton.gen", null, "", "Export-Package: dev.baton.gen\n");
		source(root, "dev.baton.gen", "dev.baton.gen", "Generator");
		bundle(root, "dev.baton.b", null, """
				Require-Bundle: dev.baton.api;bundle-version="0.1.0",
				 dev.baton.gen;bundle-version="0.1.0",
				 org.snakeyaml.engine
				""", "");
		// the model, re-exported by the API, is what it uses of the API
		source(root, "dev.baton.b", "dev.baton.b", "User", "dev.baton.model.Decision");
		assertEquals(List.of("bundles/dev.baton.b/META-INF/MANIFEST.MF: requires dev.baton.gen, but nothing in "
				+ "dev.baton.b uses it; remove it"), new BundleBoundaries(root).unusedRequirements());
	}

	private static void bundle(Path root, String name, String host, String requires, String exports)
			throws IOException {
		Path manifest = root.resolve("bundles").resolve(name).resolve("META-INF/MANIFEST.MF");
		Files.createDirectories(manifest.getParent());
		Files.writeString(manifest, "Manifest-Version: 1.0\nBundle-SymbolicName: " + name + ";singleton:=true\n"
				+ (host == null ? "" : "Fragment-Host: " + host + "\n") + requires + exports);
	}

	private static void source(Path root, String bundle, String pkg, String type, String... imports)
			throws IOException {
		Path file = root.resolve("bundles").resolve(bundle).resolve("src").resolve(pkg.replace('.', '/'))
				.resolve(type + ".java");
		Files.createDirectories(file.getParent());
		StringBuilder text = new StringBuilder("package " + pkg + ";\n\n");
		for (String name : imports) {
			text.append("import ").append(name).append(";\n");
		}
		Files.writeString(file, text.append("\nclass ").append(type).append(" {\n}\n").toString());
	}
}
