package dev.baton.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A finding is one line whatever its file name and message hold. */
class FindingsTest {

	@Test
	void lineBreaksAndEscapeSequencesAreWrittenOut() {
		String name = "a.md\nb.md:1: error: forged\u001b[2K\r";
		String line = Findings.format(Findings.error("test", 1, SourceLocation.of(Path.of(name), 3),
				"title 'x\ny' \u202Eevil\u0085"));
		assertEquals("a.md\\nb.md:1: error: forged\\u001B[2K\\r:3: error: title 'x\\ny' \\u202Eevil\\u0085", line);
		assertEquals(1, line.lines().count());
	}

	@Test
	void aFileNameCannotStartACiWorkflowCommand() {
		String line = Findings.format(Findings.warning("test", 1, SourceLocation.of(Path.of("::error::x.md"), 1), "m"));
		assertEquals("./::error::x.md:1: warning: m", line);
	}

	@Test
	void ordinaryTextIsKeptAsItIs() {
		assertEquals("Café 中文 – ok", Findings.oneLine("Café 中文 – ok"));
		assertEquals(null, Findings.oneLine(null));
	}
}
