package dev.baton.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain prose is rendered without CommonMark, and must come out exactly as CommonMark renders it for the site: checked
 * on hand-made cases and on every section of every Markdown file of the shared corpus of real ADRs.
 */
class PlainProseTest {

	private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
			.escapeHtml(true).sanitizeUrls(true).build();
	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { "We need a cache.", "Chosen option: \"Memcached\", because it is known.",
			"One line\nand its continuation, 100% (or so).", "First paragraph.\n\nSecond one — with Ünïcödé.",
			"* ease of hiring\n* a clear upgrade path", "- one\n- two\n\nAfter the list.",
			"Before the list.\n\n+ only item", "* a\n\nText\n\n* b", "数据库的选择。\n\n* 性能", "Ends with a line break.\n" })
	void rendersPlainProseExactlyAsCommonMark(String markdown) {
		PlainProse.Rendered plain = PlainProse.render(markdown);
		assertTrue(plain != null, "plain: " + markdown);
		assertSame(markdown, plain);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "* a\n\n* b", "Hard break  \nnext", "1. first", "Title\n=====", "# Heading",
			"a | b\n--|--\n1 | 2", "Use `code`", "Three\n\n\nblank lines", "Foo\n* a", "* a\nlazy", "*  two spaces",
			"> quote", "    indented", "line\\", "Tom &amp; Jerry", "a <b>tag</b>", "*emphasis*", "snake_case",
			"[link](x.md)", "* * *", "Tab\there", " leading space", "trailing space ", "- [ ] task",
			"Text\n\n", "\nleading blank line", "strike ~~this~~" })
	void leavesEverythingElseToCommonMark(String markdown) {
		assertNull(PlainProse.render(markdown), markdown);
	}

	@Test
	void everySectionOfTheCorpusThatIsPlainRendersAsCommonMarkRendersIt() throws IOException {
		Path corpus = Path.of(System.getProperty("baton.shared", "../../../shared"), "corpus").toAbsolutePath()
				.normalize();
		assertTrue(Files.isDirectory(corpus), "the tests read ../shared/corpus beside the checkout: " + corpus);
		List<String> sections = new ArrayList<>();
		try (Stream<Path> files = Files.walk(corpus)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
				String text;
				try {
					text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
							.toString();
				} catch (CharacterCodingException e) {
					continue;
				}
				sections.addAll(sections(text));
			}
		}
		int plain = 0;
		for (String section : sections) {
			PlainProse.Rendered rendered = PlainProse.render(section);
			if (rendered != null) {
				assertSame(section, rendered);
				plain++;
			}
		}
		// the corpus' prose is mostly plain: the fast way must be taken, not only be right
		assertTrue(sections.size() > 1000, "sections: " + sections.size());
		assertTrue(plain > sections.size() / 4, plain + " of " + sections.size() + " sections plain");
	}

	/** The text between headings, stripped as the pack gives it, and each of its blocks alone. */
	private static List<String> sections(String text) {
		List<String> sections = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
			if (line.startsWith("#") || line.equals("---")) {
				add(sections, current.toString());
				current.setLength(0);
			} else {
				current.append(line).append('\n');
			}
		}
		add(sections, current.toString());
		return sections;
	}

	private static void add(List<String> sections, String section) {
		String stripped = section.strip();
		if (!stripped.isEmpty()) {
			sections.add(stripped);
			for (String block : stripped.split("\n\n")) {
				sections.add(block.strip());
			}
		}
	}

	private static void assertSame(String markdown, PlainProse.Rendered plain) {
		Node document = PARSER.parse(markdown);
		assertEquals(RENDERER.render(document), plain.html(), markdown);
		assertEquals(HtmlSite.collapseWhitespace(TEXT.render(document), Integer.MAX_VALUE),
				HtmlSite.collapseWhitespace(plain.text(), Integer.MAX_VALUE), markdown);
	}
}
