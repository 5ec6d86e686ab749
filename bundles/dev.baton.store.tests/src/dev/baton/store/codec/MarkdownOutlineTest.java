package dev.baton.store.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The items of a list section, and the quick test that spares parsing text that holds none. */
class MarkdownOutlineTest {

	@Test
	void theItemsOfAListAreReadAsWritten() {
		assertEquals(List.of("one", "two\nmore of two", "three"),
				MarkdownOutline.listItems("\n  * one\n  * two\n    more of two\n  * three\n"));
		assertEquals(List.of("first", "second"), MarkdownOutline.listItems("1. first\n2. second\n"));
		assertEquals(List.of("a", "b"), MarkdownOutline.listItems("3) a\n4) b\n"));
		// another delimiter starts another list
		assertNull(MarkdownOutline.listItems("1. first\n2) second\n"));
		assertEquals(List.of("a"), MarkdownOutline.listItems("\r\n- a\r\n"));
		assertEquals(List.of(), MarkdownOutline.listItems(" \n\t\n"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Some prose.\n\n- a list after it\n", "    - indented code, not a list\n",
			"\t- a tab is indented code too\n", "-not an item\n", "1.5 is a number\n", "**bold** first\n",
			"- a list\n\nthen prose\n" })
	void textThatIsNotOneListGivesNull(String markdown) {
		assertNull(MarkdownOutline.listItems(markdown), markdown);
	}

	@Test
	void theQuickTestLetsEveryListThrough() {
		for (String list : List.of("- a", "* a", "+ a", "   - a", "12. a", "3) a", "-\n", "\n\n  1. a")) {
			assertEquals(true, MarkdownOutline.startsWithListMarker(list), list);
		}
		for (String text : List.of("a", "    - a", "#- a", "x. a", "", "\n \n")) {
			assertEquals(false, MarkdownOutline.startsWithListMarker(text), text);
		}
	}
}
