package dev.baton.export.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import dev.baton.api.DecisionTimeline;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.Kinds;
import dev.baton.store.LoadOptions;
import dev.baton.testing.Examples;
import dev.baton.testing.Secrets;

/** The JSON document: it parses, it says what the example holds, and every key it uses is in the published schema. */
class JsonPackTest {

	@TempDir
	Path temp;

	/** JSON is YAML 1.2: snakeyaml-engine parses it. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String json) {
		return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(json);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theExampleAsJsonMatchesTheSchema() {
		String json = JsonPack.write(Examples.larkspur().architecture(), Examples.CONTEXT, new BasicDiagnostic());
		Map<String, Object> document = parse(json);
		assertEquals("baton-pack/1", document.get("format"));
		assertEquals("2026-11-28", document.get("as-of"));
		List<Map<String, Object>> sets = (List<Map<String, Object>>) document.get("decision-sets");
		List<Map<String, Object>> decisions = (List<Map<String, Object>>) sets.get(0).get("decisions");
		assertEquals(26, decisions.size());
		Map<String, Object> nine =
				decisions.stream().filter(d -> "0009-move-parcel-data-to-postgresql".equals(d.get("id")))
						.findFirst().orElseThrow();
		assertEquals("accepted", nine.get("status"));
		assertEquals(List.of("0003-use-mysql-for-parcel-data"), nine.get("supersedes"));
		assertEquals(16, ((List<?>) document.get("components")).size());
		Map<String, Object> schema = parse(JsonPack.schema());
		Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
		Map<String, Object> defs = (Map<String, Object>) schema.get("$defs");
		List<String> unknown = new ArrayList<>();
		for (String key : document.keySet()) {
			if (!properties.containsKey(key)) {
				unknown.add(key);
			}
		}
		for (Map.Entry<String, Object> entry : document.entrySet()) {
			if (entry.getValue() instanceof List<?> list && !entry.getKey().equals("decision-sets")) {
				String kind = Kinds.byFolder(entry.getKey()).orElseThrow().name();
				for (Object record : list) {
					check(kind, (Map<String, Object>) record, defs, unknown);
				}
			}
		}
		decisions.forEach(d -> check("decision", d, defs, unknown));
		assertEquals(List.of(), unknown);
	}

	@SuppressWarnings("unchecked")
	private static void check(String kind, Map<String, Object> record, Map<String, Object> defs, List<String> unknown) {
		Map<String, Object> def = (Map<String, Object>) defs.get(kind);
		Map<String, Object> properties = (Map<String, Object>) def.get("properties");
		for (Map.Entry<String, Object> field : record.entrySet()) {
			Map<String, Object> type = (Map<String, Object>) properties.get(field.getKey());
			if (type == null) {
				unknown.add(kind + "." + field.getKey());
				continue;
			}
			Object expected = type.get("type");
			Object value = field.getValue();
			boolean ok = expected == null || switch (String.valueOf(expected)) {
			case "string" -> value instanceof String;
			case "array" -> value instanceof List;
			case "boolean" -> value instanceof Boolean;
			case "integer" -> value instanceof Integer || value instanceof Long;
			case "number" -> value instanceof Number;
			case "object" -> value instanceof Map;
			default -> false;
			};
			if (!ok) {
				unknown.add(kind + "." + field.getKey() + " is not a " + expected + ": " + value);
			}
		}
	}

	@Test
	void thePublishedSchemaIsTheModelsSchema() throws Exception {
		Path published = Examples.repository().resolve("docs/schema/pack.schema.json");
		String schema = JsonPack.schema();
		if ("update".equals(System.getProperty("baton.schema"))) {
			Files.writeString(published, schema, StandardCharsets.UTF_8);
		}
		assertEquals(schema, Files.readString(published, StandardCharsets.UTF_8),
				"docs/schema/pack.schema.json differs from the model: run ./mvnw verify -Dbaton.schema=update and "
						+ "commit it");
	}

	@Test
	void secretsAreRedactedAndTheSameFolderGivesTheSameBytes() throws Exception {
		BasicDiagnostic findings = new BasicDiagnostic();
		String json = JsonPack.write(Examples.hostile(temp).architecture(), Examples.CONTEXT, findings);
		assertFalse(json.contains("AKIAABCDEFGHIJKLMNOP"));
		assertTrue(json.contains("The deploy key is [redacted]"), json);
		assertEquals(1, findings.getChildren().size());
		assertEquals(JsonPack.write(Examples.larkspur().architecture(), Examples.CONTEXT, new BasicDiagnostic()),
				JsonPack.write(Examples.larkspur().architecture(), Examples.CONTEXT, new BasicDiagnostic()));
	}

	@Test
	void noCredentialReachesTheDocumentAndOrdinaryTextIsKept() throws Exception {
		var folder = ArchitectureFolder.load(Secrets.folder(temp.resolve("arch")), LoadOptions.defaults());
		String json = JsonPack.write(folder.architecture(), Examples.CONTEXT, new BasicDiagnostic());
		Secrets.assertNoSecret("pack.json", json);
		Secrets.assertHarmlessKept("pack.json", json);
		assertTrue(json.contains("\"id\": \"redacted-1\"") || json.contains("\"id\":\"redacted-1\""), json);
		assertTrue(json.contains("rotated with Authorization: Bearer [redacted]"), "the link's note");
		assertTrue(json.contains("https://deploy:[redacted]@git.example.com/billing.git"), "the link target");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theDecisionHistoryFromTheServiceIsInTheDocumentAndItsSchema() {
		var folder = Examples.larkspur();
		DecisionTimeline history = (root, monitor) -> new DecisionTimeline.Result(List.of(
				new DecisionTimeline.Transition("decisions/0009-move-parcel-data-to-postgresql.md",
						"0009-move-parcel-data-to-postgresql", "Move parcel data to PostgreSQL", null, "proposed",
						"Ada Lovelace",
						LocalDate.of(2025, 3, 2), "1234567890abcdef", "Propose (password=hunter2hunter2)")),
				root + " is a shallow clone");
		BasicDiagnostic findings = new BasicDiagnostic();
		Map<String, Object> document =
				parse(JsonPack.write(folder.architecture(), Examples.CONTEXT, findings, history));
		Map<String, Object> section = (Map<String, Object>) document.get("decision-history");
		assertEquals(folder.root() + " is a shallow clone", section.get("note"));
		Map<String, Object> transition = ((List<Map<String, Object>>) section.get("transitions")).get(0);
		assertEquals("decisions/0009-move-parcel-data-to-postgresql.md", transition.get("file"));
		assertEquals(null, transition.get("from"));
		assertEquals("proposed", transition.get("to"));
		assertEquals("2025-03-02", transition.get("date"));
		assertFalse(((String) transition.get("message")).contains("hunter2"), (String) transition.get("message"));
		Map<String, Object> schema =
				(Map<String, Object>) ((Map<String, Object>) parse(JsonPack.schema()).get("properties"))
						.get("decision-history");
		Map<String, Object> items = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) schema
				.get("properties")).get("transitions")).get("items");
		assertEquals(transition.keySet(), ((Map<String, Object>) items.get("properties")).keySet());
		assertFalse(JsonPack.write(folder.architecture(), Examples.CONTEXT, new BasicDiagnostic())
				.contains("decision-history"));
	}

	static Path openApiExamples() {
		return Path.of(System.getProperty("baton.shared", "../../../shared"), "corpus", "OAI__OpenAPI-Specification",
				"_archive_/schemas/v3.0/pass").toAbsolutePath().normalize();
	}

	@Test
	@SuppressWarnings("unchecked")
	void eachInterfaceCarriesWhatItsOpenApiFileSaysOrWhyItCannot() throws Exception {
		Examples.write(temp, FolderLayout.SETTINGS, "name: Pets\n");
		// the OpenAPI Initiative's petstore, read from the shared corpus into this fixture (never into the repository)
		Files.createDirectories(temp.resolve("specs"));
		Files.copy(openApiExamples().resolve("petstore.yaml"), temp.resolve("specs/petstore.yaml"));
		Files.copy(openApiExamples().resolve("petstore-expanded.yaml"),
				temp.resolve("interfaces-petstore-expanded.yaml"));
		Examples.write(temp, "interfaces/pets.md",
				"---\nspecification: ../specs/petstore.yaml\nspecification-format: openapi\n---\n# Pets API\n");
		Examples.write(temp, "interfaces/expanded.md",
				"---\nspecification: interfaces-petstore-expanded.yaml\n---\n# Expanded pets API\n");
		Examples.write(temp, "interfaces/gone.md", "---\nspecification: ../specs/gone.yaml\n---\n# Gone API\n");
		Examples.write(temp, "specs/broken.yaml",
				"openapi: 3.0.0\ninfo:\n  title: Broken\npaths:\n  /a:\n    get: [\n");
		Examples.write(temp, "interfaces/broken.md", "---\nspecification: ../specs/broken.yaml\n---\n# Broken API\n");
		Examples.write(temp, "interfaces/remote.md",
				"---\nspecification: https://api.example.com/openapi.yaml\n---\n# Remote API\n");
		Examples.write(temp, "interfaces/proto.md",
				"---\nspecification: ../specs/petstore.yaml\nspecification-format: protobuf\n---\n# Proto API\n");
		BasicDiagnostic findings = new BasicDiagnostic();
		Map<String, Object> document =
				parse(JsonPack.write(ArchitectureFolder.load(temp, LoadOptions.defaults()).architecture(),
						Examples.CONTEXT, findings));
		Map<String, Map<String, Object>> apis = new TreeMap<>();
		((List<Map<String, Object>>) document.get("interfaces")).forEach(api -> apis.put((String) api.get("id"), api));

		Map<String, Object> pets = (Map<String, Object>) apis.get("pets").get("api-specification");
		assertEquals("specs/petstore.yaml", pets.get("file"));
		assertEquals("3.0.0", pets.get("openapi"));
		assertEquals("Swagger Petstore", pets.get("title"));
		assertEquals("1.0.0", pets.get("version"));
		assertEquals(List.of("http://petstore.swagger.io/v1"), pets.get("servers"));
		assertEquals(List.of(
				Map.of("method", "GET", "path", "/pets", "operation-id", "listPets", "summary", "List all pets"),
				Map.of("method", "POST", "path", "/pets", "operation-id", "createPets", "summary", "Create a pet"),
				Map.of("method", "GET", "path", "/pets/{petId}", "operation-id", "showPetById", "summary",
						"Info for a specific pet")),
				pets.get("operations"));
		// no summaries in the expanded petstore: the operation id alone, found in the folder root
		Map<String, Object> expanded = (Map<String, Object>) apis.get("expanded").get("api-specification");
		assertEquals("interfaces-petstore-expanded.yaml", expanded.get("file"));
		assertEquals(Map.of("method", "DELETE", "path", "/pets/{id}", "operation-id", "deletePet"),
				((List<Object>) expanded.get("operations")).get(3));

		Map<String, Object> gone = (Map<String, Object>) apis.get("gone").get("api-specification");
		assertEquals("../specs/gone.yaml", gone.get("file"));
		Map<String, Object> missing = (Map<String, Object>) gone.get("problem");
		assertEquals("warning", missing.get("severity"));
		assertTrue(((String) missing.get("message")).startsWith("does not exist (looked beside the record and in the "
				+ "folder root)"), missing.toString());
		Map<String, Object> broken = (Map<String, Object>) apis.get("broken").get("api-specification");
		assertEquals("specs/broken.yaml", broken.get("file"));
		Map<String, Object> syntax = (Map<String, Object>) broken.get("problem");
		assertEquals(7, syntax.get("line"));
		assertTrue(((String) syntax.get("message")).startsWith("is not valid YAML or JSON: "), syntax.toString());
		assertEquals(null, broken.get("operations"));
		// a URL is not fetched, and a file of another format is not read as OpenAPI
		assertFalse(apis.get("remote").containsKey("api-specification"), apis.get("remote").toString());
		assertFalse(apis.get("proto").containsKey("api-specification"), apis.get("proto").toString());

		// every key written is in the published schema
		Map<String, Object> schema =
				(Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) parse(
						JsonPack.schema()).get("$defs")).get("interface")).get("properties")).get("api-specification");
		Map<String, Object> keys = (Map<String, Object>) schema.get("properties");
		for (Map<String, Object> specification : List.of(pets, expanded, gone, broken)) {
			assertTrue(keys.keySet().containsAll(specification.keySet()), specification.keySet() + " " + keys.keySet());
		}
		Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) keys
				.get("operations")).get("items")).get("properties");
		assertEquals(List.of("method", "path", "operation-id", "summary"), List.copyOf(operation.keySet()));
		Map<String, Object> problem =
				(Map<String, Object>) ((Map<String, Object>) keys.get("problem")).get("properties");
		assertEquals(missing.keySet(), problem.keySet());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theExamplesBookingApiHasItsOperations() {
		Map<String, Object> document = parse(JsonPack.write(Examples.larkspur().architecture(), Examples.CONTEXT,
				new BasicDiagnostic()));
		Map<String, Object> booking = ((List<Map<String, Object>>) document.get("interfaces")).stream()
				.filter(api -> "booking-api".equals(api.get("id"))).findFirst().orElseThrow();
		Map<String, Object> specification = (Map<String, Object>) booking.get("api-specification");
		assertEquals("specs/booking-api.yaml", specification.get("file"));
		assertEquals("Larkspur Booking API", specification.get("title"));
		assertTrue(((List<Map<String, Object>>) specification.get("operations")).stream().anyMatch(
				o -> "POST".equals(o.get("method")) && "/quotes".equals(o.get("path"))
						&& "Quote the price of a consignment".equals(o.get("summary"))),
				specification.toString());
	}
}
