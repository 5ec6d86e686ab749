package dev.baton.diagram;

import java.util.List;

/**
 * One laid-out diagram.
 *
 * @param id           stable and safe as a file name: {@code context}, {@code system-<id>} or {@code component-<id>}
 * @param title        what the view shows, for headings
 * @param kind         {@code context}, {@code system} or {@code component}
 * @param width        the drawing's width in pixels
 * @param height       the drawing's height in pixels
 * @param nodes        the boxes, in a stable order
 * @param edges        the lines between them, in a stable order
 * @param omitted      how many elements were left out because the view would have been too big (the least connected go
 *                     first); 0 when the view shows everything
 * @param omittedEdges how many lines between the elements shown were left out because there were too many to read
 *                     (those standing for the fewest relations go first); 0 when none
 */
public record DiagramView(String id, String title, String kind, double width, double height,
		List<DiagramNode> nodes, List<DiagramEdge> edges, int omitted, int omittedEdges) {

	/** Keeps unmodifiable copies of the nodes and edges. */
	public DiagramView {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** A view that leaves out no line. */
	public DiagramView(String id, String title, String kind, double width, double height, List<DiagramNode> nodes,
			List<DiagramEdge> edges, int omitted) {
		this(id, title, kind, width, height, nodes, edges, omitted, 0);
	}
}
