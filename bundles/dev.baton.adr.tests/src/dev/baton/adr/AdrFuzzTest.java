package dev.baton.adr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.testing.Fuzzing;

/**
 * Seeded mutation fuzzing of the ADR import ({@link Fuzzing}): the Markdown and AsciiDoc ADRs of the shared corpus,
 * mutated, are imported as a folder beside a good record (the dialect found from the text, links resolved), and read
 * once more in one dialect after another, so that every dialect's reader sees every kind of damage.
 */
class AdrFuzzTest {

	@TempDir
	Path temp;

	@Test
	void mutatedCorpusAdrsGiveFindingsNeverExceptionsHangsOrOutOfMemory() throws Exception {
		List<byte[]> seeds = Fuzzing.seeds(Fuzzing.corpus(null),
				f -> f.toString().endsWith(".md") || f.toString().endsWith(".adoc"));
		List<String> dialects = List.copyOf(Dialects.formats().keySet());
		Path folder = Files.createDirectories(temp.resolve("adr"));
		Files.writeString(folder.resolve("0001-first.md"), "# 1. First\n\nDate: 2026-01-02\n\n## Status\n\nAccepted\n");
		Fuzzing.run("adr", seeds, "md", (input, index) -> {
			boolean asciiDoc = index % 3 == 2;
			Path file = folder.resolve(asciiDoc ? "0002-fuzz.adoc" : "0002-fuzz.md");
			Files.deleteIfExists(folder.resolve(asciiDoc ? "0002-fuzz.md" : "0002-fuzz.adoc"));
			Files.write(file, input);
			AdrImport.Report report = AdrImport.runFolder(folder, "fuzz", Corpus.CONTEXT);
			String dialect = dialects.get(index % dialects.size());
			Reading reading = Reading.as(dialect, file.getFileName().toString(),
					new String(input, StandardCharsets.UTF_8));
			return report.findings().getChildren().size() + reading.warnings.size() + reading.errors.size();
		});
	}
}
