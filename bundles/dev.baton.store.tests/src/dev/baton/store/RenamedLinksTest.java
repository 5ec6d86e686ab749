package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;

/** A renamed record's file: Markdown links to it in every body follow, and nothing else changes. */
class RenamedLinksTest {

	@TempDir
	Path temp;

	private static final String LINKING = """
			---
			status: accepted
			date: 2024-01-01
			relates-to: [0005-dup]
			---
			# Linking

			## Context and Problem Statement

			See [the duplicate](0005-dup.md), its [outcome](./0005-dup.md#decision-outcome "why"),
			[the other five](0005-five.md) and [a site](https://example.com/0005-dup.md).
			Code is not a link: `[x](0005-dup.md)`.

			```
			[y](0005-dup.md)
			```

			[ref]: 0005-dup.md

			## Decision Outcome

			Chosen option: "it", because [dup][ref] says so.
			""";

	@Test
	void renamingUpdatesRealLinksToTheFileAndKeepsEverythingElse() throws IOException {
		Path root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "decisions/0005-five.md", "---\nstatus: accepted\ndate: 2024-01-01\n---\n# Five\n");
		TestFolders.write(root, "decisions/0005-dup.md", "---\nstatus: accepted\ndate: 2024-02-01\n---\n# Dup\n\n"
				+ "Replaces [itself](0005-dup.md) never.\n");
		TestFolders.write(root, "decisions/0006-linking.md", LINKING);
		TestFolders.write(root, "components/api.md", "# API\n\nDecided in [ADR 5](../decisions/0005-dup.md).\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		Decision dup = folder.architecture().getDecisionSets().get(0).getDecisions().stream()
				.filter(d -> d.getId().equals("0005-dup")).findFirst().orElseThrow();
		folder.rename(dup, "0007-dup");
		Diagnostic saved = folder.save();
		assertEquals(Diagnostic.OK, saved.getSeverity(), TestFolders.joined(saved));

		String expected = LINKING.replace("relates-to: [0005-dup]", "relates-to: [0007-dup]")
				.replace("[the duplicate](0005-dup.md)", "[the duplicate](0007-dup.md)")
				.replace("(./0005-dup.md#decision-outcome", "(0007-dup.md#decision-outcome")
				.replace("[ref]: 0005-dup.md", "[ref]: 0007-dup.md");
		assertEquals(expected, TestFolders.read(root.resolve("decisions/0006-linking.md")));
		assertEquals("# API\n\nDecided in [ADR 5](../decisions/0007-dup.md).\n",
				TestFolders.read(root.resolve("components/api.md")));
		assertEquals("---\nstatus: accepted\ndate: 2024-02-01\n---\n# Dup\n\nReplaces [itself](0007-dup.md) never.\n",
				TestFolders.read(root.resolve("decisions/0007-dup.md")));
	}
}
