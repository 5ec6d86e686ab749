package dev.baton.diagram.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import dev.baton.diagram.DiagramEdge;
import dev.baton.diagram.DiagramNode;
import dev.baton.diagram.DiagramView;

/**
 * Draws a {@link DiagramView} as SVG text: presentation attributes rather than a style sheet (an
 * SVG inlined in an HTML page would otherwise restyle the page), a {@code <title>} per node, links
 * where the caller has a target, every text escaped. The output depends on the view and the links
 * only: no dates, no counters, no random ids.
 */
public final class SvgWriter {

	private static final String FONT = "Helvetica, Arial, sans-serif";
	private static final String LINE_COLOUR = "#6b6b6b";
	private static final String TEXT_COLOUR = "#1f2d3d";
	private static final double NOTE_HEIGHT = 24;

	/** Fill, border and text colour of a kind of node (C4's palette, darkened for contrast). */
	private record Look(String fill, String stroke, String text) {

		static Look of(String kind) {
			return switch (kind) {
			case ArchitectureViews.SYSTEM -> new Look("#0b4f8a", "#073763", "#ffffff");
			case ArchitectureViews.EXTERNAL_SYSTEM -> new Look("#6b6b6b", "#4a4a4a", "#ffffff");
			case ArchitectureViews.COMPONENT -> new Look("#2f6fb0", "#1f4f80", "#ffffff");
			case ArchitectureViews.INTERFACE -> new Look("#ffffff", "#2f6fb0", TEXT_COLOUR);
			default -> new Look("#eeeeee", "#8c8c8c", TEXT_COLOUR);
			};
		}
	}

	private final StringBuilder out = new StringBuilder(4096);
	private final List<double[]> placedLabels = new ArrayList<>();
	private final DiagramView view;
	private final Function<String, String> hrefOfRecordId;

	private SvgWriter(DiagramView view, Function<String, String> hrefOfRecordId) {
		this.view = view;
		this.hrefOfRecordId = hrefOfRecordId == null ? id -> null : hrefOfRecordId;
	}

	/** The view as a standalone SVG document. */
	public static String write(DiagramView view, Function<String, String> hrefOfRecordId) {
		return new SvgWriter(view, hrefOfRecordId).write();
	}

	private String write() {
		String marker = "arrow-" + ViewIds.safe(view.id());
		double height = view.height() + (view.omitted() > 0 ? NOTE_HEIGHT : 0);
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
				.append(" width=\"").append(number(view.width())).append("\" height=\"").append(number(height))
				.append("\" viewBox=\"0 0 ").append(number(view.width())).append(' ').append(number(height))
				.append("\" font-family=\"").append(FONT).append("\">\n");
		element("title", view.title());
		if (view.omitted() > 0) {
			element("desc", omittedNote());
		}
		out.append("<defs><marker id=\"").append(marker).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
				.append(" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
				.append(LINE_COLOUR).append("\"/></marker></defs>\n");
		out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		out.append("<g class=\"edges\" fill=\"none\" stroke=\"").append(LINE_COLOUR).append("\" stroke-width=\"1.5\">\n");
		view.edges().forEach(edge -> edge(edge, marker));
		out.append("</g>\n<g class=\"nodes\">\n");
		view.nodes().forEach(this::node);
		out.append("</g>\n<g class=\"edge-labels\" font-size=\"").append(number(Text.SMALL_SIZE)).append("\" fill=\"")
				.append(TEXT_COLOUR).append("\" text-anchor=\"middle\">\n");
		view.edges().forEach(this::edgeLabel);
		out.append("</g>\n");
		if (view.omitted() > 0) {
			out.append("<text class=\"omitted\" x=\"").append(number(Text.PADDING)).append("\" y=\"")
					.append(number(height - NOTE_HEIGHT / 2 + 4)).append("\" font-size=\"")
					.append(number(Text.SMALL_SIZE)).append("\" fill=\"").append(TEXT_COLOUR).append("\">");
			text(omittedNote());
			out.append("</text>\n");
		}
		out.append("</svg>\n");
		return out.toString();
	}

	private String omittedNote() {
		int n = view.omitted();
		return n + (n == 1 ? " more element is" : " more elements are") + " not shown (the least connected).";
	}

	private void edge(DiagramEdge edge, String marker) {
		if (edge.points().isEmpty()) {
			return;
		}
		out.append("<path class=\"edge\" data-source=\"");
		text(edge.sourceId());
		out.append("\" data-target=\"");
		text(edge.targetId());
		out.append("\" d=\"");
		List<double[]> points = edge.points();
		for (int i = 0; i < points.size(); i++) {
			out.append(i == 0 ? "M" : " L").append(number(points.get(i)[0])).append(',')
					.append(number(points.get(i)[1]));
		}
		out.append("\" marker-end=\"url(#").append(marker).append(")\"/>\n");
	}

	private void edgeLabel(DiagramEdge edge) {
		if (edge.label().isEmpty() || edge.points().size() < 2) {
			return;
		}
		double width = Text.width(edge.label(), Text.SMALL_SIZE) + 8;
		double height = Text.SMALL_SIZE + 6;
		double[] box = place(edge.points(), width, height);
		placedLabels.add(box);
		out.append("<rect x=\"").append(number(box[0])).append("\" y=\"").append(number(box[1]))
				.append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
				.append("\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>");
		out.append("<text x=\"").append(number(box[0] + width / 2)).append("\" y=\"")
				.append(number(box[1] + height / 2 + Text.SMALL_SIZE / 2 - 1)).append("\">");
		text(edge.label());
		out.append("</text>\n");
	}

	/**
	 * Where a label goes: on the route, trying the middle, a quarter and three quarters of each
	 * segment, longest segment first (layout leaves room for labels on straight runs), and taking
	 * the first place that covers no node and no label placed before; else the longest segment's
	 * middle. Returns {x, y} of the label's top left corner.
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

	private void node(DiagramNode node) {
		String href = node.recordId() == null ? null : hrefOfRecordId.apply(node.recordId());
		if (href != null) {
			out.append("<a href=\"");
			text(href);
			out.append("\" xlink:href=\"");
			text(href);
			out.append("\">");
		}
		Look look = Look.of(node.kind());
		out.append("<g class=\"node ");
		text(node.kind());
		out.append("\" data-record=\"");
		text(node.recordId() == null ? "" : node.recordId());
		out.append("\">");
		element("title", node.label() + " (" + node.kind().replace('-', ' ') + ")");
		// the view's own component is the one its id names: drawn with a heavier border
		boolean focus = node.id().equals(view.id());
		out.append("<rect x=\"").append(number(node.x())).append("\" y=\"").append(number(node.y()))
				.append("\" width=\"").append(number(node.width())).append("\" height=\"")
				.append(number(node.height())).append("\" rx=\"6\" fill=\"").append(look.fill())
				.append("\" stroke=\"").append(look.stroke()).append("\" stroke-width=\"").append(focus ? "3" : "1.5")
				.append("\"/>\n");
		double centre = node.x() + node.width() / 2;
		double baseline = node.y() + Text.PADDING + Text.LABEL_SIZE;
		out.append("<text x=\"").append(number(centre)).append("\" text-anchor=\"middle\" fill=\"")
				.append(look.text()).append("\">");
		for (String line : Text.lines(node.label())) {
			out.append("<tspan x=\"").append(number(centre)).append("\" y=\"").append(number(baseline))
					.append("\" font-size=\"").append(number(Text.LABEL_SIZE)).append("\">");
			text(line);
			out.append("</tspan>");
			baseline += Text.LINE_HEIGHT;
		}
		out.append("<tspan x=\"").append(number(centre)).append("\" y=\"").append(number(baseline))
				.append("\" font-size=\"").append(number(Text.SMALL_SIZE)).append("\">");
		text(Text.caption(node.kind()));
		out.append("</tspan></text></g>");
		out.append(href != null ? "</a>\n" : "\n");
	}

	private void element(String name, String content) {
		out.append('<').append(name).append('>');
		text(content);
		out.append("</").append(name).append(">\n");
	}

	/** Appends the text escaped for XML content and attribute values; characters XML forbids become U+FFFD. */
	private void text(String text) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&apos;");
			default -> out.appendCodePoint(allowedInXml(c) ? c : 0xfffd);
			}
		}
	}

	private static boolean allowedInXml(int c) {
		return c == 0x9 || c == 0xa || c == 0xd || c >= 0x20 && c <= 0xd7ff || c >= 0xe000 && c <= 0xfffd
				|| c >= 0x10000 && c <= 0x10ffff;
	}

	/** A coordinate with at most two decimals, no exponent, no trailing zeros. */
	static String number(double value) {
		return BigDecimal.valueOf(Math.round(value * 100) / 100.0).stripTrailingZeros().toPlainString();
	}
}
