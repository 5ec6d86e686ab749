package dev.baton.diagram.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.baton.diagram.DiagramEdge;
import dev.baton.diagram.DiagramNode;
import dev.baton.diagram.DiagramPicture;
import dev.baton.diagram.DiagramPicture.Box;
import dev.baton.diagram.DiagramPicture.Caption;
import dev.baton.diagram.DiagramPicture.EdgeLabel;
import dev.baton.diagram.DiagramPicture.Plate;
import dev.baton.diagram.DiagramPicture.Route;
import dev.baton.diagram.DiagramPicture.Shape;
import dev.baton.diagram.DiagramView;

/**
 * Turns a laid-out view into a {@link DiagramPicture}: C4's palette, labels wrapped by {@link Text}, each line's label
 * placed where it covers no box and no other label.
 */
public final class Painter {

	private static final double NOTE_HEIGHT = 24;

	/** Fill, border and text colour of a kind of node (C4's palette, darkened for contrast). */
	private record Look(String fill, String stroke, String text) {

		static Look of(String kind) {
			return switch (kind) {
			case ArchitectureViews.SYSTEM -> new Look("#0b4f8a", "#073763", "#ffffff");
			case ArchitectureViews.EXTERNAL_SYSTEM -> new Look("#6b6b6b", "#4a4a4a", "#ffffff");
			case ArchitectureViews.COMPONENT -> new Look("#2f6fb0", "#1f4f80", "#ffffff");
			case ArchitectureViews.INTERFACE -> new Look("#ffffff", "#2f6fb0", DiagramPicture.TEXT_COLOUR);
			default -> new Look("#eeeeee", "#8c8c8c", DiagramPicture.TEXT_COLOUR);
			};
		}
	}

	private final DiagramView view;
	private final List<Shape> shapes = new ArrayList<>();
	private final List<double[]> placedLabels = new ArrayList<>();

	private Painter(DiagramView view) {
		this.view = view;
	}

	/** The picture of a view. */
	public static DiagramPicture paint(DiagramView view) {
		return new Painter(view).paint();
	}

	/** The note saying how many elements a view left out, {@code null} when it shows everything. */
	public static String omittedNote(DiagramView view) {
		int n = view.omitted();
		int lines = view.omittedEdges();
		String elements = n == 0 ? ""
				: n + (n == 1 ? " more element is" : " more elements are") + " not shown (the least connected).";
		String relations = lines == 0 ? ""
				: lines + (lines == 1 ? " more line is" : " more lines are")
						+ " not shown (those standing for the fewest relations).";
		return n + lines == 0 ? null : (elements + " " + relations).strip();
	}

	private DiagramPicture paint() {
		double height = view.height() + (view.omitted() + view.omittedEdges() > 0 ? NOTE_HEIGHT : 0);
		shapes.add(new Plate(0, 0, view.width(), height, "#ffffff", 1));
		for (DiagramEdge edge : view.edges()) {
			if (!edge.points().isEmpty()) {
				shapes.add(new Route(edge, edge.points(), DiagramPicture.LINE_COLOUR, 1.5));
			}
		}
		view.nodes().forEach(this::box);
		view.edges().forEach(this::edgeLabel);
		if (view.omitted() + view.omittedEdges() > 0) {
			shapes.add(new Caption(omittedNote(view), Text.PADDING, height - NOTE_HEIGHT / 2 + 4, Text.SMALL_SIZE,
					DiagramPicture.TEXT_COLOUR, false));
		}
		return new DiagramPicture(view.width(), height, shapes);
	}

	private void box(DiagramNode node) {
		Look look = Look.of(node.kind());
		// the view's own component is the one its id names: drawn with a heavier border
		boolean focus = node.id().equals(view.id());
		double centre = node.x() + node.width() / 2;
		double baseline = node.y() + Text.PADDING + Text.LABEL_SIZE;
		List<Caption> text = new ArrayList<>();
		for (String line : Text.lines(node.label())) {
			text.add(new Caption(line, centre, baseline, Text.LABEL_SIZE, look.text(), true));
			baseline += Text.LINE_HEIGHT;
		}
		text.add(new Caption(Text.caption(node.kind()), centre, baseline, Text.SMALL_SIZE, look.text(), true));
		shapes.add(new Box(node, node.x(), node.y(), node.width(), node.height(), 6, look.fill(), look.stroke(),
				focus ? 3 : 1.5, node.label() + " (" + node.kind().replace('-', ' ') + ")", text));
	}

	private void edgeLabel(DiagramEdge edge) {
		if (edge.label().isEmpty() || edge.points().size() < 2) {
			return;
		}
		double width = Text.width(edge.label(), Text.SMALL_SIZE) + 8;
		double height = Text.SMALL_SIZE + 6;
		double[] box = place(edge.points(), width, height);
		placedLabels.add(box);
		shapes.add(new EdgeLabel(edge, new Plate(box[0], box[1], width, height, "#ffffff", 0.9),
				new Caption(edge.label(), box[0] + width / 2, box[1] + height / 2 + Text.SMALL_SIZE / 2 - 1,
						Text.SMALL_SIZE, DiagramPicture.TEXT_COLOUR, true)));
	}

	/**
	 * Where a label goes: on the route, trying the middle, a quarter and three quarters of each segment, longest
	 * segment first (layout leaves room for labels on straight runs), and taking the first place that covers no node
	 * and no label placed before; else the longest segment's middle. Returns {x, y} of the label's top left corner.
	 */
	private double[] place(List<double[]> points, double width, double height) {
		List<Integer> segments = new ArrayList<>();
		for (int i = 1; i < points.size(); i++) {
			segments.add(i);
		}
		segments.sort(Comparator.comparingDouble((Integer i) -> -distance(points.get(i - 1), points.get(i))));
		double[] first = null;
		for (int i : segments) {
			double[] a = points.get(i - 1);
			double[] b = points.get(i);
			for (double t : new double[] { 0.5, 0.25, 0.75 }) {
				double[] box = { a[0] + (b[0] - a[0]) * t - width / 2, a[1] + (b[1] - a[1]) * t - height / 2, width,
						height };
				if (first == null) {
					first = box;
				}
				if (free(box)) {
					return box;
				}
			}
		}
		return first;
	}

	private boolean free(double[] box) {
		for (double[] label : placedLabels) {
			if (overlap(box, label[0], label[1], label[2], label[3])) {
				return false;
			}
		}
		for (DiagramNode node : view.nodes()) {
			if (overlap(box, node.x(), node.y(), node.width(), node.height())) {
				return false;
			}
		}
		return true;
	}

	private static boolean overlap(double[] box, double x, double y, double width, double height) {
		return box[0] < x + width && x < box[0] + box[2] && box[1] < y + height && y < box[1] + box[3];
	}

	private static double distance(double[] a, double[] b) {
		return Math.hypot(b[0] - a[0], b[1] - a[1]);
	}
}
