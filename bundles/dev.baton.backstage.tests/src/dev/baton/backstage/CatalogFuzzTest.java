package dev.baton.backstage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.testing.Examples;
import dev.baton.testing.Fuzzing;

/**
 * Seeded mutation fuzzing of the Backstage catalog reader ({@link Fuzzing}): the catalog files of the Backstage demo,
 * mutated, are imported into an empty architecture, and every fifth one a second time into the same architecture
 * (entities already there, references to resolve).
 */
class CatalogFuzzTest {

	@TempDir
	Path temp;

	@Test
	void mutatedCatalogFilesGiveFindingsNeverExceptionsHangsOrOutOfMemory() throws Exception {
		List<byte[]> seeds = Fuzzing.seeds(Fuzzing.corpus("backstage__demo"),
				f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"));
		Path file = temp.resolve("catalog-info.yaml");
		Fuzzing.run("backstage", seeds, "yaml", (input, index) -> {
			Files.write(file, input);
			Architecture architecture = BatonFactory.eINSTANCE.createArchitecture();
			BasicDiagnostic findings = new BasicDiagnostic();
			CatalogImport.run(file, architecture, Examples.CONTEXT, findings);
			if (index % 5 == 0) {
				CatalogImport.run(file, architecture, Examples.CONTEXT, findings);
			}
			return findings.getChildren().size();
		});
	}
}
