package dev.baton.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.Monitor;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import dev.baton.api.Findings;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.diagram.DiagramPicture;
import dev.baton.export.pdf.internal.DiagramDrawer;
import dev.baton.export.pdf.internal.Xhtml;
import dev.baton.pack.Pack;

/**
 * Writes a {@link Pack} as one PDF document: a cover, a table of contents with page numbers,
 * every page of the pack (sections start a new sheet, records follow each other), diagrams as
 * vector drawings, bookmarks for every page and record, page numbers in the footer, and embedded
 * font subsets that cover accented, Chinese, Japanese and Korean text ({@link PdfFonts}).
 * Rendered by openhtmltopdf on PDFBox.
 *
 * <p>
 * A large pack is rendered in parts of at most {@link Options#partSize()} record pages, each laid
 * out on its own and then appended to the document, so memory stays bounded by a part and not by
 * the pack. Page numbers run through the whole document; a link to a page in another part is
 * printed as its page number.
 *
 * <p>
 * The document's dates are the pack's "as of" date and its identifier is derived from its
 * content, so the same pack gives the same bytes. The file is replaced only once it is complete.
 */
public final class PdfPack {

	/** Source of the PDF exporter's findings. */
	public static final String SOURCE = "dev.baton.export.pdf";

	/** Finding code: a font is missing. */
	public static final int MISSING_FONT = 1;
	/** Finding code: the document could not be written. */
	public static final int NOT_WRITTEN = 2;

	/**
	 * How to render.
	 *
	 * @param fonts the fonts to embed
	 * @param partSize the most record pages rendered at once
	 */
	public record Options(PdfFonts fonts, int partSize) {

		/** The default number of record pages in a part. */
		public static final int DEFAULT_PART_SIZE = 200;

		/** The system's fonts, the default part size. */
		public static Options defaults() {
			return new Options(PdfFonts.find(null), DEFAULT_PART_SIZE);
		}
	}

	private static final System.Logger LOG = System.getLogger(PdfPack.class.getName());
	/**
	 * PDFBox warns on stderr when a document names one of the 14 standard fonts the system lacks
	 * (openhtmltopdf's list bullets name ZapfDingbats): harmless, and not for the user's terminal.
	 */
	private static final java.util.logging.Logger PDFBOX_FONTS = java.util.logging.Logger
			.getLogger("org.apache.pdfbox.pdmodel.font");


	private final Pack pack;
	private final Function<String, DiagramPicture> diagrams;
	private final Function<String, String> pageOfRecordId;
	private final Options options;
	private final DiagnosticChain findings;
	private final String css;

	private PdfPack(Pack pack, Function<String, DiagramPicture> diagrams, Function<String, String> pageOfRecordId,
			Options options, DiagnosticChain findings) throws IOException {
		this.pack = pack;
		this.diagrams = diagrams == null ? id -> null : diagrams;
		this.pageOfRecordId = pageOfRecordId == null ? id -> null : pageOfRecordId;
		this.options = options;
		this.findings = findings;
		try (InputStream in = PdfPack.class.getResourceAsStream("pdf.css")) {
			if (in == null) {
				throw new IllegalStateException("pdf.css is missing from the dev.baton.export.pdf bundle");
			}
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * Writes the pack's PDF.
	 *
	 * @param diagrams the picture of a diagram view by id, {@code null} where it is not drawn
	 * @param pageOfRecordId the pack path of a record's page by record id (for the diagrams'
	 *                       links), {@code null} for none
	 * @return the file written
	 * @throws RunContext.CancelledException when the monitor was cancelled; the file is left as it
	 *                                        was
	 */
	public static Path write(Pack pack, Path file, Function<String, DiagramPicture> diagrams,
			Function<String, String> pageOfRecordId, Options options, DiagnosticChain findings, Monitor monitor)
			throws IOException {
		return new PdfPack(pack, diagrams, pageOfRecordId, options, findings).run(file, monitor);
	}

	/** One part: its pages, and once rendered its file, page count and where its bookmarks point. */
	private static final class Part {
		final List<Pack.Page> pages;
		final Set<String> paths = new HashSet<>();
		final String continuedKind;
		Path file;
		int pageCount;

		Part(List<Pack.Page> pages, String continuedKind) {
			this.pages = pages;
			this.continuedKind = continuedKind;
			pages.forEach(p -> paths.add(p.path()));
		}
	}

	private Path run(Path file, Monitor monitor) throws IOException {
		for (String advice : options.fonts().missing()) {
			Findings.add(findings, Findings.warning(SOURCE, MISSING_FONT, SourceLocation.of(file), advice));
		}
		quietLibraries();
		List<Part> parts = plan();
		monitor.beginTask("Writing the PDF", parts.size() + 1);
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path scratch = Files.createTempDirectory(folder, ".baton-pdf-");
		try {
			Map<String, Integer> pageOf = new HashMap<>();
			renderAll(parts, 0, pageOf, scratch, monitor);
			if (parts.size() > 1) {
				// the first part's contents and links now know where the later parts' pages are
				int before = parts.get(0).pageCount;
				render(parts, 0, pageOf, scratch);
				if (parts.get(0).pageCount != before) {
					renderAll(parts, 1, pageOf, scratch, monitor);
				}
			}
			check(monitor);
			Path complete = scratch.resolve("complete.pdf");
			assemble(parts, complete);
			monitor.worked(1);
			Files.move(complete, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return file;
		} finally {
			deleteTree(scratch);
			monitor.done();
		}
	}

	/**
	 * Keeps the libraries' chatter off the user's terminal: openhtmltopdf logs every font it
	 * loads at INFO (its diagnostics come to {@link #LOG} instead, shown with --debug), and PDFBox
	 * warns about standard fonts the system lacks (openhtmltopdf's list bullets name
	 * ZapfDingbats), which is harmless.
	 */
	private static void quietLibraries() {
		com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
		PDFBOX_FONTS.setLevel(java.util.logging.Level.SEVERE);
	}

	private List<Part> plan() {
		List<Pack.Page> front = new ArrayList<>();
		List<Pack.Page> records = new ArrayList<>();
		for (Pack.Page page : pack.pages()) {
			if (page.kind().equals("search")) {
				continue;
			}
			(Xhtml.isRecordPage(page) ? records : front).add(page);
		}
		int size = Math.max(1, options.partSize());
		List<Part> parts = new ArrayList<>();
		List<Pack.Page> first = new ArrayList<>(front);
		first.addAll(records.subList(0, Math.min(size, records.size())));
		parts.add(new Part(first, null));
		for (int from = size; from < records.size(); from += size) {
			List<Pack.Page> pages = records.subList(from, Math.min(from + size, records.size()));
			parts.add(new Part(pages, records.get(from - 1).kind()));
		}
		return parts;
	}

	private void renderAll(List<Part> parts, int from, Map<String, Integer> pageOf, Path scratch, Monitor monitor)
			throws IOException {
		for (int i = from; i < parts.size(); i++) {
			check(monitor);
			render(parts, i, pageOf, scratch);
			monitor.worked(1);
		}
	}

	private void render(List<Part> parts, int index, Map<String, Integer> pageOf, Path scratch) throws IOException {
		Part part = parts.get(index);
		int firstPage = 1;
		for (int i = 0; i < index; i++) {
			firstPage += parts.get(i).pageCount;
		}
		Xhtml xhtml = new Xhtml(pack, diagrams, findings, css);
		Xhtml.Document document = xhtml.part(part.pages, index == 0, part.paths, pageOf, part.continuedKind);
		part.file = scratch.resolve("part-" + index + ".pdf");
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(document.xhtml(), pack.root() == null ? null : pack.root().toUri().toString());
		builder.useInitialPageNumber(firstPage);
		builder.withProducer("Baton");
		// openhtmltopdf's messages (fonts loaded, CSS it ignores) go to the debug log, not the terminal
		builder.withDiagnosticConsumer(diagnostic -> {
			if (diagnostic.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
				LOG.log(System.Logger.Level.DEBUG, diagnostic.getFormattedMessage());
			}
		});
		builder.useObjectDrawerFactory(new DiagramDrawer(diagrams, recordId -> {
			String path = pageOfRecordId.apply(recordId);
			return path != null && part.paths.contains(path) ? "#" + Xhtml.id(path) : null;
		}));
		// a record may name an image of its folder; nothing is fetched from the network
		builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("file:"),
				com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		List<TrueTypeFont> opened = new ArrayList<>();
		try (PDDocument target = new PDDocument(); OutputStream out = Files.newOutputStream(part.file)) {
			builder.usePDDocument(target);
			useFonts(builder, target, opened);
			builder.toStream(out);
			builder.run();
		} finally {
			for (TrueTypeFont font : opened) {
				font.close();
			}
		}
		try (PDDocument rendered = Loader.loadPDF(part.file.toFile())) {
			part.pageCount = rendered.getNumberOfPages();
			List<Integer> pages = new ArrayList<>();
			outlinePages(rendered, rendered.getDocumentCatalog().getDocumentOutline(), pages);
			List<String> ids = document.bookmarkIds();
			for (int i = 0; i < Math.min(ids.size(), pages.size()); i++) {
				if (pages.get(i) >= 0) {
					pageOf.put(ids.get(i), firstPage + pages.get(i));
				}
			}
		}
	}

	private static void outlinePages(PDDocument document, PDOutlineNode node, List<Integer> pages)
			throws IOException {
		if (node == null) {
			return;
		}
		for (PDOutlineItem item : node.children()) {
			var page = item.findDestinationPage(document);
			pages.add(page == null ? -1 : document.getPages().indexOf(page));
			outlinePages(document, item, pages);
		}
	}

	private void useFonts(PdfRendererBuilder builder, PDDocument target, List<TrueTypeFont> opened) {
		PdfFonts fonts = options.fonts();
		PdfFonts.Face text = fonts.text();
		font(builder, target, opened, text.regular(), PdfFonts.TEXT_FAMILY, 400, FontStyle.NORMAL);
		font(builder, target, opened, text.bold(), PdfFonts.TEXT_FAMILY, 700, FontStyle.NORMAL);
		font(builder, target, opened, text.italic(), PdfFonts.TEXT_FAMILY, 400, FontStyle.ITALIC);
		font(builder, target, opened, text.boldItalic(), PdfFonts.TEXT_FAMILY, 700, FontStyle.ITALIC);
		font(builder, target, opened, fonts.mono(), PdfFonts.MONO_FAMILY, 400, FontStyle.NORMAL);
		font(builder, target, opened, fonts.cjk(), PdfFonts.CJK_FAMILY, 400, FontStyle.NORMAL);
		font(builder, target, opened, fonts.cjk(), PdfFonts.CJK_FAMILY, 700, FontStyle.NORMAL);
	}

	private static void font(PdfRendererBuilder builder, PDDocument target, List<TrueTypeFont> opened, Path file,
			String family, int weight, FontStyle style) {
		if (file != null) {
			builder.useFont(new PlainTextFont(target, file, opened), family, weight, style, true);
		}
	}

	/**
	 * A font embedded as a subset, loaded when the layout first asks for it, with PDFBox's glyph
	 * substitution (GSUB) off. PDFBox 3 rewrites every string shown in a font with a Latin GSUB
	 * table through its ligatures, with a regular expression per string: that was a quarter of the
	 * PDF's time, and a ligature glyph has no character in the subset's ToUnicode map, so the two
	 * letters it stands for would be lost to search and copy. The letters are drawn one by one.
	 */
	private static final class PlainTextFont extends com.openhtmltopdf.pdfboxout.PDFontSupplier {
		private final PDDocument target;
		private final Path file;
		private final List<TrueTypeFont> opened;
		private org.apache.pdfbox.pdmodel.font.PDFont font;

		PlainTextFont(PDDocument target, Path file, List<TrueTypeFont> opened) {
			super(null);
			this.target = target;
			this.file = file;
			this.opened = opened;
		}

		@Override
		public synchronized org.apache.pdfbox.pdmodel.font.PDFont supply() {
			if (font == null) {
				try {
					TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
					opened.add(ttf);
					ttf.setEnableGsub(false);
					font = PDType0Font.load(target, ttf, true);
				} catch (IOException e) {
					throw new java.io.UncheckedIOException("cannot read the font " + file + ": " + e.getMessage()
							+ "; reinstall it or name another folder with pdf.fonts", e);
				}
			}
			return font;
		}
	}

	/** Appends the parts into one document with the pack's date and a content-derived identifier. */
	private void assemble(List<Part> parts, Path target) throws IOException {
		StreamCacheCreateFunction cache = IOUtils.createTempFileOnlyStreamCache();
		List<PDDocument> sources = new ArrayList<>();
		try (PDDocument document = parts.size() == 1 ? Loader.loadPDF(parts.get(0).file.toFile())
				: new PDDocument(cache)) {
			if (parts.size() > 1) {
				PDFMergerUtility merger = new PDFMergerUtility();
				for (Part part : parts) {
					PDDocument source = Loader.loadPDF(part.file.toFile());
					sources.add(source);
					merger.appendDocument(document, source);
				}
			}
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle("Handover pack of " + pack.title());
			info.setSubject("Handover pack, as of " + pack.asOf());
			info.setAuthor("Baton");
			info.setProducer("Baton");
			info.setCreator("Baton");
			Calendar date = asOf();
			info.setCreationDate(date);
			info.setModificationDate(date);
			document.getDocumentCatalog().setLanguage("en");
			byte[] id = identifier(parts);
			COSArray ids = new COSArray();
			ids.add(new COSString(id));
			ids.add(new COSString(id));
			document.getDocument().getTrailer().setItem(COSName.ID, ids);
			document.save(target.toFile());
		} finally {
			for (PDDocument source : sources) {
				source.close();
			}
		}
	}

	private Calendar asOf() {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
		calendar.clear();
		LocalDate date = LocalDate.parse(pack.asOf());
		calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
		return calendar;
	}

	private byte[] identifier(List<Part> parts) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("MD5");
			digest.update(pack.title().getBytes(StandardCharsets.UTF_8));
			digest.update(pack.asOf().getBytes(StandardCharsets.UTF_8));
			for (Part part : parts) {
				// not the part file's size: it holds the rendering time in a compressed stream, so its size
				// varies from run to run (and with it the identifier)
				digest.update(Integer.toString(part.pages.size()).getBytes(StandardCharsets.UTF_8));
				for (Pack.Page page : part.pages) {
					digest.update(page.path().getBytes(StandardCharsets.UTF_8));
				}
			}
			return digest.digest();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void check(Monitor monitor) {
		if (monitor.isCanceled()) {
			throw new RunContext.CancelledException();
		}
	}

	private static void deleteTree(Path folder) {
		try (var walk = Files.walk(folder)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// a leftover scratch folder is harmless; its name says what it is
		}
	}
}
