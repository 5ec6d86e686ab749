package dev.baton.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import dev.baton.diagram.ArchitectureDiagrams;
import dev.baton.diagram.DiagramEdge;
import dev.baton.diagram.DiagramNode;
import dev.baton.diagram.DiagramView;
import dev.baton.model.Record;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.Kinds;
import dev.baton.store.LoadedFolder;
import dev.baton.ui.Messages;

/**
 * The architecture's diagrams as {@code dev.baton.diagram} lays them out with ELK (the system context and one per
 * system; a component's neighbourhood when asked for), drawn with SWT's GC: boxes, routed lines with arrowheads,
 * labels. Double-click a box to open its record.
 */
public final class DiagramPart extends ViewPart {

	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.diagram";

	private static final Color SYSTEM = new Color(214, 228, 250);
	private static final Color EXTERNAL = new Color(225, 225, 225);
	private static final Color COMPONENT = new Color(222, 240, 222);
	private static final Color INTERFACE = new Color(255, 255, 255);
	private Combo views;
	private ScrolledComposite scroller;
	private Canvas canvas;
	private ArchitectureFolder folder;
	private final List<DiagramView> shown = new ArrayList<>();
	private DiagramView current;
	private FolderConnections connections;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		views = new Combo(parent, SWT.READ_ONLY);
		views.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		scroller.setContent(canvas);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDoubleClick, e -> nodeAt(e.x, e.y).ifPresent(this::open));
		views.addListener(SWT.Selection, e -> show(views.getSelectionIndex()));
		connections = FolderConnections.follow(canvas, this::lay, (loaded, change) -> lay(connections.folders()));
	}

	/**
	 * Connects to the workspace's folders again and waits for them (a folder no part has is loaded first); the diagram
	 * is laid out at the next turn of the event loop.
	 */
	public void reload() {
		connections.connectAndWait();
	}

	/**
	 * Lays out the context and system views of the first folder the view is connected to (shared with every other
	 * part), again after each change of it, keeping the view shown when it is still there.
	 */
	private void lay(List<LoadedFolder> folders) {
		String was = current == null ? null : current.title();
		shown.clear();
		views.removeAll();
		folder = folders.isEmpty() ? null : folders.get(0).folder();
		if (folder != null) {
			shown.addAll(ArchitectureDiagrams.views(folder.architecture(), id -> !id.startsWith("component-")));
		}
		shown.forEach(view -> views.add(view.title()));
		if (shown.isEmpty()) {
			views.add(Messages.Diagram_none);
		}
		int index = Math.max(0, views.indexOf(was == null ? "" : was));
		views.select(index);
		show(index);
	}

	/** Shows the view at that index of the list. */
	public void show(int index) {
		current = index >= 0 && index < shown.size() ? shown.get(index) : null;
		Point size = current == null ? new Point(0, 0)
				: new Point((int) Math.ceil(current.width()) + 20, (int) Math.ceil(current.height()) + 20);
		canvas.setSize(size);
		canvas.redraw();
	}

	private void paint(GC gc) {
		if (current == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Color line = gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY);
		gc.setForeground(line);
		gc.setBackground(line);
		for (DiagramEdge edge : current.edges()) {
			int[] points = new int[edge.points().size() * 2];
			for (int i = 0; i < edge.points().size(); i++) {
				points[2 * i] = (int) Math.round(edge.points().get(i)[0]) + 10;
				points[2 * i + 1] = (int) Math.round(edge.points().get(i)[1]) + 10;
			}
			gc.drawPolyline(points);
			if (points.length >= 4) {
				arrowHead(gc, points[points.length - 4], points[points.length - 3], points[points.length - 2],
						points[points.length - 1]);
			}
			if (!edge.label().isEmpty() && points.length >= 4) {
				int middle = (points.length / 4) * 2;
				gc.drawText(edge.label(), points[middle] + 4, points[middle + 1] - 14, true);
			}
		}
		for (DiagramNode node : current.nodes()) {
			int x = (int) Math.round(node.x()) + 10;
			int y = (int) Math.round(node.y()) + 10;
			int w = (int) Math.round(node.width());
			int h = (int) Math.round(node.height());
			// fixed light fills (system colours follow the GTK theme: a tooltip background can be black)
			gc.setBackground(switch (node.kind()) {
			case "system" -> SYSTEM;
			case "external-system" -> EXTERNAL;
			case "interface" -> INTERFACE;
			default -> COMPONENT;
			});
			gc.fillRoundRectangle(x, y, w, h, 8, 8);
			gc.setForeground(line);
			gc.drawRoundRectangle(x, y, w, h, 8, 8);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			String label = node.label();
			Point extent = gc.textExtent(label);
			while (extent.x > w - 8 && label.length() > 4) {
				label = label.substring(0, label.length() - 2);
				extent = gc.textExtent(label + "…");
				if (extent.x <= w - 8) {
					label = label + "…";
				}
			}
			gc.drawText(label, x + (w - extent.x) / 2, y + (h - extent.y) / 2, true);
		}
	}

	private static void arrowHead(GC gc, int fromX, int fromY, int toX, int toY) {
		double angle = Math.atan2(toY - fromY, toX - fromX);
		int size = 8;
		int[] head = { toX, toY, (int) (toX - size * Math.cos(angle - Math.PI / 7)),
				(int) (toY - size * Math.sin(angle - Math.PI / 7)), (int) (toX - size * Math.cos(angle + Math.PI / 7)),
				(int) (toY - size * Math.sin(angle + Math.PI / 7)) };
		gc.fillPolygon(head);
	}

	/** The box at a point of the canvas. */
	public Optional<DiagramNode> nodeAt(int x, int y) {
		if (current == null) {
			return Optional.empty();
		}
		return current.nodes().stream().filter(n -> x >= n.x() + 10 && x <= n.x() + 10 + n.width() && y >= n.y() + 10
				&& y <= n.y() + 10 + n.height()).findFirst();
	}

	private void open(DiagramNode node) {
		if (folder == null || node.recordId() == null) {
			return;
		}
		Kinds.records(folder.architecture()).stream().filter(r -> node.recordId().equals(r.getId())).findFirst()
				.ifPresent((Record record) -> Records.open(getSite().getPage(), folder, record));
	}

	/** The diagram shown, for tests. */
	public DiagramView current() {
		return current;
	}

	/** The drawing surface, for tests. */
	public Canvas canvas() {
		return canvas;
	}

	/** The loaded folders this view is connected to (shared with every other part), for tests. */
	public List<LoadedFolder> connected() {
		return connections.folders();
	}

	/** The choice of views, for tests. */
	public Combo views() {
		return views;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}
}
