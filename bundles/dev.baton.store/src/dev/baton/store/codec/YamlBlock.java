package dev.baton.store.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import dev.baton.store.YamlLimits;

/**
 * A YAML mapping (a record's front matter, or {@code baton.yaml}) composed into nodes with their positions, so that
 * values can be read with their line and replaced in place without touching the text around them. Values are never
 * typed implicitly: every scalar is read as the string written ({@code version: 1.10} stays {@code "1.10"}).
 */
public final class YamlBlock {

	/**
	 * One top-level key and its value.
	 *
	 * @param key        the key as written
	 * @param value      its value node
	 * @param line       1-based line of the key in the file
	 * @param entryStart offset of the start of the key's line
	 * @param valueStart offset of the value's first character
	 * @param valueEnd   offset just past the value (for scalars and flow collections)
	 * @param blockEnd   offset just past the line break of the value's last line
	 */
	public record Entry(String key, Node value, int line, int entryStart, int valueStart, int valueEnd, int blockEnd,
			boolean isBlockCollection, boolean isLiteralScalar) {

		Entry(String key, Node value, int line, int entryStart, int valueStart, int valueEnd, int blockEnd) {
			this(key, value, line, entryStart, valueStart, valueEnd, blockEnd,
					(value instanceof SequenceNode s && s.getFlowStyle() == FlowStyle.BLOCK && !s.getValue().isEmpty())
							|| (value instanceof MappingNode m && m.getFlowStyle() == FlowStyle.BLOCK
									&& !m.getValue().isEmpty()),
					value instanceof ScalarNode scalar && (scalar.getScalarStyle() == ScalarStyle.LITERAL
							|| scalar.getScalarStyle() == ScalarStyle.FOLDED));
		}

		/**
		 * The value as plain Java ({@code String} or {@code null}, {@code List}, {@code Map<String, Object>}), for
		 * readers that need no YAML types; {@code null} for an entry without its node.
		 */
		public Object javaValue() {
			return toJava(value);
		}

		/** The same entry without its YAML node: positions and styles only. */
		Entry withoutNode() {
			return new Entry(key, null, line, entryStart, valueStart, valueEnd, blockEnd, isBlockCollection,
					isLiteralScalar);
		}
	}

	/** A YAML syntax error, with the 1-based line in the file. */
	public static final class YamlProblem extends Exception {

		private static final long serialVersionUID = 1L;
		private final int line;

		YamlProblem(int line, String message) {
			super(message);
			this.line = line;
		}

		public int line() {
			return line;
		}
	}

	/**
	 * One set of settings for every block (they are immutable; findings name the file themselves, so the settings'
	 * label is not needed).
	 */
	private static final LoadSettings SETTINGS = YamlLimits.settings("front matter").setUseMarks(true)
			.setAllowDuplicateKeys(true).build();

	private final Map<String, Entry> entries;
	private final List<Entry> duplicates;
	private final int fromLine;

	private YamlBlock(Map<String, Entry> entries, List<Entry> duplicates, int fromLine) {
		this.entries = entries;
		this.duplicates = duplicates;
		this.fromLine = fromLine;
	}

	/** An empty mapping (no front matter). */
	public static YamlBlock empty() {
		return new YamlBlock(Collections.emptyMap(), List.of(), 0);
	}

	/**
	 * Composes lines [fromLine, toLine) of the source as a YAML mapping.
	 *
	 * @throws YamlProblem on a syntax error, or when the YAML is not a mapping
	 */
	public static YamlBlock parse(SourceText source, int fromLine, int toLine, String label) throws YamlProblem {
		String yaml = source.lines(fromLine, toLine);
		Optional<Node> root;
		try {
			root = YamlLimits.compose(SETTINGS, yaml);
		} catch (MarkedYamlEngineException e) {
			int line =
					e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + fromLine + 1).orElse(fromLine + 1);
			throw new YamlProblem(line, "invalid YAML: " + e.getProblem()
					+ (e.getContext() == null || e.getContext().isEmpty() ? "" : " (" + e.getContext() + ")"));
		} catch (YamlEngineException e) {
			throw new YamlProblem(fromLine + 1, "invalid YAML: " + e.getMessage());
		}
		if (root.isEmpty() || (root.get() instanceof ScalarNode s && s.getValue().isBlank())) {
			return new YamlBlock(Collections.emptyMap(), List.of(), fromLine);
		}
		if (!(root.get() instanceof MappingNode mapping)) {
			throw new YamlProblem(fromLine + 1, "the front matter is not a mapping of keys to values");
		}
		Map<String, Entry> entries = new LinkedHashMap<>();
		List<Entry> duplicates = new ArrayList<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
				continue;
			}
			Mark keyMark = keyNode.getStartMark().orElseThrow();
			int keyLine = keyMark.getLine() + fromLine;
			Node value = tuple.getValueNode();
			Mark start = value.getStartMark().orElse(keyMark);
			Mark end = value.getEndMark().orElse(start);
			int valueStart = source.offset(start.getLine() + fromLine, start.getColumn());
			int valueEnd = source.offset(end.getLine() + fromLine, end.getColumn());
			int blockEnd = lastLineEnd(source, value, fromLine, keyLine);
			Entry entry = new Entry(keyNode.getValue(), value, keyLine + 1, source.lineStart(keyLine), valueStart,
					valueEnd, blockEnd);
			if (entries.containsKey(entry.key())) {
				duplicates.add(entry);
			} else {
				entries.put(entry.key(), entry);
			}
		}
		return new YamlBlock(entries, duplicates, fromLine);
	}

	/** Offset past the line break of the last line holding part of the value. */
	private static int lastLineEnd(SourceText source, Node value, int fromLine, int keyLine) {
		int[] last = { keyLine };
		visitLeaves(value, node -> node.getEndMark().ifPresent(mark -> {
			int line = mark.getLine() + fromLine;
			// block scalars and some collections end at column 0 of the following line
			if (mark.getColumn() == 0 && line > keyLine) {
				line--;
			}
			last[0] = Math.max(last[0], line);
		}));
		return source.lineEnd(last[0]);
	}

	private static void visitLeaves(Node node, Consumer<Node> visitor) {
		if (node instanceof SequenceNode sequence && sequence.getFlowStyle() == FlowStyle.BLOCK) {
			sequence.getValue().forEach(child -> visitLeaves(child, visitor));
		} else if (node instanceof MappingNode mapping && mapping.getFlowStyle() == FlowStyle.BLOCK) {
			for (NodeTuple tuple : mapping.getValue()) {
				visitLeaves(tuple.getKeyNode(), visitor);
				visitLeaves(tuple.getValueNode(), visitor);
			}
		} else {
			visitor.accept(node);
		}
	}

	/**
	 * This block with positions and styles only: the YAML nodes (and the copy of the text their marks keep) are dropped
	 * once the values have been read. Saves need no more than this.
	 */
	public YamlBlock compact() {
		Map<String, Entry> compacted = new LinkedHashMap<>();
		entries.forEach((key, entry) -> compacted.put(key, entry.withoutNode()));
		return new YamlBlock(compacted, List.of(), fromLine);
	}

	public Map<String, Entry> entries() {
		return entries;
	}

	/** Keys given more than once (the first one counts). */
	public List<Entry> duplicates() {
		return duplicates;
	}

	public Entry get(String key) {
		return entries.get(key);
	}

	/** A node as plain Java: {@code String} (or {@code null}), {@code List}, {@code Map<String, Object>}. */
	public static Object toJava(Node node) {
		if (node instanceof ScalarNode scalar) {
			return isNull(scalar) ? null : scalar.getValue();
		}
		if (node instanceof SequenceNode sequence) {
			List<Object> list = new ArrayList<>(sequence.getValue().size());
			sequence.getValue().forEach(child -> list.add(toJava(child)));
			return list;
		}
		if (node instanceof MappingNode mapping) {
			Map<String, Object> map = new LinkedHashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				Object key = toJava(tuple.getKeyNode());
				map.putIfAbsent(String.valueOf(key), toJava(tuple.getValueNode()));
			}
			return map;
		}
		return null;
	}

	/** A plain {@code ~}, {@code null} or empty scalar. */
	public static boolean isNull(ScalarNode scalar) {
		if (scalar.getScalarStyle() != ScalarStyle.PLAIN) {
			return false;
		}
		String value = scalar.getValue();
		return value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
				|| value.equals("NULL");
	}

	/** 1-based line of a node of this block in the file. */
	public int line(Node node, int fallback) {
		return node.getStartMark().map(m -> m.getLine() + fromLine + 1).orElse(fallback);
	}
}
