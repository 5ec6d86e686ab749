package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One line of 2 MB, of the shapes that made the import quadratic: looking for a date at every word of the preamble
 * parsed the whole rest of it each time, so "Supersedes " 40,000 times took minutes. The bound is generous (a loaded
 * machine); the import takes well under a second on an idle one.
 */
class LongLinesTest {

	private static final int SIZE = 2_000_000;

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "Supersedes |\r", "Supersedes |\n", "Superseded by |\r", "Amends |\n",
			"Status: superseded by |\n", "[a](0001-a.md) |\r", "ADR-1 |\n", "x|\n", "a: |\r" })
	void aTwoMegabyteLineImportsInLinearTime(String shape) throws Exception {
		String unit = shape.substring(0, shape.indexOf('|'));
		String end = shape.substring(shape.indexOf('|') + 1);
		Path folder = Files.createDirectories(temp.resolve("adr"));
		Files.writeString(folder.resolve("0001-a.md"), "# 1. A\n\nAccepted\n");
		Files.writeString(folder.resolve("0002-use-y.md"),
				"# 2. Use Y\n\n" + unit.repeat(SIZE / unit.length()) + end + "\n## Context\n\nWhy.\n");
		AdrImport.Report report = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> AdrImport.runFolder(folder, "adr", Corpus.CONTEXT));
		assertEquals(2, report.imported());
	}

	/**
	 * A link whose target never closes, in prose: "amends [a](0001-xxx..." made the prose relation pattern try every
	 * split of the target between two quantifiers (the fuzzer's input 79,580 of seed 9 ran for minutes), and "](" over
	 * and over made the pattern for other records scan to the end of the line from each of them.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "This amends [a](0001-|x", "Rejected in favour of [a](<0001-|x.", "See |](",
			"Supersedes [a](0001|.a" })
	void anUnclosedLinkOfTwoMegabytesImportsInLinearTime(String shape) throws Exception {
		String prefix = shape.substring(0, shape.indexOf('|'));
		String unit = shape.substring(shape.indexOf('|') + 1);
		String prose = prefix + unit.repeat(SIZE / unit.length()) + "\n";
		for (String kind : new String[] { "md", "adoc" }) {
			Path folder = Files.createDirectories(temp.resolve(kind));
			String title = kind.equals("md") ? "# " : "= ";
			String heading = kind.equals("md") ? "## " : "== ";
			Files.writeString(folder.resolve("0001-a." + kind), title + "1. A\n\n" + heading + "Status\n\nAccepted\n");
			Files.writeString(folder.resolve("0002-use-y." + kind),
					title + "2. Use Y\n\n" + heading + "Context\n\n" + prose);
			AdrImport.Report report = assertTimeoutPreemptively(Duration.ofSeconds(20),
					() -> AdrImport.runFolder(folder, "adr", Corpus.CONTEXT), kind);
			assertEquals(2, report.imported(), kind);
		}
	}
}
