package dev.baton.pack;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Node;

/** Small edits of CommonMark trees that every pack format makes to the prose it renders. */
public final class MarkdownNodes {

	private MarkdownNodes() {
	}

	/** Every node below {@code node} of one of the given types, in document order. */
	@SafeVarargs
	public static List<Node> find(Node node, Class<? extends Node>... types) {
		List<Node> found = new ArrayList<>();
		collect(node, types, found);
		return found;
	}

	private static void collect(Node node, Class<? extends Node>[] types, List<Node> into) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			for (Class<? extends Node> type : types) {
				if (type.isInstance(child)) {
					into.add(child);
					break;
				}
			}
			collect(child, types, into);
		}
	}

	/** Replaces a node by its children (a link by its text, an image by its alt text). */
	public static void unwrap(Node node) {
		Node child = node.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			node.insertBefore(child);
			child = next;
		}
		node.unlink();
	}
}
