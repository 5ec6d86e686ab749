package dev.baton.diagram.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How big text is drawn, estimated without a font (the bundle is headless: no AWT, no SWT): a fixed advance per
 * character, twice that for wide East Asian characters. Layout sizes boxes with it and the SVG writer wraps labels with
 * it, so both agree.
 */
public final class Text {

	/** Font size of node labels, in pixels. */
	public static final double LABEL_SIZE = 13;
	/** Font size of the kind line under a node's label and of edge labels. */
	public static final double SMALL_SIZE = 11;
	/** Distance between the baselines of two label lines. */
	public static final double LINE_HEIGHT = 16;

	/** Space between a node's border and its text. */
	public static final double PADDING = 12;

	static final double MIN_NODE_WIDTH = 140;
	static final int MAX_LINE = 26;
	static final int MAX_LINES = 3;
	static final int MAX_EDGE_LABEL = 48;
	private static final String ELLIPSIS = "\u2026";

	private Text() {
	}

	/** The line under a node's label that says what kind of element it is. */
	public static String caption(String kind) {
		return switch (kind) {
		case ArchitectureViews.SYSTEM -> "[Software system]";
		case ArchitectureViews.EXTERNAL_SYSTEM -> "[External system]";
		case ArchitectureViews.COMPONENT -> "[Component]";
		case ArchitectureViews.INTERFACE -> "[Interface]";
		default -> "[" + kind + "]";
		};
	}

	/** Width of a node box that holds the lines and the caption. */
	public static double nodeWidth(List<String> lines, String caption) {
		double widest = width(caption, SMALL_SIZE);
		for (String line : lines) {
			widest = Math.max(widest, width(line, LABEL_SIZE));
		}
		return Math.max(MIN_NODE_WIDTH, Math.ceil(widest + 2 * PADDING));
	}

	/** Height of a node box that holds the lines and the caption. */
	public static double nodeHeight(List<String> lines) {
		return 2 * PADDING + lines.size() * LINE_HEIGHT + LINE_HEIGHT;
	}

	/** Estimated width of the text at the given font size. */
	public static double width(String text, double size) {
		double units = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			units += wide(c) ? 1.0 : 0.58;
			i += Character.charCount(c);
		}
		return units * size;
	}

	private static boolean wide(int c) {
		return c >= 0x1100 && (c <= 0x115f || c >= 0x2e80 && c <= 0xa4cf || c >= 0xac00 && c <= 0xd7a3
				|| c >= 0xf900 && c <= 0xfaff || c >= 0xfe30 && c <= 0xfe4f || c >= 0xff00 && c <= 0xff60
				|| c >= 0xffe0 && c <= 0xffe6 || c >= 0x1f300 && c <= 0x1faff || c >= 0x20000);
	}

	/**
	 * A node label in lines of at most {@value #MAX_LINE} characters, broken at spaces where possible, at most
	 * {@value #MAX_LINES} lines; the last one ends in an ellipsis when text was cut.
	 */
	public static List<String> lines(String label) {
		List<String> lines = new ArrayList<>();
		String rest = label.strip().replaceAll("\\s+", " ");
		while (!rest.isEmpty() && lines.size() < MAX_LINES) {
			if (rest.length() <= MAX_LINE) {
				lines.add(rest);
				rest = "";
				break;
			}
			int cut = rest.lastIndexOf(' ', MAX_LINE);
			if (cut <= 0) {
				cut = Character.isHighSurrogate(rest.charAt(MAX_LINE - 1)) ? MAX_LINE - 1 : MAX_LINE;
			}
			lines.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		if (!rest.isEmpty()) {
			int last = lines.size() - 1;
			lines.set(last, shorten(lines.get(last) + " " + rest, MAX_LINE));
		}
		return lines.isEmpty() ? List.of("") : lines;
	}

	/** An edge label on one line, shortened with an ellipsis past {@value #MAX_EDGE_LABEL} characters. */
	public static String edgeLabel(String label) {
		return shorten(label.strip().replaceAll("\\s+", " "), MAX_EDGE_LABEL);
	}

	private static String shorten(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
		return text.substring(0, end).strip() + ELLIPSIS;
	}
}
