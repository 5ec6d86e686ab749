package dev.baton.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.LoadOptions;
import dev.baton.testing.Examples;

/** An interface's page shows what its OpenAPI file says: title, version, servers, operations. */
class SpecificationPageTest {

	@TempDir
	Path temp;

	private static <T extends Pack.Block> List<T> blocks(Pack.Page page, Class<T> type) {
		return page.blocks().stream().filter(type::isInstance).map(type::cast).toList();
	}

	private static String inline(List<Pack.Inline> inlines) {
		StringBuilder out = new StringBuilder();
		inlines.forEach(i -> out.append(i instanceof Pack.Text t ? t.text() : ((Pack.Link) i).text()));
		return out.toString();
	}

	private static List<String> row(Pack.Table table, int index) {
		return table.rows().get(index).stream().map(SpecificationPageTest::inline).toList();
	}

	@Test
	void theExamplesBookingApi() {
		Pack pack = Pack.build(Examples.larkspur().architecture(), Examples.CONTEXT, new BasicDiagnostic());
		Pack.Page page = pack.page("interfaces/booking-api");
		assertTrue(page.blocks().contains(new Pack.Heading(2, "API specification", "api-specification")),
				page.toString());
		Pack.Fields fields = blocks(page, Pack.Fields.class).get(1);
		assertEquals(List.of("File", "Title", "Version", "OpenAPI", "Servers"),
				fields.fields().stream().map(Pack.Field::label).toList());
		assertEquals("specs/booking-api.yaml", inline(fields.fields().get(0).value()));
		assertEquals("Larkspur Booking API", inline(fields.fields().get(1).value()));
		assertEquals("2.4.0", inline(fields.fields().get(2).value()));
		assertEquals(
				List.of(new Pack.Link("https://api.larkspur.example/v2", null, null,
						"https://api.larkspur.example/v2")),
				fields.fields().get(4).value());
		Pack.Table operations = blocks(page, Pack.Table.class).get(0);
		assertEquals("operations", operations.id());
		assertEquals(List.of("POST", "/quotes", "Quote the price of a consignment"), row(operations, 0));
		// interfaces without a local OpenAPI file get no such part
		assertTrue(blocks(pack.page("interfaces/parcel-events"), Pack.Heading.class).stream()
				.noneMatch(h -> h.text().equals("API specification")));
	}

	@Test
	void theOpenApiInitiativesPetstoreAndAFileThatDoesNotParse() throws Exception {
		Path petstore = Path.of(System.getProperty("baton.shared", "../../../shared"), "corpus",
				"OAI__OpenAPI-Specification", "_archive_/schemas/v3.0/pass/petstore.yaml").toAbsolutePath().normalize();
		Examples.write(temp, FolderLayout.SETTINGS, "name: Pets\n");
		// copied from the shared corpus into this fixture (never into the repository): a file outside is not read
		Files.createDirectories(temp.resolve("specs"));
		Files.copy(petstore, temp.resolve("specs/petstore.yaml"));
		Examples.write(temp, "interfaces/pets.md", "---\nspecification: ../specs/petstore.yaml\n---\n# Pets\n");
		Examples.write(temp, "interfaces/broken.md", "---\nspecification: ../specs/broken.json\n"
				+ "specification-format: openapi\n---\n# Broken\n");
		Examples.write(temp, "specs/broken.json", "{\n  \"openapi\": \"3.0.0\",\n  \"info\": {\"title\": \"B\"\n");
		Pack pack = Pack.build(ArchitectureFolder.load(temp, LoadOptions.defaults()).architecture(), Examples.CONTEXT,
				new BasicDiagnostic());
		Pack.Table operations = blocks(pack.page("interfaces/pets"), Pack.Table.class).get(0);
		assertEquals(3, operations.rows().size());
		assertEquals(List.of("GET", "/pets/{petId}", "Info for a specific pet"), row(operations, 2));
		assertEquals("http://petstore.swagger.io/v1",
				inline(blocks(pack.page("interfaces/pets"), Pack.Fields.class).get(1).fields().get(4).value()));
		Pack.Note note = blocks(pack.page("interfaces/broken"), Pack.Note.class).get(0);
		assertEquals("warning", note.level());
		assertTrue(note.text().startsWith("specs/broken.json:4 is not valid YAML or JSON: "), note.text());
	}

	@Test
	void aSpecificationOutsideTheFolderIsNotRead() throws Exception {
		Path root = temp.resolve("arch");
		Examples.write(temp, "outside/secret.yaml", "openapi: 3.0.0\ninfo: {title: OUTSIDE-MARKER}\n"
				+ "servers: [{url: 'https://internal.example'}]\npaths: {/a: {get: {summary: S}}}\n");
		Examples.write(root, FolderLayout.SETTINGS, "name: Pets\n");
		Examples.write(root, "interfaces/relative.md",
				"---\nspecification: ../../outside/secret.yaml\n---\n# Relative\n");
		Examples.write(root, "interfaces/absolute.md", "---\nspecification: " + temp.resolve("outside/secret.yaml")
				+ "\n---\n# Absolute\n");
		Examples.write(root, "specs/readme.txt", "placeholder\n");
		Files.createSymbolicLink(root.resolve("specs/linked.yaml"), temp.resolve("outside/secret.yaml"));
		Examples.write(root, "interfaces/linked.md", "---\nspecification: ../specs/linked.yaml\n---\n# Linked\n");
		Pack pack = Pack.build(ArchitectureFolder.load(root, LoadOptions.defaults()).architecture(), Examples.CONTEXT,
				new BasicDiagnostic());
		for (String page : List.of("interfaces/relative", "interfaces/absolute", "interfaces/linked")) {
			assertTrue(blocks(pack.page(page), Pack.Fields.class).stream().noneMatch(f -> f.fields().stream()
					.anyMatch(field -> inline(field.value()).contains("OUTSIDE-MARKER"))), page);
			assertTrue(blocks(pack.page(page), Pack.Table.class).isEmpty(), page);
			Pack.Note note = blocks(pack.page(page), Pack.Note.class).get(0);
			assertEquals("warning", note.level(), page);
			assertTrue(note.text().contains(" leads outside the architecture folder"), page + ": " + note.text());
		}
	}
}
