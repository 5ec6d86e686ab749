package dev.baton.openapi;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import dev.baton.model.Interface;
import dev.baton.store.FolderFiles;
import dev.baton.store.StoreFindings;
import dev.baton.store.YamlLimits;

/**
 * Reads what a handover needs from an OpenAPI 3.x specification, JSON or YAML (YAML 1.2 reads JSON too): its title,
 * version, servers and operations (method, path, summary). Remote specifications are not fetched; only files.
 */
public final class OpenApi {

	/**
	 * What a specification says.
	 *
	 * @param openapi    the OpenAPI version ({@code 3.0.3})
	 * @param title      {@code info.title}
	 * @param version    {@code info.version}
	 * @param servers    the servers' URLs
	 * @param operations every operation, in the file's order
	 */
	public record Specification(String openapi, String title, String version, List<String> servers,
			List<Operation> operations) {
	}

	/**
	 * One operation.
	 *
	 * @param method      upper case: {@code GET}, {@code POST}, ...
	 * @param path        the path template, {@code /pets/{id}}
	 * @param operationId the operation id, {@code null} when there is none
	 * @param summary     the summary, {@code null} when there is none
	 */
	public record Operation(String method, String path, String operationId, String summary) {

		/** What a table of operations shows: the summary, else the operation id, else {@code null}. */
		public String label() {
			return summary != null ? summary : operationId;
		}
	}

	/**
	 * The result of reading a file: the specification, or why it could not be read.
	 *
	 * @param file          the file read
	 * @param specification {@code null} when the file could not be read
	 * @param problem       what was wrong and what to do, {@code null} when it was read
	 * @param line          where the problem is (1-based), 0 when unknown
	 */
	public record Result(Path file, Specification specification, String problem, int line) {

		public boolean ok() {
			return specification != null;
		}
	}

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
			"trace");
	private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.+");
	private static final long MAX_BYTES = 20L * 1024 * 1024;

	private OpenApi() {
	}

	/** Whether an interface's specification is (or should be read as) an OpenAPI document. */
	public static boolean isOpenApi(Interface api) {
		String format = api.getSpecificationFormat();
		if (format != null && !format.isBlank()) {
			return format.strip().toLowerCase(Locale.ROOT).matches("openapi.*|oas.*|swagger.*");
		}
		String specification = api.getSpecification();
		return specification != null && specification.strip().toLowerCase(Locale.ROOT).matches(".*\\.(ya?ml|json)");
	}

	/** Whether a specification is a URL ({@code https://...}); a Windows drive ({@code C:\...}) is a path. */
	public static boolean isUrl(String specification) {
		return URL.matcher(specification).matches() && !specification.matches("^[a-zA-Z]:[\\\\/].*");
	}

	/**
	 * The specification file of an interface: its path relative to the interface's record, else to the architecture
	 * folder; empty for URLs, blank values and files that do not exist. Read it with {@link #read(Path, Path)}, which
	 * refuses what is not a regular file inside the folder.
	 *
	 * @param root the architecture folder
	 */
	public static Optional<Path> locate(Interface api, Path root) {
		String specification = api.getSpecification();
		if (root == null || specification == null || specification.isBlank() || isUrl(specification.strip())) {
			return Optional.empty();
		}
		try {
			Path recordFolder = api.getSourcePath() == null ? root.resolve("interfaces")
					: root.resolve(api.getSourcePath()).getParent();
			for (Path candidate : List.of(recordFolder.resolve(specification.strip()),
					root.resolve(specification.strip()))) {
				// whether it may be read is for read(root, file) to say, with a reason (outside, not a file)
				if (Files.exists(candidate.normalize())) {
					return Optional.of(candidate.normalize());
				}
			}
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/**
	 * Reads the specification file of an interface of an architecture folder, under the rule for every file a record
	 * points at ({@link FolderFiles}): only a regular file inside the folder (a path or a symbolic link out of it is
	 * refused), at most 20 MB of it. Never throws: problems are in the result, with their line.
	 *
	 * @param root the architecture folder
	 */
	public static Result read(Path root, Path file) {
		return read(FolderFiles.of(root), file);
	}

	/**
	 * Reads a specification file given directly (not through a record): only a regular file, at most 20 MB of it. Never
	 * throws: problems are in the result, with their line.
	 */
	public static Result read(Path file) {
		Path folder = file.toAbsolutePath().normalize().getParent();
		return read(FolderFiles.of(folder == null ? file.toAbsolutePath() : folder), file);
	}

	private static Result read(FolderFiles files, Path file) {
		String text;
		try {
			text = files.read(file, MAX_BYTES);
		} catch (FolderFiles.Refused e) {
			String problem = switch (e.code()) {
			case StoreFindings.TOO_LARGE -> "is larger than 20 MB: Baton does not read it";
			case StoreFindings.NOT_UTF8 -> "is not UTF-8 text: save it as UTF-8, as OpenAPI requires";
			default -> e.getMessage();
			};
			return new Result(file, null, problem, e.code() == StoreFindings.NOT_UTF8 ? 0 : e.line());
		}
		return parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
	}

	/** Parses the text of a specification; {@code file} only names it in the result. */
	public static Result parse(Path file, String text) {
		Object document;
		try {
			document = YamlLimits.load(YamlLimits.settings(file.toString()).build()).loadFromString(text);
		} catch (MarkedYamlEngineException e) {
			int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
			return new Result(file, null, "is not valid YAML or JSON: " + e.getProblem() + " (fix the syntax)", line);
		} catch (YamlEngineException e) {
			return new Result(file, null, "is not valid YAML or JSON: " + e.getMessage() + " (fix the syntax)", 0);
		}
		if (!(document instanceof Map<?, ?> root)) {
			return new Result(file, null, "is not an OpenAPI document (it holds no mapping of keys)", 1);
		}
		Object openapi = root.get("openapi");
		if (openapi == null) {
			String hint = root.containsKey("swagger") ? " (it is Swagger " + root.get("swagger")
					+ ": convert it to OpenAPI 3, e.g. with swagger2openapi)" : " (add openapi: 3.1.0 at the top)";
			return new Result(file, null, "is not an OpenAPI 3 document: it has no openapi key" + hint, 1);
		}
		if (!String.valueOf(openapi).startsWith("3.")) {
			return new Result(file, null, "is OpenAPI " + openapi + "; Baton reads OpenAPI 3.x", line(text, "openapi"));
		}
		if (!(root.get("info") instanceof Map<?, ?> info) || info.get("title") == null) {
			return new Result(file, null,
					"has no info.title, which OpenAPI requires: add info: {title: ..., version: ...}",
					Math.max(1, line(text, "info")));
		}
		List<String> servers = new ArrayList<>();
		if (root.get("servers") instanceof List<?> list) {
			for (Object server : list) {
				if (server instanceof Map<?, ?> map && map.get("url") != null) {
					servers.add(String.valueOf(map.get("url")));
				}
			}
		}
		List<Operation> operations = new ArrayList<>();
		if (root.get("paths") instanceof Map<?, ?> paths) {
			for (Map.Entry<?, ?> path : paths.entrySet()) {
				if (!(path.getValue() instanceof Map<?, ?> item)) {
					continue;
				}
				for (Map.Entry<?, ?> entry : item.entrySet()) {
					String method = String.valueOf(entry.getKey()).toLowerCase(Locale.ROOT);
					if (METHODS.contains(method)) {
						Map<?, ?> operation = entry.getValue() instanceof Map<?, ?> map ? map : Map.of();
						Object summary = operation.get("summary");
						Object operationId = operation.get("operationId");
						operations.add(new Operation(method.toUpperCase(Locale.ROOT), String.valueOf(path.getKey()),
								operationId == null ? null : String.valueOf(operationId).strip(),
								summary == null ? null : String.valueOf(summary).strip()));
					}
				}
			}
		}
		return new Result(file, new Specification(String.valueOf(openapi), String.valueOf(info.get("title")).strip(),
				info.get("version") == null ? null : String.valueOf(info.get("version")), List.copyOf(servers),
				List.copyOf(operations)), null, 0);
	}

	/** The line of the first top-level key of that name, 0 when there is none. */
	private static int line(String text, String key) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith(key + ":") || lines[i].matches("\\s*\"" + key + "\"\\s*:.*")) {
				return i + 1;
			}
		}
		return 0;
	}
}
