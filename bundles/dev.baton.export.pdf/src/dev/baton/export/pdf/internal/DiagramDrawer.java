package dev.baton.export.pdf.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.w3c.dom.Element;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import dev.baton.diagram.DiagramPicture;
import dev.baton.diagram.DiagramPicture.Box;
import dev.baton.diagram.DiagramPicture.Caption;
import dev.baton.diagram.DiagramPicture.EdgeLabel;
import dev.baton.diagram.DiagramPicture.Plate;
import dev.baton.diagram.DiagramPicture.Route;

/**
 * Draws the pack's diagrams into the PDF as vector graphics: each {@code <object>} of {@link #TYPE} names a view, and
 * its {@link DiagramPicture} is painted through the Graphics2D that openhtmltopdf turns into PDF drawing operators (no
 * SVG, so no Batik). Boxes link to their records' pages where those are in the same part of the document. Captions are
 * written as text in the pack's embedded fonts, each run of characters in the first font that has them.
 */
public final class DiagramDrawer implements FSObjectDrawerFactory {

	/** The object type the XHTML uses for a diagram. */
	public static final String TYPE = "application/x-baton-diagram";

	private final Function<String, DiagramPicture> pictures;
	private final Function<String, String> linkOfRecord;
	private final List<CaptionFont> fonts;

	/**
	 * @param pictures     the picture of a view by id
	 * @param linkOfRecord the link target ({@code #id}) of a record's page by record id, or {@code null} for none
	 * @param fonts        the fonts captions are written in, in order of preference (may be empty)
	 */
	public DiagramDrawer(Function<String, DiagramPicture> pictures, Function<String, String> linkOfRecord,
			List<CaptionFont> fonts) {
		this.pictures = pictures;
		this.linkOfRecord = linkOfRecord;
		this.fonts = List.copyOf(fonts);
	}

	@Override
	public boolean isReplacedObject(Element e) {
		return TYPE.equals(e.getAttribute("type"));
	}

	@Override
	public FSObjectDrawer createDrawer(Element e) {
		if (!isReplacedObject(e)) {
			return null;
		}
		return (element, x, y, width, height, device, context, dotsPerPixel) -> {
			DiagramPicture picture = pictures.apply(element.getAttribute("data-view"));
			if (picture == null) {
				return null;
			}
			double cssWidth = width / dotsPerPixel;
			double cssHeight = height / dotsPerPixel;
			double scale = Math.min(cssWidth / picture.width(), cssHeight / picture.height());
			Map<Shape, String> links = new HashMap<>();
			device.drawWithGraphics((float) x, (float) y, (float) cssWidth, (float) cssHeight, graphics -> {
				if (graphics instanceof PdfBoxGraphics2D pdf) {
					pdf.setFontTextDrawer(new CaptionTextDrawer(fonts));
				}
				Graphics2D g = (Graphics2D) graphics.create();
				try {
					g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
					g.scale(scale, scale);
					paint(picture, g, fonts);
				} finally {
					g.dispose();
				}
			});
			for (DiagramPicture.Shape shape : picture.shapes()) {
				if (shape instanceof Box box && box.node().recordId() != null) {
					String link = linkOfRecord.apply(box.node().recordId());
					if (link != null) {
						double k = scale * dotsPerPixel;
						links.put(new Rectangle2D.Double(box.x() * k, box.y() * k, box.width() * k, box.height() * k),
								link);
					}
				}
			}
			return links;
		};
	}

	/**
	 * Paints a picture onto any Graphics2D, in the picture's coordinates, captions in the families of the given fonts
	 * (the first that has a character's glyph).
	 */
	public static void paint(DiagramPicture picture, Graphics2D g, List<CaptionFont> fonts) {
		for (DiagramPicture.Shape shape : picture.shapes()) {
			switch (shape) {
			case Plate plate -> plate(plate, g);
			case Route route -> route(route, g);
			case Box box -> {
				RoundRectangle2D rect = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(),
						2 * box.radius(), 2 * box.radius());
				g.setColor(colour(box.fill(), 1));
				g.fill(rect);
				g.setColor(colour(box.stroke(), 1));
				g.setStroke(new BasicStroke((float) box.strokeWidth()));
				g.draw(rect);
				box.text().forEach(caption -> caption(caption, g, fonts));
			}
			case EdgeLabel label -> {
				plate(label.plate(), g);
				caption(label.text(), g, fonts);
			}
			case Caption caption -> caption(caption, g, fonts);
			}
		}
	}

	private static void plate(Plate plate, Graphics2D g) {
		g.setColor(colour(plate.fill(), plate.opacity()));
		g.fill(new Rectangle2D.Double(plate.x(), plate.y(), plate.width(), plate.height()));
	}

	private static void route(Route route, Graphics2D g) {
		List<double[]> points = route.points();
		Path2D.Double path = new Path2D.Double();
		path.moveTo(points.get(0)[0], points.get(0)[1]);
		for (int i = 1; i < points.size(); i++) {
			path.lineTo(points.get(i)[0], points.get(i)[1]);
		}
		g.setColor(colour(route.colour(), 1));
		g.setStroke(new BasicStroke((float) route.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
		g.draw(path);
		if (points.size() >= 2) {
			double[] end = points.get(points.size() - 1);
			double[] before = points.get(points.size() - 2);
			double angle = Math.atan2(end[1] - before[1], end[0] - before[0]);
			double length = 9;
			double spread = Math.toRadians(22);
			Path2D.Double head = new Path2D.Double();
			head.moveTo(end[0], end[1]);
			head.lineTo(end[0] - length * Math.cos(angle - spread), end[1] - length * Math.sin(angle - spread));
			head.lineTo(end[0] - length * Math.cos(angle + spread), end[1] - length * Math.sin(angle + spread));
			head.closePath();
			g.fill(head);
		}
	}

	private static void caption(Caption caption, Graphics2D g, List<CaptionFont> fonts) {
		g.setColor(colour(caption.colour(), 1));
		int size = (int) Math.round(caption.size());
		List<Run> runs = runs(caption.text(), fonts);
		double width = 0;
		for (Run run : runs) {
			width += g.getFontMetrics(new Font(run.family(), Font.PLAIN, size)).stringWidth(run.text());
		}
		double x = caption.x() - (caption.centred() ? width / 2.0 : 0);
		for (Run run : runs) {
			Font font = new Font(run.family(), Font.PLAIN, size);
			g.setFont(font);
			g.drawString(run.text(), (float) x, (float) caption.baseline());
			x += g.getFontMetrics(font).stringWidth(run.text());
		}
	}

	/** A piece of a caption written in one font. */
	record Run(String family, String text) {
	}

	/**
	 * The text cut into runs, each in the first font that has its characters (a character none has stays with the first
	 * font, whose drawer then draws the run's outlines).
	 */
	static List<Run> runs(String text, List<CaptionFont> fonts) {
		List<Run> runs = new ArrayList<>();
		if (fonts.isEmpty()) {
			runs.add(new Run(Font.SANS_SERIF, text));
			return runs;
		}
		String family = null;
		StringBuilder run = new StringBuilder();
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int codePoint = text.codePointAt(i);
			String here = fonts.get(0).family();
			for (CaptionFont font : fonts) {
				if (font.covers(codePoint)) {
					here = font.family();
					break;
				}
			}
			// spaces and punctuation both fonts have stay in the run they are in
			if (family != null && !here.equals(family) && fontOf(family, fonts).covers(codePoint)) {
				here = family;
			}
			if (family != null && !here.equals(family)) {
				runs.add(new Run(family, run.toString()));
				run.setLength(0);
			}
			family = here;
			run.appendCodePoint(codePoint);
		}
		if (family != null) {
			runs.add(new Run(family, run.toString()));
		}
		return runs;
	}

	private static CaptionFont fontOf(String family, List<CaptionFont> fonts) {
		return fonts.stream().filter(f -> f.family().equals(family)).findFirst().orElseThrow();
	}

	static Color colour(String hex, double opacity) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, (int) Math.round(opacity * 255));
	}
}
