package dev.baton.diagram;

import java.util.List;

/**
 * A line of a laid-out {@link DiagramView}, from one node to another.
 *
 * @param sourceId the {@link DiagramNode#id()} the line starts at (e.g. the consumer)
 * @param targetId the {@link DiagramNode#id()} the arrow points at (e.g. the provider)
 * @param label    the text along the line, empty when there is none
 * @param points   the route: start point, bend points, end point, each {@code {x, y}} in the view's coordinates
 */
public record DiagramEdge(String sourceId, String targetId, String label, List<double[]> points) {

	/** Keeps an unmodifiable copy of the route. */
	public DiagramEdge {
		points = List.copyOf(points);
	}
}
