package dev.baton.adr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The hand-checked truth of one corpus set ({@code truth/<set>.yaml}): every ADR with the values a careful reader takes
 * from it, and every other file of the ADR folders with why it is none.
 */
record Truth(String set, List<Adr> adrs, List<Other> others) {

	/** One ADR: paths are relative to the corpus set folder; null where the file says nothing. */
	record Adr(String path, String title, Integer number, String status, String normalised, String date,
			Set<String> relations) {
	}

	/** A file of an ADR folder that is not an ADR. */
	record Other(String path, String why) {
	}

	/** The truth files of a folder, by set name. */
	static List<Truth> all(Path folder) throws IOException {
		List<Truth> result = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
				result.add(load(file));
			}
		}
		return result;
	}

	static Truth load(Path file) throws IOException {
		Object loaded = new Load(LoadSettings.builder().setLabel(file.toString()).build())
				.loadFromString(Files.readString(file));
		if (!(loaded instanceof Map<?, ?> root) || !(root.get("set") instanceof String set)) {
			throw new IOException(file + ": a truth file is a mapping with 'set', 'adrs' and 'not-adrs'");
		}
		List<Adr> adrs = new ArrayList<>();
		for (Map<?, ?> adr : maps(root.get("adrs"))) {
			Set<String> relations = new TreeSet<>();
			if (adr.get("relations") instanceof List<?> list) {
				list.forEach(r -> relations.add(r.toString().trim()));
			}
			adrs.add(new Adr(text(adr, "path", file), string(adr.get("title")),
					adr.get("number") instanceof Number n ? n.intValue() : null, string(adr.get("status")),
					text(adr, "normalised", file), string(adr.get("date")), relations));
		}
		List<Other> others = new ArrayList<>();
		for (Map<?, ?> other : maps(root.get("not-adrs"))) {
			others.add(new Other(text(other, "path", file), text(other, "why", file)));
		}
		return new Truth(set, adrs, others);
	}

	private static List<Map<?, ?>> maps(Object value) {
		List<Map<?, ?>> result = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.stream().filter(Map.class::isInstance).forEach(m -> result.add((Map<?, ?>) m));
		}
		return result;
	}

	private static String string(Object value) {
		return value == null ? null : value.toString();
	}

	private static String text(Map<?, ?> map, String key, Path file) throws IOException {
		if (map.get(key) == null) {
			throw new IOException(file + ": an entry has no '" + key + "': " + map);
		}
		return map.get(key).toString();
	}
}
