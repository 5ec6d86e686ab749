package dev.baton.adr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.baton.store.YamlLimits;

/**
 * Titles of pages from the {@code nav} of a {@code mkdocs.yml}: some ADR collections have no title in their files and
 * name them only there ({@code - "ADR-001: Drop Kafka": architecture/decisions/001-x.md}).
 */
final class MkDocsNav {

	private MkDocsNav() {
	}

	/**
	 * The title a {@code mkdocs.yml} in one of the file's parent folders gives the page, or {@code null}. Read only for
	 * a file without a title of its own (rare), so nothing is cached.
	 */
	static String titleOf(Path file) {
		Path page = file.toAbsolutePath().normalize();
		Path dir = page.getParent();
		for (int up = 0; dir != null && up < 8; up++, dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mkdocs.yml"))) {
				String title = titles(dir).get(page);
				if (title != null) {
					return title;
				}
			}
		}
		return null;
	}

	/** Page titles by absolute file, from {@code root/mkdocs.yml}; empty when there is none or it cannot be read. */
	static Map<Path, String> titles(Path root) {
		Map<Path, String> titles = new HashMap<>();
		Path file = root.resolve("mkdocs.yml");
		if (!Files.isRegularFile(file)) {
			return titles;
		}
		Object loaded;
		try {
			// mkdocs.yml uses tags such as !!python/name: that a safe loader refuses: drop them
			String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("!!python/[^\\s]+", "");
			loaded = YamlLimits.load(YamlLimits.settings(file.toString()).build()).loadFromString(text);
		} catch (IOException | RuntimeException e) {
			return titles;
		}
		if (loaded instanceof Map<?, ?> config) {
			Path docs = root.resolve(config.get("docs_dir") instanceof String dir ? dir : "docs").normalize();
			collect(config.get("nav"), docs, titles);
		}
		return titles;
	}

	private static void collect(Object nav, Path docs, Map<Path, String> titles) {
		if (nav instanceof List<?> items) {
			items.forEach(item -> collect(item, docs, titles));
		} else if (nav instanceof Map<?, ?> entry) {
			entry.forEach((title, value) -> {
				if (value instanceof String page && page.endsWith(".md")) {
					String clean =
							String.valueOf(title).replaceFirst("^(?i)ADR[-_ ]?\\d+\\s*[:.\\-–—]\\s*", "").strip();
					titles.put(docs.resolve(page).toAbsolutePath().normalize(), clean);
				} else {
					collect(value, docs, titles);
				}
			});
		}
	}
}
