package dev.baton.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The distribution carries Baton's licence and a third-party notice that the build wrote from the bundles it ships:
 * every third-party jar is listed, each with a licence.
 */
class LicenceNoticeTest {

	private static final Path DISTRIBUTION = Path.of(System.getProperty("baton.distribution", "target/baton"));

	@Test
	void theLicenceShipsAndIsTheRepositorysOne() throws IOException {
		String licence = Files.readString(DISTRIBUTION.resolve("LICENSE"), StandardCharsets.UTF_8);
		assertTrue(licence.startsWith("Eclipse Public License - v 2.0"), licence.lines().findFirst().orElse(""));
		Path root = Path.of(System.getProperty("baton.root", "../.."));
		assertEquals(Files.readString(root.resolve("LICENSE"), StandardCharsets.UTF_8), licence);
	}

	@Test
	void theNoticeListsEveryThirdPartyJarWithItsLicence() throws IOException {
		Map<String, String> licences = new LinkedHashMap<>();
		for (String line : Files.readAllLines(DISTRIBUTION.resolve("THIRD-PARTY.md"), StandardCharsets.UTF_8)) {
			String[] cells = line.split(" \\| ");
			if (line.startsWith("| ") && cells.length >= 5 && cells[0].endsWith(".jar")) {
				licences.put(cells[0].substring(2), cells[4].strip());
			}
		}
		List<String> shipped = new ArrayList<>();
		for (String folder : List.of("bundles", "lib")) {
			try (Stream<Path> list = Files.list(DISTRIBUTION.resolve(folder))) {
				list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar"))
						.filter(n -> !n.startsWith("dev.baton.") && !n.startsWith("baton-")).forEach(shipped::add);
			}
		}
		shipped.sort(null);
		assertTrue(shipped.size() > 30, "too few third-party jars: " + shipped);
		assertTrue(shipped.stream().anyMatch(n -> n.startsWith("org.apache.felix.framework")), shipped.toString());
		assertEquals(shipped, licences.keySet().stream().sorted().toList(), "the notice lists exactly what ships");
		licences.forEach((jar, licence) -> {
			assertFalse(licence.isEmpty() || licence.equals("UNKNOWN"), jar + " has no licence in the notice");
		});
		assertEquals("Apache-2.0", licences.get(shipped.stream().filter(n -> n.startsWith("picocli")).findFirst()
				.orElseThrow()), "read from picocli's Maven POM, as the jar has no Bundle-License");
		assertEquals("EPL-2.0", licences.get(shipped.stream().filter(n -> n.startsWith("org.eclipse.emf.ecore_"))
				.findFirst().orElseThrow()));
	}
}
