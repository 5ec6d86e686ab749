package dev.baton.history.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import dev.baton.store.YamlLimits;

/**
 * A record's text cut into the parts merged one by one: the front matter's entries and the body's Markdown sections.
 * Joining the parts gives the text back byte for byte.
 */
final class RecordParts {

	/** The YAML settings every entry is read with (immutable, so made once). */
	private static final LoadSettings SETTINGS = YamlLimits.settings("front matter").build();

	/** Thrown when a front matter cannot be cut into entries: it is then merged line by line. */
	static final class Unsplittable extends Exception {

		private static final long serialVersionUID = 1L;

		Unsplittable(String message) {
			super(message);
		}
	}

	/** The key of the comment and blank lines after the last entry. */
	static final String END = "\u0000end";

	/** An ATX heading: up to three spaces, one to six {@code #}, then the text; closing {@code #}s are not text. */
	private static final Pattern HEADING = Pattern.compile(" {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*");
	private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

	/** The front matter's opening and closing lines; {@code null} when the text has no front matter. */
	final String open;
	final String close;
	/** The front matter's lines between the two. */
	final String frontMatter;
	/** The body: everything after the front matter. */
	final List<String> body;
	/** The line end the text uses. */
	final String end;

	private RecordParts(String open, String close, String frontMatter, List<String> body, String end) {
		this.open = open;
		this.close = close;
		this.frontMatter = frontMatter;
		this.body = body;
		this.end = end;
	}

	static RecordParts of(String text) {
		List<String> lines = Lines.of(text);
		String end = Lines.end(text);
		if (!lines.isEmpty() && Lines.bare(lines.get(0)).replace("\uFEFF", "").equals("---")) {
			for (int i = 1; i < lines.size(); i++) {
				String bare = Lines.bare(lines.get(i));
				if (bare.equals("---") || bare.equals("...")) {
					return new RecordParts(lines.get(0), lines.get(i), Lines.join(lines, 1, i),
							lines.subList(i + 1, lines.size()), end);
				}
			}
		}
		return new RecordParts(null, null, "", lines, end);
	}

	/** The heading's text when the line is an ATX heading. */
	static Optional<String> heading(String line) {
		Matcher heading = HEADING.matcher(Lines.bare(line));
		return heading.matches() ? Optional.of(heading.group(2) == null ? "" : heading.group(2).strip())
				: Optional.empty();
	}

	/** The body as one text. */
	String bodyText() {
		return Lines.join(body, 0, body.size());
	}

	/**
	 * The front matter's entries: each top-level key with the comment and blank lines before it and the lines of its
	 * value; comment and blank lines after the last entry are a part of their own ({@link #END}).
	 */
	List<Unit> fields() throws Unsplittable {
		List<List<String>> blocks = new ArrayList<>();
		List<String> pending = new ArrayList<>();
		for (String line : Lines.of(frontMatter)) {
			String bare = Lines.bare(line);
			boolean loose = bare.isEmpty() || bare.startsWith("#");
			boolean continues = !loose && (line.startsWith(" ") || line.startsWith("\t") || line.startsWith("-"));
			if (loose) {
				pending.add(line);
			} else if (continues && !blocks.isEmpty()) {
				List<String> block = blocks.get(blocks.size() - 1);
				block.addAll(pending);
				pending.clear();
				block.add(line);
			} else {
				List<String> block = new ArrayList<>(pending);
				pending.clear();
				block.add(line);
				blocks.add(block);
			}
		}
		List<Unit> fields = new ArrayList<>();
		Map<String, Boolean> seen = new HashMap<>();
		for (List<String> block : blocks) {
			String text = Lines.join(block, 0, block.size());
			Map.Entry<String, Object> entry = entry(text);
			if (seen.put(entry.getKey(), Boolean.TRUE) != null) {
				throw new Unsplittable("the key '" + entry.getKey() + "' is written twice");
			}
			fields.add(
					new Unit(entry.getKey(), entry.getKey(), text, entry.getValue() == null ? "" : entry.getValue()));
		}
		if (!pending.isEmpty()) {
			fields.add(new Unit(END, "end of the front matter", Lines.join(pending, 0, pending.size()), null));
		}
		return fields;
	}

	private static Map.Entry<String, Object> entry(String text) throws Unsplittable {
		Object loaded;
		try {
			loaded = YamlLimits.load(SETTINGS).loadFromString(text);
		} catch (YamlEngineException e) {
			throw new Unsplittable("an entry is not YAML on its own: " + e.getMessage());
		}
		if (!(loaded instanceof Map<?, ?> map) || map.size() != 1) {
			throw new Unsplittable("an entry is not one key with its value");
		}
		Map.Entry<?, ?> entry = map.entrySet().iterator().next();
		return Map.entry(String.valueOf(entry.getKey()), entry.getValue() == null ? "" : entry.getValue());
	}

	/**
	 * The body's sections: the text before the first heading, then each heading with the lines up to the next one
	 * (headings inside fenced code are text). A section is known by the path of headings down to it, so that two "Pros"
	 * under different options stay apart.
	 */
	List<Unit> sections() {
		List<Unit> sections = new ArrayList<>();
		List<String[]> path = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		String key = "";
		String label = "";
		int start = 0;
		String fence = null;
		for (int i = 0; i < body.size(); i++) {
			String bare = Lines.bare(body.get(i));
			if (fence != null) {
				if (closes(bare.strip(), fence)) {
					fence = null;
				}
				continue;
			}
			Matcher opening = FENCE.matcher(bare);
			if (opening.matches()) {
				fence = opening.group(1);
				continue;
			}
			Matcher heading = HEADING.matcher(bare);
			if (!heading.matches()) {
				continue;
			}
			if (i > start) {
				sections.add(section(key, label, start, i, seen));
			}
			int level = heading.group(1).length();
			String title = heading.group(2) == null ? "" : heading.group(2).strip();
			while (!path.isEmpty() && Integer.parseInt(path.get(path.size() - 1)[0]) >= level) {
				path.remove(path.size() - 1);
			}
			path.add(new String[] { Integer.toString(level), title.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) });
			StringBuilder joined = new StringBuilder();
			for (String[] step : path) {
				joined.append('/').append(step[0]).append(' ').append(step[1]);
			}
			key = joined.toString();
			label = title;
			start = i;
		}
		if (body.size() > start) {
			sections.add(section(key, label, start, body.size(), seen));
		}
		return sections;
	}

	/** True when the line closes the fence: the fence's character, at least as many times, and nothing else. */
	private static boolean closes(String line, String fence) {
		if (line.length() < fence.length()) {
			return false;
		}
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) != fence.charAt(0)) {
				return false;
			}
		}
		return true;
	}

	private Unit section(String key, String label, int from, int to, Map<String, Integer> seen) {
		int count = seen.merge(key, 1, Integer::sum);
		return new Unit(count == 1 ? key : key + "#" + count, label, Lines.join(body, from, to), null);
	}
}
