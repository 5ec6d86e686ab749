package dev.baton.export.html;

import static dev.baton.pack.Markup.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.Monitor;

import dev.baton.api.Findings;
import dev.baton.pack.Handover;
import dev.baton.pack.MarkdownNodes;
import dev.baton.pack.Pack;
import dev.baton.pack.PackFiles;
import dev.baton.pack.PackLinks;

/**
 * Writes a {@link Pack} as a static HTML site that works offline, opened from a folder or a zip as {@code file://}:
 * relative links only, no CDN, no server, no fetch of local files (the search index is a script), a print stylesheet.
 * Everything written by people is rendered by CommonMark with raw HTML escaped and unsafe URLs dropped, so nothing in a
 * record can run script in the pack. No date or time of the export run is written: the same pack gives the same bytes.
 */
public final class HtmlSite {

	/** Source of the HTML exporter's findings. */
	public static final String SOURCE = "dev.baton.export.html";

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
	/** How much of a page's text the search index holds. */
	private static final int SEARCH_TEXT_LIMIT = 20_000;
	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private final Pack pack;
	private final Path target;
	private final Function<String, String> diagrams;
	private final DiagnosticChain findings;
	/** Files of the folder copied into the site, shared by the writers of every page. */
	private final Set<String> copiedFiles;
	/** The search entries of what this writer wrote. */
	private final List<String> index = new ArrayList<>();

	private HtmlSite(Pack pack, Path target, Function<String, String> diagrams, DiagnosticChain findings,
			Set<String> copiedFiles) {
		this.pack = pack;
		this.target = target;
		this.diagrams = diagrams;
		this.findings = findings;
		this.copiedFiles = copiedFiles;
	}

	/**
	 * Writes the site into a folder (created if needed; files of an earlier export are replaced).
	 *
	 * @param diagrams the SVG of a diagram view by id (links relative to the site's root), or {@code null} where the
	 *                 view is not drawn
	 * @return the site's start page
	 */
	public static Path write(Pack pack, Path target, Function<String, String> diagrams, DiagnosticChain findings,
			Monitor monitor) throws IOException {
		return new HtmlSite(pack, target, diagrams == null ? id -> null : diagrams, findings,
				ConcurrentHashMap.newKeySet()).run(monitor);
	}

	/** Pages are written on every core, a batch at a time (bounded memory, prompt cancelling). */
	private static final int BATCH = 512;

	/** What writing one page gave: its search entry and its findings, collected in page order. */
	private record Written(List<String> index, BasicDiagnostic findings) {
	}

	private Path run(Monitor monitor) throws IOException {
		Files.createDirectories(target);
		List<Pack.Page> pages = pack.pages();
		monitor.beginTask("Writing the HTML site", pages.size() + 1);
		for (int from = 0; from < pages.size(); from += BATCH) {
			if (monitor.isCanceled()) {
				throw new IOException("cancelled");
			}
			List<Written> batch;
			try {
				batch = pages.subList(from, Math.min(pages.size(), from + BATCH)).parallelStream().map(this::writePage)
						.toList();
			} catch (UncheckedIOException e) {
				throw e.getCause();
			}
			for (Written written : batch) {
				index.addAll(written.index());
				written.findings().getChildren().forEach(findings::add);
				monitor.worked(1);
			}
		}
		writeAsset("style.css");
		writeAsset("pack.js");
		write("assets/search-index.js", "window.BATON_SEARCH = [\n" + String.join(",\n", index) + "\n];\n");
		monitor.done();
		return target.resolve("index.html");
	}

	/** Writes one page with a writer of its own (pages are written in parallel). */
	private Written writePage(Pack.Page page) {
		BasicDiagnostic found = new BasicDiagnostic();
		HtmlSite writer = new HtmlSite(pack, target, diagrams, found, copiedFiles);
		try {
			writer.write(page.path() + ".html", writer.page(page));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Written(writer.index, found);
	}

	private void write(String relative, String text) throws IOException {
		Path file = target.resolve(relative);
		Files.createDirectories(file.getParent());
		PackFiles.write(file, text);
	}

	/** The site's style sheet and script, read from the bundle once. */
	private static final Map<String, String> ASSETS = new ConcurrentHashMap<>();

	/**
	 * Writes an asset as the pages are written ({@link dev.baton.pack.PackFiles}): an export over an earlier one leaves
	 * an unchanged asset alone, and a damaged one (a full disk) is put right.
	 */
	private void writeAsset(String name) throws IOException {
		try {
			write("assets/" + name, ASSETS.computeIfAbsent(name, HtmlSite::asset));
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static String asset(String name) {
		try (InputStream in = HtmlSite.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing from the dev.baton.export.html bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// --- pages ---

	private String page(Pack.Page page) {
		String up = "../".repeat(page.path().split("/").length - 1);
		StringBuilder body = new StringBuilder();
		StringBuilder text = new StringBuilder();
		body.append("<h1>").append(escape(page.title())).append("</h1>\n");
		if (page.kind().equals("search")) {
			body.append(
					"<form class=\"search-page\" action=\"search.html\" method=\"get\"><input type=\"search\" "
							+ "name=\"q\" "
							+ "id=\"search-query\" aria-label=\"Search the pack\" autofocus> <button "
							+ "type=\"submit\">Search</button></form>\n"
							+ "<p id=\"search-count\" role=\"status\"></p>\n<ol id=\"search-results\"></ol>\n");
		}
		for (Pack.Block block : page.blocks()) {
			block(page, block, body, text);
		}
		if (!page.kind().equals("search")) {
			index.add(searchEntry(page, text.toString()));
		}
		String nav = NAVIGATION.computeIfAbsent(up + '|' + page.path().equals("readiness") + '|' + page.section(),
				key -> navigation(up, page.path().equals("readiness"), page.section()));
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
				+ "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self' data:; "
				+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'\">\n"
				+ "<title>" + escape(page.title()) + (page.path().equals("index") ? "" : " — " + escape(pack.title()))
				+ "</title>\n<link rel=\"stylesheet\" href=\"" + up + "assets/style.css\">\n"
				+ "<script src=\"" + up + "assets/search-index.js\" defer></script>\n"
				+ "<script src=\"" + up + "assets/pack.js\" defer></script>\n</head>\n<body data-root=\"" + up + "\">\n"
				+ "<header><a class=\"home\" href=\"" + up + "index.html\">" + escape(pack.title()) + "</a>"
				+ "<form class=\"search\" action=\"" + up + "search.html\" method=\"get\" role=\"search\">"
				+ "<input type=\"search\" name=\"q\" placeholder=\"Search\" aria-label=\"Search the pack\"></form>"
				+ "<span class=\"as-of\">as of " + escape(pack.asOf()) + "</span></header>\n"
				+ "<nav aria-label=\"Handover sections\"><ol>" + nav + "</ol></nav>\n<main>\n" + body + "</main>\n"
				+ "<footer>Handover pack of " + escape(pack.title()) + ", as of " + escape(pack.asOf())
				+ ". Made with Baton.</footer>\n</body>\n</html>\n";
	}

	/** The navigation of the pages at one depth with one current section, made once for all of them. */
	private static final Map<String, String> NAVIGATION = new ConcurrentHashMap<>();

	private static String navigation(String up, boolean readiness, String currentSection) {
		StringBuilder nav = new StringBuilder();
		nav.append("<li><a href=\"").append(up).append("index.html\">Overview</a></li>");
		nav.append("<li").append(readiness ? " class=\"current\"" : "").append("><a href=\"").append(up)
				.append("readiness.html\">Readiness report</a></li>");
		for (Handover.Section section : Handover.sections()) {
			boolean current = section.id().equals(currentSection);
			nav.append("<li").append(current ? " class=\"current\"" : "").append("><a href=\"").append(up)
					.append("sections/").append(section.id()).append(".html\">").append(section.number()).append(". ")
					.append(escape(section.title())).append("</a></li>");
		}
		return nav.toString();
	}

	private void block(Pack.Page page, Pack.Block block, StringBuilder out, StringBuilder text) {
		switch (block) {
		case Pack.Heading heading -> {
			String tag = "h" + Math.min(6, Math.max(2, heading.level()));
			out.append('<').append(tag).append(" id=\"").append(escape(heading.anchor())).append("\">")
					.append(escape(heading.text())).append("</").append(tag).append(">\n");
			text.append(heading.text()).append('\n');
		}
		case Pack.Prose prose -> {
			PlainProse.Rendered plain = PlainProse.render(prose.markdown());
			if (plain != null) {
				out.append("<div class=\"prose\">").append(plain.html()).append("</div>\n");
				text.append(plain.text()).append('\n');
				return;
			}
			Node document = PARSER.parse(prose.markdown());
			rewriteLinks(page, prose.sourcePath(), document);
			out.append("<div class=\"prose\">").append(renderer(page).render(document)).append("</div>\n");
			text.append(TEXT.render(document)).append('\n');
		}
		case Pack.Fields fields -> {
			out.append("<dl class=\"fields\">\n");
			for (Pack.Field field : fields.fields()) {
				out.append("<dt>").append(escape(field.label())).append("</dt><dd>").append(inline(page, field.value()))
						.append("</dd>\n");
				text.append(field.label()).append(' ').append(Pack.plain(field.value())).append('\n');
			}
			out.append("</dl>\n");
		}
		case Pack.Table table -> table(page, table, out, text);
		case Pack.Items items -> {
			out.append("<ul class=\"items\">\n");
			for (List<Pack.Inline> item : items.items()) {
				out.append("<li>").append(inline(page, item)).append("</li>\n");
				text.append(Pack.plain(item)).append('\n');
			}
			out.append("</ul>\n");
		}
		case Pack.Diagram diagram -> {
			String svg = diagrams.apply(diagram.viewId());
			out.append("<figure class=\"diagram\" id=\"diagram-").append(escape(diagram.viewId())).append("\">");
			if (svg == null) {
				out.append("<p class=\"note\">The diagram ").append(escape(diagram.title()))
						.append(" is not drawn in this pack.</p>");
			} else {
				// the SVG's links are relative to the site's root
				String up = "../".repeat(page.path().split("/").length - 1);
				out.append(svg.replace("href=\"/", "href=\"" + up));
			}
			out.append("<figcaption>").append(escape(diagram.title())).append("</figcaption></figure>\n");
		}
		case Pack.Note note -> out.append("<p class=\"note ").append(escape(note.level())).append("\">")
				.append(escape(note.text())).append("</p>\n");
		}
	}

	private void table(Pack.Page page, Pack.Table table, StringBuilder out, StringBuilder text) {
		if (table.filter() != null) {
			Set<String> values = new LinkedHashSet<>();
			table.rows().forEach(row -> values.add(Pack.plain(row.get(table.filter()))));
			out.append("<p class=\"filter\"><label>").append(escape(table.headers().get(table.filter())))
					.append(": <select data-filter-table=\"").append(escape(table.id()))
					.append("\"><option value=\"\">all</option>");
			new TreeSet<>(values).forEach(v -> out.append("<option>").append(escape(v)).append("</option>"));
			out.append("</select></label></p>\n");
		}
		out.append("<table id=\"table-").append(escape(table.id())).append("\">\n<thead><tr>");
		table.headers().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
		out.append("</tr></thead>\n<tbody>\n");
		for (List<List<Pack.Inline>> row : table.rows()) {
			out.append("<tr");
			if (table.filter() != null) {
				out.append(" data-filter=\"").append(escape(Pack.plain(row.get(table.filter())))).append('"');
			}
			out.append('>');
			for (List<Pack.Inline> cell : row) {
				out.append("<td>").append(inline(page, cell)).append("</td>");
				text.append(Pack.plain(cell)).append(' ');
			}
			out.append("</tr>\n");
			text.append('\n');
		}
		out.append("</tbody>\n</table>\n");
	}

	private String inline(Pack.Page page, List<Pack.Inline> inlines) {
		StringBuilder out = new StringBuilder();
		for (Pack.Inline inline : inlines) {
			switch (inline) {
			case Pack.Text text -> out.append(escape(text.text()));
			case Pack.Link link -> {
				if (link.url() != null) {
					out.append("<a href=\"").append(escape(link.url())).append("\" rel=\"noopener noreferrer\">")
							.append(escape(link.text())).append("</a>");
				} else {
					out.append("<a href=\"").append(escape(href(page, link.path(), link.anchor()))).append("\">")
							.append(escape(link.text())).append("</a>");
				}
			}
			}
		}
		return out.toString();
	}

	private static String href(Pack.Page from, String path, String anchor) {
		return PackLinks.relative(from.path(), path) + ".html" + (anchor == null ? "" : "#" + anchor);
	}

	// --- prose ---

	private HtmlRenderer renderer(Pack.Page page) {
		return RENDERER;
	}

	/** Raw HTML escaped, unsafe URLs dropped, web links marked as such; one for every page (it holds no state). */
	private static final HtmlRenderer RENDERER = createRenderer();

	private static HtmlRenderer createRenderer() {
		return HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
				.attributeProviderFactory(context -> (node, tagName, attributes) -> {
					if (node instanceof Link || node instanceof Image) {
						attributes.remove("title");
					}
					if (node instanceof Link link && link.getDestination() != null
							&& link.getDestination().matches("(?i)https?://.*|mailto:.*")) {
						attributes.put("rel", "noopener noreferrer");
					}
				}).build();
	}

	/** Links between record files become links between pages; images are copied; the rest shows as text. */
	private void rewriteLinks(Pack.Page page, String sourcePath, Node document) {
		for (Node node : MarkdownNodes.find(document, Link.class, Image.class)) {
			if (node instanceof Link link) {
				PackLinks.Target target = PackLinks.resolve(pack, sourcePath, link.getDestination());
				switch (target.kind()) {
				case PAGE -> link.setDestination(href(page, target.path(), target.anchor()));
				case EXTERNAL, ANCHOR -> {
					// kept as written (the renderer drops unsafe schemes)
				}
				case FILE -> link.setDestination(copy(page, target.path()));
				case BROKEN -> {
					if (link.getDestination() != null && !link.getDestination().matches("(?i)\\s*javascript:.*")) {
						report(sourcePath,
								"the link to '" + link.getDestination() + "' leads to nothing in the pack; it "
										+ "is shown as text: fix the link or add the file");
					}
					MarkdownNodes.unwrap(link);
				}
				}
			} else if (node instanceof Image image) {
				PackLinks.Target target = PackLinks.resolve(pack, sourcePath, image.getDestination());
				if (target.kind() == PackLinks.Kind.FILE) {
					image.setDestination(copy(page, target.path()));
				} else {
					// the pack works offline: an image from the web or a missing file shows as its text
					if (target.kind() == PackLinks.Kind.BROKEN) {
						report(sourcePath,
								"the image '" + image.getDestination() + "' is not in the architecture folder; "
										+ "its text is shown instead");
					}
					MarkdownNodes.unwrap(image);
				}
			}
		}
	}

	private String copy(Pack.Page page, String file) {
		String copied = "files/" + file;
		if (copiedFiles.add(copied)) {
			try {
				Path to = target.resolve(copied);
				Files.createDirectories(to.getParent());
				Files.copy(pack.root().resolve(file), to, StandardCopyOption.REPLACE_EXISTING);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return PackLinks.relative(page.path(), copied);
	}

	private void report(String sourcePath, String message) {
		Findings.add(findings, Findings.warning(SOURCE, 1, pack.sourceOf(sourcePath), message));
	}

	// --- search ---

	private String searchEntry(Pack.Page page, String text) {
		String content = collapseWhitespace(text, SEARCH_TEXT_LIMIT);
		return "{\"t\":" + json(page.title()) + ",\"u\":" + json(page.path() + ".html") + ",\"k\":" + json(page.kind())
				+ ",\"x\":" + json(content) + "}";
	}

	/** The text with each run of whitespace as one space, stripped, cut at {@code limit} characters. */
	static String collapseWhitespace(String text, int limit) {
		StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
		int length = text.length();
		int at = 0;
		while (at < length && out.length() < limit) {
			int gap = at;
			while (at < length && Character.isWhitespace(text.charAt(at))) {
				at++;
			}
			if (at == length) {
				break;
			}
			if (at > gap && out.length() > 0) {
				if (out.length() + 1 >= limit) {
					break;
				}
				out.append(' ');
			}
			int word = at;
			while (at < length && !Character.isWhitespace(text.charAt(at))) {
				at++;
			}
			// a word at a time, as much of it as the limit leaves
			out.append(text, word, word + Math.min(at - word, limit - out.length()));
		}
		return out.toString();
	}

	/** The text as a JSON string, safe inside a script element. */
	static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16).append('"');
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String escaped = switch (c) {
			case '"' -> "\\\"";
			case '\\' -> "\\\\";
			case '<' -> "\\u003c";
			case '>' -> "\\u003e";
			case '&' -> "\\u0026";
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\t' -> "\\t";
			case '\u2028' -> "\\u2028";
			case '\u2029' -> "\\u2029";
			default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
			};
			if (escaped != null) {
				// the characters before it in one piece
				out.append(text, run, i).append(escaped);
				run = i + 1;
			}
		}
		return out.append(text, run, text.length()).append('"').toString();
	}

}
