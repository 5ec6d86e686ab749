package dev.baton.store.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown links in a record's prose to a file that is renamed: each real link (inline or a reference definition, not
 * text in code) whose destination, read from the linking file's folder, is the old file gets the new file's name;
 * everything else keeps its characters.
 */
public final class BodyLinks {

	private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
			.build();

	private BodyLinks() {
	}

	/**
	 * The Markdown with the links to {@code oldFile} pointed at {@code newFile}.
	 *
	 * @param from    the folder of the file the Markdown is in, relative to the architecture folder ("" for the root)
	 * @param oldFile the renamed file's old path, relative to the architecture folder, with {@code /}
	 * @param newFile its new path
	 * @return {@code markdown} itself when no link points at the old file
	 */
	public static String retarget(String markdown, String from, String oldFile, String newFile) {
		String oldName = oldFile.substring(oldFile.lastIndexOf('/') + 1);
		if (markdown == null || !markdown.contains(oldName) && !markdown.contains(encode(oldName))) {
			return markdown;
		}
		int[] lineStarts = lineStarts(markdown);
		List<int[]> edits = new ArrayList<>();
		List<String> replacements = new ArrayList<>();
		collect(PARSER.parse(markdown), markdown, lineStarts, from, oldFile, newFile, edits, replacements);
		if (edits.isEmpty()) {
			return markdown;
		}
		StringBuilder result = new StringBuilder(markdown);
		for (int i = edits.size() - 1; i >= 0; i--) {
			result.replace(edits.get(i)[0], edits.get(i)[1], replacements.get(i));
		}
		return result.toString();
	}

	private static void collect(Node node, String markdown, int[] lineStarts, String from, String oldFile,
			String newFile, List<int[]> edits, List<String> replacements) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			String destination = child instanceof Link link ? link.getDestination()
					: child instanceof LinkReferenceDefinition definition ? definition.getDestination() : null;
			if (destination != null && pointsAt(destination, from, oldFile)) {
				String replacement = relative(from, newFile) + fragment(destination);
				int at = locate(child, markdown, lineStarts, destination, child instanceof Link ? "](" : "]:");
				if (at >= 0) {
					edits.add(new int[] { at, at + destination.length() });
					replacements.add(replacement);
				}
			}
			collect(child, markdown, lineStarts, from, oldFile, newFile, edits, replacements);
		}
	}

	/** Where the destination is written in the node's source, or -1 (written with escapes: left alone). */
	private static int locate(Node node, String markdown, int[] lineStarts, String destination, String opener) {
		List<SourceSpan> spans = node.getSourceSpans();
		for (int i = spans.size() - 1; i >= 0; i--) {
			SourceSpan span = spans.get(i);
			if (span.getLineIndex() >= lineStarts.length) {
				continue;
			}
			int start = lineStarts[span.getLineIndex()] + span.getColumnIndex();
			int end = Math.min(markdown.length(), start + span.getLength());
			String text = markdown.substring(start, end);
			int opened = text.lastIndexOf(opener);
			if (opened < 0) {
				continue;
			}
			int at = text.indexOf(destination, opened + opener.length());
			if (at >= 0) {
				return start + at;
			}
		}
		return -1;
	}

	private static boolean pointsAt(String destination, String from, String oldFile) {
		String path = destination;
		int cut = firstOf(path, '#', '?');
		if (cut >= 0) {
			path = path.substring(0, cut);
		}
		if (path.isEmpty() || path.startsWith("/") || path.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
			return false;
		}
		try {
			Path target = Path.of(from).resolve(path).normalize();
			if (target.equals(Path.of(oldFile))) {
				return true;
			}
			return path.contains("%") && Path.of(from).resolve(URLDecoder.decode(path, StandardCharsets.UTF_8))
					.normalize().equals(Path.of(oldFile));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static String relative(String from, String file) {
		return Path.of(from).relativize(Path.of(file)).toString().replace('\\', '/');
	}

	private static String fragment(String destination) {
		int cut = firstOf(destination, '#', '?');
		return cut < 0 ? "" : destination.substring(cut);
	}

	private static int firstOf(String text, char a, char b) {
		int first = text.indexOf(a);
		int second = text.indexOf(b);
		return first < 0 ? second : second < 0 ? first : Math.min(first, second);
	}

	private static String encode(String name) {
		return name.replace(" ", "%20");
	}

	/** Offsets where each line starts, with commonmark's line breaks (\n, \r\n, \r). */
	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				i++;
				starts.add(i + 1);
			} else if (c == '\n' || c == '\r') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}
}
