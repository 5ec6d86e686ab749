package dev.baton.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;

import dev.baton.model.Decision;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadedFolder;
import dev.baton.ui.Messages;
import dev.baton.ui.editor.Fields;

/**
 * The decision log of the workspace's architecture folders: id, title, status, date and tags, sorted by any column
 * (click its header; again to reverse), filtered by text and status. Double-click opens the decision.
 */
public final class DecisionLog extends ViewPart {

	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.decisionLog";

	/** A decision with the folder it was loaded from. */
	public record Row(ArchitectureFolder folder, Decision decision) {
	}

	private TableViewer viewer;
	private Text filter;
	private Combo status;
	private int sortColumn;
	private boolean descending;
	private final List<Function<Decision, String>> columns = new ArrayList<>();
	private FolderConnections connections;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.DecisionLog_filter);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status = new Combo(parent, SWT.READ_ONLY);
		status.add(Messages.DecisionLog_allStatuses);
		Fields.STATUSES.forEach(status::add);
		status.select(0);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.DecisionLog_id, 90,
				d -> d.getNumber() == null ? d.getId() : String.format("%04d", d.getNumber()));
		column(Messages.DecisionLog_title, 360, d -> d.getTitle() == null ? "" : d.getTitle());
		column(Messages.DecisionLog_status, 100, d -> d.getStatusText() == null ? "" : d.getStatusText());
		column(Messages.DecisionLog_date, 100, d -> d.getDate() == null ? "" : d.getDate().toString());
		column(Messages.DecisionLog_tags, 200, d -> String.join(", ", d.getTags()));
		viewer.setComparator(new ViewerComparator() {

			@Override
			public int compare(Viewer v, Object a, Object b) {
				Function<Decision, String> key = columns.get(sortColumn);
				int result = key.apply(((Row) a).decision()).compareToIgnoreCase(key.apply(((Row) b).decision()));
				return descending ? -result : result;
			}
		});
		viewer.addFilter(new ViewerFilter() {

			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches(((Row) element).decision());
			}
		});
		filter.addModifyListener(e -> viewer.refresh());
		status.addListener(SWT.Selection, e -> viewer.refresh());
		viewer.addDoubleClickListener(event -> {
			Row row = (Row) ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (row != null) {
				Records.open(getSite().getPage(), row.folder(), row.decision());
			}
		});
		getSite().setSelectionProvider(viewer);
		connections = FolderConnections.follow(viewer.getControl(), this::show, (folder, change) -> show(
				connections.folders()));
	}

	private void column(String title, int width, Function<Decision, String> text) {
		int index = columns.size();
		columns.add(text);
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {

			@Override
			public String getText(Object element) {
				return text.apply(((Row) element).decision());
			}
		});
		column.getColumn().addListener(SWT.Selection, e -> sortBy(index));
	}

	/** Sorts by the column (0 id, 1 title, 2 status, 3 date, 4 tags); the same column again reverses. */
	public void sortBy(int index) {
		descending = index == sortColumn && !descending;
		sortColumn = index;
		TableColumn column = viewer.getTable().getColumn(index);
		viewer.getTable().setSortColumn(column);
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		viewer.refresh();
	}

	private boolean matches(Decision decision) {
		String text = filter.getText().strip().toLowerCase(Locale.ROOT);
		if (status.getSelectionIndex() > 0
				&& !status.getText()
						.equalsIgnoreCase(decision.getStatus() == null ? "" : decision.getStatus().getLiteral())) {
			return false;
		}
		return text.isEmpty()
				|| columns.stream().anyMatch(c -> c.apply(decision).toLowerCase(Locale.ROOT).contains(text));
	}

	/**
	 * Connects to the workspace's architecture folders again and waits for them (a folder no part has is loaded first);
	 * the table shows them at the next turn of the event loop.
	 */
	public void reload() {
		connections.connectAndWait();
	}

	/** Shows the decisions of the folders, keeping the selected ones selected. */
	private void show(List<LoadedFolder> folders) {
		Set<String> selected = new HashSet<>();
		for (Object row : viewer.getStructuredSelection().toList()) {
			selected.add(key((Row) row));
		}
		List<Row> rows = new ArrayList<>();
		for (LoadedFolder loaded : folders) {
			ArchitectureFolder folder = loaded.folder();
			folder.architecture().getDecisionSets()
					.forEach(set -> set.getDecisions().forEach(d -> rows.add(new Row(folder, d))));
		}
		rows.sort(Comparator.comparing(r -> r.decision().getId() == null ? "" : r.decision().getId()));
		viewer.setInput(rows);
		if (!selected.isEmpty()) {
			viewer.setSelection(new StructuredSelection(rows.stream().filter(r -> selected.contains(key(r))).toList()));
		}
	}

	private static String key(Row row) {
		return row.folder().root() + "|" + row.decision().getSourcePath();
	}

	/** The loaded folders this view shows (shared with every other part), for tests. */
	public List<LoadedFolder> connected() {
		return connections.folders();
	}

	/** The table, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	/** The filter field, for tests. */
	public Text filter() {
		return filter;
	}

	/** The status filter, for tests. */
	public Combo statusFilter() {
		return status;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

}
