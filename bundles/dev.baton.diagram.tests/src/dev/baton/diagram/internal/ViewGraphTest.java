package dev.baton.diagram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Merging relations into edges, and the cap. */
class ViewGraphTest {

	private static ViewGraph.Node node(String id) {
		return new ViewGraph.Node(id, id, id, "component", null);
	}

	@Test
	void relationsBetweenTheSameNodesBecomeOneEdgeNamingThem() {
		ViewGraph view = new ViewGraph("v", "V", "system");
		view.add(node("a"));
		view.add(node("b"));
		view.relate("a", "b", "One");
		view.relate("a", "b", "Two");
		view.relate("a", "b", "Three");
		view.relate("a", "b", "One");
		view.relate("b", "a", "");
		view.relate("a", "a", "self");
		view.relate("a", "missing", "x");
		assertEquals(List.of(new ViewGraph.Edge("a", "b", "One, Two +1 more"), new ViewGraph.Edge("b", "a", "")),
				view.edges());
	}

	@Test
	void theCapKeepsTheFocusAndTheMostConnected() {
		ViewGraph view = new ViewGraph("v", "V", "component");
		view.addFocus(node("lonely"));
		for (String id : List.of("a", "b", "c", "hub")) {
			view.add(node(id));
		}
		view.relate("a", "hub", "");
		view.relate("b", "hub", "");
		view.relate("c", "hub", "");
		view.relate("a", "b", "");
		view.cap(3);
		assertEquals(List.of("lonely", "a", "hub"), view.nodes().stream().map(ViewGraph.Node::id).toList());
		assertEquals(List.of(new ViewGraph.Edge("a", "hub", "")), view.edges());
		assertEquals(2, view.omitted());
	}

	@Test
	void theEdgeCapKeepsEachNodesStrongestLineThenTheStrongest() {
		ViewGraph view = new ViewGraph("v", "V", "context");
		for (String id : List.of("a", "b", "c", "d")) {
			view.add(node(id));
		}
		view.relate("a", "b", "x");
		view.relate("a", "b", "y");
		view.relate("a", "b", "z");
		view.relate("b", "c", "");
		view.relate("b", "c", "");
		view.relate("a", "c", "");
		view.relate("c", "d", "");
		view.relate("d", "a", "");
		view.relate("d", "a", "");
		view.cap(10, 3);
		// a-b (3 relations), b-c (2), then d-a (2) links d; c-d and a-c (1 each) go
		assertEquals(List.of(new ViewGraph.Edge("a", "b", "x, y +1 more"), new ViewGraph.Edge("b", "c", ""),
				new ViewGraph.Edge("d", "a", "")), view.edges());
		assertEquals(2, view.omittedEdges());
		assertEquals(0, view.omitted());
	}
}
