package dev.baton.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

import dev.baton.store.FolderChange;
import dev.baton.store.FolderListener;
import dev.baton.store.LoadedFolder;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.Messages;
import dev.baton.ui.WorkbenchFolders;

/**
 * A view's connections to the workspace's architecture folders, shared with every other part
 * ({@link WorkbenchFolders}): connected in a job (the UI thread never loads), shown when loaded, and followed: a change
 * of the folders' files comes as a {@link FolderChange}, on the UI thread; projects opened, closed, added or removed,
 * or a {@code baton.yaml} added or removed, connect the view again. Disconnected when the view's control is disposed.
 */
final class FolderConnections implements IResourceChangeListener {

	private final Control control;
	private final Consumer<List<LoadedFolder>> show;
	private final FolderListener listener;
	/** Got on the UI thread: the job and the workspace's threads use it as it is. */
	private final WorkbenchFolders shared = WorkbenchFolders.of();
	private List<LoadedFolder> folders = List.of();
	private Job job;

	private FolderConnections(Control control, Consumer<List<LoadedFolder>> show,
			BiConsumer<LoadedFolder, FolderChange> changed) {
		this.control = control;
		this.show = show;
		this.listener = (folder, change) -> {
			if (!control.isDisposed()) {
				changed.accept(folder, change);
			}
		};
	}

	/**
	 * Connects the view and follows the workspace until the control is disposed.
	 *
	 * @param show    given the connected folders on the UI thread, each time they are (re)connected
	 * @param changed given each change of a connected folder on the UI thread
	 */
	static FolderConnections follow(Control control, Consumer<List<LoadedFolder>> show,
			BiConsumer<LoadedFolder, FolderChange> changed) {
		FolderConnections connections = new FolderConnections(control, show, changed);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(connections, IResourceChangeEvent.POST_CHANGE);
		control.addDisposeListener(e -> connections.stop());
		connections.connect();
		return connections;
	}

	/** Connects to the workspace's folders again, in a job; the view is shown them when they are loaded. */
	void connect() {
		Job loading = Job.create(Messages.Views_loading, (IJobFunction) this::load);
		loading.setUser(false);
		job = loading;
		loading.schedule();
	}

	/**
	 * Connects again and waits for the load (the view shows the folders at the next turn of the event loop): for tests
	 * and callers that need the folders now; the UI waits as long as a folder that no part has takes to load.
	 */
	void connectAndWait() {
		connect();
		try {
			job.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private IStatus load(IProgressMonitor monitor) {
		List<LoadedFolder> loaded = new ArrayList<>();
		try {
			for (Path root : ArchitectureFolders.inWorkspace()) {
				loaded.add(shared.connect(root, monitor));
			}
		} catch (CancellationException e) {
			loaded.forEach(folder -> shared.disconnect(folder.root()));
			return Status.CANCEL_STATUS;
		}
		if (control.isDisposed()) {
			loaded.forEach(folder -> shared.disconnect(folder.root()));
			return Status.OK_STATUS;
		}
		control.getDisplay().asyncExec(() -> take(loaded));
		return Status.OK_STATUS;
	}

	/** The view works on the folders just connected; the earlier ones go after, so a folder kept stays loaded. */
	private void take(List<LoadedFolder> loaded) {
		if (control.isDisposed()) {
			loaded.forEach(folder -> shared.disconnect(folder.root()));
			return;
		}
		List<LoadedFolder> earlier = folders;
		loaded.stream().filter(folder -> !earlier.contains(folder)).forEach(folder -> folder.addListener(listener));
		folders = loaded;
		earlier.forEach(folder -> {
			if (!loaded.contains(folder)) {
				folder.removeListener(listener);
			}
			shared.disconnect(folder.root());
		});
		show.accept(loaded);
	}

	/** The folders the view is connected to. */
	List<LoadedFolder> folders() {
		return folders;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null || control.isDisposed() || !foldersCameOrWent(event.getDelta())) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				connect();
			}
		});
	}

	/** Whether projects or {@code baton.yaml} files came or went, opened or closed: the set of folders may differ. */
	private static boolean foldersCameOrWent(IResourceDelta root) {
		boolean[] found = { false };
		try {
			root.accept(delta -> {
				IResource resource = delta.getResource();
				boolean cameOrWent = delta.getKind() == IResourceDelta.ADDED
						|| delta.getKind() == IResourceDelta.REMOVED
						|| (delta.getFlags() & IResourceDelta.OPEN) != 0;
				if (cameOrWent && (resource.getType() == IResource.PROJECT
						|| resource.getName().equals(ArchitectureFolders.SETTINGS))) {
					found[0] = true;
				}
				return !found[0] && resource.getType() != IResource.FILE && resource.getFullPath().segmentCount() < 3;
			});
		} catch (CoreException e) {
			return true;
		}
		return found[0];
	}

	private void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		if (job != null) {
			job.cancel();
		}
		folders.forEach(folder -> {
			folder.removeListener(listener);
			shared.disconnect(folder.root());
		});
		folders = List.of();
	}
}
