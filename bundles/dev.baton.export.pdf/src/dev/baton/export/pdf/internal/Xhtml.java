package dev.baton.export.pdf.internal;

import static dev.baton.pack.Markup.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.eclipse.emf.common.util.DiagnosticChain;

import dev.baton.api.Findings;
import dev.baton.diagram.DiagramPicture;
import dev.baton.export.pdf.PdfPack;
import dev.baton.pack.Handover;
import dev.baton.pack.MarkdownNodes;
import dev.baton.pack.Pack;
import dev.baton.pack.PackLinks;
import dev.baton.store.Kinds;

/**
 * One part of the PDF as an XHTML document for openhtmltopdf: the cover (first part only), then pieces of the contents
 * and of the pack's pages in order. Section pages start a new sheet; records follow each other. A page too heavy for
 * one part is cut between blocks, table rows or list items: the piece that continues it in the next part is titled
 * "(continued)" and repeats the table's header. Links between pages of the same part are live; a link to a page printed
 * in another part names the page it is on instead. Prose is rendered by CommonMark with raw HTML escaped and unsafe
 * URLs dropped, as in the HTML site; everything else is escaped here, and characters XML cannot hold become U+FFFD.
 */
public final class Xhtml {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
			.sanitizeUrls(true).attributeProviderFactory(context -> (node, tagName, attributes) -> {
				if (node instanceof Link || node instanceof Image) {
					attributes.remove("title");
				}
			}).build();
	private static final double MAX_DIAGRAM_WIDTH = 640;
	private static final double MAX_DIAGRAM_HEIGHT = 820;

	/** Largest number of records the table of contents lists one by one. */
	static final int TOC_RECORD_LIMIT = 400;

	private final Pack pack;
	private final Function<String, DiagramPicture> diagrams;
	private final DiagnosticChain findings;
	private final String css;

	public Xhtml(Pack pack, Function<String, DiagramPicture> diagrams, DiagnosticChain findings, String css) {
		this.pack = pack;
		this.diagrams = diagrams;
		this.findings = findings;
		this.css = css;
	}

	/** Whether a page shows a record (the pages after the sections, grouped by kind). */
	public static boolean isRecordPage(Pack.Page page) {
		return Kinds.byName(page.kind()).isPresent();
	}

	/** The id of a page in the document. */
	public static String id(String path) {
		return "p-" + safe(path);
	}

	/** The id of the start of a kind's records. */
	public static String groupId(String kind) {
		return "g-" + safe(kind);
	}

	static String id(String path, String anchor) {
		return anchor == null || anchor.isEmpty() ? id(path) : id(path) + "--" + safe(anchor);
	}

	private static String safe(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
				out.append(c);
			} else {
				out.append('_').append(Integer.toHexString(c)).append('_');
			}
		}
		return out.toString();
	}

	/**
	 * What a page is cut into when it is too heavy for one part: a block as a whole ({@code row} -1), or one row of a
	 * table or one item of a list.
	 */
	public record Unit(int block, int row) {
	}

	/**
	 * A run of units {@code [from, to)} of one page printed in one part; the page is {@code null} for lines of the
	 * contents. A piece that does not start at 0 continues the page printed in the part before: it is titled as such
	 * and repeats its table's header.
	 */
	public record Piece(Pack.Page page, int from, int to) {

		/** Whether the piece holds the page's start (its title, its id, its bookmark). */
		public boolean start() {
			return from == 0;
		}
	}

	/** One line of the contents: a page or the start of a kind's records. */
	public record ContentsLine(String title, String path, String target, String level) {
	}

	/** The units of a page, in order. */
	public static List<Unit> units(Pack.Page page) {
		List<Unit> units = new ArrayList<>();
		List<Pack.Block> blocks = page.blocks();
		for (int b = 0; b < blocks.size(); b++) {
			int rows = switch (blocks.get(b)) {
			case Pack.Table table -> table.rows().size();
			case Pack.Items items -> items.items().size();
			default -> 0;
			};
			if (rows == 0) {
				units.add(new Unit(b, -1));
			}
			for (int r = 0; r < rows; r++) {
				units.add(new Unit(b, r));
			}
		}
		return units;
	}

	/**
	 * The weight of a page's title and frame: about the characters of XHTML it takes (the layout's boxes and memory
	 * grow with them).
	 */
	public static int headerWeight(Pack.Page page) {
		return 100 + page.title().length();
	}

	/** The weight of one unit of a page: about the characters of XHTML it takes. */
	public static int weight(Pack.Page page, Unit unit) {
		Pack.Block block = page.blocks().get(unit.block());
		return switch (block) {
		case Pack.Heading heading -> 40 + heading.text().length();
		case Pack.Prose prose -> 40 + prose.markdown().length();
		case Pack.Fields fields -> {
			int weight = 40;
			for (Pack.Field field : fields.fields()) {
				weight += 40 + field.label().length() + weight(field.value());
			}
			yield weight;
		}
		case Pack.Table table -> {
			if (unit.row() < 0) {
				yield 60 + table.headers().stream().mapToInt(h -> 10 + h.length()).sum();
			}
			int weight = 20;
			for (List<Pack.Inline> cell : table.rows().get(unit.row())) {
				weight += 10 + weight(cell);
			}
			yield weight;
		}
		case Pack.Items items -> unit.row() < 0 ? 30 : 20 + weight(items.items().get(unit.row()));
		case Pack.Diagram diagram -> 400 + diagram.title().length();
		case Pack.Note note -> 40 + note.text().length();
		};
	}

	/** The weight of a line of the contents. */
	public static int weight(ContentsLine line) {
		return 80 + line.title().length();
	}

	private static int weight(List<Pack.Inline> inlines) {
		int weight = 0;
		for (Pack.Inline inline : inlines) {
			weight += switch (inline) {
			case Pack.Text text -> text.text().length();
			case Pack.Link link -> 30 + link.text().length();
			};
		}
		return weight;
	}

	/** The lines of the contents, in order: the pages before the records, then each kind's records. */
	public List<ContentsLine> contentsLines() {
		Map<String, List<Pack.Page>> groups = groups();
		int records = groups.values().stream().mapToInt(List::size).sum();
		List<ContentsLine> lines = new ArrayList<>();
		for (Pack.Page page : pack.pages()) {
			if (page.kind().equals("search") || isRecordPage(page)) {
				continue;
			}
			lines.add(new ContentsLine(page.title(), page.path(), id(page.path()), "toc-1"));
		}
		for (Map.Entry<String, List<Pack.Page>> group : groups.entrySet()) {
			Pack.Page firstRecord = group.getValue().get(0);
			lines.add(new ContentsLine(groupTitle(group.getKey(), group.getValue().size()), firstRecord.path(),
					groupId(group.getKey()), "toc-1"));
			if (records <= TOC_RECORD_LIMIT) {
				for (Pack.Page page : group.getValue()) {
					lines.add(new ContentsLine(page.title(), page.path(), id(page.path()), "toc-2"));
				}
			}
		}
		return lines;
	}

	/**
	 * The XHTML of one part.
	 *
	 * @param pieces        what it prints, in order
	 * @param first         whether it is the first part (the cover; the contents' lines are pieces)
	 * @param pageOf        the page number of an element printed in another part, by id, for the contents and links
	 * @param continuedKind the kind of the record the part before ended with, {@code null} if none
	 * @param unknown       what prints for a page number not known yet (digits as wide as the number to come, so that
	 *                      the layout does not change once it is known), {@code null} to print nothing for a link and a
	 *                      question mark in the contents
	 */
	public Document part(List<Piece> pieces, boolean first, Map<String, Integer> pageOf, String continuedKind,
			String unknown) {
		Map<String, List<Pack.Page>> groups = groups();
		Set<String> targets = targets(pieces, first, continuedKind);
		Page writer = new Page(targets, pageOf, unknown);
		StringBuilder body = new StringBuilder(64 * 1024);
		if (first) {
			cover(body);
		}
		List<ContentsLine> contents = null;
		String kind = continuedKind;
		for (Piece piece : pieces) {
			Pack.Page page = piece.page();
			if (page == null) {
				if (contents == null) {
					contents = contentsLines();
				}
				contents(body, contents, piece, groups, writer);
				continue;
			}
			if (page.kind().equals("search")) {
				continue;
			}
			boolean record = isRecordPage(page);
			if (record && !page.kind().equals(kind)) {
				kind = page.kind();
				String lead = lead(body);
				body.append("<div class=\"chapter group").append(lead).append("\" id=\"").append(groupId(kind))
						.append("\"><h1>")
						.append(escape(groupTitle(kind, groups.get(kind).size()))).append("</h1></div>\n");
			}
			String title = piece.start() ? page.title() : page.title() + " (continued)";
			String lead = lead(body);
			body.append("<div class=\"").append(record ? "record" : "chapter").append(piece.start() ? "" : " continued")
					.append(lead).append("\">\n");
			// the id is the title's: a record's rule and margin may stay at the foot of the sheet before it
			body.append(record ? "<h2 class=\"title\"" : "<h1").append(" id=\"")
					.append(piece.start() ? id(page.path()) : continuationId(page.path(), piece.from())).append("\">")
					.append(escape(title)).append(record ? "</h2>\n" : "</h1>\n");
			List<Unit> units = units(page);
			int u = piece.from();
			while (u < piece.to()) {
				Unit unit = units.get(u);
				int end = u + 1;
				if (unit.row() >= 0) {
					while (end < piece.to() && units.get(end).block() == unit.block()) {
						end++;
					}
				}
				writer.block(page, page.blocks().get(unit.block()), body, unit.row() < 0 ? 0 : unit.row(),
						unit.row() < 0 ? Integer.MAX_VALUE : units.get(end - 1).row() + 1);
				u = end;
			}
			body.append("</div>\n");
		}
		StringBuilder doc = new StringBuilder(body.length() + 8192);
		doc.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/><title>")
				.append(escape("Handover pack of " + pack.title())).append("</title>");
		doc.append("<meta name=\"subject\" content=\"").append(escape("Handover pack, as of " + pack.asOf()))
				.append("\"/><meta name=\"author\" content=\"Baton\"/>");
		String style = css.replace("@TITLE@", cssString(pack.title() + " — as of " + pack.asOf()));
		if (!first) {
			style = style.replaceAll("(?s)/\\*cover\\*/.*?/\\*end-cover\\*/", "");
		}
		// escaped like any text: the title in the footer's rule may hold '&', '<' or "</style>"
		doc.append("<style>").append(escape(style)).append("</style>");
		List<String> ids = new ArrayList<>();
		bookmarks(doc, pieces, first, groups, continuedKind, ids);
		doc.append("</head><body>\n").append(body).append("</body></html>\n");
		return new Document(xmlSafe(doc), ids, targets, writer.lookedUp);
	}

	/**
	 * A part's XHTML, the ids its bookmarks point at, in the order of the document's outline (depth first), to learn on
	 * which page each landed, the ids of the elements it prints (links to them are live), and the page numbers of other
	 * parts it printed, by id ({@code null} for one not known yet).
	 */
	public record Document(String xhtml, List<String> bookmarkIds, Set<String> targets,
			Map<String, Integer> numbersUsed) {
	}

	/**
	 * The class of the part's first element: a page break before it would leave the part's first sheet blank
	 * (openhtmltopdf breaks before the first element too).
	 */
	private static String lead(StringBuilder body) {
		// called before the element is written
		return body.isEmpty() ? " lead" : "";
	}

	/** The id of a piece that continues a page. */
	static String continuationId(String path, int from) {
		return "c" + from + "-" + safe(path);
	}

	/** The ids of the elements a part prints, for live links: pages, their headings, kinds' starts. */
	private Set<String> targets(List<Piece> pieces, boolean first, String continuedKind) {
		Set<String> targets = new HashSet<>();
		String kind = continuedKind;
		for (Piece piece : pieces) {
			Pack.Page page = piece.page();
			if (page == null) {
				if (piece.start()) {
					targets.add("contents");
				}
				continue;
			}
			if (isRecordPage(page) && !page.kind().equals(kind)) {
				kind = page.kind();
				targets.add(groupId(kind));
			}
			if (piece.start()) {
				targets.add(id(page.path()));
			}
			List<Unit> units = units(page);
			for (int u = piece.from(); u < piece.to(); u++) {
				if (page.blocks().get(units.get(u).block()) instanceof Pack.Heading heading) {
					targets.add(id(page.path(), heading.anchor()));
				}
			}
		}
		return targets;
	}

	private Map<String, List<Pack.Page>> groups() {
		Map<String, List<Pack.Page>> groups = new LinkedHashMap<>();
		for (Pack.Page page : pack.pages()) {
			if (isRecordPage(page)) {
				groups.computeIfAbsent(page.kind(), k -> new ArrayList<>()).add(page);
			}
		}
		return groups;
	}

	private static String groupTitle(String kind, int count) {
		return Kinds.byName(kind).map(Handover::plural).orElse(kind) + " (" + count + ")";
	}

	private void cover(StringBuilder out) {
		out.append("<div class=\"cover\"><p class=\"kicker\">Handover pack</p><h1 class=\"cover-title\">")
				.append(escape(pack.title())).append("</h1><p class=\"as-of\">as of ").append(escape(pack.asOf()))
				.append("</p>");
		Pack.Page overview = pack.page("index");
		if (overview != null) {
			for (Pack.Block block : overview.blocks()) {
				if (block instanceof Pack.Fields fields) {
					out.append("<table class=\"cover-facts\">");
					for (Pack.Field field : fields.fields()) {
						out.append("<tr><th>").append(escape(field.label())).append("</th><td>")
								.append(escape(Pack.plain(field.value()))).append("</td></tr>");
					}
					out.append("</table>");
					break;
				}
			}
		}
		out.append("<p class=\"made\">Made with Baton from the architecture records. The same records and date give "
				+ "the same document.</p></div>\n");
	}

	private void contents(StringBuilder out, List<ContentsLine> lines, Piece piece, Map<String, List<Pack.Page>> groups,
			Page writer) {
		if (piece.start()) {
			out.append("<div class=\"contents\" id=\"contents\"><h1>Contents</h1><ul class=\"toc\">\n");
		} else {
			String lead = lead(out);
			out.append("<div class=\"contents continued").append(lead).append("\" id=\"c").append(piece.from())
					.append("-contents\"><h1>Contents (continued)</h1><ul class=\"toc\">\n");
		}
		for (int i = piece.from(); i < piece.to(); i++) {
			ContentsLine line = lines.get(i);
			writer.tocLine(out, line.title(), line.target(), line.level());
		}
		out.append("</ul>");
		int records = groups.values().stream().mapToInt(List::size).sum();
		if (piece.to() == lines.size() && records > TOC_RECORD_LIMIT) {
			out.append("<p class=\"note\">").append(records).append(
					" records are too many to list here: the PDF's bookmarks list every one, and the record lists of "
							+ "the sections link to them.</p>");
		}
		out.append("</div>\n");
	}

	private void bookmarks(StringBuilder out, List<Piece> pieces, boolean first,
			Map<String, List<Pack.Page>> groups, String continuedKind, List<String> ids) {
		out.append("<bookmarks>");
		if (first) {
			out.append("<bookmark name=\"Contents\" href=\"#contents\"/>");
			ids.add("contents");
		}
		String kind = continuedKind;
		boolean open = false;
		for (Piece piece : pieces) {
			Pack.Page page = piece.page();
			if (page == null || page.kind().equals("search")) {
				continue;
			}
			if (!piece.start()) {
				// a page's bookmark points at its start, in the part before
				if (!isRecordPage(page) && open) {
					out.append("</bookmark>");
					open = false;
				}
				continue;
			}
			if (isRecordPage(page)) {
				if (!page.kind().equals(kind) || !open) {
					if (open) {
						out.append("</bookmark>");
					}
					boolean continued = page.kind().equals(kind);
					kind = page.kind();
					String title = groupTitle(kind, groups.get(kind).size()) + (continued ? ", continued" : "");
					String target = continued ? id(page.path()) : groupId(kind);
					out.append("<bookmark name=\"").append(escape(title)).append("\" href=\"#").append(target)
							.append("\">");
					ids.add(target);
					open = true;
				}
			} else if (open) {
				out.append("</bookmark>");
				open = false;
			}
			out.append("<bookmark name=\"").append(escape(page.title())).append("\" href=\"#").append(id(page.path()))
					.append("\"/>");
			ids.add(id(page.path()));
		}
		if (open) {
			out.append("</bookmark>");
		}
		out.append("</bookmarks>");
	}

	/** Writes blocks; knows which elements are in this part and records the page numbers it prints. */
	private final class Page {

		private final Set<String> targets;
		private final Map<String, Integer> pageOf;
		private final String unknown;
		final Map<String, Integer> lookedUp = new HashMap<>();

		Page(Set<String> targets, Map<String, Integer> pageOf, String unknown) {
			this.targets = targets;
			this.pageOf = pageOf;
			this.unknown = unknown;
		}

		/** The page number of an element printed in another part, {@code null} while not known. */
		private Integer number(String target) {
			Integer number = pageOf.get(target);
			lookedUp.put(target, number);
			return number;
		}

		/** The id to link to for a page (and anchor) printed in this part, {@code null} if it is not. */
		private String live(String path, String anchor) {
			String exact = id(path, anchor);
			if (targets.contains(exact)) {
				return exact;
			}
			// the anchor is in a continuation of the page in another part: the page's start
			return targets.contains(id(path)) ? id(path) : null;
		}

		void tocLine(StringBuilder out, String title, String target, String level) {
			out.append("<li class=\"").append(level).append("\">");
			if (targets.contains(target)) {
				out.append("<a href=\"#").append(target).append("\">").append(escape(title))
						.append("</a><span class=\"pn\"><a class=\"pn\" href=\"#").append(target)
						.append("\"></a></span>");
			} else {
				Integer number = number(target);
				out.append(escape(title)).append("<span class=\"pn\">")
						.append(number != null ? number.toString() : unknown != null ? unknown : "?").append("</span>");
			}
			out.append("</li>\n");
		}

		/** Writes a block; of a table or a list only the rows or items {@code [from, to)}. */
		void block(Pack.Page page, Pack.Block block, StringBuilder out, int from, int to) {
			switch (block) {
			case Pack.Heading heading -> {
				int level = Math.min(6, Math.max(2, heading.level()) + (isRecordPage(page) ? 1 : 0));
				out.append("<h").append(level).append(" id=\"").append(id(page.path(), heading.anchor())).append("\">")
						.append(escape(heading.text())).append("</h").append(level).append(">\n");
			}
			case Pack.Prose prose -> {
				Node document = PARSER.parse(prose.markdown());
				rewriteLinks(page, prose.sourcePath(), document);
				out.append("<div class=\"prose\">").append(RENDERER.render(document)).append("</div>\n");
			}
			case Pack.Fields fields -> {
				out.append("<table class=\"fields\">\n");
				for (Pack.Field field : fields.fields()) {
					out.append("<tr><th>").append(escape(field.label())).append("</th><td>")
							.append(inline(field.value())).append("</td></tr>\n");
				}
				out.append("</table>\n");
			}
			case Pack.Table table -> {
				out.append("<table class=\"catalog\"><thead><tr>");
				table.headers().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
				out.append("</tr></thead><tbody>\n");
				for (List<List<Pack.Inline>> row : table.rows().subList(from, Math.min(to, table.rows().size()))) {
					out.append("<tr>");
					for (List<Pack.Inline> cell : row) {
						out.append("<td>").append(inline(cell)).append("</td>");
					}
					out.append("</tr>\n");
				}
				out.append("</tbody></table>\n");
			}
			case Pack.Items items -> {
				out.append("<ul class=\"items\">\n");
				items.items().subList(from, Math.min(to, items.items().size()))
						.forEach(item -> out.append("<li>").append(inline(item)).append("</li>\n"));
				out.append("</ul>\n");
			}
			case Pack.Diagram diagram -> diagram(diagram, out);
			case Pack.Note note -> out.append("<p class=\"note ").append(escape(note.level())).append("\">")
					.append(escape(note.text())).append("</p>\n");
			}
		}

		private void diagram(Pack.Diagram diagram, StringBuilder out) {
			DiagramPicture picture = diagrams.apply(diagram.viewId());
			out.append("<div class=\"diagram\">");
			if (picture == null) {
				out.append("<p class=\"note\">The diagram ").append(escape(diagram.title()))
						.append(" is not drawn in this pack.</p>");
			} else {
				double scale = Math.min(1, Math.min(MAX_DIAGRAM_WIDTH / picture.width(),
						MAX_DIAGRAM_HEIGHT / picture.height()));
				out.append("<object type=\"").append(DiagramDrawer.TYPE).append("\" data-view=\"")
						.append(escape(diagram.viewId())).append("\" style=\"width: ")
						.append(Math.round(picture.width() * scale)).append("px; height: ")
						.append(Math.round(picture.height() * scale)).append("px;\"></object>");
			}
			out.append("<p class=\"caption\">").append(escape(diagram.title())).append("</p></div>\n");
		}

		private String inline(List<Pack.Inline> inlines) {
			StringBuilder out = new StringBuilder();
			for (Pack.Inline inline : inlines) {
				switch (inline) {
				case Pack.Text text -> out.append(escape(text.text()));
				case Pack.Link link -> {
					if (link.url() != null) {
						String url = link.url().toLowerCase(Locale.ROOT);
						if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
							out.append("<a href=\"").append(escape(link.url())).append("\">")
									.append(escape(link.text()))
									.append("</a>");
						} else {
							out.append(escape(link.text()));
						}
					} else {
						out.append(pageLink(link.text(), link.path(), link.anchor()));
					}
				}
				}
			}
			return out.toString();
		}

		private String pageLink(String text, String path, String anchor) {
			String live = live(path, anchor);
			if (live != null) {
				return "<a href=\"#" + live + "\">" + escape(text) + "</a>";
			}
			Integer number = number(id(path));
			String printed = number != null ? number.toString() : unknown;
			return escape(text) + (printed == null ? "" : " (p. " + printed + ")");
		}

		/** Links between record files become links in the document; images of the folder are embedded. */
		private void rewriteLinks(Pack.Page page, String sourcePath, Node document) {
			for (Node node : MarkdownNodes.find(document, Link.class, Image.class)) {
				if (node instanceof Link link) {
					PackLinks.Target target = PackLinks.resolve(pack, sourcePath, link.getDestination());
					switch (target.kind()) {
					case PAGE -> {
						String live = live(target.path(), target.anchor());
						if (live != null) {
							link.setDestination("#" + live);
						} else {
							MarkdownNodes.unwrap(link);
						}
					}
					case EXTERNAL -> {
						// kept: the renderer drops unsafe schemes
					}
					case ANCHOR, FILE -> MarkdownNodes.unwrap(link);
					case BROKEN -> {
						if (link.getDestination() != null && !link.getDestination().matches("(?i)\\s*javascript:.*")) {
							report(sourcePath,
									"the link to '" + link.getDestination() + "' leads to nothing in the pack; "
											+ "it is shown as text: fix the link or add the file");
						}
						MarkdownNodes.unwrap(link);
					}
					}
				} else if (node instanceof Image image) {
					PackLinks.Target target = PackLinks.resolve(pack, sourcePath, image.getDestination());
					String name = target.path() == null ? "" : target.path().toLowerCase(Locale.ROOT);
					if (target.kind() == PackLinks.Kind.FILE && name.matches(".*\\.(png|jpe?g|gif|bmp)$")) {
						image.setDestination(pack.root().resolve(target.path()).toUri().toString());
					} else {
						if (target.kind() == PackLinks.Kind.BROKEN) {
							report(sourcePath, "the image '" + image.getDestination()
									+ "' is not in the architecture folder; its text is shown instead");
						}
						MarkdownNodes.unwrap(image);
					}
				}
			}
		}
	}

	private void report(String sourcePath, String message) {
		Findings.add(findings, Findings.warning(PdfPack.SOURCE, 1, pack.sourceOf(sourcePath), message));
	}

	private static String cssString(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("\r", " ") + "\"";
	}

	/** The text with every character XML 1.0 cannot hold replaced by U+FFFD. */
	static String xmlSafe(CharSequence text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xfffe || c == 0xffff
					|| Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1)))
							&& !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
			if (bad && out == null) {
				out = new StringBuilder(text.length());
				out.append(text, 0, i);
			}
			if (out != null) {
				out.append(bad ? '\ufffd' : c);
			}
		}
		return out == null ? text.toString() : out.toString();
	}
}
