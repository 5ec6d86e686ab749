package dev.baton.openapi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.openapi.OpenApi.Operation;
import dev.baton.testing.Fuzzing;

/**
 * Seeded mutation fuzzing of the OpenAPI reader ({@link Fuzzing}): the OpenAPI Initiative's example specifications,
 * mutated, are read from a file (size and UTF-8 checks, YAML limits, then the document); a problem in the result is a
 * finding, anything thrown is a failure.
 */
class OpenApiFuzzTest {

	@TempDir
	Path temp;

	@Test
	void mutatedSpecificationsGiveProblemsNeverExceptionsHangsOrOutOfMemory() throws Exception {
		List<byte[]> seeds = Fuzzing.seeds(Fuzzing.corpus("OAI__OpenAPI-Specification"),
				f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"));
		Path file = temp.resolve("openapi.yaml");
		Fuzzing.run("openapi", seeds, "yaml", (input, index) -> {
			Files.write(file, input);
			OpenApi.Result result = OpenApi.read(file);
			if (result.specification() != null) {
				// what the pack and the views show of it
				result.specification().operations().forEach(Operation::label);
			}
			return result.problem() == null ? 0 : 1;
		});
	}
}
