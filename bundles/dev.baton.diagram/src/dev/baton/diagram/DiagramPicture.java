package dev.baton.diagram;

import java.util.List;

import dev.baton.diagram.internal.Painter;

/**
 * What a {@link DiagramView} looks like, as a list of simple shapes in drawing order: the background, the lines, the
 * boxes with their text, the lines' labels, and a note when elements were left out. Every renderer draws this same
 * picture (the SVG of the HTML pack, the PDF's vector drawing, the workbench's SWT canvas), so they agree on colours,
 * wrapping and where labels go. Coordinates are pixels from the top left, colours {@code #rrggbb}.
 *
 * @param width  the picture's width
 * @param height the picture's height (the view's, plus room for the note)
 * @param shapes what to draw, in order
 */
public record DiagramPicture(double width, double height, List<Shape> shapes) {

	/** Keeps an unmodifiable copy of the shapes. */
	public DiagramPicture {
		shapes = List.copyOf(shapes);
	}

	/** The picture of a view. The same view gives the same picture. */
	public static DiagramPicture of(DiagramView view) {
		return Painter.paint(view);
	}

	/** Something drawn. */
	public sealed interface Shape permits Plate, Route, Box, EdgeLabel, Caption {
	}

	/**
	 * A filled rectangle without border (the background, the plate under a line's label).
	 *
	 * @param opacity from 0 to 1
	 */
	public record Plate(double x, double y, double width, double height, String fill, double opacity)
			implements Shape {
	}

	/** A line along points, with an arrow head at its end. */
	public record Route(DiagramEdge edge, List<double[]> points, String colour, double strokeWidth) implements Shape {

		/** Keeps an unmodifiable copy of the points. */
		public Route {
			points = List.copyOf(points);
		}
	}

	/**
	 * A node's rounded box and its text (label lines, then the caption saying its kind).
	 *
	 * @param title a tooltip: the label and the kind
	 */
	public record Box(DiagramNode node, double x, double y, double width, double height, double radius, String fill,
			String stroke, double strokeWidth, String title, List<Caption> text) implements Shape {

		/** Keeps an unmodifiable copy of the text. */
		public Box {
			text = List.copyOf(text);
		}
	}

	/** A line's label on a plate. */
	public record EdgeLabel(DiagramEdge edge, Plate plate, Caption text) implements Shape {
	}

	/**
	 * A line of text.
	 *
	 * @param x        where it starts, or its centre when {@code centred}
	 * @param baseline the y of its baseline
	 * @param size     font size in pixels
	 */
	public record Caption(String text, double x, double baseline, double size, String colour, boolean centred)
			implements Shape {
	}

	/** The colour of arrows and lines. */
	public static final String LINE_COLOUR = "#6b6b6b";
	/** The colour of text on white. */
	public static final String TEXT_COLOUR = "#1f2d3d";
}
