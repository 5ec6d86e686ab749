package dev.baton.adr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.store.codec.YamlText;

/**
 * The {@code baton.yaml} that makes a repository's existing ADR folders an architecture folder kept in place: one
 * decision set per set found, each in the dialect most of its files use, so that adr-tools, log4brains or Structurizr
 * keep working on them.
 */
public final class Adoption {

	private Adoption() {
	}

	/** The dialect most files of a set are written in ({@code adr-tools} when it has none). */
	public static String dialect(AdrImport.SetReport set) {
		Map<String, Integer> counts = new HashMap<>();
		for (AdrImport.FileReport file : set.files()) {
			if (file.imported()) {
				counts.merge(file.dialect(), 1, Integer::sum);
			}
		}
		return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
				.thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).findFirst().orElse("adr-tools");
	}

	/** The text of {@code baton.yaml} for the report's sets (paths relative to the imported folder). */
	public static String batonYaml(String name, AdrImport.Report report) {
		StringBuilder out = new StringBuilder();
		out.append(YamlText.entry("name", name, false, "  ", "\n"));
		List<Object> sets = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (AdrImport.SetReport set : report.sets()) {
			if (set.files().stream().anyMatch(f -> "arc42".equals(f.dialect()))) {
				continue; // decisions that are sections of a chapter file cannot be kept in place: import copies them
			}
			if (!seen.add(set.folder())) {
				continue; // several Structurizr scopes may share one folder: it is one set in place
			}
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", set.name());
			entry.put("path", set.folder().isEmpty() ? "." : set.folder());
			String dialect = dialect(set);
			// MADR files kept in place are read by the ADR reader, as the import read them ("madr" would
			// be Baton's own reader, which knows no other language's labels nor links in a status)
			entry.put("dialect", dialect.equals("madr") ? "madr3" : dialect);
			sets.add(entry);
		}
		out.append(YamlText.entry("decisions", sets, true, "  ", "\n"));
		return out.toString();
	}
}
