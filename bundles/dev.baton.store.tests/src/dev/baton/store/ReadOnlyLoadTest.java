package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.Findings;
import dev.baton.api.SourceLocation;
import dev.baton.model.Decision;
import dev.baton.model.Record;

/**
 * A folder loaded for reading has the same model, findings and key lines as one loaded for editing, and refuses to
 * save, rename or convert, writing nothing.
 */
class ReadOnlyLoadTest {

	@TempDir
	Path temp;

	@Test
	void theExampleReadsTheSameAsForEditing() {
		Path example = TestFolders.repository().resolve("examples/larkspur-platform");
		ArchitectureFolder editing = ArchitectureFolder.load(example);
		ArchitectureFolder reading = ArchitectureFolder.loadForReading(example, new BasicMonitor(),
				ArchitectureFolder.DEFAULT_MAX_FILE_BYTES, Map.of(), null);
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
				assertEquals(Optional.empty(), reading.textOf((Record) b));
			}
		}
		assertTrue(records > 50, "records: " + records);
		Decision decision = reading.architecture().getDecisionSets().get(0).getDecisions().get(0);
		Optional<SourceLocation> status = reading.locationOf(decision, "status");
		assertTrue(status.isPresent() && status.get().line() > 1, status.toString());
	}

	@Test
	void savingRenamingAndConvertingAreRefusedAndNothingIsWritten() throws IOException {
		Path folder = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(folder, "decisions/0001-use-postgresql.md",
				"---\nstatus: proposed\ndate: 2026-01-05\n---\n# Use PostgreSQL\n\n## Context and Problem "
						+ "Statement\n\nWe need a database.\n");
		Map<String, byte[]> before = snapshot(folder);
		ArchitectureFolder reading = ArchitectureFolder.loadForReading(folder, new BasicMonitor(),
				ArchitectureFolder.DEFAULT_MAX_FILE_BYTES, Map.of(), null);
		Decision decision = reading.architecture().getDecisionSets().get(0).getDecisions().get(0);
		decision.setTitle("Use MySQL");
		Diagnostic saved = reading.save();
		assertEquals(Diagnostic.ERROR, saved.getSeverity());
		String message = Findings.leaves(saved).get(0).getMessage();
		assertTrue(message.contains("loaded for reading only; nothing is saved"), message);
		assertEquals(StoreFindings.READ_ONLY, Findings.leaves(saved).get(0).getCode());
		IllegalStateException rename =
				assertThrows(IllegalStateException.class, () -> reading.rename(decision, "0002-x"));
		assertTrue(rename.getMessage().contains("loaded for reading only"), rename.getMessage());
		assertThrows(IllegalStateException.class,
				() -> reading.convert(reading.architecture().getDecisionSets().get(0), "madr", Map.of()));
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
