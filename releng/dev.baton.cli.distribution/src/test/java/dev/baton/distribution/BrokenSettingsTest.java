package dev.baton.distribution;

import static dev.baton.distribution.BatonCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.distribution.BatonCommandTest.Result;

/**
 * A broken {@code baton.yaml} is an error for every command that writes (nothing is written in a default place
 * instead), and every reading command says so; a decision file that did not load keeps its number.
 */
class BrokenSettingsTest {

	@TempDir
	Path temp;

	private Path arch() throws Exception {
		assertEquals(0, run(temp, "--as-of", "2026-11-28", "init", "arch", "--name", "Test").exit());
		return temp.resolve("arch");
	}

	private static List<String> files(Path folder) throws Exception {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aSyntaxErrorInBatonYamlStopsNewWithItsLine() throws Exception {
		Path arch = arch();
		Files.createDirectories(arch.resolve("adr"));
		Files.writeString(arch.resolve("baton.yaml"),
				"name: Test\ndecisions:\n  - {name: core, path: adr, dialect: nygard\n");
		List<String> before = files(arch.resolve("decisions"));
		Result result = run(arch, "new", "Use Kafka");
		assertEquals(2, result.exit(), result.err());
		assertTrue(result.err().matches("(?s).*baton\\.yaml:\\d: error: invalid YAML.*"), result.err());
		assertTrue(result.err().contains("baton new: baton.yaml has errors (above): fix them first; nothing was "
				+ "written"), result.err());
		assertEquals(before, files(arch.resolve("decisions")));
		assertEquals(List.of(), files(arch.resolve("adr")));

		Result list = run(arch, "list");
		assertTrue(list.err().matches("(?s).*baton\\.yaml:\\d: error: invalid YAML.*"), list.err());
	}

	@Test
	void digitsOutOfRangeIsAnErrorNotAnOutOfMemoryError() throws Exception {
		Path arch = arch();
		Files.writeString(arch.resolve("baton.yaml"), "name: Test\ndecisions: {path: decisions, digits: 2000000000}\n");
		Result result = run(arch, "new", "Use Kafka");
		assertEquals(2, result.exit(), result.err());
		assertTrue(result.err().contains("baton.yaml:2: error: 'digits' is a whole number from 1 to 9"), result.err());
		assertFalse(result.err().contains("OutOfMemoryError"), result.err());
		assertEquals(List.of("0001-record-architecture-decisions.md"), files(arch.resolve("decisions")));
	}

	@Test
	void newSaysWhatDidNotLoadAndDoesNotReuseItsNumber() throws Exception {
		Path arch = arch();
		Files.writeString(arch.resolve("decisions/0007-use-rabbitmq.md"),
				"---\nstatus: [accepted\n---\n# Use RabbitMQ\n");
		Result result = run(arch, "--as-of", "2026-11-28", "new", "Use Kafka");
		assertEquals(0, result.exit(), result.err());
		assertEquals(arch.resolve("decisions/0008-use-kafka.md").toString(), result.out().strip());
		assertTrue(result.err().matches("(?s).*0007-use-rabbitmq\\.md:\\d: error: invalid YAML.*"), result.err());
	}
}
