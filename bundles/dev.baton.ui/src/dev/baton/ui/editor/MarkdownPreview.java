package dev.baton.ui.editor;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The rendered preview of a page's Markdown fields, as the pack shows them: CommonMark rendered to HTML in an SWT
 * {@link Browser} where a browser engine is present (WebKitGTK on Linux), with raw HTML escaped, unsafe links dropped
 * and JavaScript off; where there is none, the rendered text (no Markdown marks) in a read-only text widget. The
 * control carries {@code baton.preview} = {@code "browser"} or {@code "text"}.
 */
final class MarkdownPreview {

	private static final Parser PARSER = Parser.builder().build();
	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private final Browser browser;
	private final StyledText text;

	MarkdownPreview(Composite parent) {
		Browser made = null;
		try {
			made = new Browser(parent, SWT.NONE);
			made.setJavascriptEnabled(false);
		} catch (SWTError e) {
			// no browser engine on this machine: the plain rendering below
		}
		browser = made;
		text = browser == null ? new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER) : null;
		Control control = control();
		control.setData("baton.preview", browser == null ? "text" : "browser");
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		layout.heightHint = 220;
		control.setLayoutData(layout);
	}

	Control control() {
		return browser != null ? browser : text;
	}

	/** Shows the attributes' current values, each under its label. */
	void show(EObject record, List<EAttribute> attributes) {
		Node document = PARSER.parse(markdown(record, attributes));
		if (browser != null) {
			browser.setText(
					"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" "
							+ "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src "
							+ "data:\"><style>body{font-family:sans-serif;"
							+ "font-size:13px;margin:8px}</style></head><body>" + HTML.render(document)
							+ "</body></html>");
		} else {
			text.setText(TEXT.render(document).strip());
		}
	}

	/** The page as one Markdown document: a heading per field, lists as bullet lists. */
	static String markdown(EObject record, List<EAttribute> attributes) {
		StringBuilder out = new StringBuilder();
		for (EAttribute attribute : attributes) {
			if (record == null || !record.eIsSet(attribute)) {
				continue;
			}
			out.append("## ").append(Fields.label(attribute)).append("\n\n");
			Object value = record.eGet(attribute);
			if (value instanceof List<?> items) {
				items.forEach(item -> out.append("- ").append(item).append('\n'));
			} else {
				out.append(value).append('\n');
			}
			out.append('\n');
		}
		return out.toString();
	}
}
