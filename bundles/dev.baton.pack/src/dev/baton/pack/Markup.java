package dev.baton.pack;

/** Text made safe for HTML and XML, as every markup format of the pack writes it. */
public final class Markup {

	private Markup() {
	}

	/** The text with {@code < > & " '} escaped, safe in element content and quoted attributes; "" for null. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		int first = 0;
		while (first < text.length() && !special(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean special(char c) {
		return c == '<' || c == '>' || c == '&' || c == '"' || c == '\'';
	}
}
