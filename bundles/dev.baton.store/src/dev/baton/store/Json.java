package dev.baton.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as pretty-printed JSON, keys in the maps' own order. For Baton's
 * own small outputs (schemas, command-line reports); parsing JSON is not its job.
 */
public final class Json {

	private Json() {
	}

	/** The value as JSON, without a final line break. */
	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, "");
		return out.toString();
	}

	private static void write(Object value, StringBuilder out, String indent) {
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				out.append("{}");
				return;
			}
			out.append("{\n");
			List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
			for (int i = 0; i < entries.size(); i++) {
				out.append(indent).append("  ");
				string(entries.get(i).getKey().toString(), out);
				out.append(": ");
				write(entries.get(i).getValue(), out, indent + "  ");
				out.append(i + 1 < entries.size() ? ",\n" : "\n");
			}
			out.append(indent).append('}');
		} else if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				out.append("[]");
				return;
			}
			if (list.stream().allMatch(v -> v instanceof String || v instanceof Number)) {
				out.append('[');
				for (int i = 0; i < list.size(); i++) {
					write(list.get(i), out, indent);
					if (i + 1 < list.size()) {
						out.append(", ");
					}
				}
				out.append(']');
				return;
			}
			out.append("[\n");
			for (int i = 0; i < list.size(); i++) {
				out.append(indent).append("  ");
				write(list.get(i), out, indent + "  ");
				out.append(i + 1 < list.size() ? ",\n" : "\n");
			}
			out.append(indent).append(']');
		} else if (value == null) {
			out.append("null");
		} else if (value instanceof BigDecimal decimal) {
			out.append(decimal.toPlainString());
		} else if (value instanceof Boolean || value instanceof Number) {
			out.append(value);
		} else {
			string(String.valueOf(value), out);
		}
	}

	private static void string(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
