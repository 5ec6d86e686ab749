package dev.baton.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.baton.store.FolderLayout;

/**
 * The prose of one very large record in the shapes that make Markdown readers and writers superlinear: one table, lists
 * nested deep, brackets never closed, runs of emphasis marks and backticks, HTML tags, one line without an end, and the
 * same with {@code \r} line endings.
 */
public final class HostileProse {

	/** The shapes, by name ({@code -cr}: with {@code \r} line endings). */
	public static final List<String> SHAPES = List.of("table", "nested-lists", "open-brackets", "emphasis-runs",
			"backticks", "html-tags", "one-line", "table-cr", "nested-lists-cr", "open-brackets-cr");

	/** The paragraph after the prose: a page that has it has the record whole. */
	public static final String END = "The end of the large record.";

	private HostileProse() {
	}

	/** About {@code bytes} of prose of one shape. */
	public static String of(String shape, int bytes) {
		boolean cr = shape.endsWith("-cr");
		StringBuilder text = new StringBuilder(bytes + 256);
		switch (cr ? shape.substring(0, shape.length() - 3) : shape) {
		case "table" -> {
			text.append("| a | b | c |\n|---|---|---|\n");
			for (int i = 0; text.length() < bytes; i++) {
				text.append("| cell ").append(i).append(" | *x* `y` | [z](https://example.com/").append(i)
						.append(") |\n");
			}
		}
		case "nested-lists" -> {
			for (int i = 0; text.length() < bytes; i++) {
				text.append("  ".repeat(i % 200)).append("- item ").append(i).append('\n');
			}
		}
		case "open-brackets" -> repeat(text, "[a ", bytes);
		case "emphasis-runs" -> repeat(text, "*a **b _c __d ", bytes);
		case "backticks" -> repeat(text, "`a ``b ", bytes);
		case "html-tags" -> repeat(text, "<div><span a=\"x\">t <b>", bytes);
		case "one-line" -> repeat(text, "word ", bytes);
		default -> throw new IllegalArgumentException("no shape " + shape + ": one of " + SHAPES);
		}
		String prose = text.toString();
		return cr ? prose.replace('\n', '\r') : prose;
	}

	/** A folder with one decision whose prose is {@code bytes} of the shape. */
	public static Path folder(Path root, String shape, int bytes) throws IOException {
		Examples.write(root, FolderLayout.SETTINGS, "name: Large record\n");
		Examples.write(root, "decisions/0001-large.md", "---\nstatus: accepted\ndate: 2026-01-02\n---\n"
				+ "# A very large record\n\n## Context and Problem Statement\n\n" + of(shape, bytes) + "\n\n" + END
				+ "\n");
		return root;
	}

	private static void repeat(StringBuilder text, String unit, int bytes) {
		text.append(unit.repeat(Math.max(1, bytes / unit.length())));
	}
}
