package dev.baton.distribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handover pack travels to another team: it holds paths relative to the architecture folder, never the absolute path
 * of the machine that exported it. Outside git the pack's history page says there is no history; where the folder is
 * and what to run goes to the console only.
 */
class PackPathsTest {

	@TempDir
	Path temp;

	@Test
	void aPackExportedOutsideGitNamesNoAbsolutePath() throws Exception {
		Path folder = temp.resolve("larkspur-platform");
		copy(Path.of(System.getProperty("baton.root", "../..")).resolve("examples/larkspur-platform"), folder);
		for (Path up = folder; up != null; up = up.getParent()) {
			assertFalse(Files.exists(up.resolve(".git")), "the copy must be outside git, but " + up + " has .git");
		}
		Path out = temp.resolve("pack");
		BatonCommandTest.Result export = BatonCommandTest.run(temp, "export", "-C", folder.toString(), "-o",
				out.toString(), "-f", "html,pdf,markdown,json");
		assertTrue(export.exit() <= 1, export.err());

		List<String> forbidden = List.of(temp.toString(), temp.toRealPath().toString());
		List<Path> files;
		try (Stream<Path> walk = Files.walk(out)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		List<String> read = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			String text;
			if (name.endsWith(".pdf")) {
				text = pdfText(file);
			} else if (name.matches(".*\\.(html|json|md|js|css|svg|txt)")) {
				text = Files.readString(file, StandardCharsets.UTF_8);
			} else {
				continue;
			}
			read.add(out.relativize(file).toString());
			for (String path : forbidden) {
				assertFalse(text.contains(path), out.relativize(file) + " names the folder's absolute path " + path);
			}
		}
		for (String expected : List.of("index.html", "history.html", "pack.json", "pack.pdf", "markdown/README.md",
				"markdown/history.md")) {
			assertTrue(read.contains(expected), expected + " not read among " + read);
		}
		String history = Files.readString(out.resolve("markdown/history.md"), StandardCharsets.UTF_8);
		assertTrue(history.contains("The architecture folder is not in a git repository"), history);
		assertFalse(history.contains("git init"), "command-line advice belongs on the console:\n" + history);
		// the advice, with the folder's path and what to run, is told to whoever exports
		assertTrue(export.err().contains("info: the pack's decision history is empty: " + folder.toRealPath()
				+ " is not in a git repository"), export.err());
	}

	/** The PDF's text and its document information, where a path could hide too. */
	private static String pdfText(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			PDDocumentInformation info = document.getDocumentInformation();
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("Decision history"), "the PDF's text was not extracted");
			return text + "\n" + info.getTitle() + "\n" + info.getSubject() + "\n" + info.getKeywords() + "\n"
					+ info.getCreator() + "\n" + info.getProducer();
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path source : walk.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
		assertTrue(Files.isRegularFile(to.resolve("baton.yaml")), "no example at " + from);
	}
}
