package dev.baton.api;

import java.nio.file.Path;

/**
 * Where each exporter writes inside a handover pack folder, the same for {@code baton export} and the Export wizard:
 * the HTML site at the top ({@code index.html}), the Markdown tree in {@code markdown/}, the JSON in {@code pack.json},
 * the PDF in {@code pack.pdf}, any other exporter in a folder named by its id.
 */
public final class PackLayout {

	private PackLayout() {
	}

	/** The target given to the exporter with this id when the pack goes to {@code pack}. */
	public static Path targetOf(String exporterId, Path pack) {
		return switch (exporterId) {
		case "html" -> pack;
		case "json" -> pack.resolve("pack.json");
		case "pdf" -> pack.resolve("pack.pdf");
		default -> pack.resolve(exporterId);
		};
	}

	/** The file a reader opens first in what the exporter wrote to {@code target}. */
	public static Path entryOf(String exporterId, Path target) {
		return switch (exporterId) {
		case "html" -> target.resolve("index.html");
		case "markdown" -> target.resolve("README.md");
		case "backstage" -> target.resolve("catalog-info.yaml");
		case "structurizr" -> target.resolve("workspace.dsl");
		default -> target;
		};
	}
}
