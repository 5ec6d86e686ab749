package dev.baton.adr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * ADR folders that are translations of one another: a documentation site in several languages keeps the same records
 * once per locale (mkdocs-static-i18n's {@code docs/es/adr} and {@code docs/en/adr}, Hugo's {@code content/<lang>},
 * Docusaurus's {@code i18n/<locale>/...}). They are one set of decisions, not two: importing both would give every
 * decision twice (and, copied, half of them new numbers). Two folders are translations when they hold mostly the same
 * file names and one has a language code among its path's folders that the other lacks. The original is the site's
 * default locale, as its configuration names it ({@code mkdocs.yml}, {@code docusaurus.config.*}, Hugo's
 * configuration), else the folder without a language code; the others are left, each with why. When nothing says which
 * is the original, all are kept and a warning says they look like translations.
 */
final class Translations {

	/**
	 * What was decided.
	 *
	 * @param kept     the sets to import
	 * @param left     each translation left out, by folder, with why
	 * @param warnings folder-relative notes ({@code "path: message"}) for translations all kept
	 */
	record Result(List<AdrDiscovery.Found> kept, Map<Path, String> left, List<String> warnings) {
	}

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
	private static final Pattern LOCALE = Pattern.compile("(?i)([a-z]{2})(?:[-_]([a-z]{2}|[a-z]{4}))?");
	private static final Pattern DOCUSAURUS = Pattern.compile("defaultLocale\\s*:\\s*['\"]([\\w-]+)['\"]");
	private static final Pattern HUGO = Pattern.compile("(?m)^\\s*defaultContentLanguage\\s*[=:]\\s*['\"]?([\\w-]+)");
	private static final Pattern MKDOCS_LOCALE = Pattern.compile("^\\s*-?\\s*locale\\s*:\\s*['\"]?([\\w-]+)");
	private static final Pattern MKDOCS_DEFAULT = Pattern.compile("^\\s*-?\\s*default\\s*:\\s*true\\b");

	private Translations() {
	}

	static Result of(Path base, List<AdrDiscovery.Found> found) {
		List<AdrDiscovery.Found> folders = found.stream().filter(f -> f.chapter() == null).toList();
		Map<AdrDiscovery.Found, Set<String>> names = new LinkedHashMap<>();
		folders.forEach(f -> names.put(f, recordNames(f.folder())));
		List<List<AdrDiscovery.Found>> groups = new ArrayList<>();
		Set<AdrDiscovery.Found> grouped = new HashSet<>();
		for (AdrDiscovery.Found one : folders) {
			if (grouped.contains(one)) {
				continue;
			}
			List<AdrDiscovery.Found> group = new ArrayList<>(List.of(one));
			for (AdrDiscovery.Found other : folders) {
				if (other != one && !grouped.contains(other) && translated(base, one, other, names)) {
					group.add(other);
				}
			}
			if (group.size() > 1) {
				grouped.addAll(group);
				groups.add(group);
			}
		}
		List<AdrDiscovery.Found> kept = new ArrayList<>(found);
		Map<Path, String> left = new LinkedHashMap<>();
		List<String> warnings = new ArrayList<>();
		if (groups.isEmpty()) {
			return new Result(kept, left, warnings);
		}
		SiteLocale site = defaultLocale(base);
		for (List<AdrDiscovery.Found> group : groups) {
			AdrDiscovery.Found original = original(base, group, site);
			if (original == null) {
				String paths = String.join(", ", group.stream().map(f -> relative(base, f.folder())).toList());
				warnings.add(relative(base, group.get(0).folder()) + ": the ADR folders " + paths
						+ " hold the same files in other languages, and no site configuration names the default one:"
						+ " all are imported; import the original alone with 'baton import <folder>'");
				continue;
			}
			if (original != group.get(0)) {
				// the set is named as the first of the group was (the one set of a repository is "adr")
				kept.set(kept.indexOf(original), new AdrDiscovery.Found(group.get(0).name(), original.folder(),
						original.foundBy(), original.chapter()));
			}
			for (AdrDiscovery.Found translation : group) {
				if (translation == original) {
					continue;
				}
				kept.remove(translation);
				String locale = locales(base, translation.folder()).stream().findFirst().orElse("?");
				left.put(translation.folder(), "left: a translation (" + locale + ") of the ADRs in "
						+ relative(base, original.folder()) + (site != null
								? ", the site's default language (" + site.locale() + ", " + site.source() + ")"
								: ", which has no language code")
						+ "; import it alone with 'baton import " + relative(base, translation.folder()) + "'");
			}
		}
		return new Result(kept, left, warnings);
	}

	/** Mostly the same file names, and a language code in one's path that the other lacks. */
	private static boolean translated(Path base, AdrDiscovery.Found a, AdrDiscovery.Found b,
			Map<AdrDiscovery.Found, Set<String>> names) {
		Set<String> first = names.get(a);
		Set<String> second = names.get(b);
		if (first.size() < 2 || second.size() < 2) {
			return false;
		}
		long shared = first.stream().filter(second::contains).count();
		if (shared * 2 < Math.min(first.size(), second.size())) {
			return false;
		}
		Set<String> localesA = locales(base, a.folder());
		Set<String> localesB = locales(base, b.folder());
		return !localesA.equals(localesB) && !(localesA.isEmpty() && localesB.isEmpty());
	}

	private static AdrDiscovery.Found original(Path base, List<AdrDiscovery.Found> group, SiteLocale site) {
		if (site != null) {
			for (AdrDiscovery.Found f : group) {
				if (locales(base, f.folder()).stream().anyMatch(l -> sameLanguage(l, site.locale()))) {
					return f;
				}
			}
		}
		List<AdrDiscovery.Found> plain = group.stream().filter(f -> locales(base, f.folder()).isEmpty()).toList();
		return plain.size() == 1 ? plain.get(0) : null;
	}

	private static boolean sameLanguage(String folderLocale, String siteLocale) {
		String a = folderLocale.toLowerCase(Locale.ROOT).replace('_', '-');
		String b = siteLocale.toLowerCase(Locale.ROOT).replace('_', '-');
		return a.equals(b) || !a.contains("-") && b.startsWith(a + "-") || !b.contains("-") && a.startsWith(b + "-");
	}

	/**
	 * The folders of the path below {@code base} named by a language code ({@code en}, {@code pt-BR}, {@code zh_Hans}).
	 */
	static Set<String> locales(Path base, Path folder) {
		Set<String> locales = new HashSet<>();
		for (Path part : base.relativize(folder)) {
			Matcher m = LOCALE.matcher(part.toString());
			if (m.matches() && LANGUAGES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
				locales.add(part.toString());
			}
		}
		return locales;
	}

	private static Set<String> recordNames(Path folder) {
		Set<String> names = new HashSet<>();
		try (Stream<Path> list = Files.list(folder)) {
			list.map(p -> p.getFileName().toString())
					.filter(n -> AdrFormat.isText(n) && !n.startsWith(".") && AdrFormat.skipReason(n) == null)
					.forEach(names::add);
		} catch (IOException e) {
			// an unreadable folder is reported by the walk; it is no one's translation
		}
		return names;
	}

	/** The default language a site's configuration names, and where. */
	record SiteLocale(String locale, String source) {
	}

	static SiteLocale defaultLocale(Path base) {
		for (String name : List.of("mkdocs.yml", "mkdocs.yaml")) {
			String locale = mkdocs(read(base.resolve(name)));
			if (locale != null) {
				return new SiteLocale(locale, name);
			}
		}
		for (String name : List.of("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs")) {
			Matcher m = DOCUSAURUS.matcher(read(base.resolve(name)));
			if (m.find()) {
				return new SiteLocale(m.group(1), name);
			}
		}
		for (String name : List.of("hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml")) {
			Matcher m = HUGO.matcher(read(base.resolve(name)));
			if (m.find()) {
				return new SiteLocale(m.group(1), name);
			}
		}
		return null;
	}

	/**
	 * mkdocs-static-i18n's {@code languages:} list: the item with {@code default: true}. Read line by line: mkdocs.yml
	 * commonly holds {@code !!python/name:} tags no safe YAML loader accepts.
	 */
	private static String mkdocs(String text) {
		String locale = null;
		boolean isDefault = false;
		for (String line : text.lines().toList()) {
			if (line.stripLeading().startsWith("- ")) {
				locale = null;
				isDefault = false;
			}
			Matcher item = MKDOCS_LOCALE.matcher(line);
			if (item.find()) {
				locale = item.group(1);
			}
			isDefault |= MKDOCS_DEFAULT.matcher(line).find();
			if (locale != null && isDefault) {
				return locale;
			}
		}
		return null;
	}

	private static String read(Path file) {
		try {
			return Files.isRegularFile(file) && Files.size(file) < 1_000_000
					? Files.readString(file, StandardCharsets.UTF_8)
					: "";
		} catch (IOException | RuntimeException e) {
			return ""; // a site configuration that cannot be read names no locale
		}
	}

	private static String relative(Path base, Path folder) {
		String relative = base.relativize(folder).toString().replace('\\', '/');
		return relative.isEmpty() ? "." : relative;
	}
}
