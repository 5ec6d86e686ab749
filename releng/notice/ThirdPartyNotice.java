import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Writes the third-party notice of what a Baton deliverable ships, from the bundles themselves, so that it cannot drift
 * from them: for every jar (or unpacked bundle) in the given folders that is not Baton's own, its symbolic name,
 * version, name and licence. The licence comes from the bundle's {@code Bundle-License} header, else from a Maven POM
 * (inside the jar, or the artifact's POM and its parents in the local Maven repository), else from its
 * {@code about.html} (Eclipse bundles). A bundle whose licence cannot be found is listed as {@code UNKNOWN}; with
 * {@code --strict} it makes the program fail, so a new dependency cannot ship without one.
 *
 * <p>
 * Run by the build with Java's source launcher: {@code java ThirdPartyNotice.java [--strict]
 * OUTPUT TITLE MAVEN_REPOSITORY FOLDER...}.
 */
public final class ThirdPartyNotice {

	/** The licence of one bundle, with where it was read. */
	record Licence(String name, String link, String source) {
	}

	record Entry(String file, String symbolicName, String version, String name, Licence licence) {
	}

	private static final Map<String, String> SPDX = new LinkedHashMap<>();
	static {
		SPDX.put("apache.org/licenses/license-2.0", "Apache-2.0");
		SPDX.put("apache license, version 2.0", "Apache-2.0");
		SPDX.put("apache license 2.0", "Apache-2.0");
		SPDX.put("apache-2.0", "Apache-2.0");
		SPDX.put("the apache software license, version 2.0", "Apache-2.0");
		SPDX.put("epl-v20", "EPL-2.0");
		SPDX.put("epl-2.0", "EPL-2.0");
		SPDX.put("eclipse public license - v 2.0", "EPL-2.0");
		SPDX.put("eclipse public license, version 2.0", "EPL-2.0");
		SPDX.put("eclipse public license v2.0", "EPL-2.0");
		SPDX.put("eclipse public license 2.0", "EPL-2.0");
		SPDX.put("eclipse distribution license", "BSD-3-Clause");
		SPDX.put("edl-v10", "BSD-3-Clause");
		SPDX.put("bsd-2-clause", "BSD-2-Clause");
		SPDX.put("bsd-3-clause", "BSD-3-Clause");
		SPDX.put("opensource.org/license/mit", "MIT");
		SPDX.put("opensource.org/licenses/mit", "MIT");
		SPDX.put("mit license", "MIT");
		SPDX.put("gnu.org/licenses/lgpl", "LGPL-2.1-or-later");
	}

	private final Path mavenRepository;
	private Map<String, List<Path>> pomsByArtifact;

	private ThirdPartyNotice(Path mavenRepository) {
		this.mavenRepository = mavenRepository;
	}

	public static void main(String[] arguments) throws IOException {
		boolean strict = arguments.length > 0 && arguments[0].equals("--strict");
		String[] args = strict ? Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
		if (args.length < 4) {
			System.err.println("usage: java ThirdPartyNotice.java [--strict] OUTPUT TITLE MAVEN_REPOSITORY FOLDER...");
			System.exit(2);
		}
		Path output = Path.of(args[0]);
		ThirdPartyNotice notice = new ThirdPartyNotice(Path.of(args[2]));
		List<Entry> entries = new ArrayList<>();
		for (int i = 3; i < args.length; i++) {
			entries.addAll(notice.read(Path.of(args[i])));
		}
		entries.sort((a, b) -> a.symbolicName().compareTo(b.symbolicName()) != 0
				? a.symbolicName().compareTo(b.symbolicName())
				: a.file().compareTo(b.file()));
		Files.createDirectories(output.toAbsolutePath().getParent());
		Files.writeString(output, markdown(args[1], entries), StandardCharsets.UTF_8);
		List<String> unknown = entries.stream().filter(e -> e.licence().name().equals("UNKNOWN")).map(Entry::file)
				.toList();
		if (!unknown.isEmpty()) {
			System.err.println(output + ": no licence found for " + unknown
					+ ": give the bundle a Bundle-License header (wrap it in the target platform) or a POM with "
					+ "<licenses>");
			if (strict) {
				System.exit(1);
			}
		}
	}

	private List<Entry> read(Path folder) throws IOException {
		List<Entry> entries = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			throw new IOException(folder + " is not a folder");
		}
		List<Path> bundles;
		try (Stream<Path> list = Files.list(folder)) {
			bundles = list.sorted().toList();
		}
		for (Path bundle : bundles) {
			Optional<Entry> entry = bundle.toString().endsWith(".jar") ? jar(bundle)
					: Files.isRegularFile(bundle.resolve("META-INF/MANIFEST.MF")) ? directory(bundle)
							: Optional.empty();
			entry.ifPresent(entries::add);
		}
		return entries;
	}

	private Optional<Entry> jar(Path file) throws IOException {
		try (JarFile jar = new JarFile(file.toFile())) {
			Manifest manifest = jar.getManifest();
			Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
			String symbolicName = symbolicName(main, file);
			if (ours(symbolicName, file)) {
				return Optional.empty();
			}
			String version = main.getValue("Bundle-Version");
			Licence licence = bundleLicense(main);
			List<ZipEntry> poms = jar.stream().filter(e -> e.getName().matches("META-INF/maven/.*/pom\\.xml"))
					.map(ZipEntry.class::cast).toList();
			for (ZipEntry pom : poms) {
				if (licence == null) {
					licence = pomWithParents(text(jar, pom), "the POM in the jar", 0);
				}
			}
			for (ZipEntry pom : poms) {
				// META-INF/maven/GROUP/ARTIFACT/pom.xml: the artifact's own POM in the local repository
				String[] path = pom.getName().split("/");
				if (licence == null && version != null) {
					licence = localPom(path[2], path[3], version);
				}
			}
			if (licence == null) {
				licence = localPom(symbolicName, version);
			}
			if (licence == null && jar.getEntry("about.html") != null) {
				licence = aboutLicence(text(jar, jar.getEntry("about.html")));
			}
			if (licence == null && jar.getEntry("META-INF/LICENSE") != null) {
				licence = licenceFile(text(jar, jar.getEntry("META-INF/LICENSE")));
			}
			return Optional.of(entry(file, symbolicName, main, licence));
		}
	}

	private Optional<Entry> directory(Path folder) throws IOException {
		Manifest manifest;
		try (InputStream in = Files.newInputStream(folder.resolve("META-INF/MANIFEST.MF"))) {
			manifest = new Manifest(in);
		}
		Attributes main = manifest.getMainAttributes();
		String symbolicName = symbolicName(main, folder);
		if (ours(symbolicName, folder)) {
			return Optional.empty();
		}
		Licence licence = bundleLicense(main);
		if (licence == null) {
			licence = localPom(symbolicName, main.getValue("Bundle-Version"));
		}
		if (licence == null && Files.isRegularFile(folder.resolve("about.html"))) {
			licence = aboutLicence(Files.readString(folder.resolve("about.html"), StandardCharsets.UTF_8));
		}
		return Optional.of(entry(folder, symbolicName, main, licence));
	}

	private static boolean ours(String symbolicName, Path file) {
		return symbolicName.startsWith("dev.baton.") || file.getFileName().toString().startsWith("baton-");
	}

	private static Entry entry(Path file, String symbolicName, Attributes main, Licence licence) {
		String version = Optional.ofNullable(main.getValue("Bundle-Version"))
				.or(() -> Optional.ofNullable(main.getValue("Implementation-Version"))).orElse("");
		String name = Optional.ofNullable(main.getValue("Bundle-Name")).orElse("");
		if (name.startsWith("%")) {
			name = ""; // localised in a properties file: the symbolic name says enough
		}
		return new Entry(file.getFileName().toString(), symbolicName, version, name,
				licence == null ? new Licence("UNKNOWN", null, "nothing") : licence);
	}

	private static String symbolicName(Attributes main, Path file) {
		String value = main.getValue("Bundle-SymbolicName");
		if (value == null) {
			value = main.getValue("Automatic-Module-Name");
		}
		return value == null ? file.getFileName().toString().replaceAll("[-_][0-9].*$", "")
				: value.split(";")[0].strip();
	}

	/** The first licence of the header: {@code name;link="..."} or a URL. */
	static Licence bundleLicense(Attributes main) {
		String header = main.getValue("Bundle-License");
		if (header == null || header.isBlank() || header.strip().equals("<<EXTERNAL>>")) {
			return null;
		}
		// clauses are separated by commas, but a licence's name may hold one ("..., Version 2.0")
		String clause = header.split(",(?=\\S)(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[0];
		String[] parts = clause.split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
		String name = unquote(parts[0]);
		String link = null;
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i].strip();
			if (part.startsWith("link=")) {
				link = unquote(part.substring(5));
			}
		}
		if (name.matches("https?://.*") && link == null) {
			link = name;
		}
		return new Licence(spdx(name, link), link, "Bundle-License");
	}

	/** The POM of an artifact of the local repository whose version matches the bundle's. */
	private Licence localPom(String group, String artifact, String version) {
		if (mavenRepository == null) {
			return null;
		}
		Path folder = mavenRepository.resolve(group.replace('.', '/')).resolve(artifact);
		try (Stream<Path> versions = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
			for (Path pom : versions.map(v -> v.resolve(artifact + "-" + v.getFileName() + ".pom")).toList()) {
				if (Files.isRegularFile(pom) && sameVersion(pom.getParent().getFileName().toString(), version)) {
					Licence licence = pomWithParents(Files.readString(pom, StandardCharsets.UTF_8), "the Maven POM", 0);
					if (licence != null) {
						return licence;
					}
				}
			}
		} catch (IOException e) {
			return null;
		}
		return null;
	}

	/**
	 * The POM of the local repository whose artifact id is the bundle's symbolic name, its last segment, or either
	 * followed by a suffix ({@code bcprov} is {@code bcprov-jdk18on}).
	 */
	private Licence localPom(String symbolicName, String version) {
		if (version == null || mavenRepository == null || !Files.isDirectory(mavenRepository)) {
			return null;
		}
		String artifact = symbolicName.substring(symbolicName.lastIndexOf('.') + 1);
		List<String> candidates = new ArrayList<>(List.of(symbolicName, artifact));
		poms().keySet().stream().filter(a -> a.startsWith(artifact + "-")).sorted().forEach(candidates::add);
		for (String candidate : candidates) {
			for (Path pom : poms().getOrDefault(candidate, List.of())) {
				if (sameVersion(pom.getParent().getFileName().toString(), version)) {
					try {
						Licence licence =
								pomWithParents(Files.readString(pom, StandardCharsets.UTF_8), "the Maven POM", 0);
						if (licence != null) {
							return licence;
						}
					} catch (IOException e) {
						// unreadable: the next candidate
					}
				}
			}
		}
		return null;
	}

	/** Whether a Maven version is the bundle's: 1.84 and 1.84.0, 3.9.900 and 3.9.900.v2026... */
	static boolean sameVersion(String maven, String bundle) {
		String release = bundle.replaceAll("\\.(qualifier|v?\\d{8,}.*)$", "");
		String trimmed = release.replaceAll("(\\.0)+$", "");
		return maven.equals(bundle) || maven.equals(release) || maven.replaceAll("(\\.0)+$", "").equals(trimmed)
				|| maven.replace('-', '.').equals(bundle) || bundle.startsWith(maven + ".");
	}

	private Licence pomWithParents(String text, String source, int depth) {
		{
			Licence licence = pomLicence(text, source);
			if (licence != null || depth > 5) {
				return licence;
			}
			Matcher parent = Pattern.compile("<parent>\\s*(.*?)</parent>", Pattern.DOTALL).matcher(text);
			if (!parent.find()) {
				return null;
			}
			String g = tag(parent.group(1), "groupId");
			String a = tag(parent.group(1), "artifactId");
			String v = tag(parent.group(1), "version");
			if (g == null || a == null || v == null) {
				return null;
			}
			Path parentPom =
					mavenRepository.resolve(g.replace('.', '/')).resolve(a).resolve(v).resolve(a + "-" + v + ".pom");
			try {
				return Files.isRegularFile(parentPom)
						? pomWithParents(Files.readString(parentPom, StandardCharsets.UTF_8), source + " (parent)",
								depth + 1)
						: null;
			} catch (IOException e) {
				return null;
			}
		}
	}

	/** A jar's own licence file: an SPDX line, or the Apache licence's text. */
	static Licence licenceFile(String text) {
		Matcher spdx = Pattern.compile("SPDX-License-Identifier:\\s*(.+)").matcher(text);
		if (spdx.find()) {
			return new Licence(spdx.group(1).strip(), null, "META-INF/LICENSE");
		}
		if (text.contains("Apache License") && text.contains("Version 2.0")) {
			return new Licence("Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0", "META-INF/LICENSE");
		}
		return null;
	}

	/** Every POM of the local Maven repository by artifact id, read once when a bundle needs it. */
	private Map<String, List<Path>> poms() {
		if (pomsByArtifact == null) {
			pomsByArtifact = new HashMap<>();
			try (Stream<Path> walk = Files.walk(mavenRepository, 12)) {
				walk.filter(p -> p.toString().endsWith(".pom")).forEach(p -> {
					Path versionFolder = p.getParent();
					if (versionFolder != null && versionFolder.getParent() != null) {
						pomsByArtifact.computeIfAbsent(versionFolder.getParent().getFileName().toString(),
								k -> new ArrayList<>()).add(p);
					}
				});
			} catch (IOException e) {
				// no local repository to read: the other sources decide
			}
		}
		return pomsByArtifact;
	}

	static Licence pomLicence(String pom, String source) {
		Matcher licences = Pattern.compile("<licenses>(.*?)</licenses>", Pattern.DOTALL).matcher(pom);
		if (!licences.find()) {
			return null;
		}
		// several licences in a POM are a choice (JNA: LGPL or Apache): all are listed
		Matcher licence = Pattern.compile("<license>(.*?)</license>", Pattern.DOTALL).matcher(licences.group(1));
		List<String> names = new ArrayList<>();
		String link = null;
		while (licence.find()) {
			String name = tag(licence.group(1), "name");
			String url = tag(licence.group(1), "url");
			if (name != null || url != null) {
				names.add(spdx(name == null ? url : name, url));
				link = link == null ? url : link;
			}
		}
		return names.isEmpty() ? null
				: new Licence(String.join(" OR ", names.stream().distinct().toList()), link, source);
	}

	static Licence aboutLicence(String html) {
		String text = html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
		Matcher link = Pattern.compile("https?://www\\.eclipse\\.org/legal/epl-(?:v20|2\\.0)[^\"'\\s<]*").matcher(html);
		if (text.contains("Eclipse Public License") && (link.find() || text.contains("v 2.0")
				|| text.contains("Version 2.0") || text.contains("2.0"))) {
			return new Licence("EPL-2.0", "https://www.eclipse.org/legal/epl-2.0/", "about.html");
		}
		if (text.contains("Eclipse Public License")) {
			return new Licence("EPL-1.0", "https://www.eclipse.org/legal/epl-v10.html", "about.html");
		}
		return null;
	}

	static String spdx(String name, String link) {
		for (String value : new String[] { name, link }) {
			if (value == null) {
				continue;
			}
			String lower = value.toLowerCase(Locale.ROOT).replace("https://", "").replace("http://", "");
			for (Map.Entry<String, String> known : SPDX.entrySet()) {
				if (lower.contains(known.getKey())) {
					return known.getValue();
				}
			}
		}
		return name.strip();
	}

	private static String tag(String xml, String name) {
		Matcher m = Pattern.compile("<" + name + ">\\s*(.*?)\\s*</" + name + ">", Pattern.DOTALL).matcher(xml);
		return m.find() ? m.group(1).replaceAll("\\s+", " ") : null;
	}

	private static String unquote(String value) {
		String v = value.strip();
		return v.length() > 1 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
	}

	private static String text(JarFile jar, ZipEntry entry) {
		try (InputStream in = jar.getInputStream(entry)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "";
		}
	}

	private static String markdown(String title, List<Entry> entries) {
		StringBuilder out = new StringBuilder();
		out.append("# Third-party software in ").append(title).append("\n\n");
		out.append(
				"Baton is licensed under the Eclipse Public License 2.0 (see LICENSE). Besides Baton's own bundles, ")
				.append(title)
				.append("\nships the third-party bundles below, each under its own licence. The build writes ")
				.append("this list from the\nbundles themselves (their Bundle-License header, their Maven POM, their ")
				.append("about.html or META-INF/LICENSE).\n\n");
		out.append("| file | bundle | version | name | licence | licence text | read from |\n");
		out.append("|---|---|---|---|---|---|---|\n");
		for (Entry e : entries) {
			out.append("| ").append(cell(e.file())).append(" | ").append(cell(e.symbolicName())).append(" | ")
					.append(cell(e.version())).append(" | ").append(cell(e.name())).append(" | ")
					.append(cell(e.licence().name())).append(" | ")
					.append(cell(e.licence().link() == null ? "" : e.licence().link())).append(" | ")
					.append(cell(e.licence().source())).append(" |\n");
		}
		out.append("\n").append(entries.size()).append(" third-party bundles.\n");
		return out.toString();
	}

	private static String cell(String value) {
		return value.replace("|", "\\|").replace("\n", " ");
	}
}
