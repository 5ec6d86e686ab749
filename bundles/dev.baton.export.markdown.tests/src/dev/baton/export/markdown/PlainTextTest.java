package dev.baton.export.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Text written as it is, without the renderer, is exactly what the renderer would have written. */
class PlainTextTest {

	/** Letters (accented, Greek, Chinese), digits, the plain punctuation, and what is not plain. */
	private static final String ALPHABET = "abcXYZéßΩ中01 9 ,.;:'\"/()?- *_[]<>`\\!#&|~=+";

	@Test
	void plainTextIsWhatTheRendererGivesBack() {
		Random random = new Random(22);
		int plain = 0;
		for (int n = 0; n < 200_000; n++) {
			StringBuilder text = new StringBuilder();
			// mostly plain characters, so that most texts are plain and the check is tried often
			for (int i = random.nextInt(12); i >= 0; i--) {
				int at = random.nextInt(10) == 0 ? random.nextInt(ALPHABET.length()) : random.nextInt(32);
				text.append(ALPHABET.charAt(at));
			}
			String candidate = text.toString();
			if (MarkdownTree.plain(candidate)) {
				plain++;
				assertEquals(MarkdownTree.rendered(candidate), candidate, candidate);
			}
			assertEquals(MarkdownTree.rendered(candidate), MarkdownTree.inlineText(candidate), candidate);
		}
		assertTrue(plain > 10_000, "plain texts tried: " + plain);
	}

	@Test
	void markdownSyntaxIsNotPlain() {
		for (String text : new String[] { "1. Step", "- item", "+ item", "# Title", "a *b*", "snake_case", "[x]",
				"a <b>", "a `b`", "a\\b", "a!", "C#", "a & b", "a | b", "~a~", "a = b", "a  b", " a", "a ", "a\nb",
				"a\rb", "" }) {
			assertFalse(MarkdownTree.plain(text), text);
		}
		assertTrue(MarkdownTree.plain("Payments: PostgreSQL 16 (eu-west-1), owner's \"team\" / on-call?"));
	}
}
