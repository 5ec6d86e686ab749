package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in docs/schema/ are generated from the model: this test fails when the committed files differ from
 * what the model generates (run the build with -Dbaton.schema=update to rewrite them, then commit).
 */
class FrontMatterSchemaTest {

	@Test
	void thePublishedSchemasAreTheGeneratedOnes() throws IOException {
		Path folder = TestFolders.repository().resolve("docs/schema");
		boolean update = "update".equals(System.getProperty("baton.schema"));
		List<String> stale = new ArrayList<>();
		List<String> expected = new ArrayList<>();
		for (Kinds.Kind kind : Kinds.all()) {
			String name = kind.name() + ".schema.json";
			expected.add(name);
			Path file = folder.resolve(name);
			String schema = FrontMatterSchema.of(kind);
			if (update) {
				Files.createDirectories(folder);
				Files.writeString(file, schema);
			} else if (!Files.exists(file) || !Files.readString(file).equals(schema)) {
				stale.add(name);
			}
		}
		Path reference = TestFolders.repository().resolve("docs/fields.md");
		if (update) {
			Files.writeString(reference, FrontMatterSchema.reference());
		} else if (!Files.exists(reference) || !Files.readString(reference).equals(FrontMatterSchema.reference())) {
			stale.add("../fields.md");
		}
		try (Stream<Path> files = Files.list(folder)) {
			// pack.schema.json is the JSON exporter's (checked by its own test)
			files.map(p -> p.getFileName().toString())
					.filter(n -> !expected.contains(n) && !n.equals("pack.schema.json"))
					.forEach(n -> stale.add(n + " (no such kind)"));
		}
		assertEquals(List.of(), stale, "docs/schema/ is out of date with the model: run "
				+ "./mvnw verify -Dbaton.schema=update and commit docs/schema/ and docs/fields.md");
	}

	@Test
	void theDecisionSchemaDescribesMadrAndBatonKeys() {
		String schema = FrontMatterSchema.of(Kinds.byName("decision").orElseThrow());
		for (String key : List.of("\"status\"", "\"date\"", "\"decision-makers\"", "\"deciders\"", "\"consulted\"",
				"\"informed\"", "\"supersedes\"", "\"superseded-by\"", "\"affects\"", "\"links\"")) {
			assertTrue(schema.contains(key + ": {"), key + " missing in\n" + schema);
		}
		assertTrue(schema.contains("\"additionalProperties\": true"));
	}

	@Test
	void typesFollowTheModel() {
		String technology = FrontMatterSchema.of(Kinds.byName("technology").orElseThrow());
		assertTrue(technology.matches("(?s).*\"end-of-life\": \\{\\s*\"type\": \"string\",\\s*\"format\": \"date\".*"),
				technology);
		String contract = FrontMatterSchema.of(Kinds.byName("contract").orElseThrow());
		assertTrue(contract.matches("(?s).*\"notice-period-days\": \\{\\s*\"type\": \"integer\".*"), contract);
		assertTrue(contract.matches("(?s).*\"auto-renews\": \\{\\s*\"type\": \"boolean\".*"), contract);
		String risk = FrontMatterSchema.of(Kinds.byName("risk").orElseThrow());
		assertTrue(risk.contains("\"enum\": [\"unspecified\", \"low\", \"medium\", \"high\", \"critical\"]"), risk);
		String onCall = FrontMatterSchema.of(Kinds.byName("on-call").orElseThrow());
		assertTrue(onCall.matches(
				"(?s).*\"escalation\": \\{\\s*\"type\": \"array\",\\s*\"items\": \\{\\s*\"type\": "
						+ "\"object\".*\"after-minutes\".*"),
				onCall);
	}
}
