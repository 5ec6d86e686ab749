package dev.baton.store;

/**
 * Told when a shared loaded folder changed because its files did ({@link LoadedFolder#filesChanged}). Called on the
 * thread that applied the change, with the folder's lock held: a view that draws on another thread hands the change
 * over to it and returns.
 */
@FunctionalInterface
public interface FolderListener {

	/** The folder's model now holds what its files hold. */
	void folderChanged(LoadedFolder folder, FolderChange change);
}
