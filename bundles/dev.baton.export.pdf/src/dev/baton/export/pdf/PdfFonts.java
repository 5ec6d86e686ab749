package dev.baton.export.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fonts the PDF embeds. The 14 fonts every PDF reader has cover neither Chinese nor much
 * beyond Western European text, so the pack embeds real TrueType fonts (subsets: only the glyphs
 * used): DejaVu Sans for text, DejaVu Sans Mono for code, and a font with Chinese, Japanese and
 * Korean glyphs (Droid Sans Fallback, or any TrueType font with them) used for the characters
 * the first ones lack. They are looked up in a folder given by the user first
 * ({@code --option pdf.fonts=DIR} or {@code BATON_FONTS}), then where Linux distributions put
 * them ({@code fonts-dejavu-core}, {@code fonts-droid-fallback} on Debian and Ubuntu).
 *
 * @param text regular, bold, italic and bold italic faces of the text font ({@code null} where
 *            missing)
 * @param mono the monospaced font, or {@code null}
 * @param cjk the font for Chinese, Japanese and Korean, or {@code null}
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
	 * Finds the fonts in the given folder (may be {@code null}) and then in the system's font
	 * folders.
	 */
	public static PdfFonts find(Path userFolder) {
		List<Path> folders = new ArrayList<>();
		if (userFolder != null) {
			folders.add(userFolder);
		}
		folders.addAll(SYSTEM_FOLDERS);
		Face text = new Face(file(folders, "DejaVuSans.ttf"), file(folders, "DejaVuSans-Bold.ttf"),
				file(folders, "DejaVuSans-Oblique.ttf"), file(folders, "DejaVuSans-BoldOblique.ttf"));
		Path mono = file(folders, "DejaVuSansMono.ttf");
		Path cjk = file(folders, "DroidSansFallbackFull.ttf");
		if (cjk == null) {
			cjk = file(folders, "DroidSansFallback.ttf");
		}
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
					+ "fonts-droid-fallback or put a TrueType font with them in a folder and pass --option pdf.fonts=DIR");
		}
		return missing;
	}

	private static Path file(List<Path> folders, String name) {
		for (Path folder : folders) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			Path direct = folder.resolve(name);
			if (Files.isRegularFile(direct)) {
				return direct;
			}
			try (var walk = Files.find(folder, 4, (path, attributes) -> attributes.isRegularFile()
					&& path.getFileName().toString().equals(name))) {
				Optional<Path> found = walk.findFirst();
				if (found.isPresent()) {
					return found.get();
				}
			} catch (java.io.IOException | java.io.UncheckedIOException e) {
				// an unreadable font folder is as good as none
			}
		}
		return null;
	}

	private static Optional<Path> firstTrueType(Path folder) {
		try (var list = Files.list(folder)) {
			return list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf")).sorted()
					.findFirst();
		} catch (java.io.IOException e) {
			return Optional.empty();
		}
	}
}
