package dev.baton.adr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.baton.store.Json;

/** An import {@link AdrImport.Report} for people (text) and for tools (JSON). */
public final class ImportSummary {

	private ImportSummary() {
	}

	/** Per set and per file: the dialect, what was understood, what was skipped and why. */
	public static String text(AdrImport.Report report) {
		return text(report, null);
	}

	/**
	 * The same, with the id each imported file got where it was added.
	 *
	 * @param placed by file as the report names it ({@link ImportedDecisions.Added#placed}), or {@code null}
	 */
	public static String text(AdrImport.Report report, Map<String, String> placed) {
		StringBuilder out = new StringBuilder();
		for (AdrImport.SetReport set : report.sets()) {
			out.append(set.name()).append(": ").append(set.folder()).append(" (found by ").append(set.foundBy())
					.append("), ").append(set.imported()).append(" decision(s) imported, ")
					.append(set.files().size() - set.imported()).append(" file(s) skipped\n");
			for (AdrImport.FileReport file : set.files()) {
				if (file.imported()) {
					out.append("  ").append(file.file()).append(" [").append(file.dialect()).append("] ")
							.append(file.id()).append(": ").append(file.title()).append(" | status ")
							.append(file.status() == null ? "none" : file.status()).append(" | date ")
							.append(file.date() == null ? "none" : file.date());
					if (placed != null) {
						out.append(" | added as ").append(placed.getOrDefault(file.file(), "(not added)"));
					}
					out.append('\n');
				} else {
					out.append("  ").append(file.file()).append(" skipped\n");
				}
				for (String note : file.notes()) {
					out.append("      ").append(note).append('\n');
				}
			}
		}
		if (!report.others().isEmpty()) {
			out.append("other Markdown and AsciiDoc files: ").append(report.others().size()).append(" left\n");
			for (AdrImport.FileReport file : report.others()) {
				out.append("  ").append(file.file()).append(" ").append(String.join("; ", file.notes())).append('\n');
			}
		}
		out.append(report.imported()).append(" decision(s) in ").append(report.sets().size()).append(" set(s)\n");
		return out.toString();
	}

	/** The same as JSON: {@code {"sets": [{"name", "folder", "foundBy", "imported", "statuses", "files": [...]}]}}. */
	public static String json(AdrImport.Report report) {
		return json(report, null);
	}

	/**
	 * The same, with {@code "addedAs"}: the id each imported file got where it was added.
	 *
	 * @param placed by file as the report names it ({@link ImportedDecisions.Added#placed}), or {@code null}
	 */
	public static String json(AdrImport.Report report, Map<String, String> placed) {
		List<Object> sets = new ArrayList<>();
		for (AdrImport.SetReport set : report.sets()) {
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("name", set.name());
			s.put("folder", set.folder());
			s.put("foundBy", set.foundBy());
			s.put("imported", set.imported());
			Map<String, Object> statuses = new TreeMap<>();
			set.files().stream().filter(AdrImport.FileReport::imported)
					.forEach(f -> statuses.merge(f.status() == null ? "(none)" : f.status(), 1,
							(a, b) -> (Integer) a + 1));
			s.put("statuses", statuses);
			List<Object> files = new ArrayList<>();
			for (AdrImport.FileReport file : set.files()) {
				Map<String, Object> f = new LinkedHashMap<>();
				f.put("file", file.file());
				f.put("imported", file.imported());
				f.put("dialect", file.dialect());
				f.put("id", file.id());
				f.put("title", file.title());
				f.put("status", file.status());
				f.put("date", file.date());
				if (placed != null && file.imported()) {
					f.put("addedAs", placed.get(file.file()));
				}
				f.put("notes", file.notes());
				files.add(f);
			}
			s.put("files", files);
			sets.add(s);
		}
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("imported", report.imported());
		root.put("sets", sets);
		List<Object> others = new ArrayList<>();
		for (AdrImport.FileReport file : report.others()) {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("file", file.file());
			f.put("notes", file.notes());
			others.add(f);
		}
		root.put("others", others);
		return Json.write(root);
	}
}
