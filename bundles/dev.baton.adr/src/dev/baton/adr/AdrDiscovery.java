package dev.baton.adr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.baton.store.YamlLimits;

/**
 * Finds the ADR folders of a repository the way the tools do: {@code .adr-dir} (adr-tools), {@code .adr.json}
 * (phodal/adr), {@code .log4brains.yml} with its packages (log4brains), {@code !adrs} / {@code !decisions} in
 * Structurizr DSL files (each scope is its own set), and else the folder names people use ({@code doc/adr},
 * {@code docs/decisions}, {@code docs/architecture/decisions}, ...) or ADR files lying at the top
 * ({@code adr-001-x.md}).
 */
public final class AdrDiscovery {

	/**
	 * A set of ADRs found in a repository.
	 *
	 * @param name    the set's name (its scope); ids of other sets are qualified with it
	 * @param folder  the folder of the records
	 * @param foundBy how it was found, for reports ({@code .adr-dir}, {@code workspace.dsl:7 !adrs}, ...)
	 * @param chapter the one file whose sections are the decisions (arc42's chapter 9), or {@code null}
	 */
	public record Found(String name, Path folder, String foundBy, Path chapter) {

		/** A folder of ADR files. */
		public Found(String name, Path folder, String foundBy) {
			this(name, folder, foundBy, null);
		}
	}

	private static final Set<String> FOLDER_NAMES = Set.of("adr", "adrs", "decisions", "decision-records",
			"architecture-decisions", "architecture-decision-records", "architectural-decisions", "adr-log");
	private static final Pattern DSL_ADRS = Pattern.compile("^\\s*!(adrs|decisions)\\s+(\"[^\"]+\"|\\S+)");
	private static final Pattern DSL_OPEN = Pattern.compile(
			"^\\s*(?:(\\w+)\\s*=\\s*)?(workspace|model|softwareSystem|container|component|group|enterprise|person|deplo"
					+ "ymentEnvironment|deploymentNode|views)\\b\\s*(\"([^\"]*)\")?.*\\{\\s*$");
	private static final Pattern TOP_LEVEL_ADR =
			Pattern.compile("(?i)^(adr|rfc)?[-_]?\\d{1,6}([-_. ].*)?\\.(md|adoc)$");

	private AdrDiscovery() {
	}

	/** The ADR sets below {@code root}; {@code root} itself when it is an ADR folder. */
	public static List<Found> discover(Path root) throws IOException {
		return discover(root, new ArrayList<>());
	}

	/**
	 * The ADR sets below {@code root}, and in {@code unreadable} each folder that could not be listed (with why): one
	 * folder without permission never stops the rest from being found.
	 */
	public static List<Found> discover(Path root, List<String> unreadable) throws IOException {
		return discover(root, unreadable, new LinkedHashMap<>());
	}

	/**
	 * The ADR sets below {@code root}; in {@code notes} each folder that could not be listed, or is worth a warning, as
	 * {@code "path: why"}; in {@code left} each ADR folder found but not imported (a translation of another set), with
	 * why, for the report.
	 */
	public static List<Found> discover(Path root, List<String> notes, Map<Path, String> left) throws IOException {
		Path base = root.toAbsolutePath().normalize();
		List<Path> tree = walk(base, 8, notes);
		List<Found> found = new ArrayList<>();
		Path adrDir = base.resolve(".adr-dir");
		if (Files.isRegularFile(adrDir)) {
			String path = Files.readString(adrDir, StandardCharsets.UTF_8).strip();
			found.add(new Found("adr", base.resolve(path).normalize(), ".adr-dir"));
		}
		Path adrJson = base.resolve(".adr.json");
		if (Files.isRegularFile(adrJson) && found.isEmpty()) {
			// phodal/adr's configuration: {"path": "docs/adr/", "language": "zh-cn"}
			Matcher path = Pattern.compile("\"path\"\\s*:\\s*\"([^\"]+)\"")
					.matcher(Files.readString(adrJson, StandardCharsets.UTF_8));
			if (path.find()) {
				found.add(new Found("adr", base.resolve(path.group(1)).normalize(), ".adr.json"));
			}
		}
		Path log4brains = base.resolve(".log4brains.yml");
		if (Files.isRegularFile(log4brains)) {
			found.addAll(log4brains(base, log4brains));
		}
		found.addAll(structurizr(base, tree));
		if (found.isEmpty()) {
			found.addAll(byName(base, tree));
		}
		if (found.isEmpty() && hasTopLevelAdrs(base)) {
			found.add(new Found(base.getFileName() == null ? "adr" : slug(base.getFileName().toString()), base,
					"ADR files in the folder itself"));
		}
		found.addAll(byContent(base, tree, found));
		found.addAll(chapters(base, tree, found));
		Translations.Result translations = Translations.of(base, found);
		notes.addAll(translations.warnings());
		left.putAll(translations.left());
		return translations.kept();
	}

	@SuppressWarnings("unchecked")
	private static List<Found> log4brains(Path base, Path file) throws IOException {
		List<Found> found = new ArrayList<>();
		Object loaded;
		try {
			loaded = YamlLimits.load(YamlLimits.settings(file.toString()).build())
					.loadFromString(Files.readString(file, StandardCharsets.UTF_8));
		} catch (RuntimeException e) {
			throw new IOException(
					file + ": not YAML log4brains can read (" + e.getMessage().lines().findFirst().orElse("")
							+ "): fix it or give the ADR folder directly",
					e);
		}
		if (!(loaded instanceof Map<?, ?> top) || !(top.get("project") instanceof Map<?, ?> project)) {
			throw new IOException(file + ": no 'project:' mapping; give the ADR folder directly");
		}
		if (project.get("adrFolder") instanceof String folder) {
			found.add(new Found("adr", base.resolve(folder).normalize(), ".log4brains.yml project.adrFolder"));
		}
		if (project.get("packages") instanceof List<?> packages) {
			for (Object item : packages) {
				if (item instanceof Map<?, ?> pkg && pkg.get("adrFolder") instanceof String folder) {
					String name = pkg.get("name") instanceof String n ? n : Path.of(folder).getFileName().toString();
					found.add(new Found(slug(name), base.resolve(folder).normalize(),
							".log4brains.yml package '" + name + "'"));
				}
			}
		}
		return found;
	}

	/** Every folder and file below {@code base} to a depth, sorted, without hidden ones; unreadable folders noted. */
	static List<Path> walk(Path base, int depth, List<String> unreadable) throws IOException {
		List<Path> paths = new ArrayList<>();
		Files.walkFileTree(base, EnumSet.noneOf(FileVisitOption.class), depth,
				new SimpleFileVisitor<>() {

					@Override
					public FileVisitResult preVisitDirectory(Path dir,
							BasicFileAttributes attributes) {
						if (!dir.equals(base) && hidden(base, dir)) {
							return FileVisitResult.SKIP_SUBTREE;
						}
						paths.add(dir);
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFile(Path file,
							BasicFileAttributes attributes) {
						if (!hidden(base, file)) {
							paths.add(file);
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
						if (file.equals(base)) {
							throw e;
						}
						unreadable.add(base.relativize(file).toString().replace('\\', '/') + ": cannot be read ("
								+ e.getClass().getSimpleName()
								+ "): check its permissions; it is left out, the rest is read");
						return FileVisitResult.CONTINUE;
					}
				});
		Collections.sort(paths);
		return paths;
	}

	private static List<Found> structurizr(Path base, List<Path> tree) throws IOException {
		List<Found> found = new ArrayList<>();
		List<Path> dsls =
				tree.stream().filter(p -> p.getFileName().toString().endsWith(".dsl") && Files.isRegularFile(p))
						.toList();
		Map<String, Integer> used = new LinkedHashMap<>();
		for (Path dsl : dsls) {
			List<String> lines = Files.readAllLines(dsl, StandardCharsets.UTF_8);
			Deque<String> scopes = new ArrayDeque<>();
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				Matcher open = DSL_OPEN.matcher(line);
				if (open.matches()) {
					String scope = open.group(1) != null ? open.group(1)
							: open.group(4) != null ? slug(open.group(4)) : open.group(2);
					scopes.push(
							open.group(2).equals("model") ? (scopes.isEmpty() ? "workspace" : scopes.peek()) : scope);
					continue;
				}
				String stripped = line.strip();
				if (stripped.endsWith("{")) {
					scopes.push(scopes.isEmpty() ? "workspace" : scopes.peek());
				}
				if (stripped.startsWith("}") && !scopes.isEmpty()) {
					scopes.pop();
				}
				Matcher adrs = DSL_ADRS.matcher(line);
				if (adrs.find()) {
					String path = adrs.group(2).replace("\"", "");
					if (path.contains("${")) {
						continue;
					}
					String scope = scopes.isEmpty() ? slug(dsl.getParent().getFileName().toString()) : scopes.peek();
					int count = used.merge(scope, 1, Integer::sum);
					String name = count == 1 ? scope : scope + "-" + count;
					found.add(new Found(name, dsl.getParent().resolve(path).normalize(),
							base.relativize(dsl).toString().replace('\\', '/') + ":" + (i + 1) + " !" + adrs.group(1)));
				}
			}
		}
		return found;
	}

	private static List<Found> byName(Path base, List<Path> tree) throws IOException {
		List<Found> found = new ArrayList<>();
		{
			for (Path dir : tree.stream().filter(Files::isDirectory).filter(p -> base.relativize(p).getNameCount() <= 6)
					.toList()) {
				String name = dir.getFileName() == null ? "" : dir.getFileName().toString().toLowerCase(Locale.ROOT);
				if (FOLDER_NAMES.contains(name) && found.stream().noneMatch(f -> dir.startsWith(f.folder()))
						&& hasRecords(dir)) {
					String setName = found.isEmpty() ? "adr" : slug(base.relativize(dir).toString());
					found.add(new Found(setName, dir, "folder name '" + dir.getFileName() + "'"));
				}
			}
		}
		return found;
	}

	/**
	 * Folders whose files read like ADRs ({@link AdrContent}), whatever the folder's name: at least two ADRs making at
	 * least half of its text files (one is enough for a sub-folder of a set found otherwise: an older series kept
	 * beside the current one). Each is a set of its own.
	 */
	private static List<Found> byContent(Path base, List<Path> tree, List<Found> known) {
		List<Found> found = new ArrayList<>();
		for (Path dir : tree) {
			if (!Files.isDirectory(dir) || base.relativize(dir).getNameCount() > 6
					|| known.stream().anyMatch(f -> f.folder().equals(dir)) || isRecordFolder(dir)) {
				continue;
			}
			Found parent = known.stream().filter(f -> dir.startsWith(f.folder())).findFirst().orElse(null);
			int texts = 0;
			int adrs = 0;
			try (Stream<Path> list = Files.list(dir)) {
				for (Path file : list.filter(Files::isRegularFile).toList()) {
					String name = file.getFileName().toString();
					if (AdrFormat.isText(name) && !name.startsWith(".") && AdrFormat.skipReason(name) == null) {
						texts++;
						adrs += AdrContent.looksLikeAdr(file) ? 1 : 0;
					}
				}
			} catch (IOException e) {
				continue; // reported by the walk
			}
			if (adrs >= (parent == null ? 2 : 1) && adrs * 2 >= texts) {
				String relative = base.relativize(dir).toString().replace('\\', '/');
				String name = parent != null ? parent.name() + "-" + slug(parent.folder().relativize(dir).toString())
						: known.isEmpty() && found.isEmpty() ? "adr" : slug(relative.isEmpty() ? "adr" : relative);
				String why = adrs + " of its " + texts + " files read like ADRs";
				found.add(new Found(name, dir, parent != null ? "a sub-folder of " + parent.name() + ": " + why : why));
			}
		}
		return found;
	}

	/** Chapter files whose sections are decisions (arc42's "Architecture Decisions"), outside the sets found. */
	private static List<Found> chapters(Path base, List<Path> tree, List<Found> known) {
		List<Found> found = new ArrayList<>();
		for (Path file : tree) {
			if (!Files.isRegularFile(file) || known.stream().anyMatch(f -> file.startsWith(f.folder()))) {
				continue;
			}
			String heading = Arc42Chapters.chapterHeading(file);
			if (heading != null) {
				String name = known.isEmpty() && found.isEmpty() ? "adr" : slug(stem(file.getFileName().toString()));
				found.add(new Found(name, file.getParent(), "the sections of the chapter '" + heading + "' in "
						+ base.relativize(file).toString().replace('\\', '/'), file));
			}
		}
		return found;
	}

	private static String stem(String name) {
		return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
	}

	/** A one-folder-per-record ADR: {@code 2022-03-15-slug/README.md}. */
	private static boolean isRecordFolder(Path dir) {
		return dir.getFileName() != null
				&& dir.getFileName().toString().matches("(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{1,6})[-_].*")
				&& (Files.isRegularFile(dir.resolve("README.md")) || Files.isRegularFile(dir.resolve("index.md"))
						|| Files.isRegularFile(dir.resolve("README.adoc")));
	}

	private static boolean hasRecords(Path dir) {
		try (Stream<Path> list = Files.list(dir)) {
			return list.anyMatch(p -> AdrFormat.isText(p.getFileName().toString())
					&& AdrFormat.skipReason(p.getFileName().toString()) == null
					|| Files.isDirectory(p) && p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}-.*"));
		} catch (IOException e) {
			return false; // reported as unreadable by the walk
		}
	}

	private static boolean hasTopLevelAdrs(Path base) throws IOException {
		try (Stream<Path> list = Files.list(base)) {
			return list.anyMatch(p -> TOP_LEVEL_ADR.matcher(p.getFileName().toString()).matches());
		}
	}

	private static boolean hidden(Path base, Path path) {
		for (Path part : base.relativize(path)) {
			String name = part.toString();
			if (name.startsWith(".") || name.equals("node_modules") || name.equals("target")) {
				return true;
			}
		}
		return false;
	}

	static String slug(String text) {
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "adr" : slug;
	}
}
