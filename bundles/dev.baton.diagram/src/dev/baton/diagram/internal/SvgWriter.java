package dev.baton.diagram.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

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
 * Draws a {@link DiagramView} as SVG text: presentation attributes rather than a style sheet (an SVG inlined in an HTML
 * page would otherwise restyle the page), a {@code <title>} per node, links where the caller has a target, every text
 * escaped. The output depends on the view and the links only: no dates, no counters, no random ids.
 */
public final class SvgWriter {

	private static final String FONT = "Helvetica, Arial, sans-serif";

	private final StringBuilder out = new StringBuilder(4096);
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
		DiagramPicture picture = DiagramPicture.of(view);
		String marker = "arrow-" + ViewIds.safe(view.id());
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
				.append(" width=\"").append(number(picture.width())).append("\" height=\"")
				.append(number(picture.height())).append("\" viewBox=\"0 0 ").append(number(picture.width()))
				.append(' ').append(number(picture.height())).append("\" font-family=\"").append(FONT).append("\">\n");
		element("title", view.title());
		String note = Painter.omittedNote(view);
		if (note != null) {
			element("desc", note);
		}
		out.append("<defs><marker id=\"").append(marker).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
				.append(" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
				.append(DiagramPicture.LINE_COLOUR).append("\"/></marker></defs>\n");
		out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		out.append("<g class=\"edges\" fill=\"none\" stroke=\"").append(DiagramPicture.LINE_COLOUR)
				.append("\" stroke-width=\"1.5\">\n");
		picture.shapes().stream().filter(Route.class::isInstance).forEach(s -> route((Route) s, marker));
		out.append("</g>\n<g class=\"nodes\">\n");
		picture.shapes().stream().filter(Box.class::isInstance).forEach(s -> box((Box) s));
		out.append("</g>\n<g class=\"edge-labels\" font-size=\"").append(number(Text.SMALL_SIZE)).append("\" fill=\"")
				.append(DiagramPicture.TEXT_COLOUR).append("\" text-anchor=\"middle\">\n");
		picture.shapes().stream().filter(EdgeLabel.class::isInstance).forEach(s -> edgeLabel((EdgeLabel) s));
		out.append("</g>\n");
		for (Shape shape : picture.shapes()) {
			if (shape instanceof Caption caption) {
				out.append("<text class=\"omitted\" x=\"").append(number(caption.x())).append("\" y=\"")
						.append(number(caption.baseline())).append("\" font-size=\"").append(number(caption.size()))
						.append("\" fill=\"").append(caption.colour()).append("\">");
				text(caption.text());
				out.append("</text>\n");
			}
		}
		out.append("</svg>\n");
		return out.toString();
	}

	private void route(Route route, String marker) {
		DiagramEdge edge = route.edge();
		out.append("<path class=\"edge\" data-source=\"");
		text(edge.sourceId());
		out.append("\" data-target=\"");
		text(edge.targetId());
		out.append("\" d=\"");
		List<double[]> points = route.points();
		for (int i = 0; i < points.size(); i++) {
			out.append(i == 0 ? "M" : " L").append(number(points.get(i)[0])).append(',')
					.append(number(points.get(i)[1]));
		}
		out.append("\" marker-end=\"url(#").append(marker).append(")\"/>\n");
	}

	private void edgeLabel(EdgeLabel label) {
		Plate plate = label.plate();
		out.append("<rect x=\"").append(number(plate.x())).append("\" y=\"").append(number(plate.y()))
				.append("\" width=\"").append(number(plate.width())).append("\" height=\"")
				.append(number(plate.height())).append("\" fill=\"").append(plate.fill()).append("\" fill-opacity=\"")
				.append(number(plate.opacity())).append("\"/>");
		out.append("<text x=\"").append(number(label.text().x())).append("\" y=\"")
				.append(number(label.text().baseline())).append("\">");
		text(label.text().text());
		out.append("</text>\n");
	}

	private void box(Box box) {
		DiagramNode node = box.node();
		String href = node.recordId() == null ? null : hrefOfRecordId.apply(node.recordId());
		if (href != null) {
			out.append("<a href=\"");
			text(href);
			out.append("\" xlink:href=\"");
			text(href);
			out.append("\">");
		}
		out.append("<g class=\"node ");
		text(node.kind());
		out.append("\" data-record=\"");
		text(node.recordId() == null ? "" : node.recordId());
		out.append("\">");
		element("title", box.title());
		out.append("<rect x=\"").append(number(box.x())).append("\" y=\"").append(number(box.y()))
				.append("\" width=\"").append(number(box.width())).append("\" height=\"")
				.append(number(box.height())).append("\" rx=\"").append(number(box.radius())).append("\" fill=\"")
				.append(box.fill()).append("\" stroke=\"").append(box.stroke()).append("\" stroke-width=\"")
				.append(number(box.strokeWidth())).append("\"/>\n");
		double centre = box.x() + box.width() / 2;
		out.append("<text x=\"").append(number(centre)).append("\" text-anchor=\"middle\" fill=\"")
				.append(box.text().get(0).colour()).append("\">");
		for (Caption line : box.text()) {
			out.append("<tspan x=\"").append(number(line.x())).append("\" y=\"").append(number(line.baseline()))
					.append("\" font-size=\"").append(number(line.size())).append("\">");
			text(line.text());
			out.append("</tspan>");
		}
		out.append("</text></g>");
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
