package dev.baton.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

import dev.baton.model.Decision;
import dev.baton.model.Record;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.Kinds;
import dev.baton.store.LoadedFolder;
import dev.baton.ui.Messages;
import dev.baton.ui.editor.RecordLabel;

/**
 * The architecture folders of the workspace, their records grouped by kind, with a filter on id, title and tags.
 * Double-click opens a record in its editor. Works on the folders shared by every part ({@link FolderConnections}) and
 * follows their changes, keeping expansion and selection.
 */
public final class ArchitectureExplorer extends ViewPart {

	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.architectureExplorer";

	/** An architecture folder in the tree. */
	public record FolderNode(Path root, ArchitectureFolder folder) {
	}

	/**
	 * The records of one kind of one folder. Equal by folder and kind, whatever records it holds now, so that the tree
	 * keeps it expanded and selected across changes.
	 */
	public record KindNode(FolderNode folder, String label, List<Record> records) {

		@Override
		public boolean equals(Object other) {
			return other instanceof KindNode kind && kind.folder().root().equals(folder.root())
					&& kind.label().equals(label);
		}

		@Override
		public int hashCode() {
			return folder.root().hashCode() * 31 + label.hashCode();
		}
	}

	private TreeViewer viewer;
	private Text filter;
	private ItemImages images;
	private List<FolderNode> folders = List.of();
	private FolderConnections connections;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.Explorer_filter);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		images = new ItemImages(viewer.getControl());
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new Labels());
		viewer.addFilter(new ViewerFilter() {

			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches(element, filter.getText().strip().toLowerCase(Locale.ROOT));
			}
		});
		filter.addModifyListener(e -> {
			viewer.refresh();
			if (!filter.getText().isBlank()) {
				viewer.expandAll();
			}
		});
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof Record record) {
				open(record);
			} else if (element != null) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		getSite().setSelectionProvider(viewer);
		Action refresh = new Action(Messages.Explorer_refresh) {

			@Override
			public void run() {
				connections.connect();
			}
		};
		refresh.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		connections = FolderConnections.follow(viewer.getControl(), this::show, (folder, change) -> changed(folder));
	}

	/**
	 * Connects to the workspace's architecture folders again and waits for them (a folder no part has is loaded first);
	 * the tree shows them at the next turn of the event loop.
	 */
	public void reload() {
		connections.connectAndWait();
	}

	/** Shows the folders just connected; a tree showing the same folders keeps its expansion and selection. */
	private void show(List<LoadedFolder> connected) {
		List<FolderNode> shown = new ArrayList<>();
		for (LoadedFolder folder : connected) {
			shown.add(new FolderNode(folder.root(), folder.folder()));
		}
		if (shown.equals(folders) && viewer.getInput() != null) {
			viewer.refresh();
			return;
		}
		folders = shown;
		viewer.setInput(folders);
		viewer.expandToLevel(2);
	}

	/** A folder's files changed: the tree shows its records now, keeping what was expanded and selected. */
	private void changed(LoadedFolder folder) {
		List<FolderNode> shown = new ArrayList<>();
		for (FolderNode node : folders) {
			shown.add(node.root().equals(folder.root()) ? new FolderNode(folder.root(), folder.folder()) : node);
		}
		if (!shown.equals(folders)) {
			folders = shown; // baton.yaml changed: the folder was loaded anew
			viewer.setInput(folders);
			viewer.expandToLevel(2);
			return;
		}
		viewer.refresh();
	}

	/** The loaded folders this view shows (shared with every other part), for tests. */
	public List<LoadedFolder> connected() {
		return connections.folders();
	}

	private void open(Record record) {
		for (FolderNode node : folders) {
			if (node.folder().fileOf(record).isPresent()) {
				Records.open(getSite().getPage(), node.folder(), record);
				return;
			}
		}
	}

	private static boolean matches(Object element, String text) {
		if (text.isEmpty()) {
			return true;
		}
		if (element instanceof Record record) {
			return contains(record.getId(), text) || contains(record.getTitle(), text)
					|| record.getTags().stream().anyMatch(tag -> contains(tag, text));
		}
		if (element instanceof KindNode kind) {
			return kind.records().stream().anyMatch(r -> matches(r, text));
		}
		if (element instanceof FolderNode folder) {
			return Kinds.records(folder.folder().architecture()).stream().anyMatch(r -> matches(r, text));
		}
		return true;
	}

	private static boolean contains(String value, String text) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(text);
	}

	/** The tree, for tests. */
	public TreeViewer viewer() {
		return viewer;
	}

	/** The filter field, for tests. */
	public Text filter() {
		return filter;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof FolderNode folder) {
				List<KindNode> kinds = new ArrayList<>();
				List<Record> decisions = new ArrayList<>();
				folder.folder().architecture().getDecisionSets().forEach(set -> decisions.addAll(set.getDecisions()));
				if (!decisions.isEmpty()) {
					kinds.add(new KindNode(folder, Messages.Explorer_decisions, decisions));
				}
				for (Kinds.Kind kind : Kinds.all()) {
					if (kind.container() == null) {
						continue;
					}
					@SuppressWarnings("unchecked")
					List<Record> records = (List<Record>) folder.folder().architecture().eGet(kind.container());
					if (!records.isEmpty()) {
						kinds.add(new KindNode(folder, kindLabel(kind.folder()), new ArrayList<>(records)));
					}
				}
				return kinds.toArray();
			}
			if (parent instanceof KindNode kind) {
				return kind.records().toArray();
			}
			return new Object[0];
		}

		private static String kindLabel(String folder) {
			String words = folder.replace('-', ' ');
			return Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof KindNode kind ? kind.folder() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !(element instanceof Record);
		}
	}

	private final class Labels extends ColumnLabelProvider {

		@Override
		public String getText(Object element) {
			if (element instanceof FolderNode folder) {
				String name = folder.folder().architecture().getName();
				return (name == null ? folder.root().getFileName().toString() : name) + " (" + folder.root() + ")";
			}
			if (element instanceof KindNode kind) {
				return kind.label() + " (" + kind.records().size() + ")";
			}
			if (element instanceof Decision decision) {
				return RecordLabel.of(decision)
						+ (decision.getStatusText() == null ? "" : " [" + decision.getStatusText() + "]");
			}
			return element instanceof Record record ? RecordLabel.of(record) : String.valueOf(element);
		}

		@Override
		public Image getImage(Object element) {
			if (element instanceof Record) {
				return images.of(element);
			}
			String image = element instanceof FolderNode ? IDE.SharedImages.IMG_OBJ_PROJECT
					: ISharedImages.IMG_OBJ_FOLDER;
			return PlatformUI.getWorkbench().getSharedImages().getImage(image);
		}
	}
}
