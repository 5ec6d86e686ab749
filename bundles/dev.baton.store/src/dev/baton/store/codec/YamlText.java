package dev.baton.store.codec;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.RepresentToNode;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

import dev.baton.store.internal.Plain;

/**
 * Writes canonical values (strings, {@link Plain}s, lists and maps of them) as YAML text with snakeyaml-engine, for the
 * one key whose value changed.
 */
public final class YamlText {

	/** YAML 1.1 readers (Jekyll, some Backstage tooling) take these as booleans: quote them. */
	private static final Pattern YAML11_BOOLEAN = Pattern
			.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|true|True|TRUE|false|False|FALSE");

	private YamlText() {
	}

	private static final class Representer extends StandardRepresenter {

		Representer(DumpSettings settings) {
			super(settings);
			representers.put(Plain.class, new RepresentToNode() {

				@Override
				public Node representData(Object data) {
					String text = ((Plain) data).text();
					// the tag YAML itself gives the text, so that the emitter has no reason to quote it
					return new ScalarNode(settings.getSchema().getScalarResolver().resolve(text, true), text,
							ScalarStyle.PLAIN);
				}
			});
			representers.put(String.class, new RepresentToNode() {

				@Override
				public Node representData(Object data) {
					String text = (String) data;
					ScalarStyle style = YAML11_BOOLEAN.matcher(text).matches() ? ScalarStyle.SINGLE_QUOTED
							: text.contains("\n") ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN;
					return new ScalarNode(Tag.STR, text, style);
				}
			});
		}
	}

	private static String dump(Object value, FlowStyle flow) {
		DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(flow).setSplitLines(false)
				.setWidth(Integer.MAX_VALUE).setIndent(2).setIndicatorIndent(0).build();
		String text = new Dump(settings, new Representer(settings)).dumpToString(value);
		return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
	}

	/** A scalar, a flow list or a flow map on one line. */
	public static String inline(Object value) {
		return dump(value, FlowStyle.FLOW);
	}

	/** Whether a value needs several lines in block style (lists of maps, multi-line text). */
	public static boolean isComplex(Object value) {
		return value instanceof List<?> list && list.stream().anyMatch(v -> v instanceof Map<?, ?>);
	}

	/**
	 * A block value under a key: each line of the dump indented by {@code indent}, each line ending with the newline.
	 */
	public static String block(Object value, String indent, String newline) {
		StringBuilder out = new StringBuilder();
		for (String line : dump(value, FlowStyle.BLOCK).split("\n")) {
			out.append(indent).append(line).append(newline);
		}
		return out.toString();
	}

	/** {@code key: value} (one line) or {@code key:} followed by an indented block, with line breaks. */
	public static String entry(String key, Object value, boolean block, String indent, String newline) {
		if (block && value instanceof List<?> list && !list.isEmpty()) {
			return key + ":" + newline + block(value, indent, newline);
		}
		return key + ": " + inline(value) + newline;
	}
}
