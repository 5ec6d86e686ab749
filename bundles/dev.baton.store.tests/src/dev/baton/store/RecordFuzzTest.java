package dev.baton.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.store.internal.ReadContext;
import dev.baton.store.internal.RecordLoader;
import dev.baton.testing.Fuzzing;

/**
 * Seeded mutation fuzzing of the store's record reader ({@link Fuzzing}): the Markdown files of the shared corpus,
 * mutated, are read as decisions, as components and, every {@value #FOLDER_EVERY}th input, as a whole folder
 * (references, canonical values).
 */
class RecordFuzzTest {

	private static final int FOLDER_EVERY = 10;

	@TempDir
	Path temp;

	@Test
	void mutatedCorpusRecordsGiveFindingsNeverExceptionsHangsOrOutOfMemory() throws Exception {
		List<byte[]> seeds = Fuzzing.seeds(TestFolders.corpus(), f -> f.toString().endsWith(".md"));
		Path root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "components/other.md", "---\nowner: team-a\n---\n# Other\n");
		TestFolders.write(root, "decisions/0001-first.md", "# First\n");
		Files.createDirectories(root.resolve("components"));
		Kinds.Kind decision = Kinds.byName("decision").orElseThrow();
		Kinds.Kind component = Kinds.byName("component").orElseThrow();
		RecordLoader loader = new RecordLoader(root, ArchitectureFolder.DEFAULT_MAX_FILE_BYTES);
		Fuzzing.run("records", seeds, "md", (input, index) -> {
			boolean asDecision = index / 2 % 2 == 0;
			Path file = root.resolve(asDecision ? "decisions/0002-fuzz.md" : "components/fuzz.md");
			Files.deleteIfExists(root.resolve(asDecision ? "components/fuzz.md" : "decisions/0002-fuzz.md"));
			Files.write(file, input);
			if (index % FOLDER_EVERY == 0) {
				long limit = ArchitectureFolder.DEFAULT_MAX_FILE_BYTES;
				return ArchitectureFolder.load(root, LoadOptions.defaults().withMaxFileBytes(limit)).findings()
						.getChildren()
						.size();
			}
			ReadContext context = new ReadContext(new BasicDiagnostic());
			loader.load(file, (asDecision ? decision : component).eClass(), context);
			return context.findings().getChildren().size();
		});
	}
}
