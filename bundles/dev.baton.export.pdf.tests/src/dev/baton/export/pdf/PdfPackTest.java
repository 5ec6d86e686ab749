package dev.baton.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.Findings;
import dev.baton.api.RunContext;
import dev.baton.export.pdf.internal.PdfExporter;
import dev.baton.generator.ArchitectureGenerator;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.pack.Handover;
import dev.baton.pack.Pack;
import dev.baton.pack.PackLinks;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.LoadOptions;
import dev.baton.testing.Examples;

class PdfPackTest {

	@TempDir
	Path temp;

	@TempDir
	static Path shared;

	/** The example's PDF, written once for the tests that only read it. */
	private static Path example;
	private static BasicDiagnostic exampleFindings;

	@BeforeAll
	static void writeTheExample() throws IOException {
		exampleFindings = new BasicDiagnostic();
		example = write(Examples.larkspur().architecture(), shared.resolve("pack.pdf"), PdfPack.Options.defaults(),
				exampleFindings);
	}

	static Path write(Architecture architecture, Path file, PdfPack.Options options, BasicDiagnostic findings)
			throws IOException {
		Pack pack = Pack.build(architecture, Examples.CONTEXT, findings);
		return PdfPack.write(pack, file, PdfExporter.pictures(architecture),
				PackLinks.elementPages(architecture)::get, options, findings, new BasicMonitor());
	}

	private static List<Decision> decisions(Architecture architecture) {
		return architecture.getDecisionSets().stream().flatMap(set -> set.getDecisions().stream()).toList();
	}

	private static String text(PDDocument document) throws IOException {
		return new PDFTextStripper().getText(document);
	}

	static String normalised(String text) {
		return text.replaceAll("\\s+", " ");
	}

	@Test
	void theExamplesPdfHoldsEverySectionAndDecisionWithContentsBookmarksAndPageNumbers() throws IOException {
		ArchitectureFolder folder = Examples.larkspur();
		BasicDiagnostic findings = exampleFindings;
		Path file = example;
		assertTrue(Findings.leaves(findings).stream().noneMatch(d -> d.getSource().equals(PdfPack.SOURCE)),
				() -> Findings.leaves(findings).toString());
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String text = normalised(text(pdf));
			assertTrue(pdf.getNumberOfPages() > 20, pdf.getNumberOfPages() + " pages");
			assertTrue(text.startsWith("HANDOVER PACK " + folder.architecture().getName() + " as of 2026-11-28"),
					text.substring(0, 200));
			assertTrue(text.contains("Contents"));
			for (Handover.Section section : Handover.sections()) {
				assertTrue(text.contains(section.number() + ". " + section.title()), section.title());
			}
			for (Decision decision : decisions(folder.architecture())) {
				assertTrue(text.contains(normalised(decision.getTitle())), decision.getTitle());
			}
			// every page but the cover ends with its number
			assertFootersNumberEveryPageButTheCover(pdf);
			PDFTextStripper stripper = new PDFTextStripper();
			// the contents give the page each section starts on
			stripper.setSortByPosition(true);
			stripper.setStartPage(2);
			stripper.setEndPage(3);
			String contents = stripper.getText(pdf);
			String readiness = contents.lines().filter(l -> l.startsWith("Readiness report")).findFirst().orElseThrow();
			int readinessPage = Integer.parseInt(readiness.replaceAll(".*?(\\d+)\\s*$", "$1"));
			stripper.setStartPage(readinessPage);
			stripper.setEndPage(readinessPage);
			assertTrue(stripper.getText(pdf).strip().startsWith("Readiness report"), "page " + readinessPage);
			// bookmarks: every decision, under its group
			List<String> bookmarks = new ArrayList<>();
			titles(pdf.getDocumentCatalog().getDocumentOutline(), bookmarks);
			for (Decision decision : decisions(folder.architecture())) {
				assertTrue(bookmarks.contains(decision.getNumber() + ". " + decision.getTitle()), decision.getTitle());
			}
			assertTrue(bookmarks.contains("Decisions (" + decisions(folder.architecture()).size() + ")"),
					bookmarks.toString());
			assertTrue(bookmarks.contains("Technologies (11)"), bookmarks.toString());
			assertTrue(bookmarks.contains("Readiness report"));
			// fonts are embedded
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
				}
			}
			// the document's date is the pack's
			assertEquals(LocalDate.of(2026, 11, 28), LocalDate.ofInstant(
					pdf.getDocumentInformation().getCreationDate().toInstant(), ZoneOffset.UTC));
		}
	}

	/** Every page but the cover has the pack's title and its number at the bottom. */
	static void assertFootersNumberEveryPageButTheCover(PDDocument pdf) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			String[] lines = stripper.getText(pdf).strip().split("\\R");
			String footer = lines[lines.length - 1].strip();
			if (page == 1) {
				assertFalse(footer.matches(".*as of 2026-11-28 1"), footer);
			} else {
				assertTrue(footer.matches(".*— as of 2026-11-28 " + page), "footer of page " + page + ": " + footer);
			}
		}
	}

	/** Saves the first pages as images under target/pdf-pages, to look at. */
	static void savePages(PDDocument pdf, String name, int... pages) throws IOException {
		Path folder = Path.of("target/pdf-pages");
		Files.createDirectories(folder);
		org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
		for (int page : pages) {
			if (page <= pdf.getNumberOfPages()) {
				ImageIO.write(renderer.renderImageWithDPI(page - 1, 60), "png",
						folder.resolve(name + "-" + page + ".png").toFile());
			}
		}
	}

	static void titles(PDOutlineNode node, List<String> titles) {
		if (node == null) {
			return;
		}
		for (PDOutlineItem item : node.children()) {
			titles.add(item.getTitle());
			titles(item, titles);
		}
	}

	@Test
	void diagramsAreVectorDrawingsWhoseBoxesLinkToTheirRecordsPages() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(example.toFile())) {
			int internal = 0;
			for (PDPage page : pdf.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link) {
						PDAction action = link.getAction();
						if (action instanceof PDActionURI uri) {
							assertTrue(uri.getURI().matches("(?i)(https?|mailto):.*"), uri.getURI());
						} else {
							internal++;
						}
					}
				}
			}
			assertTrue(internal > 50, internal + " internal links");
			savePages(pdf, "example", 1, 2, 17, 38);
			assertFalse(Files.readString(example, StandardCharsets.ISO_8859_1).contains("/Subtype /Image"),
					"diagrams are not images");
		}
	}

	@Test
	void chineseAndAccentedTextIsEmbeddedAndExtractable() throws IOException {
		Path root = temp.resolve("arch");
		Examples.write(root, FolderLayout.SETTINGS, "name: Plateforme Résumé\n");
		Examples.write(root, "decisions/0001-use-a-queue.md", """
				---
				status: accepted
				date: 2026-03-04
				---
				# 使用消息队列解耦订单服务

				## Context and Problem Statement

				Les équipes côté « Paiement » ont décidé : naïve façade, Ærø, Straße.

				## Decision Outcome

				我们选择 Kafka，因为它支持重放。
				""");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		BasicDiagnostic findings = new BasicDiagnostic();
		Path file = write(folder.architecture(), temp.resolve("pack.pdf"), PdfPack.Options.defaults(), findings);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String text = normalised(text(pdf));
			assertTrue(text.contains("使用消息队列解耦订单服务"), text);
			assertTrue(text.contains("我们选择 Kafka，因为它支持重放。"), text);
			assertTrue(text.contains("Les équipes côté « Paiement » ont décidé : naïve façade, Ærø, Straße."), text);
			assertTrue(text.contains("Plateforme Résumé"));
		}
	}

	@Test
	void aLargePackIsRenderedInPartsWithOnePageNumberingAndTheContentsPointingIntoLaterParts() throws IOException {
		Architecture architecture = ArchitectureGenerator.generate(ArchitectureGenerator.Options.of(60, 7L));
		BasicDiagnostic findings = new BasicDiagnostic();
		Path file = write(architecture, temp.resolve("pack.pdf"), new PdfPack.Options(PdfFonts.find(null), 25),
				findings);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertFootersNumberEveryPageButTheCover(pdf);
			PDFTextStripper stripper = new PDFTextStripper();
			List<String> bookmarks = new ArrayList<>();
			titles(pdf.getDocumentCatalog().getDocumentOutline(), bookmarks);
			for (Decision decision : decisions(architecture)) {
				assertTrue(bookmarks.contains(decision.getNumber() + ". " + decision.getTitle()), decision.getTitle());
			}
			assertTrue(bookmarks.stream().anyMatch(b -> b.endsWith(", continued")), bookmarks.toString());
			// the contents line of the last group (in the last part) names the page its first record is on
			List<String> groups = new ArrayList<>();
			for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
				if (item.getTitle().matches(".* \\(\\d+\\)")) {
					groups.add(item.getTitle());
				}
			}
			String last = groups.get(groups.size() - 1);
			stripper.setSortByPosition(true);
			stripper.setStartPage(2);
			stripper.setEndPage(20);
			String line = stripper.getText(pdf).lines().filter(l -> l.startsWith(last)).findFirst().orElseThrow(
					() -> new AssertionError(last + " is not in the contents"));
			int page = Integer.parseInt(line.replaceAll(".*?(\\d+)\\s*$", "$1"));
			assertTrue(page > 30, line);
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			assertTrue(normalised(stripper.getText(pdf)).contains(last), last + " on page " + page);
		}
	}

	@Test
	void theSamePackGivesTheSameBytes() throws IOException {
		Path again = write(Examples.larkspur().architecture(), temp.resolve("again.pdf"), PdfPack.Options.defaults(),
				new BasicDiagnostic());
		assertArrayEquals(Files.readAllBytes(example), Files.readAllBytes(again));
	}

	@Test
	void cancellingLeavesAnEarlierPdfAsItWasAndNoScratchFiles() throws IOException {
		ArchitectureFolder folder = Examples.larkspur();
		Path file = temp.resolve("out/pack.pdf");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "the earlier pack");
		Pack pack = Pack.build(folder.architecture(), Examples.CONTEXT, new BasicDiagnostic());
		BasicMonitor monitor = new BasicMonitor();
		monitor.setCanceled(true);
		assertThrows(RunContext.CancelledException.class, () -> PdfPack.write(pack, file, null, null,
				PdfPack.Options.defaults(), new BasicDiagnostic(), monitor));
		assertEquals("the earlier pack", Files.readString(file));
		try (Stream<Path> list = Files.list(file.getParent())) {
			assertEquals(List.of(file), list.toList());
		}
	}

	@Test
	void recordsCannotPutScriptIntoThePdfAndSecretsAreRedacted() throws IOException {
		ArchitectureFolder folder = Examples.hostile(temp.resolve("hostile"));
		BasicDiagnostic findings = new BasicDiagnostic();
		Path file = write(folder.architecture(), temp.resolve("pack.pdf"), PdfPack.Options.defaults(), findings);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String text = text(pdf);
			assertTrue(text.contains("<script>alert('block')</script>"), "raw HTML shows as text");
			assertFalse(text.contains("AKIAABCDEFGHIJKLMNOP"));
			assertFalse(text.contains("Sup3rSecret!42"));
			for (PDPage page : pdf.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
						assertTrue(uri.getURI().matches("(?i)(https?|mailto):.*"), uri.getURI());
					} else if (annotation instanceof PDAnnotationLink link) {
						assertTrue(link.getAction() == null || link.getAction() instanceof PDActionGoTo,
								String.valueOf(link.getAction()));
					}
				}
			}
			assertNotNull(pdf.getDocumentCatalog());
			assertTrue(pdf.getDocumentCatalog().getNames() == null
					|| pdf.getDocumentCatalog().getNames().getJavaScript() == null, "no document JavaScript");
		}
		assertTrue(Findings.leaves(findings).stream().anyMatch(d -> d.getMessage().contains("credential")),
				() -> Findings.leaves(findings).toString());
	}

	@Test
	void missingFontsAreReportedAndThePdfIsStillWritten() throws IOException {
		PdfFonts none = new PdfFonts(new PdfFonts.Face(null, null, null, null), null, null);
		assertEquals(2, none.missing().size());
		BasicDiagnostic findings = new BasicDiagnostic();
		Path root = temp.resolve("arch");
		Examples.write(root, FolderLayout.SETTINGS, "name: Small\n");
		Examples.write(root, "decisions/0001-one.md", "# One\n\n## Context and Problem Statement\n\nWhy.\n");
		Path file =
				write(ArchitectureFolder.load(root, LoadOptions.defaults()).architecture(), temp.resolve("pack.pdf"),
						new PdfPack.Options(none, 600), findings);
		List<Diagnostic> fonts = Findings.leaves(findings).stream().filter(d -> d.getSource().equals(PdfPack.SOURCE))
				.toList();
		assertEquals(2, fonts.size(), fonts.toString());
		assertTrue(fonts.get(0).getMessage().contains("install fonts-dejavu-core"), fonts.get(0).getMessage());
		assertTrue(fonts.get(1).getMessage().contains("fonts-droid-fallback"), fonts.get(1).getMessage());
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertTrue(text(pdf).contains("Readiness report"));
		}
	}

	@Test
	void fontsAreFoundInTheUsersFolderFirst() throws IOException {
		PdfFonts system = PdfFonts.find(null);
		assertNotNull(system.text().regular(), "DejaVu Sans is installed (fonts-dejavu-core)");
		assertNotNull(system.cjk(), "a CJK font is installed (fonts-droid-fallback)");
		Path mine = temp.resolve("fonts");
		Files.createDirectories(mine);
		Files.copy(system.text().regular(), mine.resolve("DejaVuSans.ttf"));
		assertEquals(mine.resolve("DejaVuSans.ttf"), PdfFonts.find(mine).text().regular());
	}
}
