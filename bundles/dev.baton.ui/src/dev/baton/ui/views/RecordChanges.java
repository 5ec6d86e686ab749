package dev.baton.ui.views;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Control;

import dev.baton.ui.ArchitectureFolders;

/**
 * Reloads a view when record files or {@code baton.yaml} change in the workspace
 * ({@link ArchitectureFolders#touchesRecords}): once for a burst of changes, on the UI thread, while the view's control
 * lives.
 */
final class RecordChanges implements IResourceChangeListener {

	private final Control control;
	private final Runnable reload;
	private volatile boolean queued;

	private RecordChanges(Control control, Runnable reload) {
		this.control = control;
		this.reload = reload;
	}

	/** Starts following the workspace; {@link #stop()} when the view is disposed. */
	static RecordChanges follow(Control control, Runnable reload) {
		RecordChanges changes = new RecordChanges(control, reload);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(changes, IResourceChangeEvent.POST_CHANGE);
		return changes;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (queued || !ArchitectureFolders.touchesRecords(event) || control.isDisposed()) {
			return;
		}
		queued = true;
		control.getDisplay().asyncExec(() -> {
			queued = false;
			if (!control.isDisposed()) {
				reload.run();
			}
		});
	}

	void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}
}
