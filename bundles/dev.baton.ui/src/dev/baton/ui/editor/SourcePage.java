package dev.baton.ui.editor;

import org.eclipse.jface.dialogs.IMessageProvider;
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
 * The file's source as the next save will write it, kept in step with the form, and editable: what is typed is read
 * through the store's parser when the user leaves the page (or saves, or undoes), and becomes one undoable step whose
 * values the form shows. Text that does not parse stays as typed, with the store's finding (file and line) on the page,
 * and the page is not left until it parses. Saving a Source edit writes exactly the typed text.
 */
final class SourcePage extends FormPage {

	static final String ID = "source";
	private Text text;
	private boolean modified;
	private boolean updating;
	private String problem;

	SourcePage(RecordEditor editor) {
		super(editor, ID, Messages.Editor_sourcePage);
	}

	private RecordEditor editor() {
		return (RecordEditor) getEditor();
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(Messages.Editor_sourceTitle);
		toolkit.decorateFormHeading(form.getForm());
		form.getBody().setLayout(new GridLayout(1, false));
		toolkit.createLabel(form.getBody(), Messages.Editor_sourceHint, SWT.WRAP);
		text = toolkit.createText(form.getBody(), "", SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		text.setData("baton.attribute", "source");
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 400;
		text.setLayoutData(data);
		text.addModifyListener(e -> {
			if (!updating && !modified) {
				modified = true;
				editor().sourceModified();
			}
		});
		refresh();
		showProblem(problem, IMessageProvider.ERROR);
	}

	/** Shows the text the save will write, unless the user is typing (what is typed is never replaced). */
	void refresh() {
		RecordSession session = editor().session();
		if (text != null && !text.isDisposed() && session != null && !modified) {
			String preview = session.preview();
			if (!text.getText().equals(preview)) {
				updating = true;
				try {
					text.setText(preview);
				} finally {
					updating = false;
				}
			}
		}
	}

	/** Whether the text was typed on and not yet read back into the record. */
	boolean isModified() {
		return modified;
	}

	/**
	 * Reads the typed text into the record (one command on the stack).
	 *
	 * @return false when it does not parse: the finding is shown, the text stays as typed
	 */
	boolean apply() {
		if (!modified || text == null || text.isDisposed()) {
			return true;
		}
		RecordSession session = editor().session();
		String typed = text.getText();
		if (typed.equals(session.preview())) {
			modified = false;
			problem = null;
			showProblem(null, IMessageProvider.NONE);
			editor().sourceModified();
			return true;
		}
		RecordSession.Parsed parsed = session.parse(typed);
		if (!parsed.ok()) {
			problem = Messages.bind(Messages.Editor_sourceDoesNotParse, String.join("\n", parsed.errors()));
			showProblem(problem, IMessageProvider.ERROR);
			return false;
		}
		problem = null;
		modified = false;
		session.applySource(parsed, typed);
		showProblem(parsed.warnings().isEmpty() ? null : String.join("\n", parsed.warnings()),
				IMessageProvider.WARNING);
		refresh();
		return true;
	}

	private void showProblem(String message, int type) {
		if (getManagedForm() != null) {
			getManagedForm().getForm().getForm().setMessage(message, message == null ? IMessageProvider.NONE : type);
		}
	}

	/** Drops what was typed (the file was reloaded) and shows the text the save would write. */
	void discard() {
		modified = false;
		problem = null;
		showProblem(null, IMessageProvider.NONE);
		refresh();
	}

	/** The store's finding for the typed text, or {@code null} when it parsed. */
	String problem() {
		return problem;
	}

	/** Selects a line of the text (1-based), as a marker's line: the whole line, scrolled into view. */
	void selectLine(int line) {
		if (text == null || text.isDisposed() || line <= 0) {
			return;
		}
		String shown = text.getText();
		int start = 0;
		for (int at = 1; at < line && start >= 0; at++) {
			start = shown.indexOf('\n', start);
			start = start < 0 ? -1 : start + 1;
		}
		if (start < 0) {
			return;
		}
		int end = shown.indexOf('\n', start);
		text.setSelection(start, end < 0 ? shown.length() : end);
		text.showSelection();
		text.setFocus();
	}

	/** The text shown, for tests. */
	String shown() {
		return text == null ? null : text.getText();
	}
}
