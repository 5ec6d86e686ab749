package dev.baton.export.html;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.export.json.JsonPack;
import dev.baton.export.markdown.MarkdownTree;
import dev.baton.pack.Pack;
import dev.baton.testing.Fuzzing;

/**
 * Seeded mutation fuzzing of the pack's writers ({@link Fuzzing#runPackWriters}): each mutated corpus record is one
 * decision of a small folder, loaded, packed and written as the HTML site, the Markdown tree and the JSON pack, in one
 * run as {@code baton export} writes them; findings are what bad records should give, anything thrown, a hang or
 * running out of memory a failure.
 */
class PackWritersFuzzTest {

	@TempDir
	Path temp;

	@Test
	void mutatedRecordsAreWrittenWithFindingsNeverExceptionsHangsOrOutOfMemory() throws Exception {
		Fuzzing.runPackWriters("pack-writers", temp, List.of("HTML site", "Markdown tree", "JSON pack"),
				List.of((folder, run, findings) -> HtmlSite.write(Pack.build(folder.architecture(), run, findings),
						temp.resolve("site"), null, findings, new BasicMonitor()),
						(folder, run, findings) -> MarkdownTree.write(Pack.build(folder.architecture(), run, findings),
								temp.resolve("tree"), findings, new BasicMonitor()),
						(folder, run, findings) -> JsonPack.write(folder.architecture(), run, findings)));
	}
}
