package dev.baton.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import dev.baton.history.ChangeKind;
import dev.baton.history.FieldChange;
import dev.baton.history.RecordHistory;
import dev.baton.history.RecordVersion;
import dev.baton.model.Decision;
import dev.baton.model.Record;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.editor.RecordEditor;

/**
 * The git history of the record selected in the Architecture Explorer, the Decision Log or the active editor: one row
 * per commit that touched its file (date, author, commit, what happened, its status then, the fields that changed, the
 * message), its status transitions, and on double-click what that commit changed in the architecture, as
 * {@code baton diff} prints it. Git is read in jobs, never on the UI thread.
 */
public final class HistoryView extends ViewPart {

	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.history";

	private Label header;
	private Label transitions;
	private TableViewer viewer;
	private Text diff;
	private Path file;
	private Path root;
	private Job reading;
	private Job comparing;
	private final ISelectionListener selections = this::selectionChanged;
	private final IPartListener2 parts = new IPartListener2() {

		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			IWorkbenchPart part = reference.getPart(false);
			if (part instanceof IEditorPart editor) {
				editorActivated(editor);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		header = new Label(parent, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		header.setText(ViewMessages.History_select);
		transitions = new Label(parent, SWT.WRAP);
		transitions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(ViewMessages.History_date, 130, v -> v.revision().date().toLocalDateTime().toString().replace('T', ' '));
		column(ViewMessages.History_author, 130, v -> v.revision().author());
		column(ViewMessages.History_commit, 70, v -> v.revision().shortId());
		column(ViewMessages.History_change, 160, HistoryView::change);
		column(ViewMessages.History_status, 90, v -> v.record() instanceof Decision d && d.getStatusText() != null
				? d.getStatusText()
				: "");
		column(ViewMessages.History_fields, 300, HistoryView::fields);
		column(ViewMessages.History_message, 300, v -> v.revision().message());
		diff = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		diff.setFont(JFaceResources.getTextFont());
		diff.setText(ViewMessages.History_diffHint);
		sash.setWeights(3, 2);
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof RecordVersion version) {
				showDiff(version);
			}
		});
		getSite().getPage().addPostSelectionListener(selections);
		getSite().getPage().addPartListener(parts);
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (active != null) {
			editorActivated(active);
		}
	}

	private void column(String title, int width, Function<RecordVersion, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {

			@Override
			public String getText(Object element) {
				return text.apply((RecordVersion) element);
			}
		});
	}

	private static String change(RecordVersion version) {
		return switch (version.change()) {
		case RENAMED -> "renamed from " + version.previousPath();
		case ADDED -> "added " + version.path();
		default -> version.change().label();
		};
	}

	private static String fields(RecordVersion version) {
		if (version.change() == ChangeKind.ADDED) {
			return "";
		}
		if (version.record() == null && version.change() != ChangeKind.REMOVED) {
			return ViewMessages.History_unreadable;
		}
		return version.changes().stream().map(f -> f.field() + ": " + describe(f)).collect(Collectors.joining("; "));
	}

	/** A field's change in a few words, as {@code baton history} shows it. */
	static String describe(FieldChange field) {
		if (field.prose()) {
			return field.before().isEmpty() ? "added" : field.after().isEmpty() ? "removed" : "changed";
		}
		if (field.list()) {
			List<String> parts = new ArrayList<>();
			field.added().forEach(item -> parts.add("+" + item));
			field.removed().forEach(item -> parts.add("-" + item));
			return parts.isEmpty() ? "reordered: " + field.afterText() : String.join(", ", parts);
		}
		return field.beforeText() + " -> " + field.afterText();
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
			return;
		}
		fileOf(structured).ifPresent(this::show);
	}

	private void editorActivated(IEditorPart editor) {
		Path path = RecordEditor.pathOf(editor.getEditorInput());
		if (path != null && ArchitectureFolders.isRecord(path)) {
			show(path);
		}
	}

	/** The record file a selection stands for: a decision log row, an explorer record, a Markdown file. */
	static Optional<Path> fileOf(IStructuredSelection selection) {
		Object element = selection.getFirstElement();
		if (element instanceof DecisionLog.Row row) {
			return row.folder().fileOf(row.decision());
		}
		if (element instanceof Record record && selection instanceof ITreeSelection tree) {
			for (TreePath path : tree.getPathsFor(record)) {
				if (path.getFirstSegment() instanceof ArchitectureExplorer.FolderNode folder) {
					return folder.folder().fileOf(record);
				}
			}
			return Optional.empty();
		}
		IResource resource = Adapters.adapt(element, IResource.class);
		if (resource != null && resource.getType() == IResource.FILE && resource.getLocation() != null) {
			Path path = resource.getLocation().toPath();
			return ArchitectureFolders.isRecord(path) ? Optional.of(path) : Optional.empty();
		}
		return Optional.empty();
	}

	/** Shows the history of a record file, read from git in a job. */
	public void show(Path recordFile) {
		Path normalized = recordFile.toAbsolutePath().normalize();
		if (normalized.equals(file)) {
			return;
		}
		Optional<Path> folder = ArchitectureFolders.rootOf(normalized);
		if (folder.isEmpty()) {
			return;
		}
		file = normalized;
		root = folder.get();
		String relative = root.relativize(normalized).toString().replace('\\', '/');
		header.setText(ViewMessages.bind(ViewMessages.History_reading, relative));
		transitions.setText("");
		viewer.setInput(List.of());
		diff.setText(ViewMessages.History_diffHint);
		layout();
		if (reading != null) {
			reading.cancel();
		}
		Path readRoot = root;
		reading = Job.create(ViewMessages.bind(ViewMessages.History_readingJob, relative), monitor -> {
			GitHistories.Result result = GitHistories.read(readRoot, monitor);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			Optional<RecordHistory> record = result.history() == null ? Optional.empty()
					: result.history().records().stream()
							.filter(r -> !r.removed() && r.latest().path().equals(relative)).findFirst()
							.or(() -> result.history().find(relative));
			asyncExec(() -> {
				if (normalized.equals(file)) {
					shown(relative, result, record.orElse(null));
				}
			});
			return Status.OK_STATUS;
		});
		reading.setSystem(false);
		reading.schedule();
	}

	private void shown(String relative, GitHistories.Result result, RecordHistory record) {
		if (result.history() == null) {
			header.setText(result.note());
		} else if (record == null) {
			header.setText(ViewMessages.bind(ViewMessages.History_notInHistory, relative)
					+ (result.note() == null ? "" : "\n" + result.note()));
		} else {
			header.setText(ViewMessages.bind(ViewMessages.History_header,
					new Object[] { record.kind(),
							record.id() + (record.title() == null ? "" : " \"" + record.title() + "\""),
							record.versions().size() })
					+ (result.note() == null ? "" : "\n" + result.note()));
			transitions.setText(record.transitions().isEmpty() ? ViewMessages.History_noTransitions
					: ViewMessages.bind(ViewMessages.History_transitions, record.transitions().stream()
							.map(t -> t.describe() + " (" + t.revision().shortId() + ")")
							.collect(Collectors.joining("; "))));
			viewer.setInput(record.versions().reversed());
		}
		layout();
	}

	/** Shows what the version's commit changed in the architecture (as {@code baton diff C^ C}), read in a job. */
	public void showDiff(RecordVersion version) {
		if (root == null) {
			return;
		}
		diff.setText(ViewMessages.bind(ViewMessages.History_diffJob, version.revision().shortId()) + "...");
		if (comparing != null) {
			comparing.cancel();
		}
		Path diffRoot = root;
		comparing =
				Job.create(ViewMessages.bind(ViewMessages.History_diffJob, version.revision().shortId()), monitor -> {
					String text = GitHistories.diffOf(diffRoot, version.revision().id(), monitor);
					asyncExec(() -> {
						if (Objects.equals(diffRoot, root)) {
							diff.setText(text);
						}
					});
					return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
				});
		comparing.schedule();
	}

	private void asyncExec(Runnable runnable) {
		if (!header.isDisposed()) {
			header.getDisplay().asyncExec(() -> {
				if (!header.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	private void layout() {
		header.getParent().layout(true, true);
	}

	/** The record file shown, or {@code null}. */
	public Path file() {
		return file;
	}

	/** The line above the table (what is shown, or why nothing is), for tests. */
	public Label header() {
		return header;
	}

	/** The status transitions' line, for tests. */
	public Label transitions() {
		return transitions;
	}

	/** The revisions, newest first, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	/** The diff of the revision double-clicked, for tests. */
	public Text diff() {
		return diff;
	}

	/** Whether git is being read for this view. */
	public boolean busy() {
		return reading != null && reading.getState() != Job.NONE
				|| comparing != null && comparing.getState() != Job.NONE;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selections);
		getSite().getPage().removePartListener(parts);
		if (reading != null) {
			reading.cancel();
		}
		if (comparing != null) {
			comparing.cancel();
		}
		super.dispose();
	}
}
