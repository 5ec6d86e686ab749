package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Markdown and AsciiDoc file below an import source is in the report: imported with the values read, or left with
 * why (hidden folders, {@code node_modules} and {@code target} are not looked into).
 */
class AccountedForTest {

	static List<String> sets() throws Exception {
		return SameReadingTest.sets();
	}

	@ParameterizedTest
	@MethodSource("sets")
	void everyTextFileOfACorpusSetIsInTheReport(String set) throws Exception {
		Path root = Corpus.set(set);
		AdrImport.Report report = AdrImport.run(root, Corpus.CONTEXT);
		Set<String> reported = new HashSet<>();
		for (AdrImport.SetReport s : report.sets()) {
			for (AdrImport.FileReport file : s.files()) {
				reported.add(file.file());
				if (file.imported()) {
					assertNotNull(file.id(), file.file());
					assertNotNull(file.title(), file.file());
				} else {
					assertFalse(file.notes().isEmpty(), file.file() + " left without a reason");
				}
			}
		}
		for (AdrImport.FileReport file : report.others()) {
			reported.add(file.file());
			assertFalse(file.notes().isEmpty(), file.file() + " left without a reason");
		}
		List<String> missing = new ArrayList<>();
		try (var walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).filter(f -> AdrFormat.isText(f.getFileName().toString()))
					.map(f -> root.relativize(f).toString().replace('\\', '/'))
					.filter(f -> !looksHidden(f) || f.indexOf('/') > 0 && insideASet(report, f))
					.filter(f -> !reported.contains(f)).forEach(missing::add);
		}
		assertTrue(missing.isEmpty(), set + ": not in the report: " + missing);
	}

	private static boolean looksHidden(String path) {
		for (String part : path.split("/")) {
			if (part.startsWith(".") || part.equals("node_modules") || part.equals("target")) {
				return true;
			}
		}
		return false;
	}

	/** A hidden file directly in an ADR folder ({@code .template.md}) is reported by the folder's listing. */
	private static boolean insideASet(AdrImport.Report report, String path) {
		String folder = path.substring(0, path.lastIndexOf('/'));
		String name = path.substring(path.lastIndexOf('/') + 1);
		return !looksHidden(folder) && name.startsWith(".")
				&& report.sets().stream().anyMatch(s -> s.folder().equals(folder));
	}
}
