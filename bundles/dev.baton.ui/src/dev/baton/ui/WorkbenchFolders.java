package dev.baton.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

import dev.baton.adr.Dialects;
import dev.baton.store.LoadedFolder;
import dev.baton.store.LoadedFolders;
import dev.baton.ui.builder.BatonNature;

/**
 * The architecture folders the workbench's views work on, each loaded once and shared ({@link LoadedFolders}), and kept
 * in step with the workspace: a record file changed, added, deleted or moved in the workspace (an editor's save,
 * {@code git pull}, a refresh) is read again by itself ({@link LoadedFolder#filesChanged}), on the UI thread, so that
 * views reading the model there never see it half-changed. One per workbench, got with
 * {@code PlatformUI.getWorkbench().getService(WorkbenchFolders.class)}.
 */
public final class WorkbenchFolders {

	/** Makes the workbench's one instance (the {@code org.eclipse.ui.services} extension). */
	public static final class Factory extends AbstractServiceFactory {

		@Override
		public Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
				IServiceLocator locator) {
			Object parent = parentLocator == null ? null : parentLocator.getService(serviceInterface);
			return parent != null ? parent : new WorkbenchFolders();
		}
	}

	private final LoadedFolders folders = new LoadedFolders(Dialects.formats());
	private final Set<Path> connected = ConcurrentHashMap.newKeySet();
	/** Files of dirty editors: a change on disk waits until the editor decides (it asks, it never loses work). */
	private final Set<Path> held = ConcurrentHashMap.newKeySet();
	/** Held files that changed on disk meanwhile. */
	private final Set<Path> pending = ConcurrentHashMap.newKeySet();
	/**
	 * Follows the workspace as long as the workbench runs. Not an {@code IDisposable}: a window's service locator would
	 * dispose the workbench's one instance when the window closes.
	 */
	private final IResourceChangeListener listener = this::resourceChanged;

	private WorkbenchFolders() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
	}

	/** The workbench's instance. */
	public static WorkbenchFolders of() {
		return PlatformUI.getWorkbench().getService(WorkbenchFolders.class);
	}

	/**
	 * The shared folder at {@code root}, loaded now if no view has it: call from a job, never on the UI thread. Match
	 * each call with one {@link #disconnect}.
	 *
	 * @throws java.util.concurrent.CancellationException when the monitor was cancelled
	 */
	public LoadedFolder connect(Path root, IProgressMonitor monitor) {
		LoadedFolder folder = folders.connect(root, BasicMonitor.toMonitor(monitor));
		connected.add(folder.root());
		// the project's records are checked by its builder, in the background: the views write no markers
		ArchitectureFolders.workspaceContainer(folder.root()).map(IContainer::getProject)
				.ifPresent(BatonNature::ensure);
		return folder;
	}

	public void disconnect(Path root) {
		folders.disconnect(root);
		if (folders.connections(root) == 0) {
			connected.remove(root.toAbsolutePath().normalize());
		}
	}

	/**
	 * Keeps changes of a file on disk out of the shared model while an editor has unsaved edits of it: the editor asks
	 * the user, then either saves over the change or drops its edits and reads the file ({@link #release}).
	 */
	public void hold(Path file) {
		held.add(file.toAbsolutePath().normalize());
	}

	/**
	 * Lets changes of a held file reach the shared model again; a change that came meanwhile is read now (on the UI
	 * thread, like every change).
	 */
	public void release(Path file) {
		Path key = file.toAbsolutePath().normalize();
		if (!held.remove(key)) {
			return;
		}
		Map<Path, List<Path>> free = new LinkedHashMap<>();
		for (Path waiting : List.copyOf(pending)) {
			if (!blocked(waiting) && pending.remove(waiting)) {
				connected.stream().filter(waiting::startsWith).forEach(root -> free.computeIfAbsent(root,
						r -> new ArrayList<>()).add(waiting));
			}
		}
		apply(free);
	}

	/**
	 * Whether a change of the file must wait: it is held, or it is the {@code baton.yaml} of a folder with a held file
	 * (a changed {@code baton.yaml} loads the whole folder again, which would drop the dirty editor's edits).
	 */
	private boolean blocked(Path file) {
		if (held.contains(file)) {
			return true;
		}
		Path root = file.getParent();
		return root != null && file.getFileName().toString().equals(ArchitectureFolders.SETTINGS)
				&& held.stream().anyMatch(h -> h.startsWith(root));
	}

	/** Whether changes of the file on disk wait for its editor. */
	public boolean isHeld(Path file) {
		return held.contains(file.toAbsolutePath().normalize());
	}

	/** The shared folder at {@code root}, when a part is connected to it and it has loaded. */
	public Optional<LoadedFolder> get(Path root) {
		return folders.get(root);
	}

	/** How many parts are connected to the folder at {@code root}. */
	public int connections(Path root) {
		return folders.connections(root);
	}

	private void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null || connected.isEmpty()) {
			return;
		}
		Map<Path, List<Path>> byRoot = new LinkedHashMap<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource.getType() != IResource.FILE || resource.getLocation() == null) {
					return true;
				}
				boolean content = delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags()
						& (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.MOVED_FROM
								| IResourceDelta.MOVED_TO)) != 0;
				Path file = resource.getLocation().toPath().toAbsolutePath().normalize();
				for (Path root : connected) {
					if (content && file.startsWith(root)) {
						byRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(file);
					}
				}
				return false;
			});
		} catch (CoreException e) {
			ILog.of(WorkbenchFolders.class).error("cannot read the workspace's changes", e);
			return;
		}
		if (!byRoot.isEmpty()) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.asyncExec(() -> apply(byRoot));
		}
	}

	/** Reads changed files into their folders, on the UI thread; held files wait for their editor. */
	private void apply(Map<Path, List<Path>> byRoot) {
		byRoot.forEach((root, files) -> {
			List<Path> free = new ArrayList<>();
			for (Path file : files) {
				if (blocked(file)) {
					pending.add(file);
				} else {
					free.add(file);
				}
			}
			if (!free.isEmpty()) {
				folders.get(root).ifPresent(folder -> folder.filesChanged(free));
			}
		});
	}
}
