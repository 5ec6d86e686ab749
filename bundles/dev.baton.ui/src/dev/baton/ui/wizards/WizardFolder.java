package dev.baton.ui.wizards;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

import dev.baton.store.LoadedFolder;
import dev.baton.ui.WorkbenchFolders;

/**
 * A wizard's connection to the architecture folder the workbench shares ({@link WorkbenchFolders}): the folder chosen
 * on its page, connected once (loaded only when no part has it yet), given back when another is chosen or the wizard
 * closes. What the wizard writes goes through it, so every view and editor sees it at once.
 */
final class WizardFolder {

	private final WorkbenchFolders shared = WorkbenchFolders.of();
	private LoadedFolder loaded;

	/** The shared folder at {@code root}, connected now unless it is the one the wizard has. */
	LoadedFolder at(Path root) {
		Path key = root.toAbsolutePath().normalize();
		if (loaded != null && loaded.root().equals(key)) {
			return loaded;
		}
		close();
		loaded = shared.connect(key, new NullProgressMonitor());
		return loaded;
	}

	/** Gives the connection back. */
	void close() {
		if (loaded != null) {
			shared.disconnect(loaded.root());
			loaded = null;
		}
	}
}
