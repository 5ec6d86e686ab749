package dev.baton.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.BasicDiagnostic;

import dev.baton.adr.Dialects;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;
import dev.baton.store.FolderLayout;

/**
 * Architecture folders as the workbench sees them: a folder with {@code baton.yaml}, found in the workspace's projects,
 * and the record files inside them.
 */
public final class ArchitectureFolders {

	/** The file that makes a folder an architecture folder ({@link FolderLayout#SETTINGS}). */
	public static final String SETTINGS = FolderLayout.SETTINGS;

	private ArchitectureFolders() {
	}

	/** The architecture folder a file lies in: the nearest folder above it with {@code baton.yaml}. */
	public static Optional<Path> rootOf(Path file) {
		Path parent = file.toAbsolutePath().normalize().getParent();
		return parent == null ? Optional.empty() : FolderLayout.rootOf(parent);
	}

	/**
	 * Whether a file is a record of an architecture folder, as the store places it ({@link FolderLayout#place}): a file
	 * of a decision set (its folder and dialect from {@code baton.yaml}) or a record file below a kind's folder
	 * ({@code components/}, {@code risks/}, ...). Other files (READMEs, templates) are not.
	 */
	public static boolean isRecord(Path file) {
		return place(file).isPresent();
	}

	/** Whether a record file is a decision (the store places it in a decision set). */
	public static boolean isDecision(Path file) {
		return place(file).filter(place -> place.set() != null).isPresent();
	}

	private static Optional<FolderLayout.Place> place(Path file) {
		// an unreadable baton.yaml is reported when the folder is loaded; here it has the defaults
		return rootOf(file).flatMap(root -> FolderLayout.read(root, new BasicDiagnostic()).place(root, file));
	}

	/** Loads a folder with every ADR dialect Baton reads, as {@code baton} does. */
	public static ArchitectureFolder load(Path root) {
		return ArchitectureFolder.load(root, LoadOptions.defaults().withFormats(Dialects.formats()));
	}

	/** The architecture folders of the workspace's open projects: a project's root, or a folder one level down. */
	public static List<Path> inWorkspace() {
		List<Path> roots = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			roots.addAll(inProject(project));
		}
		return roots;
	}

	/** The architecture folders of a project, when it is open: its root, or folders one level down (absolute). */
	public static List<Path> inProject(IProject project) {
		if (!project.isOpen() || project.getLocation() == null) {
			return List.of();
		}
		Path location = project.getLocation().toPath().toAbsolutePath().normalize();
		if (Files.isRegularFile(location.resolve(SETTINGS))) {
			return List.of(location);
		}
		List<Path> roots = new ArrayList<>();
		try (var children = Files.list(location)) {
			children.filter(child -> Files.isRegularFile(child.resolve(SETTINGS))).sorted().forEach(roots::add);
		} catch (IOException e) {
			// a project folder that cannot be listed holds no architecture we can show
		}
		return roots;
	}

	/**
	 * Whether a workspace change touches architecture files: a Markdown file or {@code baton.yaml} added, removed or
	 * changed in content. Marker changes (the views' own readiness markers) do not count, or a view that updates
	 * markers would reload forever.
	 */
	public static boolean touchesRecords(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return false;
		}
		boolean[] touched = { false };
		try {
			event.getDelta().accept(delta -> {
				String name = delta.getResource().getName();
				boolean content = delta.getKind() != IResourceDelta.CHANGED
						|| (delta.getFlags() & (IResourceDelta.CONTENT
								| IResourceDelta.REPLACED
								| IResourceDelta.MOVED_FROM
								| IResourceDelta.MOVED_TO)) != 0;
				if (content && (name.endsWith(".md") || name.equals(SETTINGS)
						|| delta.getResource().getType() == IResource.PROJECT
								&& delta.getKind() != IResourceDelta.CHANGED)) {
					touched[0] = true;
				}
				return !touched[0];
			});
		} catch (CoreException e) {
			return true;
		}
		return touched[0];
	}

	/** The workspace file at a path, when the path is inside an open project. */
	public static Optional<IFile> workspaceFile(Path path) {
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(path));
		return file == null ? Optional.empty() : Optional.of(file);
	}

	/** The workspace folder or project at a path. */
	public static Optional<IContainer> workspaceContainer(Path path) {
		IContainer[] containers = ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(path.toUri());
		return containers.length == 0 ? Optional.empty() : Optional.of(containers[0]);
	}
}
