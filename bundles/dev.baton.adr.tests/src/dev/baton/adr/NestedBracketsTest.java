package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link whose text is brackets nested thousands deep, as the ADR fuzzing harness made of a reference list (seed 7,
 * input 4504: 3,400 deep, 16 kB, a second per reading): looking for Markdown links scanned from every {@code [} to the
 * first {@code ]} and back, so the time grew with the square of the depth. The bound is generous (a loaded machine).
 */
class NestedBracketsTest {

	private static final int DEPTH = 50_000;

	@TempDir
	Path temp;

	@Test
	void aLinkInBracketsNestedFiftyThousandDeepIsReadInLinearTime() throws Exception {
		String link = "[JIRA: JAMES-3687]" + "[".repeat(DEPTH) + "]".repeat(DEPTH)
				+ "(https://issues.example.org/3687)";
		Path folder = Files.createDirectories(temp.resolve("adr"));
		Files.writeString(folder.resolve("0001-a.md"), "# 1. A\n\nDate: 2022-01-07\n\n## Status\n\nAccepted\n");
		Files.writeString(folder.resolve("0002-b.md"), "# 2. B\n\nDate: 2022-01-07\n\n## Status\n\nAccepted.\n\n"
				+ "Supersedes " + link + "\n\n## Context\n\nWhy.\n\n## References\n\n - " + link
				+ "\n - [A](0001-a.md)\n");
		AdrImport.Report report = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> AdrImport.runFolder(folder, "adr", Corpus.CONTEXT));
		assertEquals(2, report.imported());
		for (String dialect : Dialects.formats().keySet()) {
			assertTimeoutPreemptively(Duration.ofSeconds(20),
					() -> Reading.as(dialect, "0002-b.md", Files.readString(folder.resolve("0002-b.md"))), dialect);
		}
	}
}
