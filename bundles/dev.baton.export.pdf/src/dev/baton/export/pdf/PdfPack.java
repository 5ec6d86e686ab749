package dev.baton.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessReadMemoryMappedFile;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.Monitor;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import dev.baton.api.Findings;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.diagram.DiagramPicture;
import dev.baton.export.pdf.internal.CaptionFont;
import dev.baton.export.pdf.internal.DiagramDrawer;
import dev.baton.export.pdf.internal.Xhtml;
import dev.baton.pack.Pack;

/**
 * Writes a {@link Pack} as one PDF document: a cover, a table of contents with page numbers, every page of the pack
 * (sections start a new sheet, records follow each other), diagrams as vector drawings, bookmarks for every page and
 * record, page numbers in the footer, and embedded font subsets that cover accented, Chinese, Japanese and Korean text
 * ({@link PdfFonts}). Rendered by openhtmltopdf on PDFBox.
 *
 * <p>
 * A large pack is rendered in parts, each laid out on its own and then appended to the document, so memory stays
 * bounded by a part and not by the pack. Parts are cut by weight (about the characters of XHTML a page takes): a part
 * holds at most the weight of {@link Options#partSize()} average record pages, and a page heavier than that (a long
 * table, the contents) is cut between rows or items over several parts, each continuation titled as such with the
 * table's header repeated. Page numbers run through the whole document; a link to a page in another part is printed as
 * its page number.
 *
 * <p>
 * The document's dates are the pack's "as of" date and its identifier is derived from its content, so the same pack
 * gives the same bytes. The file is replaced only once it is complete.
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
	 * @param fonts    the fonts to embed
	 * @param partSize the weight of a part laid out at once, in average record pages of the pack
	 */
	public record Options(PdfFonts fonts, int partSize) {

		/** The default weight of a part, in average record pages. */
		public static final int DEFAULT_PART_SIZE = 200;

		/** The system's fonts, the default part size. */
		public static Options defaults() {
			return new Options(PdfFonts.find(null), DEFAULT_PART_SIZE);
		}
	}

	private static final System.Logger LOG = System.getLogger(PdfPack.class.getName());
	/**
	 * PDFBox warns on stderr when a document names one of the 14 standard fonts the system lacks (openhtmltopdf's list
	 * bullets name ZapfDingbats): harmless, and not for the user's terminal.
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
	 * @param diagrams       the picture of a diagram view by id, {@code null} where it is not drawn
	 * @param pageOfRecordId the pack path of a record's page by record id (for the diagrams' links), {@code null} for
	 *                       none
	 * @return the file written
	 * @throws RunContext.CancelledException when the monitor was cancelled; the file is left as it was
	 */
	public static Path write(Pack pack, Path file, Function<String, DiagramPicture> diagrams,
			Function<String, String> pageOfRecordId, Options options, DiagnosticChain findings, Monitor monitor)
			throws IOException {
		return new PdfPack(pack, diagrams, pageOfRecordId, options, findings).run(file, monitor);
	}

	/**
	 * One part: what it prints, and once rendered its file, first page, page count, and the page numbers of other parts
	 * it printed.
	 */
	private static final class Part {

		final List<Xhtml.Piece> pieces;
		final String continuedKind;
		/** Whether it prints the cover, the contents or a front page: its links go forward too. */
		final boolean front;
		Path file;
		int firstPage;
		int pageCount;
		Map<String, Integer> numbersUsed = Map.of();

		Part(List<Xhtml.Piece> pieces, String continuedKind, boolean front) {
			this.pieces = pieces;
			this.continuedKind = continuedKind;
			this.front = front;
		}
	}

	/**
	 * Most rounds of re-rendering the parts whose page numbers moved (a round is needed only when a part's page count
	 * changed).
	 */
	private static final int MAX_ROUNDS = 4;
	/** About the weight of a printed page, to guess how many digits page numbers have. */
	private static final int WEIGHT_PER_PAGE = 2500;
	/** The weight of a record page when the pack has none, for the budget. */
	private static final int DEFAULT_RECORD_WEIGHT = 1500;

	private Path run(Path file, Monitor monitor) throws IOException {
		for (String advice : options.fonts().missing()) {
			Findings.add(findings, Findings.warning(SOURCE, MISSING_FONT, SourceLocation.of(file), advice));
		}
		quietLibraries();
		Xhtml xhtml = new Xhtml(pack, diagrams, findings, css);
		Plan plan = plan(xhtml);
		List<Part> parts = plan.parts();
		// a number not known yet prints as wide as the numbers will be, so that knowing it changes no layout
		String unknown = "8".repeat(Long.toString(Math.max(1, plan.weight() / WEIGHT_PER_PAGE)).length());
		monitor.beginTask("Writing the PDF", parts.size() + 1);
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path scratch = Files.createTempDirectory(folder, ".baton-pdf-");
		try {
			Map<String, Integer> pageOf = new HashMap<>();
			for (int i = 0; i < parts.size(); i++) {
				check(monitor);
				render(xhtml, parts, i, pageOf, scratch, unknown);
				monitor.worked(1);
			}
			// the front parts' contents and links now know where the later parts' pages are; a part whose
			// page count changes moves the pages after it
			for (int round = 0; round < MAX_ROUNDS; round++) {
				boolean rendered = false;
				for (int i = 0; i < parts.size(); i++) {
					if (stale(parts, i, pageOf)) {
						check(monitor);
						// a number still unknown now belongs to no page of the document: nothing is printed
						render(xhtml, parts, i, pageOf, scratch, null);
						rendered = true;
					}
				}
				if (!rendered) {
					break;
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

	private static int firstPage(List<Part> parts, int index) {
		int firstPage = 1;
		for (int i = 0; i < index; i++) {
			firstPage += parts.get(i).pageCount;
		}
		return firstPage;
	}

	/**
	 * Whether a part must be rendered again: it starts on another page now, a page number it printed moved, or (a front
	 * part) a number it did not know is known now. A record part prints nothing for a link to a later part rather than
	 * being rendered twice.
	 */
	private static boolean stale(List<Part> parts, int index, Map<String, Integer> pageOf) {
		Part part = parts.get(index);
		if (part.firstPage != firstPage(parts, index)) {
			return true;
		}
		for (Map.Entry<String, Integer> used : part.numbersUsed.entrySet()) {
			Integer now = pageOf.get(used.getKey());
			if (used.getValue() == null ? part.front && now != null : !used.getValue().equals(now)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Keeps the libraries' chatter off the user's terminal: openhtmltopdf logs every font it loads at INFO (its
	 * diagnostics come to {@link #LOG} instead, shown with --debug), and PDFBox warns about standard fonts the system
	 * lacks (openhtmltopdf's list bullets name ZapfDingbats), which is harmless.
	 */
	private static void quietLibraries() {
		com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
		PDFBOX_FONTS.setLevel(java.util.logging.Level.SEVERE);
	}

	/** The parts in order and the pack's whole weight. */
	private record Plan(List<Part> parts, long weight) {
	}

	/**
	 * Cuts the pack into parts by weight (about the characters of XHTML a page takes, see
	 * {@link Xhtml#weight(Pack.Page, Xhtml.Unit)}): a part holds at most the weight of {@link Options#partSize()}
	 * average record pages. The cover, the contents and the front pages come first, then the records; a page heavier
	 * than a part (a long table or list, the contents) is cut between rows or items over parts of its own.
	 */
	private Plan plan(Xhtml xhtml) {
		List<Pack.Page> front = new ArrayList<>();
		List<Pack.Page> records = new ArrayList<>();
		for (Pack.Page page : pack.pages()) {
			if (page.kind().equals("search")) {
				continue;
			}
			(Xhtml.isRecordPage(page) ? records : front).add(page);
		}
		long recordWeight = 0;
		for (Pack.Page page : records) {
			recordWeight += weight(page);
		}
		long average = records.isEmpty() ? DEFAULT_RECORD_WEIGHT : Math.max(1, recordWeight / records.size());
		Planner planner = new Planner(Math.max(1, options.partSize()) * average);
		planner.weight = 500; // the cover
		List<Xhtml.ContentsLine> contents = xhtml.contentsLines();
		planner.add(null, contents.size(), 100, i -> Xhtml.weight(contents.get(i)));
		for (Pack.Page page : front) {
			List<Xhtml.Unit> units = Xhtml.units(page);
			planner.add(page, units.size(), Xhtml.headerWeight(page), i -> Xhtml.weight(page, units.get(i)));
		}
		for (Pack.Page page : records) {
			List<Xhtml.Unit> units = Xhtml.units(page);
			planner.add(page, units.size(), Xhtml.headerWeight(page), i -> Xhtml.weight(page, units.get(i)));
		}
		planner.close();
		return new Plan(planner.parts, planner.total);
	}

	private static long weight(Pack.Page page) {
		long weight = Xhtml.headerWeight(page);
		for (Xhtml.Unit unit : Xhtml.units(page)) {
			weight += Xhtml.weight(page, unit);
		}
		return weight;
	}

	/** Fills parts up to a weight budget. */
	private static final class Planner {

		final long budget;
		final List<Part> parts = new ArrayList<>();
		List<Xhtml.Piece> current = new ArrayList<>();
		long weight;
		long total;

		Planner(long budget) {
			this.budget = budget;
		}

		/** Adds a page (the contents for {@code null}) of {@code count} units. */
		void add(Pack.Page page, int count, int header, IntUnaryOperator unitWeight) {
			long pageWeight = header;
			for (int i = 0; i < count; i++) {
				pageWeight += unitWeight.applyAsInt(i);
			}
			total += pageWeight;
			if (weight > 0 && weight + pageWeight > budget) {
				close();
			}
			if (weight + pageWeight <= budget || count <= 1) {
				current.add(new Xhtml.Piece(page, 0, count));
				weight += pageWeight;
				return;
			}
			// heavier than a part: cut between units, each run in a part of its own
			int from = 0;
			weight += header;
			for (int i = 0; i < count; i++) {
				weight += unitWeight.applyAsInt(i);
				if (weight >= budget && i + 1 < count) {
					current.add(new Xhtml.Piece(page, from, i + 1));
					close();
					from = i + 1;
					weight = header;
				}
			}
			current.add(new Xhtml.Piece(page, from, count));
		}

		void close() {
			if (current.isEmpty()) {
				return;
			}
			String continuedKind = null;
			if (!parts.isEmpty()) {
				List<Xhtml.Piece> before = parts.get(parts.size() - 1).pieces;
				Pack.Page last = before.get(before.size() - 1).page();
				continuedKind = last != null && Xhtml.isRecordPage(last) ? last.kind() : null;
			}
			boolean front = parts.isEmpty()
					|| current.stream().anyMatch(p -> p.page() == null || !Xhtml.isRecordPage(p.page()));
			parts.add(new Part(current, continuedKind, front));
			current = new ArrayList<>();
			weight = 0;
		}
	}

	private void render(Xhtml xhtml, List<Part> parts, int index, Map<String, Integer> pageOf, Path scratch,
			String unknown) throws IOException {
		Part part = parts.get(index);
		int firstPage = firstPage(parts, index);
		Xhtml.Document document = xhtml.part(part.pieces, index == 0, pageOf, part.continuedKind,
				part.front ? unknown : null);
		LOG.log(System.Logger.Level.DEBUG, () -> "PDF part " + index + ": " + part.pieces.size() + " pieces, "
				+ document.xhtml().length() + " characters of XHTML, from page " + firstPage);
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
		Set<String> targets = document.targets();
		List<TrueTypeFont> opened = new ArrayList<>();
		List<CaptionFont> captionFonts = new ArrayList<>();
		// a record may name an image of its folder; nothing is fetched from the network
		builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("file:"),
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		try (PDDocument target = new PDDocument(); OutputStream out = Files.newOutputStream(part.file)) {
			builder.usePDDocument(target);
			useFonts(builder, target, opened, captionFonts);
			builder.useObjectDrawerFactory(new DiagramDrawer(diagrams, recordId -> {
				String path = pageOfRecordId.apply(recordId);
				return path != null && targets.contains(Xhtml.id(path)) ? "#" + Xhtml.id(path) : null;
			}, captionFonts));
			builder.toStream(out);
			try {
				builder.run();
			} catch (RuntimeException e) {
				// the layout engine names neither the page nor the record: say which ones this part holds
				throw new IllegalStateException("cannot lay out the PDF's pages of " + sourcesOf(part) + " ("
						+ e.getMessage() + ")", e);
			}
		} finally {
			for (TrueTypeFont font : opened) {
				font.close();
			}
		}
		part.firstPage = firstPage;
		part.numbersUsed = document.numbersUsed();
		try (PDDocument rendered = Loader.loadPDF(part.file.toFile())) {
			if (dropTrailingBlankPages(rendered, firstPage)) {
				Path trimmed = scratch.resolve("trimmed.pdf");
				rendered.save(trimmed.toFile());
				rendered.close();
				Files.move(trimmed, part.file, StandardCopyOption.REPLACE_EXISTING);
				try (PDDocument again = Loader.loadPDF(part.file.toFile())) {
					count(part, again, document, firstPage, pageOf);
				}
				return;
			}
			count(part, rendered, document, firstPage, pageOf);
		}
	}

	/** The record files (else the page paths) a part prints, a few of them, for an error message. */
	private String sourcesOf(Part part) {
		Map<String, String> fileOfPage = new HashMap<>();
		pack.sources().forEach((file, page) -> fileOfPage.putIfAbsent(page, file));
		List<String> names = part.pieces.stream().map(piece -> piece.page() == null ? "the contents"
				: fileOfPage.getOrDefault(piece.page().path(), piece.page().path())).distinct().toList();
		int shown = Math.min(names.size(), 5);
		return String.join(", ", names.subList(0, shown))
				+ (names.size() > shown ? " and " + (names.size() - shown) + " more" : "");
	}

	/** Learns a rendered part's page count and the page each of its bookmarks landed on. */
	private static void count(Part part, PDDocument rendered, Xhtml.Document document, int firstPage,
			Map<String, Integer> pageOf) throws IOException {
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

	/**
	 * Removes the sheets at a part's end that hold nothing but the footer: openhtmltopdf starts a new sheet when a
	 * part's last element ends at the bottom of one.
	 *
	 * @return whether one was removed
	 */
	private boolean dropTrailingBlankPages(PDDocument rendered, int firstPage) throws IOException {
		String footer = squeezed(pack.title() + " — as of " + pack.asOf());
		boolean dropped = false;
		while (rendered.getNumberOfPages() > 1) {
			int last = rendered.getNumberOfPages();
			PDPage page = rendered.getPage(last - 1);
			if (!page.getAnnotations().isEmpty()) {
				break;
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(last);
			stripper.setEndPage(last);
			String text = squeezed(stripper.getText(rendered));
			String number = Integer.toString(firstPage + last - 1);
			if (!text.isEmpty() && !text.equals(footer + number) && !text.equals(number + footer)) {
				break;
			}
			rendered.removePage(last - 1);
			dropped = true;
		}
		return dropped;
	}

	private static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
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

	/** Gives the builder the fonts; the diagrams' captions are written in the regular text and CJK ones. */
	private void useFonts(PdfRendererBuilder builder, PDDocument target, List<TrueTypeFont> opened,
			List<CaptionFont> captionFonts) {
		PdfFonts fonts = options.fonts();
		PdfFonts.Face text = fonts.text();
		PlainTextFont regular = font(builder, target, opened, text.regular(), PdfFonts.TEXT_FAMILY, 400,
				FontStyle.NORMAL);
		font(builder, target, opened, text.bold(), PdfFonts.TEXT_FAMILY, 700, FontStyle.NORMAL);
		font(builder, target, opened, text.italic(), PdfFonts.TEXT_FAMILY, 400, FontStyle.ITALIC);
		font(builder, target, opened, text.boldItalic(), PdfFonts.TEXT_FAMILY, 700, FontStyle.ITALIC);
		font(builder, target, opened, fonts.mono(), PdfFonts.MONO_FAMILY, 400, FontStyle.NORMAL);
		PlainTextFont cjk = font(builder, target, opened, fonts.cjk(), PdfFonts.CJK_FAMILY, 400, FontStyle.NORMAL);
		font(builder, target, opened, fonts.cjk(), PdfFonts.CJK_FAMILY, 700, FontStyle.NORMAL);
		if (regular != null) {
			captionFonts.add(regular);
		}
		if (cjk != null) {
			captionFonts.add(cjk);
		}
	}

	private static PlainTextFont font(PdfRendererBuilder builder, PDDocument target, List<TrueTypeFont> opened,
			Path file, String family, int weight, FontStyle style) {
		if (file == null) {
			return null;
		}
		PlainTextFont font = new PlainTextFont(target, file, family, opened);
		builder.useFont(font, family, weight, style, true);
		return font;
	}

	/**
	 * A font embedded as a subset, loaded when the layout first asks for it, with PDFBox's glyph substitution (GSUB)
	 * off. PDFBox 3 rewrites every string shown in a font with a Latin GSUB table through its ligatures, with a regular
	 * expression per string: that was a quarter of the PDF's time, and a ligature glyph has no character in the
	 * subset's ToUnicode map, so the two letters it stands for would be lost to search and copy. The letters are drawn
	 * one by one.
	 */
	private static final class PlainTextFont extends PDFontSupplier
			implements CaptionFont {

		private final PDDocument target;
		private final Path file;
		private final String family;
		private final List<TrueTypeFont> opened;
		private PDFont font;
		private TrueTypeFont ttf;

		PlainTextFont(PDDocument target, Path file, String family, List<TrueTypeFont> opened) {
			super(null);
			this.target = target;
			this.file = file;
			this.family = family;
			this.opened = opened;
		}

		@Override
		public String family() {
			return family;
		}

		@Override
		public PDFont font() {
			return supply();
		}

		@Override
		public synchronized boolean covers(int codePoint) {
			supply();
			try {
				return ttf.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
			} catch (IOException e) {
				return false;
			}
		}

		@Override
		public synchronized PDFont supply() {
			if (font == null) {
				try {
					ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
					opened.add(ttf);
					ttf.setEnableGsub(false);
					font = PDType0Font.load(target, ttf, true);
				} catch (IOException e) {
					throw new UncheckedIOException("cannot read the font " + file + ": " + e.getMessage()
							+ "; reinstall it or name another folder with pdf.fonts", e);
				}
			}
			return font;
		}
	}

	/**
	 * A part's PDF, read through a memory-mapped file. Every part stays open until the document is saved (the merged
	 * pages refer to their objects), and PDFBox's buffered file reader keeps up to 4 MB of its pages on the heap for
	 * each: at 10,000 decisions, with 150 parts, that alone filled a 1 GB heap. A mapped file is read from the page
	 * cache, outside the heap.
	 */
	private static PDDocument openPart(Path file) throws IOException {
		return Loader.loadPDF(new RandomAccessReadMemoryMappedFile(file));
	}

	/** Appends the parts into one document with the pack's date and a content-derived identifier. */
	private void assemble(List<Part> parts, Path target) throws IOException {
		StreamCacheCreateFunction cache = IOUtils.createTempFileOnlyStreamCache();
		List<PDDocument> sources = new ArrayList<>();
		try (PDDocument document = parts.size() == 1 ? openPart(parts.get(0).file) : new PDDocument(cache)) {
			if (parts.size() > 1) {
				PDFMergerUtility merger = new PDFMergerUtility();
				for (Part part : parts) {
					PDDocument source = openPart(part.file);
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
				digest.update(Integer.toString(part.pieces.size()).getBytes(StandardCharsets.UTF_8));
				for (Xhtml.Piece piece : part.pieces) {
					String name = piece.page() == null ? "contents" : piece.page().path();
					digest.update(
							(name + "[" + piece.from() + "," + piece.to() + ")").getBytes(StandardCharsets.UTF_8));
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
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// a leftover scratch folder is harmless; its name says what it is
		}
	}
}
