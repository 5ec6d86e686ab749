package dev.baton.ui.builder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.BasicMonitor;

import dev.baton.adr.Dialects;
import dev.baton.store.FolderChange;
import dev.baton.store.LoadedFolder;
import dev.baton.store.LoadedFolders;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.markers.ReadinessMarkers;
import dev.baton.ui.markers.ReadinessMarkers.Problem;

/**
 * The Baton builder of a project with the Baton nature: runs the readiness rules in the background build and puts their
 * findings, and the store's findings of bad input, as markers on the record files at their lines. A full build (and
 * Project &gt; Clean) loads each architecture folder of the project and marks every file; an incremental build reads
 * only the changed record files into the folder it keeps ({@link LoadedFolder#filesChanged}), runs the rules again
 * (many look across records) and replaces the markers only of the files whose findings changed.
 */
public final class ReadinessBuilder extends IncrementalProjectBuilder {

	/** The builder's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.readinessBuilder";

	/** The builder's own loads: a build runs off the UI thread, where the views' shared folders live. */
	private final LoadedFolders folders = new LoadedFolders(Dialects.formats());
	private final Map<Path, LoadedFolder> loaded = new HashMap<>();
	/** The problems each folder was marked with, to replace only what changed. */
	private final Map<Path, Map<IResource, List<Problem>>> marked = new HashMap<>();

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		List<Path> roots = ArchitectureFolders.inProject(getProject());
		new ArrayList<>(loaded.keySet()).stream().filter(root -> !roots.contains(root)).forEach(this::forget);
		for (Path root : roots) {
			Optional<IContainer> container = ArchitectureFolders.workspaceContainer(root);
			if (container.isEmpty()) {
				continue;
			}
			try {
				build(root, container.get(), delta, monitor);
			} catch (CancellationException e) {
				forget(root);
				throw new OperationCanceledException();
			} catch (IllegalStateException e) {
				// no Declarative Services, so no rules: nothing to mark, said once per build in the log
				ILog.of(ReadinessBuilder.class).error(e.getMessage(), e);
				return null;
			}
		}
		return null;
	}

	private void build(Path root, IContainer container, IResourceDelta delta, IProgressMonitor monitor)
			throws CoreException {
		LoadedFolder folder = loaded.get(root);
		boolean full = folder == null || delta == null;
		if (full) {
			forget(root);
			folder = folders.connect(root, BasicMonitor.toMonitor(monitor));
			loaded.put(root, folder);
		} else {
			List<Path> changed = changedFiles(delta, root);
			if (changed.isEmpty()) {
				return;
			}
			FolderChange change = folder.filesChanged(changed);
			if (change.isEmpty()) {
				return; // no record changed (a file that is no record, or holds what was read)
			}
			full = change.reloaded();
		}
		Map<IResource, List<Problem>> now = ReadinessMarkers.of(folder.folder(), folder.findings(), container);
		Map<IResource, List<Problem>> before = full ? Map.of() : marked.getOrDefault(root, Map.of());
		if (full) {
			ReadinessMarkers.deleteAll(container);
		}
		Set<IResource> replace = new LinkedHashSet<>();
		now.keySet().stream().filter(resource -> !Objects.equals(now.get(resource), before.get(resource)))
				.forEach(replace::add);
		before.keySet().stream().filter(resource -> !now.containsKey(resource)).forEach(replace::add);
		ReadinessMarkers.replace(now, replace);
		marked.put(root, now);
	}

	/** Record files and {@code baton.yaml} below the root whose content changed, came or went. */
	private static List<Path> changedFiles(IResourceDelta delta, Path root) throws CoreException {
		List<Path> files = new ArrayList<>();
		delta.accept(child -> {
			IResource resource = child.getResource();
			if (resource.getType() != IResource.FILE) {
				return true;
			}
			boolean content = child.getKind() != IResourceDelta.CHANGED || (child.getFlags()
					& (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.MOVED_FROM
							| IResourceDelta.MOVED_TO)) != 0;
			if (content && resource.getLocation() != null) {
				Path file = resource.getLocation().toPath().toAbsolutePath().normalize();
				if (file.startsWith(root)) {
					files.add(file);
				}
			}
			return false;
		});
		return files;
	}

	/** Project &gt; Clean: every Baton marker goes and the folders are loaded anew by the next build. */
	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		ReadinessMarkers.deleteAll(getProject());
		new ArrayList<>(loaded.keySet()).forEach(this::forget);
	}

	private void forget(Path root) {
		if (loaded.remove(root) != null) {
			folders.disconnect(root);
		}
		marked.remove(root);
	}
}
