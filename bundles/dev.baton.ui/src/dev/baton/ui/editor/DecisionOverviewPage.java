package dev.baton.ui.editor;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.baton.model.BatonFactory;
import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.LinkType;
import dev.baton.model.Record;
import dev.baton.store.Kinds;
import dev.baton.ui.Messages;

/**
 * A decision's overview: title, status, date, the people involved, tags; its owner, the elements it affects and its
 * typed links, each chosen from the folder's records of the right kind. Every change is an EMF command (undo, redo);
 * the store writes the ids into the front matter.
 */
final class DecisionOverviewPage extends BoundPage {

	static final String ID = "overview";
	private TableViewer links;
	private TableViewer affects;
	private Label owner;
	private Combo linkType;

	DecisionOverviewPage(RecordEditor editor) {
		super(editor, ID, Messages.Editor_overviewPage);
	}

	private Decision decision() {
		return (Decision) session().record();
	}

	@Override
	void createContent(Composite body, FormToolkit toolkit, Fields fields) {
		Composite general = section(body, toolkit, Messages.Editor_generalSection);
		fields.text(general, Messages.Editor_title, () -> decision(), BatonPackage.Literals.RECORD__TITLE, false);
		fields.status(general, Messages.Editor_status, this::decision);
		fields.text(general, Messages.Editor_date, () -> decision(), BatonPackage.Literals.DECISION__DATE, false);
		fields.text(general, Messages.Editor_decisionMakers, () -> decision(),
				BatonPackage.Literals.DECISION__DECISION_MAKERS, false);
		fields.text(general, Messages.Editor_consulted, () -> decision(), BatonPackage.Literals.DECISION__CONSULTED,
				false);
		fields.text(general, Messages.Editor_informed, () -> decision(), BatonPackage.Literals.DECISION__INFORMED,
				false);
		fields.text(general, Messages.Editor_tags, () -> decision(), BatonPackage.Literals.RECORD__TAGS, false);
		fields.text(general, Messages.Editor_lastReviewed, () -> decision(),
				BatonPackage.Literals.RECORD__LAST_REVIEWED,
				false);

		Composite relations = section(body, toolkit, Messages.Editor_linksSection);
		toolkit.createLabel(relations, Messages.Editor_owner);
		Composite ownerRow = row(relations, toolkit, 3, false);
		owner = toolkit.createLabel(ownerRow, "");
		owner.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		owner.setData("baton.attribute", "owner");
		button(ownerRow, toolkit, Messages.Editor_choose, "owner.choose", this::chooseOwner);
		button(ownerRow, toolkit, Messages.Editor_clear, "owner.clear", () -> execute(
				BatonPackage.Literals.RECORD__OWNER, SetCommand.create(session().domain(), decision(),
						BatonPackage.Literals.RECORD__OWNER, SetCommand.UNSET_VALUE)));

		toolkit.createLabel(relations, Messages.Editor_affects).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false,
				false));
		Composite affectsRow = row(relations, toolkit, 2, true);
		affects = new TableViewer(toolkit.createTable(affectsRow, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER));
		affects.getTable().setData("baton.attribute", "affects");
		GridData affectsData = new GridData(SWT.FILL, SWT.FILL, true, true);
		affectsData.heightHint = 70;
		affects.getTable().setLayoutData(affectsData);
		affects.setContentProvider(ArrayContentProvider.getInstance());
		affects.setLabelProvider(new LabelProvider() {

			@Override
			public String getText(Object element) {
				return choiceLabel((Record) element);
			}
		});
		TargetLinks.install((RecordEditor) getEditor(), affects, row -> (Record) row);
		Composite affectsButtons = buttons(affectsRow, toolkit);
		button(affectsButtons, toolkit, Messages.Editor_add, "affects.add", this::addAffected);
		button(affectsButtons, toolkit, Messages.Editor_remove, "affects.remove", () -> remove(affects,
				BatonPackage.Literals.DECISION__AFFECTS));

		toolkit.createLabel(relations, Messages.Editor_linksLabel).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false,
				false));
		Composite linksRow = row(relations, toolkit, 2, true);
		links = new TableViewer(toolkit.createTable(linksRow, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER));
		links.getTable().setData("baton.attribute", "links");
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 100;
		links.getTable().setLayoutData(data);
		links.getTable().setHeaderVisible(true);
		links.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Editor_linkType, 120, link -> link.getCustomType() != null ? link.getCustomType()
				: link.getType() == null ? "" : link.getType().getLiteral());
		column(Messages.Editor_linkTarget, 280,
				link -> link.getTarget() == null ? "" : RecordLabel.of(link.getTarget()));
		column(Messages.Editor_linkNote, 200, link -> link.getNote() == null ? "" : link.getNote());
		TargetLinks.install((RecordEditor) getEditor(), links, row -> ((DecisionLink) row).getTarget());
		Composite linkButtons = buttons(linksRow, toolkit);
		linkType = new Combo(linkButtons, SWT.DROP_DOWN);
		toolkit.adapt(linkType, true, false);
		linkType.setData("baton.attribute", "links.type");
		linkType.setToolTipText(Messages.Editor_linkTypeHint);
		for (LinkType type : LinkType.values()) {
			if (type != LinkType.CUSTOM) {
				linkType.add(type.getLiteral());
			}
		}
		linkType.select(0);
		linkType.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button(linkButtons, toolkit, Messages.Editor_addLink, "links.add", this::addLink);
		button(linkButtons, toolkit, Messages.Editor_remove, "links.remove", () -> remove(links,
				BatonPackage.Literals.DECISION__LINKS));
		refreshMore();
	}

	private static Composite row(Composite parent, FormToolkit toolkit, int columns, boolean fill) {
		Composite row = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(columns, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, fill ? SWT.FILL : SWT.CENTER, true, fill));
		toolkit.paintBordersFor(row);
		return row;
	}

	private static Composite buttons(Composite parent, FormToolkit toolkit) {
		Composite column = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		column.setLayout(layout);
		column.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		return column;
	}

	private static Button button(Composite parent, FormToolkit toolkit, String text, String id, Runnable action) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.setData("baton.attribute", id);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private void column(String title, int width, Function<DecisionLink, String> text) {
		TableViewerColumn column = new TableViewerColumn(links, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {

			@Override
			public String getText(Object element) {
				return text.apply((DecisionLink) element);
			}
		});
	}

	/** How a record is listed in a picker: its label and, when that is not it, its id. */
	static String choiceLabel(Record record) {
		String label = RecordLabel.of(record);
		return label.equals(record.getId()) ? label : label + " (" + record.getId() + ")";
	}

	/** The folder's records of a type, but not the decision itself, by label. */
	private List<Record> candidates(EClass type, List<? extends Record> except) {
		return Kinds.records(session().folder().architecture()).stream()
				.filter(r -> type.isInstance(r) && r != decision() && !except.contains(r))
				.sorted(Comparator.comparing(DecisionOverviewPage::choiceLabel)).toList();
	}

	/** Opens a list of records to choose from; empty when cancelled. */
	private List<Record> pick(String title, String message, List<Record> choices, boolean many) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(), new LabelProvider() {

			@Override
			public String getText(Object element) {
				return choiceLabel((Record) element);
			}
		});
		dialog.setTitle(title);
		dialog.setMessage(message);
		dialog.setMultipleSelection(many);
		dialog.setElements(choices.toArray());
		dialog.setEmptyListMessage(Messages.Editor_nothingToChoose);
		if (dialog.open() != ElementListSelectionDialog.OK || dialog.getResult() == null) {
			return List.of();
		}
		return Arrays.stream(dialog.getResult()).map(Record.class::cast).toList();
	}

	private void chooseOwner() {
		List<Record> chosen = pick(Messages.Editor_chooseOwner, Messages.Editor_chooseOwnerMessage,
				candidates(BatonPackage.Literals.PARTY, List.of()), false);
		if (!chosen.isEmpty()) {
			execute(BatonPackage.Literals.RECORD__OWNER, SetCommand.create(session().domain(), decision(),
					BatonPackage.Literals.RECORD__OWNER, chosen.get(0)));
		}
	}

	private void addAffected() {
		List<Record> chosen = pick(Messages.Editor_chooseAffected, Messages.Editor_chooseAffectedMessage,
				candidates(BatonPackage.Literals.ELEMENT, decision().getAffects()), true);
		if (!chosen.isEmpty()) {
			execute(BatonPackage.Literals.DECISION__AFFECTS, AddCommand.create(session().domain(), decision(),
					BatonPackage.Literals.DECISION__AFFECTS, chosen));
		}
	}

	private void addLink() {
		String typed = linkType.getText().strip();
		if (typed.isEmpty()) {
			getManagedForm().getMessageManager().addMessage(linkType, Messages.Editor_noLinkType, null,
					IMessageProvider.ERROR, linkType);
			return;
		}
		getManagedForm().getMessageManager().removeMessage(linkType, linkType);
		List<Record> chosen =
				pick(Messages.Editor_chooseLinked, Messages.bind(Messages.Editor_chooseLinkedMessage, typed),
						candidates(BatonPackage.Literals.DECISION, List.of()), true);
		if (chosen.isEmpty()) {
			return;
		}
		LinkType type = LinkType.get(typed);
		List<DecisionLink> added = chosen.stream().map(target -> {
			DecisionLink link = BatonFactory.eINSTANCE.createDecisionLink();
			link.setType(type == null ? LinkType.CUSTOM : type);
			if (type == null || type == LinkType.CUSTOM) {
				link.setCustomType(typed);
			}
			link.setTarget((Decision) target);
			return link;
		}).toList();
		execute(BatonPackage.Literals.DECISION__LINKS, AddCommand.create(session().domain(), decision(),
				BatonPackage.Literals.DECISION__LINKS, added));
	}

	private void remove(TableViewer viewer, EReference feature) {
		List<?> selected = ((IStructuredSelection) viewer.getSelection()).toList();
		if (!selected.isEmpty()) {
			execute(feature, RemoveCommand.create(session().domain(), decision(), feature, selected));
		}
	}

	/** Runs the command as a change of the feature, so Edit > Undo names it. */
	private void execute(EStructuralFeature feature, Command command) {
		if (command.canExecute()) {
			session().domain().getCommandStack().execute(Fields.named(feature, command));
		}
	}

	@Override
	void refreshMore() {
		Decision decision = decision();
		owner.setText(decision.getOwner() == null ? "" : choiceLabel(decision.getOwner()));
		owner.getParent().layout();
		affects.setInput(decision.getAffects().toArray());
		links.setInput(decision.getLinks().toArray());
	}
}
