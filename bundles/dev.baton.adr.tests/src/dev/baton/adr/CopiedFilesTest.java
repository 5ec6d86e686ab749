package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;

/** ADRs copied into an architecture folder bring the files they link to, and their links still lead there. */
class CopiedFilesTest {

	@TempDir
	Path temp;

	@Test
	void imagesPagesAndLinksBetweenAdrsSurviveTheCopy() throws Exception {
		Path repo = temp.resolve("repo");
		Path adr = Files.createDirectories(repo.resolve("doc/adr"));
		Files.createDirectories(adr.resolve("images"));
		Files.write(adr.resolve("images/arch.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		Files.createDirectories(repo.resolve("specs"));
		Files.writeString(repo.resolve("specs/api.yaml"), "openapi: 3.0.0\n");
		Files.writeString(temp.resolve("outside.txt"), "not the repository's\n");
		Files.writeString(adr.resolve("0001-use-x.md"), """
				# 1. Use X

				Date: 2020-01-01

				## Status

				Accepted

				## Context

				![the architecture](images/arch.png)

				The API is in [the spec](../../specs/api.yaml "API"); see also [a note](../../../outside.txt).
				""");
		Files.writeString(adr.resolve("0002-use-y.md"), """
				# 2. Use Y

				Date: 2020-02-01

				## Status

				Accepted

				## Context

				Builds on [ADR 1](0001-use-x.md#context) and [the record folder](2021-05-05-keep-pages/README.md).
				""");
		Path record = Files.createDirectories(adr.resolve("2021-05-05-keep-pages"));
		Files.writeString(record.resolve("README.md"), """
				# Keep pages

				## Context

				Details are in [the details page](details.md).
				""");
		Files.writeString(record.resolve("details.md"), "# Details\n\nMore.\n");

		Path root = temp.resolve("arch");
		ArchitectureFolder created = ArchitectureFolder.create(root, BatonFactory.eINSTANCE.createArchitecture());
		Decision seed = BatonFactory.eINSTANCE.createDecision();
		seed.setNumber(1);
		seed.setTitle("Record architecture decisions");
		seed.setStatus(DecisionStatus.ACCEPTED);
		seed.setDate(LocalDate.of(2026, 11, 28));
		created.architecture().getDecisionSets().get(0).getDecisions().add(seed);
		assertEquals(Diagnostic.OK, created.save().getSeverity());

		AdrImport.Report report = AdrImport.run(repo, Corpus.CONTEXT);
		ArchitectureFolder folder =
				ArchitectureFolder.load(root, LoadOptions.defaults().withFormats(Dialects.formats()));
		ImportedDecisions.Added added = ImportedDecisions.add(folder, folder.architecture().getDecisionSets().get(0),
				report, false);
		ImportedFiles.Plan plan = ImportedFiles.plan(report.root(), added);
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		assertEquals(List.of(), ImportedFiles.copy(plan, root.resolve("decisions")));

		String x = added.placed().get("doc/adr/0001-use-x.md");
		String y = added.placed().get("doc/adr/0002-use-y.md");
		String pages = added.placed().get("doc/adr/2021-05-05-keep-pages/README.md");
		assertEquals("0003-use-x", x, added.placed()::toString); // 0001 is the seed's
		assertEquals("0002-use-y", y);

		Path decisions = root.resolve("decisions");
		String xText = Files.readString(decisions.resolve(x + ".md"));
		assertTrue(xText.contains("![the architecture](assets/doc/adr/images/arch.png)"), xText);
		assertTrue(Files.isRegularFile(decisions.resolve("assets/doc/adr/images/arch.png")));
		assertTrue(xText.contains("[the spec](assets/specs/api.yaml \"API\")"), xText);
		assertTrue(Files.isRegularFile(decisions.resolve("assets/specs/api.yaml")));
		assertTrue(xText.contains("[a note](../../../outside.txt)"),
				"a file outside the source is not copied: " + xText);
		assertFalse(Files.exists(decisions.resolve("assets/outside.txt")));

		String yText = Files.readString(decisions.resolve(y + ".md"));
		assertTrue(yText.contains("[ADR 1](" + x + ".md#context)"), yText);
		assertTrue(yText.contains("[the record folder](" + pages + ".md)"), yText);

		String pagesText = Files.readString(decisions.resolve(pages + ".md"));
		assertTrue(pagesText.contains("[the details page](assets/doc/adr/2021-05-05-keep-pages/details.md)"),
				pagesText);
		assertEquals("# Details\n\nMore.\n",
				Files.readString(decisions.resolve("assets/doc/adr/2021-05-05-keep-pages/details.md")));
		// the copied page is no decision of the folder
		assertEquals(4, ArchitectureFolder.load(root, LoadOptions.defaults().withFormats(Dialects.formats()))
				.architecture().getDecisionSets().get(0).getDecisions().size());
	}
}
