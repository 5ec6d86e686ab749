package dev.baton.history.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import dev.baton.store.YamlLimits;

/**
 * A list entry of the front matter (tags, links, affected elements, people) changed on both sides, merged as a set with
 * the order kept: ours' items without those theirs removed, then those theirs added. Each item keeps the text it was
 * written with (its quotes), and the list keeps ours' style (flow {@code [a, b]} or one {@code - item} a line).
 */
final class ListMerge {

	/** The YAML settings every entry is read with (immutable, so made once). */
	private static final LoadSettings SETTINGS = YamlLimits.settings("front matter").build();

	/** A list entry as written: its items' values and texts, and where the list and each item stand. */
	private record Written(String text, int keyLine, SequenceNode list, Map<String, String> items,
			List<ScalarNode> nodes) {
	}

	private ListMerge() {
	}

	/** The merged entry; empty when the entry is not a list of plain values on all sides that have it. */
	static Optional<String> merge(Unit base, Unit ours, Unit theirs) {
		if (ours == null || theirs == null) {
			return Optional.empty();
		}
		Optional<Written> b = base == null || "".equals(base.value()) ? Optional.of(empty()) : written(base.text());
		Optional<Written> o = written(ours.text());
		Optional<Written> t = written(theirs.text());
		if (b.isEmpty() || o.isEmpty() || t.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> merged = new LinkedHashMap<>();
		o.get().items.forEach((value, text) -> {
			if (!b.get().items.containsKey(value) || t.get().items.containsKey(value)) {
				merged.put(value, text);
			}
		});
		t.get().items.forEach((value, text) -> {
			if (!b.get().items.containsKey(value)) {
				merged.putIfAbsent(value, text);
			}
		});
		return render(o.get().list != null ? o.get() : t.get(), new ArrayList<>(merged.values()));
	}

	private static Written empty() {
		return new Written("", 0, null, Map.of(), List.of());
	}

	/** The entry's list; empty when its value is not a list of scalars (an empty value is an empty list). */
	private static Optional<Written> written(String text) {
		Node root;
		int keyLine;
		try {
			Optional<Node> node = YamlLimits.compose(SETTINGS, text);
			if (node.isEmpty() || !(node.get() instanceof MappingNode mapping) || mapping.getValue().size() != 1) {
				return Optional.empty();
			}
			root = mapping.getValue().get(0).getValueNode();
			keyLine = mapping.getValue().get(0).getKeyNode().getStartMark().map(mark -> mark.getLine()).orElse(0);
		} catch (YamlEngineException e) {
			return Optional.empty();
		}
		if (root instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
			return Optional.of(new Written(text, keyLine, null, Map.of(), List.of()));
		}
		if (!(root instanceof SequenceNode list)) {
			return Optional.empty();
		}
		Map<String, String> items = new LinkedHashMap<>();
		List<ScalarNode> nodes = new ArrayList<>();
		for (Node item : list.getValue()) {
			if (!(item instanceof ScalarNode scalar) || item.getStartMark().isEmpty() || item.getEndMark().isEmpty()) {
				return Optional.empty();
			}
			int start = item.getStartMark().get().getIndex();
			int end = item.getEndMark().get().getIndex();
			items.putIfAbsent(scalar.getValue(), text.substring(start, end));
			nodes.add(scalar);
		}
		return Optional.of(new Written(text, keyLine, list, items, nodes));
	}

	/** The items in the written list's style. */
	private static Optional<String> render(Written style, List<String> items) {
		if (style.list == null || style.list.getStartMark().isEmpty() || style.list.getEndMark().isEmpty()) {
			return Optional.empty();
		}
		String text = style.text;
		if (style.list.getFlowStyle() == FlowStyle.FLOW) {
			int start = style.list.getStartMark().get().getIndex();
			int end = style.list.getEndMark().get().getIndex();
			return Optional.of(text.substring(0, start) + "[" + String.join(", ", items) + "]" + text.substring(end));
		}
		List<String> lines = Lines.of(text);
		if (style.nodes.isEmpty()) {
			return Optional.empty();
		}
		int first = style.nodes.get(0).getStartMark().get().getLine();
		int last = first - 1;
		for (ScalarNode node : style.nodes) {
			int line = node.getStartMark().get().getLine();
			if (line != last + 1 || node.getEndMark().get().getLine() != line) {
				return Optional.empty(); // an item over several lines, or lines between items: not rewritten
			}
			last = line;
		}
		String firstLine = lines.get(first);
		String indent = firstLine.substring(0, firstLine.indexOf('-'));
		String end = firstLine.endsWith("\r\n") ? "\r\n" : "\n";
		StringBuilder merged = new StringBuilder(Lines.join(lines, 0, first));
		if (items.isEmpty()) { // no item left: the key's line says so, and what stood between it and the items goes
			merged = new StringBuilder(Lines.join(lines, 0, style.keyLine))
					.append(Lines.bare(lines.get(style.keyLine))).append(" []").append(end);
		}
		for (String item : items) {
			merged.append(indent).append("- ").append(item).append(end);
		}
		merged.append(Lines.join(lines, last + 1, lines.size()));
		return Optional.of(merged.toString());
	}
}
