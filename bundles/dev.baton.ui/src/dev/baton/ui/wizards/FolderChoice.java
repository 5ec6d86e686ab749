package dev.baton.ui.wizards;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.baton.ui.ArchitectureFolders;

/** A choice of the workspace's architecture folders, preselecting the one of the current selection. */
final class FolderChoice {

	private final List<Path> roots = ArchitectureFolders.inWorkspace();
	private final Combo combo;

	FolderChoice(Composite parent, String label, IStructuredSelection selection) {
		new Label(parent, SWT.NONE).setText(label);
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		roots.forEach(root -> combo.add(root.toString()));
		Optional<Path> selected = selected(selection);
		int index = selected.map(roots::indexOf).orElse(-1);
		combo.select(index >= 0 ? index : roots.isEmpty() ? -1 : 0);
	}

	private static Optional<Path> selected(IStructuredSelection selection) {
		Object first = selection == null ? null : selection.getFirstElement();
		IResource resource = first instanceof IAdaptable adaptable ? adaptable.getAdapter(IResource.class) : null;
		if (resource == null || resource.getLocation() == null) {
			return Optional.empty();
		}
		Path path = resource.getLocation().toPath();
		return ArchitectureFolders.rootOf(path.resolve(ArchitectureFolders.SETTINGS))
				.or(() -> ArchitectureFolders.rootOf(path));
	}

	Combo combo() {
		return combo;
	}

	/** The chosen folder, or empty when the workspace has none. */
	Optional<Path> root() {
		int index = combo.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of(roots.get(index));
	}
}
