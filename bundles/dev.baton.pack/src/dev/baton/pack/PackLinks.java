package dev.baton.pack;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.pack.internal.PackBuilder;
import dev.baton.store.FolderFiles;
import dev.baton.store.Kinds;

/**
 * Where a link written in a record leads in the pack: another record's page (a link between record files), a file of
 * the architecture folder (an image), a web address, or nowhere.
 */
public final class PackLinks {

	/** What a link is. */
	public enum Kind {
		/** a page of the pack: {@code path} and maybe {@code anchor} */
		PAGE,
		/** a file of the architecture folder: {@code path} relative to it */
		FILE,
		/** a web or mail address, kept as it is */
		EXTERNAL,
		/** an anchor in the same page */
		ANCHOR,
		/** neither: the link is shown as text */
		BROKEN
	}

	/** A resolved link. */
	public record Target(Kind kind, String path, String anchor, String href) {
	}

	private PackLinks() {
	}

	/**
	 * Resolves a link written in a record file.
	 *
	 * @param from the record file's path relative to the architecture folder, or {@code null}
	 */
	public static Target resolve(Pack pack, String from, String href) {
		if (href == null || href.isBlank()) {
			return new Target(Kind.BROKEN, null, null, href);
		}
		String lower = href.toLowerCase(Locale.ROOT);
		if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
			return new Target(Kind.EXTERNAL, null, null, href);
		}
		if (href.startsWith("#")) {
			return new Target(Kind.ANCHOR, null, href.substring(1), href);
		}
		if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || from == null || href.startsWith("/")) {
			return new Target(Kind.BROKEN, null, null, href);
		}
		int hash = href.indexOf('#');
		String file = hash < 0 ? href : href.substring(0, hash);
		String anchor = hash < 0 ? null : href.substring(hash + 1);
		file = file.replaceFirst("\\?.*$", "");
		String base = from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
		String resolved = normalise(base + decoded(file));
		if (resolved == null) {
			return new Target(Kind.BROKEN, null, null, href);
		}
		String page = pack.sources().get(resolved);
		if (page == null && resolved.endsWith("/")) {
			page = pack.sources().get(resolved + "README.md");
		}
		if (page != null) {
			return new Target(Kind.PAGE, page, anchor, href);
		}
		if (pack.root() != null && !resolved.isEmpty() && readable(pack.root(), resolved)
				&& !resolved.endsWith(".md")) {
			return new Target(Kind.FILE, resolved, null, href);
		}
		return new Target(Kind.BROKEN, null, null, href);
	}

	/**
	 * A link's path with its percent escapes decoded; a {@code %} that starts no escape ({@code 100%.png},
	 * {@code a%garbage.md}) is kept as it is written, as the file's own name.
	 */
	static String decoded(String path) {
		try {
			return URLDecoder.decode(path, StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			return path;
		}
	}

	/** A path with {@code .} and {@code ..} removed, or {@code null} when it leaves the folder. */
	static String normalise(String path) {
		List<String> parts = new ArrayList<>();
		for (String part : path.split("/")) {
			if (part.isEmpty() || part.equals(".")) {
				continue;
			}
			if (part.equals("..")) {
				if (parts.isEmpty()) {
					return null;
				}
				parts.remove(parts.size() - 1);
			} else {
				parts.add(part);
			}
		}
		return String.join("/", parts) + (path.endsWith("/") && !parts.isEmpty() ? "/" : "");
	}

	/**
	 * The relative URL from one pack path to another ({@code decisions/a} to {@code components/b}:
	 * {@code ../components/b}).
	 */
	public static String relative(String fromPath, String toPath) {
		int depth = fromPath.split("/").length - 1;
		return "../".repeat(depth) + toPath;
	}

	/** Whether a file of the architecture folder exists and may be read (for images). */
	public static boolean exists(Pack pack, String path) {
		return pack.root() != null && readable(pack.root(), path);
	}

	/**
	 * Whether a file a record points at may go into the pack: a regular file inside the folder, the rule of
	 * {@link FolderFiles} (a symbolic link out of the folder is not followed).
	 */
	private static boolean readable(Path root, String path) {
		try {
			FolderFiles.of(root).check(root.resolve(path));
			return true;
		} catch (FolderFiles.Refused | InvalidPathException e) {
			return false;
		}
	}

	/**
	 * The pack path of the page of each element (every record but decisions), by record id: where a diagram's boxes
	 * link to.
	 */
	public static Map<String, String> elementPages(Architecture architecture) {
		Map<String, String> pages = new HashMap<>();
		for (dev.baton.model.Record record : Kinds.records(architecture)) {
			if (!(record instanceof Decision) && record.getId() != null) {
				pages.putIfAbsent(record.getId(), PackBuilder.elementPath(record));
			}
		}
		return pages;
	}
}
