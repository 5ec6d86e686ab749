package dev.baton.export.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.Monitor;

import dev.baton.api.Findings;
import dev.baton.pack.Handover;
import dev.baton.pack.MarkdownNodes;
import dev.baton.pack.Pack;
import dev.baton.pack.PackFiles;
import dev.baton.pack.PackLinks;

/**
 * Writes a {@link Pack} as a tree of Markdown files that reads well on any git host: the overview as {@code README.md},
 * one file per page, relative links. Text written by people goes through CommonMark and back, so links between record
 * files become links between pages and raw HTML becomes text.
 */
public final class MarkdownTree {

	/** Source of the Markdown exporter's findings. */
	public static final String SOURCE = "dev.baton.export.markdown";

	// tables are read as tables, cell by cell, as the HTML site reads them: as one paragraph, a long
	// table's links and emphasis made the inline parser superlinear (a 2 MB table took minutes)
	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
	private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().extensions(EXTENSIONS).build();

	private final Pack pack;
	private final Path target;
	private final DiagnosticChain findings;

	private MarkdownTree(Pack pack, Path target, DiagnosticChain findings) {
		this.pack = pack;
		this.target = target;
		this.findings = findings;
	}

	/** Writes the tree into a folder; returns its {@code README.md}. */
	public static Path write(Pack pack, Path target, DiagnosticChain findings, Monitor monitor) throws IOException {
		return new MarkdownTree(pack, target, findings).run(monitor);
	}

	/** The file of a page: the overview is {@code README.md}, the search page has none. */
	static String file(String path) {
		return path.equals("index") ? "README.md" : path + ".md";
	}

	private Path run(Monitor monitor) throws IOException {
		Files.createDirectories(target);
		monitor.beginTask("Writing the Markdown tree", pack.pages().size());
		for (Pack.Page page : pack.pages()) {
			if (monitor.isCanceled()) {
				throw new IOException("cancelled");
			}
			if (!page.kind().equals("search")) {
				Path file = target.resolve(file(page.path()));
				Files.createDirectories(file.getParent());
				PackFiles.write(file, page(page));
			}
			monitor.worked(1);
		}
		monitor.done();
		return target.resolve("README.md");
	}

	private String page(Pack.Page page) {
		StringBuilder out = new StringBuilder();
		out.append("# ").append(inlineText(page.title())).append("\n\n");
		if (!page.path().equals("index")) {
			out.append("[Overview](").append(link(page, "index", null)).append(")");
			if (page.section() != null) {
				Handover.sections().stream().filter(s -> s.id().equals(page.section())).findFirst().ifPresent(s -> out
						.append(" › [").append(inlineText(s.number() + ". " + s.title())).append("](")
						.append(link(page, "sections/" + s.id(), null)).append(")"));
			}
			out.append("\n\n");
		}
		for (Pack.Block block : page.blocks()) {
			switch (block) {
			case Pack.Heading heading -> out.append("#".repeat(Math.max(2, Math.min(6, heading.level())))).append(' ')
					.append(inlineText(heading.text())).append("\n\n");
			case Pack.Prose prose -> out.append(prose(page, prose)).append("\n\n");
			case Pack.Fields fields -> {
				for (Pack.Field field : fields.fields()) {
					out.append("- **").append(inlineText(field.label())).append(":** ")
							.append(inline(page, field.value()))
							.append('\n');
				}
				out.append('\n');
			}
			case Pack.Table table -> {
				out.append("| ")
						.append(String.join(" | ", table.headers().stream().map(MarkdownTree::cellText).toList()))
						.append(" |\n|").append(" --- |".repeat(table.headers().size())).append('\n');
				for (List<List<Pack.Inline>> row : table.rows()) {
					out.append("| ").append(String.join(" | ", row.stream().map(c -> inline(page, c).replace("|", "\\|")
							.replace("\r", " ").replace("\n", " ")).toList())).append(" |\n");
				}
				out.append('\n');
			}
			case Pack.Items items -> {
				items.items().forEach(item -> out.append("- ").append(inline(page, item)).append('\n'));
				out.append('\n');
			}
			case Pack.Diagram diagram -> out.append("_Diagram: ").append(inlineText(diagram.title()))
					.append(" (see the HTML pack)._\n\n");
			case Pack.Note note -> out.append("> ").append(inlineText(note.text())).append("\n\n");
			}
		}
		String text = out.toString();
		int end = text.length();
		while (end > 0 && text.charAt(end - 1) == '\n') {
			end--;
		}
		return text.substring(0, end) + "\n";
	}

	private String inline(Pack.Page page, List<Pack.Inline> inlines) {
		StringBuilder out = new StringBuilder();
		for (Pack.Inline inline : inlines) {
			switch (inline) {
			case Pack.Text text -> out.append(inlineText(text.text()));
			case Pack.Link link -> out.append('[').append(inlineText(link.text())).append("](")
					.append(link.url() != null ? link.url() : link(page, link.path(), link.anchor())).append(')');
			}
		}
		return out.toString();
	}

	private static String link(Pack.Page from, String path, String anchor) {
		String relative = PackLinks.relative(from.path(), path);
		String file = path.equals("index") ? relative.substring(0, relative.length() - "index".length()) + "README.md"
				: relative + ".md";
		return file.replace(" ", "%20") + (anchor == null ? "" : "#" + anchor);
	}

	/** Text as Markdown that shows it literally (no emphasis, links or HTML from it). */
	static String inlineText(String text) {
		if (text == null) {
			return "";
		}
		// most titles, labels and values: rendering them would give them back as they are, at the cost of setting up
		// the renderer's context (every node renderer) once per text, most of the Markdown tree's time
		return plain(text) ? text : rendered(text);
	}

	/** The punctuation that never starts Markdown syntax after a letter (nor is escaped by the renderer there). */
	private static final String PLAIN_PUNCTUATION = ",.;:'\"/()?-";

	/**
	 * Whether the renderer gives the text back as it is: it starts with a letter (so it starts no list, heading or
	 * block), and holds only letters, digits, single spaces inside and {@value #PLAIN_PUNCTUATION}.
	 */
	static boolean plain(String text) {
		int n = text.length();
		if (n == 0 || !Character.isLetter(text.charAt(0)) || text.charAt(n - 1) == ' ') {
			return false;
		}
		for (int i = 1; i < n; i++) {
			char c = text.charAt(i);
			if (c == ' ' ? text.charAt(i - 1) == ' '
					: !Character.isLetterOrDigit(c) && PLAIN_PUNCTUATION.indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

	/** {@link #inlineText} by the renderer, for any text. */
	static String rendered(String text) {
		Paragraph paragraph = new Paragraph();
		// a bare CR ends a line in Markdown as a LF does: either would cut a list item or a table row
		paragraph.appendChild(new Text(oneLine(text)));
		String rendered = RENDERER.render(paragraph).strip();
		// the renderer drops the spaces around the text; between runs ("2024-02-01 " and a link) they matter
		String before = text.isBlank() ? "" : text.substring(0, text.length() - text.stripLeading().length());
		String after = text.substring(text.stripTrailing().length());
		return oneLine(before + rendered + after);
	}

	private static String oneLine(String text) {
		return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
	}

	private static String cellText(String text) {
		return inlineText(text).replace("|", "\\|");
	}

	private String prose(Pack.Page page, Pack.Prose prose) {
		Node document = PARSER.parse(prose.markdown());
		for (Node node : MarkdownNodes.find(document, Link.class, Image.class, HtmlBlock.class, HtmlInline.class)) {
			if (node instanceof HtmlBlock html) {
				Paragraph paragraph = new Paragraph();
				paragraph.appendChild(new Text(html.getLiteral().strip()));
				html.insertBefore(paragraph);
				html.unlink();
			} else if (node instanceof HtmlInline html) {
				html.insertBefore(new Text(html.getLiteral()));
				html.unlink();
			} else if (node instanceof Link link) {
				PackLinks.Target target = PackLinks.resolve(pack, prose.sourcePath(), link.getDestination());
				switch (target.kind()) {
				case PAGE -> link.setDestination(link(page, target.path(), target.anchor()));
				case FILE -> link.setDestination(copy(page, target.path()));
				case EXTERNAL, ANCHOR -> {
					// kept
				}
				case BROKEN -> {
					report(prose.sourcePath(),
							"the link to '" + link.getDestination() + "' leads to nothing in the pack; "
									+ "it is shown as text");
					MarkdownNodes.unwrap(link);
				}
				}
			} else if (node instanceof Image image) {
				PackLinks.Target target = PackLinks.resolve(pack, prose.sourcePath(), image.getDestination());
				if (target.kind() == PackLinks.Kind.FILE) {
					image.setDestination(copy(page, target.path()));
				} else if (target.kind() != PackLinks.Kind.EXTERNAL) {
					MarkdownNodes.unwrap(image);
				}
			}
		}
		return RENDERER.render(document).strip();
	}

	private String copy(Pack.Page page, String file) {
		try {
			Path to = target.resolve("files").resolve(file);
			Files.createDirectories(to.getParent());
			Files.copy(pack.root().resolve(file), to, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			report(file, "cannot copy " + file + " into the pack (" + e.getMessage() + ")");
		}
		return PackLinks.relative(page.path(), "files/" + file);
	}

	private void report(String sourcePath, String message) {
		Findings.add(findings, Findings.warning(SOURCE, 1, pack.sourceOf(sourcePath), message));
	}
}
