package dev.baton.export.html;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.pack.Pack;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;
import dev.baton.testing.Examples;
import dev.baton.testing.Fuzzing;

/**
 * Seeded mutation fuzzing of the HTML site writer ({@link Fuzzing}): each mutated corpus record is one decision of a
 * small folder, loaded, packed and written as the HTML site; findings are what bad records should give, anything
 * thrown, a hang or running out of memory a failure.
 */
class HtmlFuzzTest {

	@TempDir
	Path temp;

	@Test
	void mutatedRecordsAreWrittenWithFindingsNeverExceptionsHangsOrOutOfMemory() throws Exception {
		List<byte[]> seeds = Fuzzing.seeds(Fuzzing.corpus(null), f -> f.toString().endsWith(".md"));
		Path root = temp.resolve("arch");
		Path file = Fuzzing.packFolder(root);
		Fuzzing.run("html", seeds, "md", (input, index) -> {
			Files.write(file, input);
			ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
			BasicDiagnostic findings = new BasicDiagnostic();
			Pack pack = Pack.build(folder.architecture(), Examples.CONTEXT, findings);
			HtmlSite.write(pack, temp.resolve("site"), null, findings, new BasicMonitor());
			return Fuzzing.about(folder.findings(), "0002-fuzz") + Fuzzing.about(findings, "0002-fuzz");
		});
	}
}
