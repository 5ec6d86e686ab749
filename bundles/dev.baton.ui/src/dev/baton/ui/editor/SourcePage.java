package dev.baton.ui.editor;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.baton.ui.Messages;

/**
 * The file's source as the next save will write it, kept in step with the form: the store
 * patches only what changed, so the rest stays byte for byte as on disk. Read-only: the raw file
 * is edited with Open With > Text Editor, and this editor then offers to reload.
 */
final class SourcePage extends FormPage {

	static final String ID = "source";
	private Text text;

	SourcePage(RecordEditor editor) {
		super(editor, ID, Messages.Editor_sourcePage);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(Messages.Editor_sourceTitle);
		form.getBody().setLayout(new GridLayout(1, false));
		toolkit.createLabel(form.getBody(), Messages.Editor_sourceHint, SWT.WRAP);
		text = toolkit.createText(form.getBody(), "", SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 400;
		text.setLayoutData(data);
		refresh();
	}

	void refresh() {
		RecordSession session = ((RecordEditor) getEditor()).session();
		if (text != null && !text.isDisposed() && session != null) {
			text.setText(session.preview());
		}
	}

	/** The text shown, for tests. */
	String shown() {
		return text == null ? null : text.getText();
	}
}
