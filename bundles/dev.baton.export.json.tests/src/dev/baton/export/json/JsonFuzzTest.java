package dev.baton.export.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;
import dev.baton.testing.Examples;
import dev.baton.testing.Fuzzing;

/**
 * Seeded mutation fuzzing of the JSON pack writer ({@link Fuzzing}): each mutated corpus record is one decision of a
 * small folder, loaded, and written as the JSON pack; findings are what bad records should give, anything thrown, a
 * hang or running out of memory a failure.
 */
class JsonFuzzTest {

	@TempDir
	Path temp;

	@Test
	void mutatedRecordsAreWrittenWithFindingsNeverExceptionsHangsOrOutOfMemory() throws Exception {
		List<byte[]> seeds = Fuzzing.seeds(Fuzzing.corpus(null), f -> f.toString().endsWith(".md"));
		Path root = temp.resolve("arch");
		Path file = Fuzzing.packFolder(root);
		Fuzzing.run("json", seeds, "md", (input, index) -> {
			Files.write(file, input);
			ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
			BasicDiagnostic findings = new BasicDiagnostic();
			JsonPack.write(folder.architecture(), Examples.CONTEXT, findings);
			return Fuzzing.about(folder.findings(), "0002-fuzz") + Fuzzing.about(findings, "0002-fuzz");
		});
	}
}
