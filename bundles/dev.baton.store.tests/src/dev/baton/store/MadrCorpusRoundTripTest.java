package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;

/**
 * Text written by people, not by Baton: every Markdown file of the MADR project (its own decisions and its templates)
 * loads and saves byte for byte.
 */
class MadrCorpusRoundTripTest {

	@TempDir
	Path temp;

	private List<Path> madrFiles() throws IOException {
		Path madr = TestFolders.corpus().resolve("adr__madr");
		try (Stream<Path> files = Files.walk(madr)) {
			return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
		}
	}

	/** Copies each corpus file into decisions/ under a record name (templates and indexes included). */
	private List<Path[]> copyAll(Path folder) throws IOException {
		TestFolders.architecture(folder);
		List<Path[]> pairs = new ArrayList<>();
		int number = 100;
		for (Path file : madrFiles()) {
			String name = file.getFileName().toString();
			String target =
					name.matches("\\d{4}-.*\\.md") && !file.getParent().getFileName().toString().equals("template")
							? name
							: String.format("%04d-%s", number++, name.replace("template", "tmpl").toLowerCase());
			Path copy = folder.resolve("decisions").resolve(target);
			Files.createDirectories(copy.getParent());
			Files.copy(file, copy);
			// the corpus is read-only, and Baton does not overwrite read-only files: a copy is one to edit
			copy.toFile().setWritable(true, true);
			pairs.add(new Path[] { file, copy });
		}
		return pairs;
	}

	@Test
	void everyMadrFileLoadsAndSavesByteIdentically() throws IOException {
		Path folder = temp.resolve("arch");
		List<Path[]> pairs = copyAll(folder);
		assertTrue(pairs.size() >= 25, "expected the MADR corpus, found " + pairs.size() + " files");
		ArchitectureFolder architecture = ArchitectureFolder.load(folder, LoadOptions.defaults());
		List<Decision> decisions = architecture.architecture().getDecisionSets().get(0).getDecisions();
		assertEquals(pairs.size(), decisions.size(), TestFolders.joined(architecture.findings()));
		Diagnostic saved = architecture.save();
		assertEquals(Diagnostic.OK, saved.getSeverity(), TestFolders.joined(saved));
		for (Path[] pair : pairs) {
			assertArrayEquals(Files.readAllBytes(pair[0]), Files.readAllBytes(pair[1]),
					"changed by load + save: " + pair[0]);
		}
	}

	@Test
	void madrFieldsAreReadFromTheRealFiles() throws IOException {
		Path folder = temp.resolve("arch");
		copyAll(folder);
		ArchitectureFolder architecture = ArchitectureFolder.load(folder, LoadOptions.defaults());
		Decision status = find(architecture, "0008-add-status-field");
		assertEquals("Add Status Field", status.getTitle());
		assertEquals(8, status.getNumber());
		assertEquals(6, status.getOptions().size());
		assertEquals("Use YAML front matter", status.getOptions().get(0).getTitle());
		assertNotNull(status.getContext());
		assertTrue(status.getContext().contains("ADRs have a status"), status.getContext());
		assertFalse(status.getContext().contains("## "), "a heading leaked into the context");
		// MADR's own records carry Jekyll keys; the unknown keys are not Baton's and are kept (checked above)
		Decision asterisk = find(architecture, "0011-use-asterisk-as-list-marker");
		assertNotNull(asterisk.getChosenOption(), "chosen option of 0011");
		// of MADR's own records only 0003 has a status in its front matter; 0008 and 0013 show
		// "status:" inside fenced examples, which must not be read
		Decision tools = find(architecture, "0003-provide-own-madr-tools");
		assertEquals("on hold", tools.getStatusText());
		assertEquals(DecisionStatus.PROPOSED, tools.getStatus());
		assertEquals(null, status.getStatusText());
		long withStatus = architecture.architecture().getDecisionSets().get(0).getDecisions().stream()
				.filter(d -> d.getId().matches("00\\d\\d-.*") && d.getStatusText() != null).count();
		assertEquals(1, withStatus);
	}

	@Test
	void codeFencesWithFrontMatterAndHeadingsAreNotParsedAsStructure() throws IOException {
		Path folder = temp.resolve("arch");
		copyAll(folder);
		ArchitectureFolder architecture = ArchitectureFolder.load(folder, LoadOptions.defaults());
		Decision yaml = find(architecture, "0013-use-yaml-front-matter-for-meta-data");
		// the record's own front matter is Jekyll's; the examples inside fences must not become keys
		assertEquals(null, yaml.getStatusText());
		assertTrue(yaml.getOptions().size() >= 2, "options of 0013: " + yaml.getOptions().size());
	}

	private static Decision find(ArchitectureFolder folder, String id) {
		return folder.architecture().getDecisionSets().get(0).getDecisions().stream()
				.filter(d -> d.getId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no decision " + id));
	}
}
