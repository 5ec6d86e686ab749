package dev.baton.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.baton.diagram.DiagramPicture.Box;
import dev.baton.diagram.DiagramPicture.Caption;
import dev.baton.diagram.DiagramPicture.EdgeLabel;
import dev.baton.diagram.DiagramPicture.Plate;
import dev.baton.diagram.DiagramPicture.Route;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;

/** The picture every renderer draws: the SVG, the PDF and the workbench agree because they draw it. */
class PictureTest {

	private static List<DiagramView> views;

	@BeforeAll
	static void load() {
		Path root = Path.of(System.getProperty("baton.root", "../..")).toAbsolutePath().normalize();
		views = ArchitectureDiagrams
				.views(ArchitectureFolder.load(root.resolve("examples/larkspur-platform"), LoadOptions.defaults())
						.architecture());
	}

	@Test
	void aPictureHasABackgroundABoxPerNodeARoutePerEdgeAndALabelPerNamedEdge() {
		for (DiagramView view : views) {
			DiagramPicture picture = DiagramPicture.of(view);
			Plate background = (Plate) picture.shapes().get(0);
			assertEquals(List.of(0.0, 0.0, picture.width(), picture.height()),
					List.of(background.x(), background.y(), background.width(), background.height()), view.id());
			List<Box> boxes = picture.shapes().stream().filter(Box.class::isInstance).map(Box.class::cast).toList();
			assertEquals(view.nodes(), boxes.stream().map(Box::node).toList(), view.id());
			for (Box box : boxes) {
				assertEquals(box.node().x(), box.x());
				assertEquals(box.node().width(), box.width());
				// the label's lines, then the kind; text inside the box
				Caption kind = box.text().get(box.text().size() - 1);
				assertTrue(kind.text().startsWith("["), kind.text());
				for (Caption line : box.text()) {
					assertTrue(line.baseline() > box.y() && line.baseline() < box.y() + box.height(), line.text());
					assertEquals(box.x() + box.width() / 2, line.x(), 0.001);
				}
				assertEquals(box.node().id().equals(view.id()) ? 3 : 1.5, box.strokeWidth());
			}
			assertEquals(view.edges().stream().filter(e -> !e.points().isEmpty()).count(),
					picture.shapes().stream().filter(Route.class::isInstance).count(), view.id());
			List<EdgeLabel> labels = picture.shapes().stream().filter(EdgeLabel.class::isInstance)
					.map(EdgeLabel.class::cast).toList();
			assertEquals(view.edges().stream().filter(e -> !e.label().isEmpty() && e.points().size() >= 2).count(),
					labels.size(), view.id());
			// each label sits on its own line: its centre is on the route
			for (EdgeLabel label : labels) {
				double cx = label.plate().x() + label.plate().width() / 2;
				double cy = label.plate().y() + label.plate().height() / 2;
				List<double[]> points = label.edge().points();
				double nearest = Double.MAX_VALUE;
				for (int i = 1; i < points.size(); i++) {
					nearest = Math.min(nearest, distance(cx, cy, points.get(i - 1), points.get(i)));
				}
				assertTrue(nearest < 0.01, view.id() + ": " + label.text().text() + " is " + nearest + " off its line");
			}
		}
	}

	private static double distance(double x, double y, double[] a, double[] b) {
		double dx = b[0] - a[0];
		double dy = b[1] - a[1];
		double t = dx == 0 && dy == 0 ? 0
				: Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
		return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
	}

	@Test
	void theSvgDrawsThePicture() {
		for (DiagramView view : views) {
			DiagramPicture picture = DiagramPicture.of(view);
			String svg = ArchitectureDiagrams.svg(view, id -> null);
			for (DiagramPicture.Shape shape : picture.shapes()) {
				if (shape instanceof Box box) {
					assertTrue(svg.contains("fill=\"" + box.fill() + "\" stroke=\"" + box.stroke() + "\""),
							box.title());
				}
			}
			picture.shapes().stream().filter(EdgeLabel.class::isInstance).map(l -> ((EdgeLabel) l).text().text())
					.forEach(text -> assertTrue(svg.contains(">" + text.replace("&", "&amp;") + "</text>"), text));
		}
	}
}
