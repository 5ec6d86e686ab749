package dev.baton.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser (RFC 8259) for the tests: objects become ordered maps, arrays lists, numbers BigDecimal. It
 * throws on anything that is not JSON, trailing text included, so a report that parses here is well-formed.
 */
public final class JsonReader {

	private final String text;
	private int at;

	private JsonReader(String text) {
		this.text = text;
	}

	public static Object parse(String text) {
		JsonReader reader = new JsonReader(text);
		Object value = reader.value();
		reader.space();
		if (reader.at != text.length()) {
			throw reader.error("text after the value");
		}
		return value;
	}

	private Object value() {
		space();
		if (at >= text.length()) {
			throw error("end of input");
		}
		char c = text.charAt(at);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		case 't':
			return literal("true", Boolean.TRUE);
		case 'f':
			return literal("false", Boolean.FALSE);
		case 'n':
			return literal("null", null);
		default:
			return number();
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		at++;
		space();
		if (peek('}')) {
			at++;
			return map;
		}
		while (true) {
			space();
			if (!peek('"')) {
				throw error("a key");
			}
			String key = string();
			space();
			expect(':');
			if (map.containsKey(key)) {
				throw error("duplicate key " + key);
			}
			map.put(key, value());
			space();
			if (peek(',')) {
				at++;
			} else {
				expect('}');
				return map;
			}
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		at++;
		space();
		if (peek(']')) {
			at++;
			return list;
		}
		while (true) {
			list.add(value());
			space();
			if (peek(',')) {
				at++;
			} else {
				expect(']');
				return list;
			}
		}
	}

	private String string() {
		StringBuilder out = new StringBuilder();
		at++;
		while (true) {
			if (at >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("control character in a string");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char escaped = text.charAt(at++);
			switch (escaped) {
			case '"', '\\', '/' -> out.append(escaped);
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> {
				out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				at += 4;
			}
			default -> throw error("bad escape");
			}
		}
	}

	private BigDecimal number() {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		String number = text.substring(start, at);
		if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
			throw error("not a number: '" + number + "'");
		}
		return new BigDecimal(number);
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw error("unknown literal");
		}
		at += word.length();
		return value;
	}

	private void space() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private boolean peek(char c) {
		return at < text.length() && text.charAt(at) == c;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("'" + c + "'");
		}
		at++;
	}

	private IllegalArgumentException error(String expected) {
		return new IllegalArgumentException("JSON: " + expected + " at offset " + at);
	}
}
