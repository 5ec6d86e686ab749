package dev.baton.ui.editor;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/** A form page of a record editor whose fields are bound to the record through the command stack. */
abstract class BoundPage extends FormPage {

	private Fields fields;
	private final HyperlinkAdapter reload = new HyperlinkAdapter() {

		@Override
		public void linkActivated(HyperlinkEvent e) {
			editor().reloadFromDisk();
		}
	};

	BoundPage(RecordEditor editor, String id, String title) {
		super(editor, id, title);
	}

	RecordEditor editor() {
		return (RecordEditor) getEditor();
	}

	RecordSession session() {
		return editor().session();
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(getTitle() + ": " + session().relativeName());
		toolkit.decorateFormHeading(form.getForm());
		form.getForm().addMessageHyperlinkListener(reload);
		form.getBody().setLayout(new GridLayout(1, false));
		fields = new Fields(session(), toolkit, managedForm, editor()::fieldTyped);
		createContent(form.getBody(), toolkit, fields);
		fields.refresh();
		if (editor().diskChangeMessage() != null) {
			showDiskChange(editor().diskChangeMessage());
		}
	}

	/** Adds the page's sections and fields to the form body. */
	abstract void createContent(Composite body, FormToolkit toolkit, Fields fields);

	/** A titled section with a two-column grid (labels, fields). */
	static Composite section(Composite body, FormToolkit toolkit, String title) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.EXPANDED);
		section.setText(title);
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL,
				true, false));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(2, false));
		section.setClient(client);
		toolkit.paintBordersFor(client);
		return client;
	}

	void refresh() {
		if (fields != null) {
			fields.refresh();
			refreshMore();
		}
	}

	/** Refreshes what is not a bound field (tables). */
	void refreshMore() {
	}

	/** @return false when a typed value cannot be read (the page shows why and keeps it) */
	boolean commit() {
		return fields == null || fields.commitAll();
	}

	/** The label of the step a field's typed text would be, or {@code null} when nothing is typed. */
	String pending() {
		return fields == null ? null : fields.pending();
	}

	/** Drops what was typed in the fields (the file was reloaded). */
	void discard() {
		if (fields != null) {
			fields.discard();
			refreshMore();
		}
	}

	void showDiskChange(String message) {
		if (getManagedForm() != null) {
			getManagedForm().getForm().getForm().setMessage(message, message == null ? IMessageProvider.NONE
					: IMessageProvider.WARNING);
		}
	}
}
