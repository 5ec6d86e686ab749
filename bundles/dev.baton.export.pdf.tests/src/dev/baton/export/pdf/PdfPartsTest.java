package dev.baton.export.pdf;

import static dev.baton.export.pdf.PdfPackTest.assertFootersNumberEveryPageButTheCover;
import static dev.baton.export.pdf.PdfPackTest.normalised;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.export.pdf.internal.Xhtml;
import dev.baton.generator.ArchitectureGenerator;
import dev.baton.model.Architecture;
import dev.baton.pack.Handover;
import dev.baton.pack.Pack;
import dev.baton.store.Kinds;
import dev.baton.testing.Examples;

/**
 * A pack whose front pages are heavier than a part (a small part size): the decision log and the contents are cut over
 * several parts. Read back with PDFBox.
 */
class PdfPartsTest {

	/** Parts of the weight of 5 average record pages: the decision log of 150 rows needs several. */
	private static final int PART_SIZE = 5;

	@TempDir
	static Path shared;

	private static Pack pack;
	private static Path file;
	/** Each page's text, sorted by position. */
	private static List<String> pages;
	/** Each page's text in the order it is drawn (a table's cells one after the other). */
	private static List<String> drawn;
	/** Each bookmark's title and page (1-based), depth first. */
	private static Map<String, List<Integer>> bookmarks;

	@BeforeAll
	static void writeThePack() throws IOException {
		Architecture architecture = ArchitectureGenerator.generate(
				ArchitectureGenerator.Options.builder().decisions(150).components(8).interfaces(8).seed(11L).build());
		pack = Pack.build(architecture, Examples.CONTEXT, new BasicDiagnostic());
		file = PdfPackTest.write(architecture, shared.resolve("pack.pdf"),
				new PdfPack.Options(PdfFonts.find(null), PART_SIZE), new BasicDiagnostic());
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			pages = new ArrayList<>();
			drawn = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			PDFTextStripper unsorted = new PDFTextStripper();
			stripper.setSortByPosition(true);
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(pdf));
				unsorted.setStartPage(page);
				unsorted.setEndPage(page);
				drawn.add(unsorted.getText(pdf));
			}
			bookmarks = new LinkedHashMap<>();
			outline(pdf, pdf.getDocumentCatalog().getDocumentOutline(), bookmarks);
			PdfPackTest.savePages(pdf, "parts", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
			// the document and its text, to look at
			Files.createDirectories(Path.of("target/pdf-pages"));
			Files.copy(file, Path.of("target/pdf-pages/parts.pdf"),
					StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(Path.of("target/pdf-pages/parts.txt"),
					String.join("\n=== page break ===\n", pages));
		}
	}

	private static void outline(PDDocument pdf, PDOutlineNode node, Map<String, List<Integer>> out)
			throws IOException {
		for (PDOutlineItem item : node.children()) {
			PDPage page = item.findDestinationPage(pdf);
			out.computeIfAbsent(item.getTitle(), t -> new ArrayList<>())
					.add(page == null ? -1 : pdf.getPages().indexOf(page) + 1);
			outline(pdf, item, out);
		}
	}

	private static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static int pageOf(String bookmark) {
		List<Integer> found = bookmarks.get(bookmark);
		assertNotNull(found, bookmark + " has no bookmark: " + bookmarks.keySet());
		assertEquals(1, found.size(), bookmark);
		return found.get(0);
	}

	/** A cell's text without whitespace, each link optionally followed by the page it is on. */
	private static String pattern(List<Pack.Inline> cell) {
		StringBuilder pattern = new StringBuilder();
		for (Pack.Inline inline : cell) {
			switch (inline) {
			case Pack.Text text -> pattern.append(Pattern.quote(squeezed(text.text())));
			case Pack.Link link -> pattern.append(Pattern.quote(squeezed(link.text()))).append("(?:\\(p\\.(\\d+)\\))?");
			}
		}
		return pattern.toString();
	}

	@Test
	void theDecisionLogCutOverPartsHasEveryRowOnceInOrderWithItsHeaderOnEveryPage() throws IOException {
		Pack.Page log = pack.pages().stream()
				.filter(p -> p.blocks().stream()
						.anyMatch(b -> b instanceof Pack.Table t && "decision-log".equals(t.id())))
				.findFirst().orElseThrow();
		Pack.Table table = log.blocks().stream().filter(b -> b instanceof Pack.Table t && "decision-log".equals(t.id()))
				.map(Pack.Table.class::cast).findFirst().orElseThrow();
		assertEquals(150, table.rows().size());
		int first = pageOf(log.title());
		// the section's pages: up to the page before the next page's bookmark
		int next = bookmarks.values().stream().flatMap(List::stream).filter(p -> p > first).min(Integer::compare)
				.orElseThrow();
		List<String> section = pages.subList(first - 1, next - 1);
		String continued = log.title() + " (continued)";
		long continuations = section.stream().filter(p -> p.strip().startsWith(continued)).count();
		assertTrue(continuations >= 2, continuations + " continuations of " + log.title() + " in pages " + first
				+ " to " + (next - 1));
		assertTrue(pages.get(first - 1).strip().startsWith(log.title()), pages.get(first - 1));
		String header = squeezed(String.join("", table.headers()));
		String text = squeezed(String.join("", drawn.subList(first - 1, next - 1)));
		int from = 0;
		int pagesWithRows = 0;
		int numbered = 0;
		List<Pattern> rows = new ArrayList<>();
		for (List<List<Pack.Inline>> row : table.rows()) {
			StringBuilder pattern = new StringBuilder();
			row.forEach(cell -> pattern.append(pattern(cell)));
			rows.add(Pattern.compile(pattern.toString()));
		}
		for (int r = 0; r < rows.size(); r++) {
			Matcher matcher = rows.get(r).matcher(text);
			assertTrue(matcher.find(from), "row " + r + " (" + rows.get(r) + ") is not after row " + (r - 1));
			from = matcher.end();
			if (matcher.group(1) != null) {
				// the decision's page in another part: its number leads to the decision
				int page = Integer.parseInt(matcher.group(1));
				String title = normalised(Pack.plain(table.rows().get(r).get(0)));
				assertTrue(normalised(pages.get(page - 1)).contains(title)
						|| normalised(pages.get(page)).strip().startsWith(title), title + " is not on page " + page);
				numbered++;
			}
			assertFalse(matcher.find(), "row " + r + " is printed twice");
		}
		for (String page : drawn.subList(first - 1, next - 1)) {
			String squeezed = squeezed(page);
			if (rows.stream().anyMatch(p -> p.matcher(squeezed).find())) {
				pagesWithRows++;
				assertTrue(squeezed.contains(header), "no table header on: " + page);
			}
		}
		assertTrue(pagesWithRows > continuations, pagesWithRows + " pages with rows");
		assertEquals(table.rows().size(), numbered, "every decision's page number is printed");
	}

	@Test
	void theContentsCutOverPartsListEveryPageWithThePageItStartsOn() {
		List<String> expected = new ArrayList<>();
		Map<String, Integer> records = new LinkedHashMap<>();
		for (Pack.Page page : pack.pages()) {
			if (!page.kind().equals("search") && !Xhtml.isRecordPage(page)) {
				expected.add(page.title());
			}
		}
		List<String> kinds = new ArrayList<>();
		for (Pack.Page page : pack.pages()) {
			if (Xhtml.isRecordPage(page)) {
				if (!kinds.contains(page.kind())) {
					kinds.add(page.kind());
				}
				records.merge(page.kind(), 1, Integer::sum);
			}
		}
		int contentsPage = pageOf("Contents");
		assertEquals(2, contentsPage);
		int next = bookmarks.values().stream().flatMap(List::stream).filter(p -> p > contentsPage)
				.min(Integer::compare).orElseThrow();
		String contents = String.join("\n", pages.subList(contentsPage - 1, next - 1));
		long continuations = pages.subList(contentsPage - 1, next - 1).stream()
				.filter(p -> p.strip().startsWith("Contents (continued)")).count();
		assertTrue(continuations >= 2, continuations + " continuations of the contents");
		List<String> lines = contents.lines().map(String::strip).toList();
		int at = 0;
		int checked = 0;
		// every front page, every kind's start and every record, in order, with its bookmark's page
		List<String> titles = new ArrayList<>(expected);
		for (String kind : kinds) {
			String groupTitle = Handover.plural(Kinds.byName(kind).orElseThrow()) + " (" + records.get(kind) + ")";
			titles.add(groupTitle);
			pack.pages().stream().filter(p -> p.kind().equals(kind)).forEach(p -> titles.add(p.title()));
		}
		for (String title : titles) {
			int line = at;
			while (line < lines.size() && !lines.get(line).startsWith(title)) {
				line++;
			}
			assertTrue(line < lines.size(), title + " is not in the contents after line " + at + ": " + lines);
			String number = lines.get(line).substring(title.length()).strip();
			assertTrue(number.matches("\\d+"), lines.get(line));
			assertTrue(bookmarks.get(title).contains(Integer.parseInt(number)),
					title + " on page " + number + ", its bookmark says " + bookmarks.get(title));
			at = line + 1;
			checked++;
		}
		assertEquals(titles.size(), checked);
		assertTrue(checked > 150, checked + " lines");
	}

	@Test
	void pagesAreNumberedAsOneNoneIsBlankAndEveryBookmarkAndLinkLeadsToAPage() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertFootersNumberEveryPageButTheCover(pdf);
			for (int page = 2; page <= pages.size(); page++) {
				assertTrue(pages.get(page - 1).strip().lines().count() > 1, "page " + page + " is blank");
			}
			for (Map.Entry<String, List<Integer>> bookmark : bookmarks.entrySet()) {
				for (int page : bookmark.getValue()) {
					assertTrue(page > 0, bookmark.getKey() + " leads nowhere");
					if (!bookmark.getKey().endsWith(", continued")) {
						// openhtmltopdf leaves the destination of a title it moved to the next sheet (to keep it
						// with what follows) at the foot of the sheet before
						String title = normalised(bookmark.getKey());
						assertTrue(normalised(pages.get(page - 1)).contains(title)
								|| page < pages.size() && normalised(pages.get(page)).strip().startsWith(title),
								bookmark.getKey() + " is not on page " + page);
					}
				}
			}
			int links = 0;
			for (PDPage page : pdf.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
						PDPageDestination destination = (PDPageDestination) goTo.getDestination();
						assertTrue(destination.retrievePageNumber() >= 0, "a link leads nowhere");
						links++;
					} else if (annotation instanceof PDAnnotationLink link
							&& link.getDestination() instanceof PDPageDestination destination) {
						assertTrue(destination.retrievePageNumber() >= 0, "a link leads nowhere");
						links++;
					}
				}
			}
			assertTrue(links > 20, links + " internal links");
		}
	}
}
