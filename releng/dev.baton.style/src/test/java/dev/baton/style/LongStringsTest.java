package dev.baton.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.core.dom.ASTVisitor;
import org.eclipse.jdt.core.dom.StringLiteral;
import org.junit.jupiter.api.Test;

/** Long string literals are split so that every line fits, and their values do not change. */
class LongStringsTest {

	private static final String WORDS = "the quick brown fox jumps over the lazy dog and keeps running past the end of "
			+ "the line, well beyond its hundred and twentieth column";

	@Test
	void aLongArgumentIsSplitAfterASpaceAndKeepsItsValue() {
		String source = wrap("\t\tcall(\"" + WORDS + "\", 1);\n");
		String split = LongStrings.split(source);
		assertNotEquals(source, split);
		assertEquals(List.of(WORDS), values(split));
		for (String line : split.lines().toList()) {
			assertTrue(Columns.width(line) <= Columns.LIMIT, line);
		}
		assertTrue(split.contains(" \"\n\t\t\t\t+ \""), split);
	}

	@Test
	void aReceiverIsParenthesised() {
		String split = LongStrings.split(wrap("\t\tString s = \"" + WORDS + " %s\".formatted(1);\n"));
		assertTrue(split.contains("String s = (\"the quick"), split);
		assertTrue(split.contains(" %s\").formatted(1);"), split);
		assertEquals(List.of(WORDS + " %s"), values(split));
	}

	@Test
	void escapesAreNeverCut() {
		String escaped = "\\\"\\u00e9\\n\\\\".repeat(40);
		String split = LongStrings.split(wrap("\t\tcall(\"" + escaped + "\");\n"));
		String value = "\"\u00e9\n\\".repeat(40);
		assertEquals(List.of(value), values(split));
		assertTrue(split.lines().count() > wrap("").lines().count() + 2, split);
	}

	@Test
	void shortLinesAndCaseLabelsStay() {
		String shortLine = wrap("\t\tcall(\"short\");\n");
		assertEquals(shortLine, LongStrings.split(shortLine));
		String label =
				wrap("\t\tswitch (s) {\n\t\tcase \"" + WORDS + "\" -> call(s);\n\t\tdefault -> call(s);\n\t\t}\n");
		assertEquals(label, LongStrings.split(label));
	}

	private static String wrap(String body) {
		return "class A {\n\tvoid f(String s) {\n" + body + "\t}\n\n\tvoid call(Object... o) {\n\t}\n}\n";
	}

	/** The value of each whole string: adjacent literal pieces joined by {@code +} count as one. */
	private static List<String> values(String source) {
		List<StringLiteral> literals = new ArrayList<>();
		JavaParser.parse(source).accept(new ASTVisitor() {

			@Override
			public boolean visit(StringLiteral node) {
				literals.add(node);
				return false;
			}
		});
		List<String> values = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int end = -1;
		for (StringLiteral literal : literals) {
			String between = end < 0 ? "" : source.substring(end, literal.getStartPosition());
			if (end >= 0 && !between.strip().equals("+")) {
				values.add(current.toString());
				current.setLength(0);
			}
			current.append(literal.getLiteralValue());
			end = literal.getStartPosition() + literal.getLength();
		}
		if (end >= 0) {
			values.add(current.toString());
		}
		return values;
	}
}
