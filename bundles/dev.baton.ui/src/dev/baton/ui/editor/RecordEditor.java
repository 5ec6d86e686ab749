package dev.baton.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
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

import dev.baton.api.Findings;
import dev.baton.ui.Messages;
import dev.baton.ui.markers.ReadinessMarkers;

/**
 * The form editor of one record file (any kind): an overview of its fields, its description,
 * and the source the file will hold. Every edit is an EMF command (undo, redo); saving goes
 * through the architecture folder store. When the file changes on disk the editor offers to
 * reload it. {@link DecisionEditor} adds the decision's own pages.
 */
public class RecordEditor extends FormEditor {

	/** The editor's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.recordEditor";

	private RecordSession session;
	private String loadProblem;
	private SourcePage sourcePage;
	private CommandStackActions actions;
	private String diskChangeMessage;
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
			session = RecordSession.open(file);
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
				java.util.List.of(dev.baton.model.BatonPackage.Literals.RECORD__DESCRIPTION)));
	}

	@Override
	protected void createPages() {
		super.createPages();
		if (session != null) {
			actions = new CommandStackActions(session.domain().getCommandStack(), this::applySource);
			actions.install(getEditorSite().getActionBars());
			getSite().setSelectionProvider(selection);
		}
	}

	private void commandStackChanged() {
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

	private void forEachPage(java.util.function.Consumer<BoundPage> action) {
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
		forEachPage(BoundPage::commit);
		if (!applySource()) {
			setActivePage(SourcePage.ID);
			monitor.setCanceled(true);
			return;
		}
		Diagnostic saved = session.save();
		if (saved.getSeverity() >= Diagnostic.ERROR) {
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
					String.join("\n", Findings.leaves(saved).stream().map(Findings::format).toList()));
			monitor.setCanceled(true);
			return;
		}
		diskChangeMessage = null;
		forEachPage(page -> page.showDiskChange(null));
		firePropertyChange(PROP_DIRTY);
		if (sourcePage != null) {
			sourcePage.refresh();
		}
		ReadinessMarkers.update(session.folder());
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
		return session != null && (session.isDirty() || sourcePage != null && sourcePage.isModified());
	}

	/** The Source page's text was typed on: the editor is dirty from now on. */
	void sourceModified() {
		firePropertyChange(PROP_DIRTY);
	}

	/**
	 * Reads what was typed on the Source page into the record, as one command (before leaving
	 * the page, saving, undoing or redoing).
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
		checkDisk();
	}

	private void resourceChanged(IResourceChangeEvent event) {
		IFile file = getEditorInput().getAdapter(IFile.class);
		IResourceDelta delta = file == null || event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
		if (delta != null && (delta.getFlags() & IResourceDelta.CONTENT) != 0) {
			Display display = getSite().getShell().getDisplay();
			display.asyncExec(this::checkDisk);
		}
	}

	/** Offers to reload when someone else changed the file since it was loaded or saved here. */
	public void checkDisk() {
		if (session == null || getContainer() == null || getContainer().isDisposed() || !session.changedOnDisk()) {
			return;
		}
		diskChangeMessage = Messages.bind(isDirty() ? Messages.Editor_changedOnDiskDirty : Messages.Editor_changedOnDisk,
				session.relativeName());
		forEachPage(page -> page.showDiskChange(diskChangeMessage));
	}

	/** The message offering to reload, or {@code null} when the file on disk is what the editor loaded. */
	public String diskChangeMessage() {
		return diskChangeMessage;
	}

	/** Loads the file again from disk, dropping the editor's unsaved edits. */
	public void reloadFromDisk() {
		try {
			session.reload();
		} catch (RecordSession.NotARecord e) {
			MessageDialog.openError(getSite().getShell(), Messages.Editor_reloadFailedTitle, e.getMessage());
			return;
		}
		diskChangeMessage = null;
		forEachPage(page -> page.showDiskChange(null));
		commandStackChanged();
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
