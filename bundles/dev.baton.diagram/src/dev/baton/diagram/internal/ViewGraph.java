package dev.baton.diagram.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a view shows before layout: nodes and the relations between them, in the order they were added. Relations
 * between the same two nodes in the same direction become one edge whose label names them all.
 */
public final class ViewGraph {

	/** A box to draw; see {@link dev.baton.diagram.DiagramNode} for the fields. */
	public record Node(String id, String recordId, String label, String kind, String detailViewId) {
	}

	/** A line to draw, from the first node to the second. */
	public record Edge(String sourceId, String targetId, String label) {
	}

	private static final int LISTED_LABELS = 2;

	private final String id;
	private final String title;
	private final String kind;
	private final Map<String, Node> nodes = new LinkedHashMap<>();
	private final Map<List<String>, Set<String>> edges = new LinkedHashMap<>();
	/** How many relations each edge stands for. */
	private final Map<List<String>, Integer> weights = new HashMap<>();
	private String focusId;
	private int omitted;
	private int omittedEdges;

	/** An empty view. */
	public ViewGraph(String id, String title, String kind) {
		this.id = id;
		this.title = title;
		this.kind = kind;
	}

	public String id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String kind() {
		return kind;
	}

	/** Adds the node unless one with its id is there already. */
	public void add(Node node) {
		nodes.putIfAbsent(node.id(), node);
	}

	/** Adds the node and keeps it whatever {@link #cap} leaves out. */
	public void addFocus(Node node) {
		add(node);
		focusId = node.id();
	}

	public boolean contains(String nodeId) {
		return nodes.containsKey(nodeId);
	}

	/**
	 * Relates two nodes of the view; a node to itself is ignored.
	 *
	 * @param label what relates them, or empty
	 */
	public void relate(String sourceId, String targetId, String label) {
		if (sourceId.equals(targetId) || !nodes.containsKey(sourceId) || !nodes.containsKey(targetId)) {
			return;
		}
		List<String> ends = List.of(sourceId, targetId);
		Set<String> labels = edges.computeIfAbsent(ends, key -> new LinkedHashSet<>());
		weights.merge(ends, 1, Integer::sum);
		if (!label.isEmpty()) {
			labels.add(label);
		}
	}

	public List<Node> nodes() {
		return List.copyOf(nodes.values());
	}

	/** The edges, each labelled with up to two of its relations and how many more there are. */
	public List<Edge> edges() {
		List<Edge> result = new ArrayList<>(edges.size());
		edges.forEach((ends, labels) -> result.add(new Edge(ends.get(0), ends.get(1), label(labels))));
		return result;
	}

	private static String label(Set<String> labels) {
		List<String> listed = labels.stream().limit(LISTED_LABELS).toList();
		String text = String.join(", ", listed);
		int more = labels.size() - listed.size();
		return more == 0 ? text : text + " +" + more + " more";
	}

	/** How many nodes {@link #cap} left out. */
	public int omitted() {
		return omitted;
	}

	/** How many edges {@link #cap(int, int)} left out between the nodes it kept. */
	public int omittedEdges() {
		return omittedEdges;
	}

	/**
	 * Keeps at most {@code maxNodes} nodes (see {@link #cap(int)}), then at most {@code maxEdges} edges, so that the
	 * view stays readable (and quick to lay out): first each node's strongest edge (the one standing for the most
	 * relations), so that no node loses all its lines, then the strongest of the rest; ties go to the edge added first.
	 * The kept edges keep their order.
	 */
	public void cap(int maxNodes, int maxEdges) {
		cap(maxNodes);
		if (edges.size() <= maxEdges) {
			return;
		}
		List<List<String>> order = new ArrayList<>(edges.keySet());
		List<List<String>> ranked = new ArrayList<>(order);
		// stable sort: ties keep the order the edges were added in
		ranked.sort(Comparator.comparing((List<String> ends) -> -weights.get(ends)));
		Set<List<String>> kept = new LinkedHashSet<>();
		Set<String> linked = new HashSet<>();
		for (List<String> ends : ranked) {
			if (kept.size() < maxEdges && (!linked.contains(ends.get(0)) || !linked.contains(ends.get(1)))) {
				kept.add(ends);
				linked.addAll(ends);
			}
		}
		for (List<String> ends : ranked) {
			if (kept.size() >= maxEdges) {
				break;
			}
			kept.add(ends);
		}
		omittedEdges += edges.size() - kept.size();
		edges.keySet().retainAll(kept);
	}

	/**
	 * Keeps at most {@code max} nodes: the focus, then the most connected (ties in the order the nodes were added), and
	 * drops the edges of the others.
	 */
	public void cap(int max) {
		if (nodes.size() <= max) {
			return;
		}
		Map<String, Integer> degree = new HashMap<>();
		edges.keySet().forEach(ends -> ends.forEach(end -> degree.merge(end, 1, Integer::sum)));
		List<String> order = new ArrayList<>(nodes.keySet());
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < order.size(); i++) {
			position.put(order.get(i), i);
		}
		List<String> ranked = new ArrayList<>(order);
		ranked.sort(Comparator.comparing((String node) -> !node.equals(focusId))
				.thenComparing(node -> -degree.getOrDefault(node, 0))
				.thenComparing(position::get));
		Set<String> kept = new LinkedHashSet<>(ranked.subList(0, max));
		omitted += nodes.size() - kept.size();
		nodes.keySet().retainAll(kept);
		edges.keySet().removeIf(ends -> !kept.containsAll(ends));
	}
}
