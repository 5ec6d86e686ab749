package dev.baton.backstage.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import dev.baton.store.YamlLimits;

/** YAML of catalog files: the documents of a file with their lines, plain values, block-style output. */
public final class CatalogYaml {

	/** A nested {@code kind:} key: its path from the document root and its line. */
	public record NestedKey(String path, int line) {
	}

	private CatalogYaml() {
	}

	private static LoadSettings settings() {
		return YamlLimits.settings("catalog").setAllowDuplicateKeys(false).build();
	}

	/**
	 * The documents of a YAML stream, parsed lazily: a syntax error surfaces as an exception from the iterator, after
	 * the documents before it were returned.
	 */
	public static Iterable<Node> documents(String text) {
		LoadSettings settings = settings();
		return () -> YamlLimits.composer(settings, text);
	}

	/** The plain Java value of a node (maps keep their key order). */
	public static Object value(Node node) {
		return new StandardConstructor(settings()).constructSingleDocument(Optional.of(node));
	}

	/** 1-based line where the node starts, 0 when unknown. */
	public static int line(Node node) {
		return node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
	}

	/** The value node of a key in a mapping, or {@code null}. */
	public static Node child(Node mapping, String key) {
		if (mapping instanceof MappingNode map) {
			for (NodeTuple tuple : map.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
					return tuple.getValueNode();
				}
			}
		}
		return null;
	}

	/** The node at a path of keys, or {@code null}. */
	public static Node at(Node root, String... keys) {
		Node node = root;
		for (String key : keys) {
			node = child(node, key);
			if (node == null) {
				return null;
			}
		}
		return node;
	}

	/** Every {@code kind} key below the top level of the document, depth first. */
	public static List<NestedKey> nestedKinds(Node document) {
		List<NestedKey> found = new ArrayList<>();
		if (document instanceof MappingNode map) {
			for (NodeTuple tuple : map.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key) {
					collectKinds(tuple.getValueNode(), key.getValue(), found);
				}
			}
		}
		return found;
	}

	private static void collectKinds(Node node, String path, List<NestedKey> found) {
		if (node instanceof MappingNode map) {
			for (NodeTuple tuple : map.getValue()) {
				String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
				if (key.equals("kind")) {
					found.add(new NestedKey(path + ".kind", line(tuple.getKeyNode())));
				}
				collectKinds(tuple.getValueNode(), path + "." + key, found);
			}
		} else if (node instanceof SequenceNode sequence) {
			for (int i = 0; i < sequence.getValue().size(); i++) {
				collectKinds(sequence.getValue().get(i), path + "[" + i + "]", found);
			}
		}
	}

	/** Block-style YAML of a value, as catalog files are written by hand. */
	public static String dump(Object value) {
		return new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
				.setIndicatorIndent(2).setIndentWithIndicator(true).setWidth(120).setSplitLines(false).build())
				.dumpToString(value);
	}

	/** Several documents, separated by {@code ---}. */
	public static String dumpAll(List<?> documents) {
		StringBuilder text = new StringBuilder();
		for (Object document : documents) {
			if (!text.isEmpty()) {
				text.append("---\n");
			}
			text.append(dump(document));
		}
		return text.toString();
	}

	/** A deep copy of a plain value whose maps are {@link LinkedHashMap}s and lists {@link ArrayList}s. */
	@SuppressWarnings("unchecked")
	public static Object copy(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(v -> copy.add(copy(v)));
			return copy;
		}
		return value;
	}

	/**
	 * Merges {@code extra} into {@code base}: maps key by key, lists item by item (no duplicates), scalars of
	 * {@code base} win.
	 */
	@SuppressWarnings("unchecked")
	public static void merge(Map<String, Object> base, Map<String, Object> extra) {
		for (Map.Entry<String, Object> entry : extra.entrySet()) {
			Object mine = base.get(entry.getKey());
			Object theirs = entry.getValue();
			if (mine == null) {
				base.put(entry.getKey(), copy(theirs));
			} else if (mine instanceof Map<?, ?> m && theirs instanceof Map<?, ?> t) {
				merge((Map<String, Object>) m, (Map<String, Object>) t);
			} else if (mine instanceof List<?> m && theirs instanceof List<?> t) {
				List<Object> list = (List<Object>) m;
				for (Object item : t) {
					if (!list.contains(item)) {
						list.add(copy(item));
					}
				}
			}
		}
	}

	/** Removes empty maps and lists, depth first. */
	@SuppressWarnings("unchecked")
	public static void prune(Map<String, Object> map) {
		map.entrySet().removeIf(entry -> {
			if (entry.getValue() instanceof Map<?, ?> child) {
				prune((Map<String, Object>) child);
				return child.isEmpty();
			}
			return entry.getValue() instanceof List<?> list && list.isEmpty();
		});
	}
}
