package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.SourceLocation;
import dev.baton.model.Decision;
import dev.baton.model.Record;

/**
 * A folder loaded for reading has the same model, findings and key lines as one loaded for editing, and is of a type
 * that has no way to save, rename or convert.
 */
class ReadOnlyLoadTest {

	@TempDir
	Path temp;

	@Test
	void theExampleReadsTheSameAsForEditing() {
		Path example = TestFolders.repository().resolve("examples/larkspur-platform");
		ArchitectureFolder editing = ArchitectureFolder.load(example, LoadOptions.defaults());
		ReadableFolder reading = ArchitectureFolder.loadForReading(example, LoadOptions.defaults());
		assertEquals(TestFolders.lines(editing.findings()), TestFolders.lines(reading.findings()));
		var expected = editing.architecture().eAllContents();
		var actual = reading.architecture().eAllContents();
		int records = 0;
		while (expected.hasNext()) {
			assertTrue(actual.hasNext());
			var a = expected.next();
			var b = actual.next();
			assertTrue(RecordEquality.equal(a, b), RecordEquality.describe(a) + " / " + RecordEquality.describe(b));
			if (a instanceof Record record) {
				records++;
				for (String key : new String[] { "status", "owner", "date", "provider" }) {
					assertEquals(editing.locationOf(record, key), reading.locationOf((Record) b, key),
							record.getId() + " " + key);
				}
				assertEquals(editing.fileOf(record), reading.fileOf((Record) b));
			}
		}
		assertTrue(records > 50, "records: " + records);
		Decision decision = reading.architecture().getDecisionSets().get(0).getDecisions().get(0);
		Optional<SourceLocation> status = reading.locationOf(decision, "status");
		assertTrue(status.isPresent() && status.get().line() > 1, status.toString());
	}

	@Test
	void aFolderLoadedForReadingHasNoWayToWriteAndWritesNothing() throws IOException {
		Path folder = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(folder, "decisions/0001-use-postgresql.md",
				"---\nstatus: proposed\ndate: 2026-01-05\n---\n# Use PostgreSQL\n\n## Context and Problem "
						+ "Statement\n\nWe need a database.\n");
		Map<String, byte[]> before = snapshot(folder);
		ReadableFolder reading = ArchitectureFolder.loadForReading(folder, LoadOptions.defaults());
		assertFalse(reading instanceof ArchitectureFolder, "a folder for reading is not the editable kind");
		for (String writing : List.of("save", "rename", "convert", "textOf", "nextDecisionId")) {
			assertTrue(Arrays.stream(reading.getClass().getMethods()).noneMatch(m -> m.getName().equals(writing)),
					writing);
		}
		reading.architecture().getDecisionSets().get(0).getDecisions().get(0).setTitle("Use MySQL");
		Map<String, byte[]> after = snapshot(folder);
		assertEquals(before.keySet(), after.keySet());
		before.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, after.get(path)), path));
	}

	private static Map<String, byte[]> snapshot(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		return files;
	}
}
