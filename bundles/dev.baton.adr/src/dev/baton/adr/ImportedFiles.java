package dev.baton.adr;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;

/**
 * What copying ADRs into an architecture folder brings along besides the decisions: every local file an ADR links to
 * (images, attachments, other pages; inside the imported source, never outside it) and the other pages of a
 * one-folder-per-record ADR are copied into the set's {@code assets/} folder under their path in the source, and the
 * links are rewritten to them; links from one imported ADR to another are rewritten to the other's new file name. So
 * every relative link of an imported decision leads where it led.
 */
public final class ImportedFiles {

	/** {@code [text](href)}, {@code ![alt](href "title")}, {@code [label]: href}, {@code src="href"}. */
	private static final Pattern HREF = Pattern.compile(
			"(\\]\\(\\s*<?)([^)\\s>]+)|(^\\s*\\[[^\\]]+\\]:\\s*<?)(\\S+?)(?=>?\\s*$)|((?:src|href)=[\"'])([^\"']+)",
			Pattern.MULTILINE);

	/** The folder, below the set's folder, that copied files go to. */
	public static final String ASSETS = "assets";

	/**
	 * What copying did.
	 *
	 * @param copies  target file (relative to the set folder) by source file, to be written
	 * @param actions one line per file copied or left out, and why
	 */
	public record Plan(Map<Path, String> copies, List<String> actions) {
	}

	private ImportedFiles() {
	}

	/**
	 * Rewrites the links of the added decisions and plans the copies of the files they link to.
	 *
	 * @param source the folder imported from (nothing outside it is copied)
	 * @param added  what {@link ImportedDecisions#add} did
	 */
	public static Plan plan(Path source, ImportedDecisions.Added added) {
		Path root = source.toAbsolutePath().normalize();
		Map<Path, String> newNames = new HashMap<>();
		added.origins().forEach((decision, file) -> newNames.put(file, decision.getId() + ".md"));
		Map<Path, String> copies = new LinkedHashMap<>();
		List<String> actions = new ArrayList<>();
		added.origins().forEach((decision, file) -> {
			Rewriter rewriter = new Rewriter(root, file, newNames, copies, actions);
			rewrite(decision, rewriter);
			for (EObject child : (Iterable<EObject>) decision::eAllContents) {
				rewrite(child, rewriter);
			}
			if (file.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme.")) {
				subPages(root, file, copies, actions);
			}
		});
		return new Plan(copies, actions);
	}

	/** Copies the planned files into the set's folder; returns what could not be copied. */
	public static List<String> copy(Plan plan, Path setFolder) {
		List<String> problems = new ArrayList<>();
		plan.copies().forEach((from, to) -> {
			Path target = setFolder.resolve(to);
			try {
				Files.createDirectories(target.getParent());
				if (!Files.exists(target)) {
					Files.copy(from, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			} catch (IOException e) {
				problems.add(from + ": cannot be copied to " + target + " (" + e.getMessage() + ")");
			}
		});
		return problems;
	}

	private static void rewrite(EObject object, Rewriter rewriter) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEType() != EcorePackage.Literals.ESTRING || attribute.isMany()
					|| attribute == BatonPackage.Literals.RECORD__ID
					|| attribute == BatonPackage.Literals.RECORD__SOURCE_PATH) {
				continue;
			}
			if (object.eGet(attribute) instanceof String text && (text.contains("](") || text.contains("]:")
					|| text.contains("src=") || text.contains("href="))) {
				object.eSet(attribute, rewriter.apply(text));
			}
		}
	}

	/** The other pages of a one-folder-per-record ADR, copied whether linked or not. */
	private static void subPages(Path root, Path record, Map<Path, String> copies, List<String> actions) {
		try (var files = Files.walk(record.getParent())) {
			for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.equals(record)).sorted().toList()) {
				if (!copies.containsKey(file)) {
					String to = ASSETS + "/" + root.relativize(file).toString().replace('\\', '/');
					copies.put(file, to);
					actions.add("copied " + root.relativize(file) + " to " + to + " (a page of "
							+ root.relativize(record) + ")");
				}
			}
		} catch (IOException e) {
			actions.add("cannot list the pages beside " + root.relativize(record) + " (" + e.getMessage() + ")");
		}
	}

	/** Rewrites the hrefs of one ADR's text. */
	private record Rewriter(Path root, Path file, Map<Path, String> newNames, Map<Path, String> copies,
			List<String> actions) {

		String apply(String text) {
			Matcher m = HREF.matcher(text);
			StringBuilder out = new StringBuilder();
			while (m.find()) {
				int group = m.group(2) != null ? 2 : m.group(4) != null ? 4 : 6;
				String href = m.group(group);
				String now = target(href);
				m.appendReplacement(out, Matcher.quoteReplacement(m.group(group - 1) + now));
			}
			m.appendTail(out);
			return out.toString();
		}

		/** The href in the copied decision: another ADR's new name, a copied file's place, or as written. */
		private String target(String href) {
			if (href.matches("(?i)[a-z][a-z0-9+.-]*:.*") || href.startsWith("#") || href.startsWith("/")) {
				return href; // a web page, an anchor in the same page, a site-absolute path
			}
			int cut = indexOfAny(href, '#', '?');
			String path = cut < 0 ? href : href.substring(0, cut);
			String rest = cut < 0 ? "" : href.substring(cut);
			if (path.isEmpty()) {
				return href;
			}
			Path resolved;
			try {
				resolved = file.getParent().resolve(URLDecoder.decode(path.replace("+", "%2B"),
						StandardCharsets.UTF_8)).normalize();
			} catch (RuntimeException e) {
				return href;
			}
			String adr = newNames.get(resolved);
			if (adr == null && Files.isDirectory(resolved)) {
				adr = newNames.get(resolved.resolve("README.md"));
			}
			if (adr != null) {
				return adr + rest;
			}
			if (!resolved.startsWith(root)) {
				actions.add("not copied: " + href + " (linked from " + root.relativize(file) + ") is outside "
						+ root + "; the link is kept as written");
				return href;
			}
			if (!Files.isRegularFile(resolved)) {
				return href; // a broken link stays as written (the import reported it if it was an ADR link)
			}
			String to = copies.computeIfAbsent(resolved, f -> {
				String place = ASSETS + "/" + root.relativize(f).toString().replace('\\', '/');
				actions.add("copied " + root.relativize(f) + " to " + place + " (linked from " + root.relativize(file)
						+ ")");
				return place;
			});
			return to.replace(" ", "%20") + rest;
		}

		private static int indexOfAny(String text, char a, char b) {
			int i = text.indexOf(a);
			int j = text.indexOf(b);
			return i < 0 ? j : j < 0 ? i : Math.min(i, j);
		}
	}
}
