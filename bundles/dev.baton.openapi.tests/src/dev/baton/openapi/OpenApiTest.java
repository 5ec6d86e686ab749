package dev.baton.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.BatonFactory;
import dev.baton.model.Interface;
import dev.baton.openapi.OpenApi.Operation;
import dev.baton.openapi.OpenApi.Result;
import dev.baton.openapi.OpenApi.Specification;
import dev.baton.testing.Examples;

/** OpenAPI specifications: the OpenAPI Initiative's own 3.0 examples, JSON, and files that do not parse. */
class OpenApiTest {

	@TempDir
	Path temp;

	static Path examples() {
		return Path.of(System.getProperty("baton.shared", "../../../shared"), "corpus", "OAI__OpenAPI-Specification",
				"_archive_/schemas/v3.0/pass").toAbsolutePath().normalize();
	}

	private static Specification read(String name) {
		Result result = OpenApi.read(examples().resolve(name));
		assertTrue(result.ok(), name + ": " + result.problem());
		return result.specification();
	}

	@Test
	void theOpenApiInitiativesExamples() throws Exception {
		try (var files = Files.list(examples())) {
			assertEquals(6, files.filter(f -> f.toString().endsWith(".yaml")).peek(f -> assertTrue(OpenApi.read(f).ok(),
					f + " " + OpenApi.read(f).problem())).count());
		}
		Specification petstore = read("petstore.yaml");
		assertEquals("3.0.0", petstore.openapi());
		assertEquals("Swagger Petstore", petstore.title());
		assertEquals("1.0.0", petstore.version());
		assertEquals(List.of("http://petstore.swagger.io/v1"), petstore.servers());
		assertEquals(List.of(new Operation("GET", "/pets", "listPets", "List all pets"),
				new Operation("POST", "/pets", "createPets", "Create a pet"),
				new Operation("GET", "/pets/{petId}", "showPetById", "Info for a specific pet")),
				petstore.operations());
		assertEquals("List all pets", petstore.operations().get(0).label());

		Specification expanded = read("petstore-expanded.yaml");
		assertEquals(List.of("https://petstore.swagger.io/v2"), expanded.servers());
		// no summaries there: the operation ids stand in
		assertEquals(
				List.of(new Operation("GET", "/pets", "findPets", null), new Operation("POST", "/pets", "addPet", null),
						new Operation("GET", "/pets/{id}", "find pet by id", null),
						new Operation("DELETE", "/pets/{id}", "deletePet", null)),
				expanded.operations());
		assertEquals("findPets", expanded.operations().get(0).label());

		Specification uspto = read("uspto.yaml");
		assertEquals("3.0.1", uspto.openapi());
		assertEquals("USPTO Data Set API", uspto.title());
		assertEquals(List.of("{scheme}://developer.uspto.gov/ds-api"), uspto.servers());
		assertEquals(new Operation("POST", "/{dataset}/{version}/records", "perform-search",
				"Provides search capability for the data set "
						+ "with the given search criteria."),
				uspto.operations().get(2));

		assertEquals(2, read("api-with-examples.yaml").operations().size());
		assertEquals("Simple API overview", read("api-with-examples.yaml").title());
		assertEquals(6, read("link-example.yaml").operations().size());
		assertEquals(List.of(), read("link-example.yaml").servers());
		assertEquals(1, read("callback-example.yaml").operations().size());
	}

	@Test
	void jsonIsReadToo() throws Exception {
		Examples.write(temp, "api.json", """
				{"openapi": "3.1.0", "info": {"title": "Ledger", "version": "1.2"},
				 "servers": [{"url": "https://ledger.example/v1"}],
				 "paths": {"/entries": {"get": {"summary": "List entries"}, "parameters": []}}}
				""");
		Specification ledger = OpenApi.read(temp.resolve("api.json")).specification();
		assertEquals(new Specification("3.1.0", "Ledger", "1.2", List.of("https://ledger.example/v1"),
				List.of(new Operation("GET", "/entries", null, "List entries"))), ledger);
	}

	@Test
	void whatDoesNotParseSaysWhereAndWhy() throws Exception {
		Examples.write(temp, "broken.yaml",
				"openapi: 3.0.0\ninfo:\n  title: Broken\n  version: 1\npaths:\n  /a:\n    get: [\n");
		Result broken = OpenApi.read(temp.resolve("broken.yaml"));
		assertFalse(broken.ok());
		assertEquals(8, broken.line());
		assertTrue(broken.problem().startsWith("is not valid YAML or JSON: "), broken.problem());

		Examples.write(temp, "swagger.json", "{\n  \"swagger\": \"2.0\",\n  \"info\": {\"title\": \"Old\"}\n}\n");
		Result swagger = OpenApi.read(temp.resolve("swagger.json"));
		assertEquals("is not an OpenAPI 3 document: it has no openapi key (it is Swagger 2.0: convert it to OpenAPI 3, "
				+ "e.g. with swagger2openapi)", swagger.problem());
		assertEquals(1, swagger.line());

		Examples.write(temp, "untitled.yaml", "openapi: 3.0.0\npaths: {}\n");
		assertEquals("has no info.title, which OpenAPI requires: add info: {title: ..., version: ...}",
				OpenApi.read(temp.resolve("untitled.yaml")).problem());

		Files.write(temp.resolve("latin1.yaml"),
				"openapi: 3.0.0\ninfo:\n  title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		assertEquals("is not UTF-8 text: save it as UTF-8, as OpenAPI requires",
				OpenApi.read(temp.resolve("latin1.yaml"))
						.problem());
	}

	@Test
	void onlyARegularFileInsideTheFolderIsRead() throws Exception {
		Path root = temp.resolve("arch");
		Examples.write(temp, "outside.yaml", "openapi: 3.0.0\ninfo: {title: Outside}\n");
		Examples.write(root, "specs/inside.yaml", "openapi: 3.0.0\ninfo: {title: Inside}\n");
		assertEquals("Inside", OpenApi.read(root, root.resolve("specs/inside.yaml")).specification().title());
		Result outside = OpenApi.read(root, root.resolve("../outside.yaml"));
		assertNull(outside.specification());
		assertTrue(outside.problem().startsWith("leads outside the architecture folder"), outside.problem());
		Files.createSymbolicLink(root.resolve("specs/linked.yaml"), temp.resolve("outside.yaml"));
		assertTrue(OpenApi.read(root, root.resolve("specs/linked.yaml")).problem().startsWith("leads outside"));
		Files.createSymbolicLink(root.resolve("specs/zero.yaml"), Path.of("/dev/zero"));
		assertTrue(OpenApi.read(Path.of("/dev"), Path.of("/dev/zero")).problem().startsWith("is not a regular file"));
		assertTrue(OpenApi.read(root, root.resolve("specs/zero.yaml")).problem().startsWith("leads outside"));
	}

	@Test
	void deepNestingAndSelfContainingAliasesAreProblemsWithTheirLine() {
		String deep = "openapi: 3.0.0\ninfo:\n  title: Deep\npaths: " + "[".repeat(3000) + "]".repeat(3000) + "\n";
		Result nested = OpenApi.parse(temp.resolve("deep.yaml"), deep);
		assertFalse(nested.ok());
		assertEquals(4, nested.line());
		assertTrue(nested.problem().contains("nested more than"), nested.problem());

		Result loop = OpenApi.parse(temp.resolve("loop.yaml"), "openapi: 3.0.0\ninfo:\n  title: Loop\n"
				+ "servers: &s [{url: a}, *s]\n");
		assertFalse(loop.ok());
		assertEquals(4, loop.line());
		assertTrue(loop.problem().contains("the alias *s is inside the collection &s"), loop.problem());
	}

	@Test
	void theFileOfAnInterfaceIsFoundBesideItsRecordOrInTheFolder() throws Exception {
		Examples.write(temp, "specs/a.yaml", "openapi: 3.0.0\n");
		Interface api = BatonFactory.eINSTANCE.createInterface();
		api.setSourcePath("interfaces/a.md");
		api.setSpecification("../specs/a.yaml");
		assertEquals(temp.resolve("specs/a.yaml"), OpenApi.locate(api, temp).orElseThrow());
		api.setSpecification("specs/a.yaml");
		assertEquals(temp.resolve("specs/a.yaml"), OpenApi.locate(api, temp).orElseThrow());
		api.setSpecification("https://example.com/a.yaml");
		assertTrue(OpenApi.locate(api, temp).isEmpty());
		assertTrue(OpenApi.isOpenApi(api));
		api.setSpecificationFormat("graphql");
		assertFalse(OpenApi.isOpenApi(api));
		api.setSpecificationFormat("OpenAPI 3");
		assertTrue(OpenApi.isOpenApi(api));
		api.setSpecification(null);
		assertNull(OpenApi.locate(api, temp).orElse(null));
	}
}
