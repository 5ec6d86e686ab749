package dev.baton.ui.editor;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.baton.ui.Messages;

/** Shown instead of the form when the file cannot be read as a record: what is wrong, where, and a way out. */
final class ProblemPage extends FormPage {

	private final String problem;

	ProblemPage(RecordEditor editor, String problem) {
		super(editor, "problem", Messages.Editor_problemPage);
		this.problem = problem;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(Messages.Editor_problemTitle);
		form.getBody().setLayout(new GridLayout(1, false));
		toolkit.createLabel(form.getBody(), problem, SWT.WRAP)
				.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		toolkit.createHyperlink(form.getBody(), Messages.Editor_openAsText, SWT.NONE)
				.addHyperlinkListener(new HyperlinkAdapter() {

					@Override
					public void linkActivated(HyperlinkEvent e) {
						try {
							getSite().getPage().openEditor(getEditorInput(), "org.eclipse.ui.DefaultTextEditor");
						} catch (PartInitException ex) {
							ILog.of(getClass()).error(ex.getMessage(), ex);
						}
					}
				});
	}
}
