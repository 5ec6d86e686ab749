package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionSet;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.LoadOptions;

/**
 * One reader, one answer: what {@code baton import} reports of a file is what Baton reads of it once the folder is
 * adopted in place (title, number, status as written, date, people, links).
 */
class SameReadingTest {

	@TempDir
	Path temp;

	/** Every corpus set with ADRs (the Backstage and OpenAPI sets hold none). */
	static List<String> sets() throws Exception {
		List<String> sets = new ArrayList<>();
		try (var list = Files.list(Corpus.set("adr__madr").getParent())) {
			list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
					.filter(n -> !n.equals("backstage__demo") && !n.equals("OAI__OpenAPI-Specification")).sorted()
					.forEach(sets::add);
		}
		return sets;
	}

	private static String describe(Decision d) {
		List<String> links = new ArrayList<>();
		for (DecisionLink link : d.getLinks()) {
			links.add(link.getType() + " " + target(link.getTarget()));
		}
		d.getStatedSupersededBy().forEach(t -> links.add("superseded-by " + target(t)));
		return "title=" + d.getTitle() + " number=" + d.getNumber() + " status=" + d.getStatus() + "/"
				+ d.getStatusText() + " date=" + d.getDate() + " deciders=" + d.getDecisionMakers() + " tags="
				+ d.getTags() + " links=" + links;
	}

	private static String target(EObject target) {
		return target instanceof Decision d && !d.eIsProxy() ? d.getId() : "(unresolved)";
	}

	private static Map<String, String> byFile(Iterable<DecisionSet> sets) {
		Map<String, String> result = new TreeMap<>();
		for (DecisionSet set : sets) {
			for (Decision d : set.getDecisions()) {
				result.put(d.getSourcePath(), describe(d));
			}
		}
		return result;
	}

	private void assertSameInPlace(Path root) throws Exception {
		AdrImport.Report report = AdrImport.run(root, Corpus.CONTEXT);
		// decisions that are sections of one chapter file are copied on import, never kept in place
		Map<String, String> imported = byFile(report.architecture().getDecisionSets());
		imported.keySet().removeIf(file -> file.contains("#"));
		if (imported.isEmpty()) {
			return;
		}
		Files.writeString(root.resolve(FolderLayout.SETTINGS), Adoption.batonYaml("repo", report));
		ArchitectureFolder folder =
				ArchitectureFolder.load(root, LoadOptions.defaults().withFormats(Dialects.formats()));
		Map<String, String> inPlace = byFile(folder.architecture().getDecisionSets());
		assertEquals(imported.keySet(), inPlace.keySet(), "the files read");
		imported.forEach((file, values) -> assertEquals(values, inPlace.get(file), file));
	}

	@Test
	void frenchBulletsAndLinksInAFrontMatterStatusReadTheSameInPlace() throws Exception {
		Path adr = Files.createDirectories(temp.resolve("repo/docs/decisions"));
		Files.writeString(adr.resolve("0001-use-x.md"), """
				---
				status: superseded by ADR-0002
				date: 2024-01-02
				---
				# Use X

				## Context and Problem Statement

				Why.
				""");
		Files.writeString(adr.resolve("0002-use-y.md"), """
				---
				status: accepted
				date: 2024-01-20
				---
				# Use Y

				## Context and Problem Statement

				Because.
				""");
		Files.writeString(adr.resolve("0003-utiliser-z.md"), """
				# Utiliser Z

				* statut : proposé
				* date : 2024-02-01

				## Contexte

				Parce que.

				## Liens

				* Lié à [ADR-0001](0001-use-x.md)
				""");
		assertSameInPlace(temp.resolve("repo"));
		ArchitectureFolder folder =
				ArchitectureFolder.load(temp.resolve("repo"), LoadOptions.defaults().withFormats(Dialects.formats()));
		Map<String, String> read = byFile(folder.architecture().getDecisionSets());
		assertTrue(read.get("docs/decisions/0003-utiliser-z.md").contains("status=proposed/proposé date=2024-02-01"),
				read::toString);
		assertTrue(read.get("docs/decisions/0001-use-x.md").contains("superseded-by 0002-use-y"), read::toString);
		assertTrue(read.get("docs/decisions/0003-utiliser-z.md").contains("relates-to 0001-use-x"), read::toString);
	}

	@ParameterizedTest
	@MethodSource("sets")
	void everyCorpusSetReadsTheSameInPlaceAsImported(String set) throws Exception {
		assertSameInPlace(Corpus.copy(set, temp.resolve(set)));
	}
}
