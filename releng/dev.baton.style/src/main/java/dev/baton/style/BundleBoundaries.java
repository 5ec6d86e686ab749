package dev.baton.style;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the bundles under {@code bundles/} may see of each other: a bundle's implementation packages are its own (and
 * its test fragment's), never another bundle's. Three checks, each offence one {@code file[:line]: what} line: internal
 * packages exported to other bundles, source that imports another bundle's internal package, and {@code Require-Bundle}
 * entries of Baton bundles that nothing in the bundle uses.
 */
final class BundleBoundaries {

	private static final Pattern IMPORT =
			Pattern.compile("^import\\s+(?:static\\s+)?(dev\\.baton\\.[\\w.]+?)\\.[A-Z*]");

	/**
	 * One bundle's manifest.
	 *
	 * @param exports  exported package to its directives ({@code x-internal:=true}, {@code x-friends:="a,b"}), unparsed
	 * @param requires required bundle to whether it is re-exported
	 */
	record Bundle(String name, Path folder, String host, Map<String, String> exports, Map<String, Boolean> requires) {

		/** The bundle whose classes this one's are: its host for a fragment, else itself. */
		String classSpace() {
			return host == null ? name : host;
		}
	}

	private final Path root;
	private final Map<String, Bundle> bundles = new TreeMap<>();
	private final Map<String, String> owners = new TreeMap<>();

	BundleBoundaries(Path root) {
		this.root = root;
		try (Stream<Path> folders = Files.list(root.resolve("bundles"))) {
			for (Path folder : folders.sorted().toList()) {
				Path manifest = folder.resolve("META-INF/MANIFEST.MF");
				if (Files.isRegularFile(manifest)) {
					Bundle bundle = read(folder, manifest);
					bundles.put(bundle.name(), bundle);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (Bundle bundle : bundles.values()) {
			if (bundle.host() == null) {
				for (String source : List.of("src", "src-gen")) {
					javaFiles(bundle.folder().resolve(source)).forEach(file -> owners.putIfAbsent(
							bundle.folder().resolve(source).relativize(file.getParent()).toString().replace('\\', '.')
									.replace('/', '.'),
							bundle.name()));
				}
			}
		}
	}

	Map<String, Bundle> bundles() {
		return bundles;
	}

	/**
	 * Every export of an implementation package to other bundles: a package named {@code internal} exported without
	 * {@code x-internal:=true} or {@code x-friends}, and any {@code x-friends} naming a bundle other than the
	 * exporter's test fragment.
	 */
	List<String> internalExports() {
		List<String> offences = new ArrayList<>();
		for (Bundle bundle : bundles.values()) {
			String manifest = relative(bundle.folder().resolve("META-INF/MANIFEST.MF"));
			bundle.exports().forEach((pkg, directives) -> {
				List<String> friends = friends(directives);
				boolean internal = directives.matches("(?s).*x-internal:=\"?true\"?.*");
				if (List.of(pkg.split("\\.")).contains("internal") && !internal && friends.isEmpty()) {
					offences.add(manifest + ": exports " + pkg + " to every bundle; mark it x-internal:=true, or "
							+ "x-friends:=\"" + bundle.name() + ".tests\" for its tests");
				}
				for (String friend : friends) {
					if (!friend.equals(bundle.name() + ".tests")) {
						offences.add(manifest + ": exports " + pkg + " to " + friend + ", which is not its test "
								+ "fragment; move what " + friend + " needs into an exported, versioned package");
					}
				}
			});
		}
		return offences;
	}

	/**
	 * Every import, in a bundle's or a fragment's source, of a package another bundle keeps to itself (exported
	 * {@code x-internal}, to friends only, or not at all). A fragment may use its host's packages.
	 */
	List<String> internalImports() {
		List<String> offences = new ArrayList<>();
		for (Bundle bundle : bundles.values()) {
			for (Path file : javaFiles(bundle.folder().resolve("src"))) {
				List<String> lines = lines(file);
				for (int i = 0; i < lines.size(); i++) {
					Matcher matcher = IMPORT.matcher(lines.get(i));
					if (!matcher.find()) {
						continue;
					}
					String pkg = matcher.group(1);
					String owner = owners.get(pkg);
					if (owner == null || owner.equals(bundle.classSpace())) {
						continue;
					}
					String directives = bundles.get(owner).exports().get(pkg);
					if (directives == null || directives.contains("x-internal") || directives.contains("x-friends")) {
						offences.add(relative(file) + ":" + (i + 1) + ": imports " + pkg + ", which " + owner
								+ " does not export as API; use its exported packages, or make what is needed API");
					}
				}
			}
		}
		return offences;
	}

	/**
	 * Every {@code Require-Bundle} of a Baton bundle whose packages (its own and those it re-exports) no source or
	 * {@code plugin.xml} of the requiring bundle names.
	 */
	List<String> unusedRequirements() {
		List<String> offences = new ArrayList<>();
		for (Bundle bundle : bundles.values()) {
			String text = text(bundle.folder());
			bundle.requires().keySet().stream().filter(bundles::containsKey).forEach(required -> {
				boolean used = visiblePackages(required, new HashSet<>()).stream()
						.anyMatch(
								pkg -> Pattern.compile("\\b" + Pattern.quote(pkg) + "\\.[A-Z*]").matcher(text).find());
				if (!used) {
					offences.add(relative(bundle.folder().resolve("META-INF/MANIFEST.MF")) + ": requires "
							+ required + ", but nothing in " + bundle.name() + " uses it; remove it");
				}
			});
		}
		return offences;
	}

	private Set<String> visiblePackages(String bundle, Set<String> seen) {
		Set<String> packages = new HashSet<>();
		if (!seen.add(bundle) || !bundles.containsKey(bundle)) {
			return packages;
		}
		owners.forEach((pkg, owner) -> {
			if (owner.equals(bundle)) {
				packages.add(pkg);
			}
		});
		bundles.get(bundle).requires().forEach((required, reexported) -> {
			if (reexported) {
				packages.addAll(visiblePackages(required, seen));
			}
		});
		return packages;
	}

	private static Bundle read(Path folder, Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			Attributes main = new Manifest(in).getMainAttributes();
			String name = clauses(main.getValue("Bundle-SymbolicName")).keySet().iterator().next();
			Map<String, String> hosts = clauses(main.getValue("Fragment-Host"));
			Map<String, Boolean> requires = new LinkedHashMap<>();
			clauses(main.getValue("Require-Bundle"))
					.forEach((required, directives) -> requires.put(required, directives.contains("reexport")));
			return new Bundle(name, folder, hosts.isEmpty() ? null : hosts.keySet().iterator().next(),
					clauses(main.getValue("Export-Package")), requires);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A manifest header's clauses: the name to the rest of its clause (attributes and directives). */
	static Map<String, String> clauses(String header) {
		Map<String, String> clauses = new LinkedHashMap<>();
		if (header == null) {
			return clauses;
		}
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : (header + ",").toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				String text = clause.toString().strip();
				int semicolon = text.indexOf(';');
				clauses.put(semicolon < 0 ? text : text.substring(0, semicolon).strip(),
						semicolon < 0 ? "" : text.substring(semicolon + 1));
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		return clauses;
	}

	private static List<String> friends(String directives) {
		Matcher matcher = Pattern.compile("x-friends:=\"([^\"]*)\"").matcher(directives);
		return matcher.find() ? Stream.of(matcher.group(1).split(",")).map(String::strip).toList() : List.of();
	}

	/** The text a bundle names packages in: its Java sources (generated ones too) and {@code plugin.xml}. */
	private String text(Path folder) {
		StringBuilder text = new StringBuilder();
		for (String source : List.of("src", "src-gen")) {
			javaFiles(folder.resolve(source)).forEach(file -> text.append(String.join("\n", lines(file))).append('\n'));
		}
		Path plugin = folder.resolve("plugin.xml");
		if (Files.isRegularFile(plugin)) {
			text.append(String.join("\n", lines(plugin)));
		}
		return text.toString();
	}

	private static List<Path> javaFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(file -> file.getFileName().toString().endsWith(".java")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String relative(Path file) {
		return JavaSources.relative(root, file);
	}
}
