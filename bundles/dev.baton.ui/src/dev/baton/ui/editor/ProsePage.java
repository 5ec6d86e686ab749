package dev.baton.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.baton.model.BatonPackage;
import dev.baton.ui.Messages;

/**
 * A page of prose: Markdown text fields, written back as the file's sections. Lists (decision drivers) are one item per
 * line; the chosen option is one line. Below them, the fields rendered as the pack shows them
 * ({@link MarkdownPreview}), updated with every edit.
 */
final class ProsePage extends BoundPage {

	private final List<EAttribute> attributes;
	private MarkdownPreview preview;

	ProsePage(RecordEditor editor, String id, String title, List<EAttribute> attributes) {
		super(editor, id, title);
		this.attributes = attributes;
	}

	@Override
	void createContent(Composite body, FormToolkit toolkit, Fields fields) {
		Composite client = section(body, toolkit, getTitle());
		client.setLayoutData(new GridData(SWT.FILL, SWT.FILL,
				true, true));
		for (EAttribute attribute : attributes) {
			boolean oneLine = attribute == BatonPackage.Literals.DECISION__CHOSEN_OPTION;
			fields.text(client, Fields.label(attribute), () -> session().record(), attribute, !oneLine);
		}
		Composite previewClient = section(body, toolkit, Messages.Editor_preview);
		previewClient.getParent().setLayoutData(new GridData(SWT.FILL,
				SWT.FILL, true, true));
		preview = new MarkdownPreview(previewClient);
		preview.show(session().record(), attributes);
	}

	@Override
	void refreshMore() {
		if (preview != null && !preview.control().isDisposed()) {
			preview.show(session().record(), attributes);
		}
	}
}
