package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.baton.testing.Fuzzing;

/**
 * A long fuzzing run can go on where another of the same seed stopped ({@code baton.fuzz.from}): it tries exactly the
 * inputs, with the same indexes, that one run from the start would have tried after that point.
 */
class FuzzingResumeTest {

	private static final List<String> PROPERTIES =
			List.of("baton.fuzz.seed", "baton.fuzz.inputs", "baton.fuzz.seconds", "baton.fuzz.from");

	@AfterEach
	void clear() {
		PROPERTIES.forEach(System::clearProperty);
	}

	private static List<String> tried(int from) {
		System.setProperty("baton.fuzz.seed", "5");
		System.setProperty("baton.fuzz.inputs", "60");
		System.setProperty("baton.fuzz.seconds", "600");
		System.setProperty("baton.fuzz.from", Integer.toString(from));
		List<byte[]> seeds =
				List.of("---\nstatus: accepted\n---\n# A decision\n\nText.\n".getBytes(StandardCharsets.UTF_8),
						"# Another\n\n## Status\n\nProposed\n".getBytes(StandardCharsets.UTF_8));
		List<String> tried = new ArrayList<>();
		Fuzzing.Run run = Fuzzing.run("resume", seeds, "md", (input, index) -> {
			tried.add(index + ":" + Arrays.hashCode(input));
			return index % 2;
		});
		assertEquals(60 - from, run.inputs());
		return tried;
	}

	@Test
	void aRunFromAnIndexTriesWhatTheWholeRunTriesFromThere() {
		List<String> whole = tried(0);
		assertEquals(60, whole.size());
		assertEquals(whole.subList(45, 60), tried(45));
		assertEquals(whole.subList(1, 60), tried(1));
	}
}
