package dev.baton.export.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.export.pdf.internal.PdfExporter;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.LoadOptions;
import dev.baton.testing.Examples;
import dev.baton.testing.Secrets;

/** Names and titles with markup characters or Chinese text, in the XHTML and in the diagrams. */
class PdfNamesTest {

	@TempDir
	Path temp;

	private String pdfText(ArchitectureFolder folder) throws IOException {
		Path file = PdfPackTest.write(folder.architecture(), temp.resolve("pack.pdf"), PdfPack.Options.defaults(),
				new BasicDiagnostic());
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			return PdfPackTest.normalised(new PDFTextStripper().getText(pdf));
		}
	}

	@Test
	void markupCharactersInTheNameAndTitlesArePrintedAsWritten() throws IOException {
		Path root = temp.resolve("R&D Platform");
		Examples.write(root, FolderLayout.SETTINGS, "name: R&D Platform </title> <b> & \"quotes\" 'x' */\n");
		Examples.write(root, "systems/lab.md", "---\nowner: team-lab\n---\n# R&D <lab> </title>\n");
		Examples.write(root, "components/bench.md", "---\nsystem: lab\n---\n# Bench & </style> <tools>\n");
		Examples.write(root, "decisions/0001-a-b.md", """
				---
				status: accepted
				date: 2026-01-02
				---
				# Use A&B </title> <x>

				## Context and Problem Statement

				Why & how.
				""");
		String text = pdfText(ArchitectureFolder.load(root, LoadOptions.defaults()));
		assertTrue(text.contains("R&D Platform </title> <b> & \"quotes\" 'x' */"), text);
		assertTrue(text.contains("Use A&B </title> <x>"), text);
		assertTrue(text.contains("Bench & </style> <tools>"), text);
	}

	@Test
	void chineseTitlesInADiagramAreDrawn() throws IOException {
		Path root = temp.resolve("arch");
		Examples.write(root, FolderLayout.SETTINGS, "name: 支付平台\n");
		Examples.write(root, "systems/payments.md", "---\nowner: team-pay\n---\n# 支付系统\n");
		Examples.write(root, "components/adapter.md", "---\nsystem: payments\n---\n# 支付适配器\n");
		Examples.write(root, "components/ledger.md", "---\nsystem: payments\ndepends-on: [adapter]\n---\n# Ledger\n");
		String text = pdfText(ArchitectureFolder.load(root, LoadOptions.defaults()));
		// the system's diagram, drawn as text: a box's title, then its kind
		assertTrue(text.contains("支付适配器 [Component]"), text);
		assertTrue(text.contains("支付系统 [Software system]"), text);
	}

	@Test
	void noCredentialReachesThePdfTextItsDiagramsOrItsBookmarks() throws IOException {
		ArchitectureFolder folder =
				ArchitectureFolder.load(Secrets.folder(temp.resolve("arch")), LoadOptions.defaults());
		Path file = temp.resolve("pack.pdf");
		// through the exporter service, as baton export runs it: diagrams included
		new PdfExporter().export(folder.architecture(), file, Examples.CONTEXT, new BasicDiagnostic());
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String text = PdfPackTest.normalised(new PDFTextStripper().getText(pdf));
			Secrets.assertNoSecret("the PDF's text", text);
			List<String> bookmarks = new ArrayList<>();
			PdfPackTest.titles(pdf.getDocumentCatalog().getDocumentOutline(), bookmarks);
			Secrets.assertNoSecret("the PDF's bookmarks", bookmarks.toString());
			Secrets.assertNoSecret("the PDF's title", String.valueOf(pdf.getDocumentInformation().getTitle()));
			// the system's diagram, drawn as text
			assertTrue(text.contains("Billing service [redacted] [Component]"), text);
			assertTrue(text.contains("rotated with Authorization: Bearer [redacted]"), "the link's note");
			Secrets.assertHarmlessKept("the PDF", text);
		}
	}
}
