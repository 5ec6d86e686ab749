package dev.baton.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Baton has one version, set once as {@code <revision>} in the root pom.xml: every bundle manifest and feature carries
 * the same number (change them all with tycho-versions-plugin's set-version, as the README says).
 */
class OneVersionTest {

	private static Path root() {
		return Path.of(System.getProperty("baton.root", "../..")).toAbsolutePath().normalize();
	}

	@Test
	void everyBundleAndFeatureHasTheRevisionOfTheRootPom() throws IOException {
		Matcher revision = Pattern.compile("<revision>(\\d+\\.\\d+\\.\\d+)-SNAPSHOT</revision>")
				.matcher(Files.readString(root().resolve("pom.xml")));
		assertTrue(revision.find(), "no <revision> in the root pom.xml");
		String expected = revision.group(1) + ".qualifier";
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		try (Stream<Path> manifests = Files.list(root().resolve("bundles"))) {
			for (Path bundle : manifests.filter(p -> Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))).toList()) {
				Matcher version = Pattern.compile("(?m)^Bundle-Version: (\\S+)")
						.matcher(Files.readString(bundle.resolve("META-INF/MANIFEST.MF")));
				checked++;
				if (!version.find() || !version.group(1).equals(expected)) {
					wrong.add(bundle.getFileName() + " has " + (version.find(0) ? version.group(1) : "no version"));
				}
			}
		}
		try (Stream<Path> features = Files.list(root().resolve("features"))) {
			for (Path feature : features.filter(p -> Files.isRegularFile(p.resolve("feature.xml"))).toList()) {
				Matcher version = Pattern.compile("<feature[^>]*\\sversion=\"([^\"]+)\"")
						.matcher(Files.readString(feature.resolve("feature.xml")));
				checked++;
				if (!version.find() || !version.group(1).equals(expected)) {
					wrong.add(feature.getFileName() + " has another version");
				}
			}
		}
		assertTrue(checked >= 10, "found only " + checked + " bundles and features under " + root());
		assertEquals(List.of(), wrong, "versions differ from <revision> " + expected);
	}
}
