package dev.baton.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;

import dev.baton.api.Findings;
import dev.baton.model.BatonPackage;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.Messages;
import dev.baton.ui.WorkbenchFolders;

/**
 * The form editor of one record file (any kind): an overview of its fields, its description, and the source the file
 * will hold. Every edit is an EMF command (undo, redo); saving goes through the architecture folder store. The editor
 * is dirty from the first keystroke in a field. When the file changes on disk a clean editor reloads it, a dirty one
 * asks first (as the text editor does), and saving never replaces a change on disk without asking.
 * {@link DecisionEditor} adds the decision's own pages.
 */
public class RecordEditor extends FormEditor {

	/** The editor's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.recordEditor";

	private RecordSession session;
	private String loadProblem;
	private SourcePage sourcePage;
	private CommandStackActions actions;
	private String diskChangeMessage;
	/** The text on disk the user chose to keep editing over (not asked again for it). */
	private String keptOver;
	private boolean asking;
	/** Loading the file again: the pages follow once what was typed is dropped, not on the stack's flush. */
	private boolean reloading;
	private boolean returning;
	/** The page shown before a page change (FormEditor keeps its own index private). */
	private int shownPage = -1;
	private final RecordSelection selection = new RecordSelection(() -> session == null ? null : session.record());
	private final CommandStackListener stackListener = event -> commandStackChanged();
	private final IResourceChangeListener diskListener = this::resourceChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		setPartName(input.getName());
		Path file = pathOf(input);
		if (file == null) {
			loadProblem = Messages.bind(Messages.Editor_notAFile, input.getName());
			return;
		}
		try {
			session = RecordSession.open(file, WorkbenchFolders.of());
			session.onReplaced(this::recordReplaced);
			session.domain().getCommandStack().addCommandStackListener(stackListener);
			ResourcesPlugin.getWorkspace().addResourceChangeListener(diskListener, IResourceChangeEvent.POST_CHANGE);
			setTitleToolTip(file.toString());
		} catch (RecordSession.NotARecord e) {
			loadProblem = e.getMessage();
		}
	}

	/** The file an editor input stands for, in or outside the workspace. */
	public static Path pathOf(IEditorInput input) {
		IFile file = input.getAdapter(IFile.class);
		if (file != null && file.getLocation() != null) {
			return file.getLocation().toPath();
		}
		if (input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) {
			return Path.of(uri.getURI());
		}
		return null;
	}

	@Override
	protected void addPages() {
		try {
			if (session == null) {
				addPage(new ProblemPage(this, loadProblem));
				return;
			}
			addFormPages();
			sourcePage = new SourcePage(this);
			addPage(sourcePage);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("cannot create the pages of " + getEditorInput().getName(), e);
		}
	}

	/** Adds the form pages before the Source page; a kind's editor adds its own. */
	protected void addFormPages() throws PartInitException {
		addPage(new RecordPage(this));
		addPage(new ProsePage(this, "description", Messages.Editor_descriptionPage,
				List.of(BatonPackage.Literals.RECORD__DESCRIPTION)));
	}

	@Override
	protected void createPages() {
		super.createPages();
		if (session != null) {
			actions = new CommandStackActions(session.domain().getCommandStack(), this::commitTyping, this::typing);
			actions.install(getEditorSite().getActionBars());
			getSite().setSelectionProvider(selection);
		}
	}

	/** The shared folder read the file again (a change on disk while the editor was clean): show what it holds. */
	private void recordReplaced() {
		if (reloading) {
			return;
		}
		keptOver = null;
		showDiskChange(null);
		forEachPage(BoundPage::discard);
		if (sourcePage != null) {
			sourcePage.discard();
		}
		commandStackChanged();
	}

	private void commandStackChanged() {
		if (reloading) {
			return;
		}
		holdWhileDirty();
		selection.changed();
		forEachPage(BoundPage::refresh);
		if (sourcePage != null) {
			sourcePage.refresh();
		}
		if (actions != null) {
			actions.update();
		}
		firePropertyChange(PROP_DIRTY);
	}

	private void forEachPage(Consumer<BoundPage> action) {
		for (Object page : pages) {
			if (page instanceof BoundPage bound) {
				action.accept(bound);
			}
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (session == null) {
			return;
		}
		if (!commitTyping()) {
			monitor.setCanceled(true);
			return;
		}
		Diagnostic saved = session.save(this::overwriteChangeOnDisk);
		if (saved.getSeverity() == Diagnostic.CANCEL) {
			keptOver = session.diskText();
			showDiskChange(Messages.Editor_changedOnDiskDirty);
			monitor.setCanceled(true);
			return;
		}
		if (saved.getSeverity() >= Diagnostic.ERROR) {
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
					String.join("\n", Findings.leaves(saved).stream().map(Findings::format).toList()));
			monitor.setCanceled(true);
			return;
		}
		keptOver = null;
		showDiskChange(null);
		holdWhileDirty();
		firePropertyChange(PROP_DIRTY);
		refreshInWorkspace();
		if (sourcePage != null) {
			sourcePage.refresh();
		}
		if (actions != null) {
			actions.update();
		}
	}

	/**
	 * The store wrote the file behind the workspace's back: the workspace looks at it now, so that the change reaches
	 * every view of the shared folder at once ({@link dev.baton.ui.WorkbenchFolders}).
	 */
	private void refreshInWorkspace() {
		ArchitectureFolders.workspaceFile(session.file()).ifPresent(file -> {
			try {
				file.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				ILog.of(RecordEditor.class).warn("cannot refresh " + file.getFullPath() + " after saving it", e);
			}
		});
	}

	/** Asked right before writing, when the file changed on disk since it was read or saved here. */
	private boolean overwriteChangeOnDisk() {
		asking = true;
		try {
			return MessageDialog.openQuestion(getSite().getShell(), Messages.Editor_changedOnDiskTitle,
					Messages.Editor_overwriteQuestion);
		} finally {
			asking = false;
		}
	}

	/**
	 * Makes what is typed (in a field, on the Source page) a step on the command stack, before saving, undoing or
	 * redoing.
	 *
	 * @return false when some typed text cannot be read: its page is shown with the reason, the text kept
	 */
	boolean commitTyping() {
		for (Object page : pages) {
			if (page instanceof BoundPage bound && !bound.commit()) {
				setActivePage(bound.getId());
				return false;
			}
		}
		if (!applySource()) {
			setActivePage(SourcePage.ID);
			return false;
		}
		return true;
	}

	/** The label of the step that what is typed would be, or {@code null} when nothing is typed. */
	private String typing() {
		if (sourcePage != null && sourcePage.isModified()) {
			return Messages.Editor_sourceEdit;
		}
		for (Object page : pages) {
			String pending = page instanceof BoundPage bound ? bound.pending() : null;
			if (pending != null) {
				return pending;
			}
		}
		return null;
	}

	/** While the editor is dirty, changes of its file on disk wait for it to ask (they never replace its edits). */
	private void holdWhileDirty() {
		if (session != null) {
			session.hold(isDirty());
		}
	}

	/** A key was typed in a field or on the Source page: the editor is dirty from the first one. */
	void fieldTyped() {
		holdWhileDirty();
		if (actions != null) {
			actions.update();
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return session != null && (session.isDirty() || typing() != null);
	}

	/** The Source page's text was typed on (or read back): the dirty state and Undo follow. */
	void sourceModified() {
		fieldTyped();
	}

	/**
	 * Reads what was typed on the Source page into the record, as one command (before leaving the page, saving, undoing
	 * or redoing).
	 *
	 * @return false when the text does not parse (the page shows why and keeps the text)
	 */
	boolean applySource() {
		return sourcePage == null || sourcePage.apply();
	}

	@Override
	protected void pageChange(int newPageIndex) {
		int left = shownPage;
		if (!returning && sourcePage != null && left >= 0 && left < pages.size() && pages.get(left) == sourcePage
				&& newPageIndex != left && !sourcePage.apply()) {
			returning = true;
			try {
				setActivePage(left);
			} finally {
				returning = false;
			}
			return;
		}
		shownPage = newPageIndex;
		super.pageChange(newPageIndex);
	}

	@Override
	public void setFocus() {
		super.setFocus();
		// asked after the focus settled: a dialog opened while the workbench moves the focus loses it
		getSite().getShell().getDisplay().asyncExec(this::checkDisk);
	}

	private void resourceChanged(IResourceChangeEvent event) {
		IFile file = getEditorInput().getAdapter(IFile.class);
		IResourceDelta delta =
				file == null || event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
		if (delta != null && (delta.getKind() == IResourceDelta.ADDED
				|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
			Display display = getSite().getShell().getDisplay();
			display.asyncExec(this::checkDisk);
		}
	}

	/**
	 * Follows a change someone else made to the file since it was loaded or saved here: a clean editor reloads it (same
	 * page); a dirty one asks whether to replace its contents, as the text editor does, when it is the active part
	 * (otherwise when it is activated). Kept edits are not asked about again for the same change; saving asks before
	 * overwriting it.
	 */
	public void checkDisk() {
		if (session == null || asking || getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		String disk = session.diskText();
		if (!session.changedOnDisk()) {
			keptOver = null;
			if (diskChangeMessage != null) {
				showDiskChange(null);
			}
			return;
		}
		if (disk == null || disk.equals(keptOver)) {
			// already answered (or unreadable): the header says so
			return;
		}
		if (!isDirty()) {
			reload(false);
			return;
		}
		if (getSite().getPage().getActivePart() != this) {
			showDiskChange(Messages.Editor_changedOnDiskDirty);
			return;
		}
		boolean replace;
		asking = true;
		try {
			replace = MessageDialog.openQuestion(getSite().getShell(), Messages.Editor_changedOnDiskTitle,
					Messages.Editor_reloadQuestion);
		} finally {
			asking = false;
		}
		if (replace) {
			reload(true);
		} else {
			keptOver = disk;
			showDiskChange(Messages.Editor_changedOnDiskDirty);
		}
	}

	private void showDiskChange(String message) {
		diskChangeMessage = message;
		forEachPage(page -> page.showDiskChange(message));
	}

	/** The message offering to reload, or {@code null} when the file on disk is what the editor loaded. */
	public String diskChangeMessage() {
		return diskChangeMessage;
	}

	/** Loads the file again from disk, dropping the editor's unsaved edits (the header's link). */
	public void reloadFromDisk() {
		reload(true);
	}

	/**
	 * Loads the file again, on the same page; what was typed and the undo history are dropped.
	 *
	 * @param asked the user asked for it: a file that cannot be read is explained in a dialog (otherwise the header
	 *              says so and the editor keeps what it shows)
	 */
	private void reload(boolean asked) {
		reloading = true;
		try {
			session.reload();
		} catch (RecordSession.NotARecord e) {
			if (asked) {
				MessageDialog.openError(getSite().getShell(), Messages.Editor_reloadFailedTitle, e.getMessage());
			} else {
				keptOver = session.diskText();
				showDiskChange(Messages.Editor_changedOnDiskUnreadable);
			}
			return;
		} finally {
			reloading = false;
		}
		keptOver = null;
		showDiskChange(null);
		forEachPage(BoundPage::discard);
		if (sourcePage != null) {
			sourcePage.discard();
		}
		commandStackChanged();
	}

	/**
	 * A marker's line (a double-click in the Problems view): the Source page shows the file as it will be saved, with
	 * that line selected.
	 */
	private void gotoMarker(IMarker marker) {
		int line = marker.getAttribute(IMarker.LINE_NUMBER, 0);
		if (sourcePage == null || line <= 0) {
			return;
		}
		setActivePage(SourcePage.ID);
		sourcePage.selectLine(line);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IGotoMarker.class) {
			return adapter.cast((IGotoMarker) this::gotoMarker);
		}
		return super.getAdapter(adapter);
	}

	/** The open record, or {@code null} when the file could not be loaded as one. */
	public RecordSession session() {
		return session;
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(diskListener);
		if (session != null) {
			session.domain().getCommandStack().removeCommandStackListener(stackListener);
			session.dispose();
		}
		super.dispose();
	}
}
