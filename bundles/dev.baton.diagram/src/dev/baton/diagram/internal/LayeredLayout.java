package dev.baton.diagram.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import dev.baton.diagram.DiagramEdge;
import dev.baton.diagram.DiagramNode;
import dev.baton.diagram.DiagramView;

/**
 * Lays a {@link ViewGraph} out with ELK's layered algorithm, top to bottom with orthogonal edges, and returns the
 * geometry. ELK's layered algorithm is deterministic: the same graph in the same order gives the same coordinates.
 */
public final class LayeredLayout {

	private static final double NODE_SPACING = 32;
	private static final double LAYER_SPACING = 56;
	private static final double MARGIN = 24;
	private static final double LABEL_PADDING = 4;
	/**
	 * From this many edges on, a view is laid out with one pass of crossing minimisation and no room reserved for edge
	 * labels: a 50-system context with 2,400 edges takes 3 s instead of 11.
	 */
	static final int DENSE_EDGES = 200;

	private LayeredLayout() {
	}

	/**
	 * Makes ELK know the layered algorithm. ELK looks its algorithms up through {@link java.util.ServiceLoader}, which
	 * sees no other bundle's services in OSGi, so the algorithm's meta data is registered by hand once (outside OSGi
	 * the service loader may have found it already).
	 */
	public static synchronized LayoutMetaDataService registerLayered() {
		LayoutMetaDataService service = LayoutMetaDataService.getInstance();
		if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
			service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
		}
		return service;
	}

	/** The laid-out view. */
	public static DiagramView layout(ViewGraph view) {
		registerLayered();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
		root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
		root.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
		List<ViewGraph.Edge> edges = view.edges();
		boolean dense = edges.size() >= DENSE_EDGES;
		if (dense) {
			// many lines: fewer crossing-minimisation rounds and no greedy switch pass (seconds otherwise)
			root.setProperty(LayeredOptions.THOROUGHNESS, 1);
			root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
		}

		List<ViewGraph.Node> nodes = view.nodes();
		Map<String, ElkNode> boxes = new HashMap<>();
		for (ViewGraph.Node node : nodes) {
			ElkNode box = ElkGraphUtil.createNode(root);
			box.setIdentifier(node.id());
			List<String> lines = Text.lines(node.label());
			box.setDimensions(Text.nodeWidth(lines, Text.caption(node.kind())), Text.nodeHeight(lines));
			boxes.put(node.id(), box);
		}
		List<ElkEdge> lines = new ArrayList<>(edges.size());
		for (ViewGraph.Edge edge : edges) {
			ElkEdge line = ElkGraphUtil.createSimpleEdge(boxes.get(edge.sourceId()), boxes.get(edge.targetId()));
			String text = Text.edgeLabel(edge.label());
			if (!text.isEmpty() && !dense) {
				ElkLabel label = ElkGraphUtil.createLabel(text, line);
				label.setDimensions(Text.width(text, Text.SMALL_SIZE) + 2 * LABEL_PADDING,
						Text.SMALL_SIZE + 2 * LABEL_PADDING);
			}
			lines.add(line);
		}

		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		List<DiagramNode> placed = new ArrayList<>(nodes.size());
		for (ViewGraph.Node node : nodes) {
			ElkNode box = boxes.get(node.id());
			placed.add(new DiagramNode(node.id(), node.recordId(), node.label(), node.kind(), box.getX(), box.getY(),
					box.getWidth(), box.getHeight(), node.detailViewId()));
		}
		List<DiagramEdge> routed = new ArrayList<>(edges.size());
		for (int i = 0; i < edges.size(); i++) {
			ViewGraph.Edge edge = edges.get(i);
			routed.add(new DiagramEdge(edge.sourceId(), edge.targetId(), Text.edgeLabel(edge.label()),
					route(lines.get(i))));
		}
		return new DiagramView(view.id(), view.title(), view.kind(), root.getWidth(), root.getHeight(), placed, routed,
				view.omitted(), view.omittedEdges());
	}

	/** The edge's route: start, bend points, end. Edges of a flat graph are in the root's coordinates. */
	private static List<double[]> route(ElkEdge edge) {
		List<double[]> points = new ArrayList<>();
		for (ElkEdgeSection section : edge.getSections()) {
			points.add(new double[] { section.getStartX(), section.getStartY() });
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new double[] { bend.getX(), bend.getY() });
			}
			points.add(new double[] { section.getEndX(), section.getEndY() });
		}
		return points;
	}
}
