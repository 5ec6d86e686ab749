package dev.baton.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.baton.model.BatonFactory;
import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.Option;
import dev.baton.ui.Messages;

/** The considered options: a list to add to and remove from, and the selected option's text, pros and cons. */
final class OptionsPage extends BoundPage {

	static final String ID = "options";
	private TableViewer options;
	private Option selected;
	/** Where the selected option is in the list: kept when the file is reloaded (new objects) or it is removed. */
	private int place = -1;

	OptionsPage(RecordEditor editor) {
		super(editor, ID, Messages.Editor_optionsPage);
	}

	private Decision decision() {
		return (Decision) session().record();
	}

	@Override
	void createContent(Composite body, FormToolkit toolkit, Fields fields) {
		Composite list = section(body, toolkit, Messages.Editor_optionsSection);
		options = new TableViewer(toolkit.createTable(list, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 120;
		options.getTable().setLayoutData(data);
		options.setContentProvider(ArrayContentProvider.getInstance());
		options.setLabelProvider(new ColumnLabelProvider() {

			@Override
			public String getText(Object element) {
				String title = ((Option) element).getTitle();
				return title == null ? "" : title;
			}
		});
		Composite buttons = toolkit.createComposite(list);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = toolkit.createButton(buttons, Messages.Editor_addOption, SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button remove = toolkit.createButton(buttons, Messages.Editor_removeOption, SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		add.addListener(SWT.Selection, e -> {
			Option option = BatonFactory.eINSTANCE.createOption();
			option.setTitle(Messages.Editor_newOption);
			execute(Fields.named(BatonPackage.Literals.DECISION__OPTIONS, AddCommand.create(session().domain(),
					decision(), BatonPackage.Literals.DECISION__OPTIONS, option)));
			options.setSelection(new StructuredSelection(option));
		});
		remove.addListener(SWT.Selection, e -> {
			if (selected != null) {
				execute(Fields.named(BatonPackage.Literals.DECISION__OPTIONS, RemoveCommand.create(session().domain(),
						decision(), BatonPackage.Literals.DECISION__OPTIONS, selected)));
			}
		});

		Composite details = section(body, toolkit, Messages.Editor_optionSection);
		details.getParent().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.text(details, Messages.Editor_title, () -> selected, BatonPackage.Literals.OPTION__TITLE, false);
		fields.text(details, Messages.Editor_optionDescription, () -> selected,
				BatonPackage.Literals.OPTION__DESCRIPTION,
				true);
		fields.text(details, Messages.Editor_pros, () -> selected, BatonPackage.Literals.OPTION__PROS, true);
		fields.text(details, Messages.Editor_neutral, () -> selected, BatonPackage.Literals.OPTION__NEUTRAL, true);
		fields.text(details, Messages.Editor_cons, () -> selected, BatonPackage.Literals.OPTION__CONS, true);
		options.addSelectionChangedListener(event -> {
			fields.commitAll();
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			selected = (Option) first;
			if (selected != null) {
				place = decision().getOptions().indexOf(selected);
			}
			fields.refresh();
		});
		refreshMore();
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			session().domain().getCommandStack().execute(command);
		}
	}

	@Override
	void refreshMore() {
		// a new input drops the viewer's selection when its objects are new (a reload): the place is kept
		options.setInput(decision().getOptions().toArray());
		List<Option> all = decision().getOptions();
		if (selected == null || !all.contains(selected)) {
			selected = place >= 0 && place < all.size() ? all.get(place) : all.isEmpty() ? null : all.get(0);
			if (selected != null) {
				options.setSelection(new StructuredSelection(selected));
			}
		}
	}
}
