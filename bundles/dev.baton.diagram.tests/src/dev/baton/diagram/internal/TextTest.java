package dev.baton.diagram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Label wrapping and coordinates as text. */
class TextTest {

	@Test
	void labelsWrapAtSpacesIntoAtMostThreeLines() {
		assertEquals(List.of("Billing service"), Text.lines("  Billing   service "));
		assertEquals(List.of("The customer notification", "service"), Text.lines("The customer notification service"));
		List<String> lines =
				Text.lines("a very long component name that goes on and on and on and does not stop anywhere at all");
		assertEquals(3, lines.size());
		assertTrue(lines.get(2).endsWith("\u2026"), lines.toString());
		lines.forEach(line -> assertTrue(line.length() <= Text.MAX_LINE, line));
		assertEquals(List.of("x".repeat(26), "xxxx"), Text.lines("x".repeat(30)));
	}

	@Test
	void numbersHaveNoExponentAndAtMostTwoDecimals() {
		assertEquals("12", SvgWriter.number(12.0));
		assertEquals("12.35", SvgWriter.number(12.3456));
		assertEquals("0", SvgWriter.number(-0.0001));
		assertEquals("12345678", SvgWriter.number(12345678));
	}

	@Test
	void viewIdsReplaceWhatFileNamesCannotHold() {
		assertEquals("r-d-x-y_z.1", ViewIds.safe("r&d/x y_z.1"));
		assertEquals("-", ViewIds.safe("\u00e9"));
	}
}
