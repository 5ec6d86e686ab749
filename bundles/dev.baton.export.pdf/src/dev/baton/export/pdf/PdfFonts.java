package dev.baton.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fonts the PDF embeds. The 14 fonts every PDF reader has cover neither Chinese nor much beyond Western European
 * text, so the pack embeds real TrueType fonts (subsets: only the glyphs used): DejaVu Sans for text, DejaVu Sans Mono
 * for code, and a font with Chinese, Japanese and Korean glyphs (Droid Sans Fallback, or any TrueType font with them)
 * used for the characters the first ones lack. They are looked up in a folder given by the user first
 * ({@code --option pdf.fonts=DIR} or {@code BATON_FONTS}), then where Linux distributions put them
 * ({@code fonts-dejavu-core}, {@code fonts-droid-fallback} on Debian and Ubuntu).
 *
 * @param text regular, bold, italic and bold italic faces of the text font ({@code null} where missing)
 * @param mono the monospaced font, or {@code null}
 * @param cjk  the font for Chinese, Japanese and Korean, or {@code null}
 */
public record PdfFonts(Face text, Path mono, Path cjk) {

	/** The family names the style sheet uses. */
	public static final String TEXT_FAMILY = "Baton Sans";
	/** The monospaced family name. */
	public static final String MONO_FAMILY = "Baton Mono";
	/** The Chinese, Japanese and Korean family name. */
	public static final String CJK_FAMILY = "Baton CJK";

	/** The four faces of a family; any may be {@code null}. */
	public record Face(Path regular, Path bold, Path italic, Path boldItalic) {
	}

	private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/usr/share/fonts"),
			Path.of("/usr/local/share/fonts"), Path.of(System.getProperty("user.home", "/"), ".local/share/fonts"),
			Path.of(System.getProperty("user.home", "/"), ".fonts"), Path.of("/Library/Fonts"),
			Path.of("C:/Windows/Fonts"));

	/**
	 * Finds the fonts in the given folder (may be {@code null}) and then in the system's font folders.
	 */
	public static PdfFonts find(Path userFolder) {
		List<Path> folders = new ArrayList<>();
		if (userFolder != null) {
			folders.add(userFolder);
		}
		folders.addAll(SYSTEM_FOLDERS);
		Map<String, Path> found = files(folders, Set.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
				"DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf", "DejaVuSansMono.ttf",
				"DroidSansFallbackFull.ttf", "DroidSansFallback.ttf"));
		Face text = new Face(found.get("DejaVuSans.ttf"), found.get("DejaVuSans-Bold.ttf"),
				found.get("DejaVuSans-Oblique.ttf"), found.get("DejaVuSans-BoldOblique.ttf"));
		Path mono = found.get("DejaVuSansMono.ttf");
		Path cjk = found.getOrDefault("DroidSansFallbackFull.ttf", found.get("DroidSansFallback.ttf"));
		if (cjk == null && userFolder != null) {
			// any other TrueType font the user put there for these scripts
			cjk = firstTrueType(userFolder).orElse(null);
		}
		return new PdfFonts(text, mono, cjk);
	}

	/** What is missing, as advice for the user; empty when every font was found. */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (text.regular() == null) {
			missing.add("no DejaVu Sans: text uses the PDF reader's Helvetica, which lacks most characters beyond "
					+ "Western European ones; install fonts-dejavu-core or pass --option pdf.fonts=DIR");
		}
		if (cjk == null) {
			missing.add("no font for Chinese, Japanese or Korean text: such characters show as '#'; install "
					+ "fonts-droid-fallback or put a TrueType font with them in a folder and pass --option "
					+ "pdf.fonts=DIR");
		}
		return missing;
	}

	/**
	 * The files with the given names, each from the first folder that has it, walking each folder once (four levels
	 * deep, where distributions put fonts).
	 */
	private static Map<String, Path> files(List<Path> folders, Set<String> names) {
		Map<String, Path> found = new HashMap<>();
		for (Path folder : folders) {
			if (found.size() == names.size() || !Files.isDirectory(folder)) {
				continue;
			}
			Map<String, Path> here = new HashMap<>();
			try (var walk = Files.find(folder, 4, (path, attributes) -> attributes.isRegularFile()
					&& names.contains(path.getFileName().toString()))) {
				walk.sorted().forEach(path -> here.putIfAbsent(path.getFileName().toString(), path));
			} catch (IOException | UncheckedIOException e) {
				// an unreadable font folder is as good as none
			}
			here.forEach(found::putIfAbsent);
		}
		return found;
	}

	private static Optional<Path> firstTrueType(Path folder) {
		try (var list = Files.list(folder)) {
			return list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf")).sorted()
					.findFirst();
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
