package dev.baton.ui.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import dev.baton.history.TimelineEvent;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.Messages;

/**
 * The decision events of the workspace's architecture folders from git (created, status changes such as proposed to
 * accepted or superseded, renames, edits, removals), oldest first, grouped by month; double-click an event to open its
 * decision. Git is read in a job.
 */
public final class TimelineView extends ViewPart {

	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.timeline";

	/** An event with the architecture folder it happened in. */
	public record Event(Path root, String folderName, TimelineEvent event) {
	}

	/** The events of one month ({@code 2024-03}), oldest first. */
	public record Month(String month, List<Event> events) {
	}

	private Label header;
	private TreeViewer viewer;
	private Job reading;

	/** Counts the reloads, so that the answer of a reload overtaken by a later one is never shown. */
	private int generation;
	private boolean multipleFolders;
	private RecordChanges changes;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		header = new Label(parent, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new Content());
		column(ViewMessages.Timeline_date, 170, e -> e.event().revision().day(),
				m -> ViewMessages.bind(ViewMessages.Timeline_month, m.month(), m.events().size()));
		column(ViewMessages.Timeline_event, 80, e -> e.event().kind().label(), m -> "");
		column(ViewMessages.Timeline_decision, 330, e -> (multipleFolders ? e.folderName() + ": " : "")
				+ e.event().recordId() + (e.event().title() == null ? "" : " \"" + e.event().title() + "\""), m -> "");
		column(ViewMessages.Timeline_detail, 260, e -> e.event().detail(), m -> "");
		column(ViewMessages.Timeline_author, 130, e -> e.event().revision().author(), m -> "");
		column(ViewMessages.Timeline_commit, 70, e -> e.event().revision().shortId(), m -> "");
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof Event e) {
				open(e);
			} else if (element != null) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		getSite().setSelectionProvider(viewer);
		Action refresh = new Action(Messages.Explorer_refresh) {

			@Override
			public void run() {
				reload();
			}
		};
		refresh.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		changes = RecordChanges.follow(viewer.getControl(), this::reload);
		reload();
	}

	private void column(String title, int width, Function<Event, String> event, Function<Month, String> month) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {

			@Override
			public String getText(Object element) {
				return element instanceof Event e ? event.apply(e) : month.apply((Month) element);
			}
		});
	}

	/** Reads the events of every architecture folder of the workspace again, in a job. */
	public void reload() {
		List<Path> roots = ArchitectureFolders.inWorkspace();
		if (roots.isEmpty()) {
			header.setText(ViewMessages.Timeline_noFolders);
			viewer.setInput(List.of());
			header.getParent().layout(true, true);
			return;
		}
		header.setText(ViewMessages.Timeline_reading);
		header.getParent().layout(true, true);
		if (reading != null) {
			reading.cancel();
		}
		int current = ++generation;
		reading = Job.create(ViewMessages.Timeline_readingJob, monitor -> {
			List<GitHistories.Result> results = new ArrayList<>();
			for (Path root : roots) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				results.add(GitHistories.read(root, monitor));
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (!header.isDisposed()) {
				header.getDisplay().asyncExec(() -> {
					if (!header.isDisposed() && current == generation) {
						shown(results);
					}
				});
			}
			return Status.OK_STATUS;
		});
		reading.schedule();
	}

	private void shown(List<GitHistories.Result> results) {
		List<String> notes = new ArrayList<>();
		List<Event> events = new ArrayList<>();
		int commits = 0;
		multipleFolders = results.size() > 1;
		for (GitHistories.Result result : results) {
			if (result.note() != null) {
				notes.add(result.note());
			}
			if (result.history() != null) {
				commits += result.history().commits();
				String name = result.root().getFileName().toString();
				result.history().timeline().forEach(e -> events.add(new Event(result.root(), name, e)));
			}
		}
		// events of several folders in one order: by time, each folder's own order kept for equal times
		events.sort(Comparator.comparing(e -> e.event().revision().date().toInstant()));
		Map<String, List<Event>> byMonth = new LinkedHashMap<>();
		for (Event event : events) {
			byMonth.computeIfAbsent(event.event().revision().date().toLocalDate().toString().substring(0, 7),
					m -> new ArrayList<>()).add(event);
		}
		List<Month> months = new ArrayList<>();
		byMonth.forEach((month, list) -> months.add(new Month(month, list)));
		String text = results.stream().anyMatch(r -> r.history() != null)
				? ViewMessages.bind(ViewMessages.Timeline_header, events.size(), commits)
				: "";
		for (String note : notes) {
			text = text.isEmpty() ? note : text + "\n" + note;
		}
		header.setText(text);
		viewer.setInput(months);
		viewer.expandAll();
		header.getParent().layout(true, true);
	}

	private void open(Event event) {
		Path file = event.root().resolve(event.event().path()).normalize();
		if (Files.isRegularFile(file)) {
			Records.open(getSite().getPage(), file);
		} else {
			header.setText(ViewMessages.bind(ViewMessages.Timeline_gone, event.event().path()));
			header.getParent().layout(true, true);
		}
	}

	/** The month nodes and their events, for tests. */
	public TreeViewer viewer() {
		return viewer;
	}

	/** The line above the tree (counts, or why there is no history), for tests. */
	public Label header() {
		return header;
	}

	/** Whether git is being read. */
	public boolean busy() {
		return reading != null && reading.getState() != Job.NONE;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (changes != null) {
			changes.stop();
		}
		if (reading != null) {
			reading.cancel();
		}
		super.dispose();
	}

	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Month month ? month.events().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Month month && !month.events().isEmpty();
		}
	}
}
