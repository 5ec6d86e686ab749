package dev.baton.pack.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.baton.model.Interface;
import dev.baton.openapi.OpenApi;
import dev.baton.pack.Pack;
import dev.baton.pack.Pack.Block;
import dev.baton.pack.Pack.Field;
import dev.baton.pack.Pack.Inline;
import dev.baton.pack.Pack.Text;

/**
 * The "API specification" part of an interface's page: what its OpenAPI file says (title, version, servers, and a table
 * of the operations), or a note when the file does not parse. Nothing for interfaces without a local OpenAPI file.
 */
final class SpecificationBlocks {

	static final String HEADING = "API specification";

	private SpecificationBlocks() {
	}

	/**
	 * @param root the architecture folder, {@code null} when there is none
	 * @param text what every string from the file goes through (redaction of secrets)
	 */
	static List<Block> of(Interface api, Path root, UnaryOperator<String> text) {
		if (root == null || !OpenApi.isOpenApi(api)) {
			return List.of();
		}
		Optional<Path> file = OpenApi.locate(api, root);
		if (file.isEmpty()) {
			return List.of();
		}
		String shown = root.relativize(file.get()).toString().replace('\\', '/');
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Pack.Heading(2, HEADING, PackBuilder.anchor(HEADING)));
		OpenApi.Result result = OpenApi.read(root, file.get());
		if (!result.ok()) {
			blocks.add(new Pack.Note(
					shown + (result.line() > 0 ? ":" + result.line() : "") + " " + text.apply(result.problem()),
					"warning"));
			return blocks;
		}
		OpenApi.Specification specification = result.specification();
		List<Field> fields = new ArrayList<>();
		fields.add(new Field("File", List.of(new Text(shown))));
		fields.add(new Field("Title", List.of(new Text(text.apply(specification.title())))));
		if (specification.version() != null) {
			fields.add(new Field("Version", List.of(new Text(text.apply(specification.version())))));
		}
		fields.add(new Field("OpenAPI", List.of(new Text(specification.openapi()))));
		if (!specification.servers().isEmpty()) {
			List<Inline> servers = new ArrayList<>();
			for (String server : specification.servers()) {
				if (!servers.isEmpty()) {
					servers.add(new Text(", "));
				}
				String url = text.apply(server);
				servers.add(url.matches("https?://[^{}\\s]+") ? new Pack.Link(url, null, null, url) : new Text(url));
			}
			fields.add(new Field("Servers", servers));
		}
		blocks.add(new Pack.Fields(fields));
		if (specification.operations().isEmpty()) {
			blocks.add(new Pack.Note("The specification lists no operations.", "info"));
			return blocks;
		}
		List<List<List<Inline>>> rows = new ArrayList<>();
		for (OpenApi.Operation operation : specification.operations()) {
			rows.add(List.of(List.of(new Text(operation.method())), List.of(new Text(text.apply(operation.path()))),
					List.of(new Text(operation.label() == null ? "" : text.apply(operation.label())))));
		}
		blocks.add(new Pack.Table("operations", List.of("Method", "Path", "Summary"), rows, null));
		return blocks;
	}
}
