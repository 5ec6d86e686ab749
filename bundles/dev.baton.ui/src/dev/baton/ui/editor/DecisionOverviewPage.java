package dev.baton.ui.editor;

import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.Record;
import dev.baton.ui.Messages;

/** A decision's overview: title, status, date, the people involved, tags, and its links. */
final class DecisionOverviewPage extends BoundPage {

	static final String ID = "overview";
	private TableViewer links;
	private Label owner;
	private Label affects;

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
		fields.text(general, Messages.Editor_consulted, () -> decision(), BatonPackage.Literals.DECISION__CONSULTED, false);
		fields.text(general, Messages.Editor_informed, () -> decision(), BatonPackage.Literals.DECISION__INFORMED, false);
		fields.text(general, Messages.Editor_tags, () -> decision(), BatonPackage.Literals.RECORD__TAGS, false);
		fields.text(general, Messages.Editor_lastReviewed, () -> decision(), BatonPackage.Literals.RECORD__LAST_REVIEWED,
				false);

		Composite relations = section(body, toolkit, Messages.Editor_linksSection);
		toolkit.createLabel(relations, Messages.Editor_owner);
		owner = toolkit.createLabel(relations, "");
		owner.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		toolkit.createLabel(relations, Messages.Editor_affects);
		affects = toolkit.createLabel(relations, "", SWT.WRAP);
		affects.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		links = new TableViewer(toolkit.createTable(relations, SWT.FULL_SELECTION | SWT.BORDER));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.heightHint = 100;
		links.getTable().setLayoutData(data);
		links.getTable().setHeaderVisible(true);
		links.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Editor_linkType, 120, link -> link.getCustomType() != null ? link.getCustomType()
				: link.getType() == null ? "" : link.getType().getLiteral());
		column(Messages.Editor_linkTarget, 280, link -> link.getTarget() == null ? "" : RecordLabel.of(link.getTarget()));
		column(Messages.Editor_linkNote, 200, link -> link.getNote() == null ? "" : link.getNote());
		refreshMore();
	}

	private void column(String title, int width, java.util.function.Function<DecisionLink, String> text) {
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

	@Override
	void refreshMore() {
		Decision decision = decision();
		owner.setText(decision.getOwner() == null ? "" : RecordLabel.of(decision.getOwner()));
		affects.setText(decision.getAffects().stream().map(Record::getId).collect(Collectors.joining(", ")));
		links.setInput(decision.getLinks().toArray());
	}
}
