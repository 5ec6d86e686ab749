package dev.baton.ui.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import dev.baton.api.Findings;
import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.DecisionLinks;
import dev.baton.store.LoadedFolder;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.Messages;
import dev.baton.ui.WorkbenchFolders;
import dev.baton.ui.editor.RecordLabel;
import dev.baton.ui.views.Records;

/**
 * File > New > Other > Baton > Supersession: one decision supersedes another, as {@code baton supersede OLD NEW} does:
 * the new one gets {@code supersedes}, the old one status {@code superseded} and {@code superseded-by}; both files are
 * saved through the store.
 */
public final class SupersedeWizard extends Wizard implements INewWizard {

	/** The wizard's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.supersede";

	private IStructuredSelection selection;
	private Page page;
	private final WizardFolder connection = new WizardFolder();

	public SupersedeWizard() {
		setWindowTitle(Messages.Supersede_title);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		this.selection = currentSelection;
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Decision old = page.decisions.get(page.old.getSelectionIndex());
		Decision replacement = page.decisions.get(page.replacement.getSelectionIndex());
		ArchitectureFolder folder = page.loaded.folder();
		for (Decision decision : List.of(old, replacement)) {
			Optional<Path> file = folder.fileOf(decision);
			if (file.isPresent() && WorkbenchFolders.of().isHeld(file.get())) {
				// its editor has unsaved edits in the shared model: saving here would write them unasked
				page.setErrorMessage(Messages.bind(Messages.Supersede_editorDirty, file.get().getFileName()));
				return false;
			}
		}
		Supersession supersession = Supersession.of(replacement, old);
		Diagnostic saved = page.loaded.save(List.of(replacement, old), false);
		if (saved.getSeverity() >= Diagnostic.ERROR) {
			supersession.undo();
			page.setErrorMessage(String.join("\n", Findings.leaves(saved).stream().map(Findings::format).toList()));
			return false;
		}
		List.of(old, replacement)
				.forEach(decision -> folder.fileOf(decision).flatMap(ArchitectureFolders::workspaceFile)
						.ifPresent(file -> {
							try {
								file.refreshLocal(IResource.DEPTH_ZERO, null);
							} catch (CoreException e) {
								ILog.of(getClass()).warn("cannot refresh " + file.getFullPath(), e);
							}
						}));
		Records.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), folder, replacement);
		return true;
	}

	@Override
	public void dispose() {
		connection.close();
		super.dispose();
	}

	/** The supersession made in the shared model, and how to take it back when it cannot be saved. */
	private record Supersession(Decision replacement, Decision old, int links, DecisionStatus status, String statusText,
			boolean stated) {

		static Supersession of(Decision replacement, Decision old) {
			Supersession before = new Supersession(replacement, old, replacement.getLinks().size(), old.getStatus(),
					old.getStatusText(), old.getStatedSupersededBy().contains(replacement));
			DecisionLinks.link(replacement, LinkType.SUPERSEDES, null, old);
			return before;
		}

		void undo() {
			while (replacement.getLinks().size() > links) {
				replacement.getLinks().remove(replacement.getLinks().size() - 1);
			}
			old.setStatus(status);
			old.setStatusText(statusText);
			if (!stated) {
				old.getStatedSupersededBy().remove(replacement);
			}
		}
	}

	/** The page: folder, the decision that no longer holds, the one that replaces it. */
	final class Page extends WizardPage {

		FolderChoice folder;
		Combo old;
		Combo replacement;
		LoadedFolder loaded;
		final List<Decision> decisions = new ArrayList<>();

		Page() {
			super("supersede", Messages.Supersede_title, null);
			setDescription(Messages.Supersede_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			folder = new FolderChoice(body, Messages.Wizard_folder, selection);
			new Label(body, SWT.NONE).setText(Messages.Supersede_old);
			old = new Combo(body, SWT.READ_ONLY);
			old.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			new Label(body, SWT.NONE).setText(Messages.Supersede_new);
			replacement = new Combo(body, SWT.READ_ONLY);
			replacement.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			folder.combo().addListener(SWT.Selection, e -> load());
			old.addListener(SWT.Selection, e -> validate());
			replacement.addListener(SWT.Selection, e -> validate());
			setControl(body);
			load();
		}

		private void load() {
			decisions.clear();
			old.removeAll();
			replacement.removeAll();
			loaded = folder.root().map(connection::at).orElse(null);
			if (loaded != null) {
				loaded.folder().architecture().getDecisionSets().forEach(set -> decisions.addAll(set.getDecisions()));
				decisions.forEach(d -> {
					old.add(RecordLabel.of(d));
					replacement.add(RecordLabel.of(d));
				});
			}
			validate();
		}

		private void validate() {
			String problem = loaded == null ? Messages.Wizard_noFolder
					: old.getSelectionIndex() < 0 || replacement.getSelectionIndex() < 0 ? null
							: old.getSelectionIndex() == replacement.getSelectionIndex() ? Messages.Supersede_same
									: null;
			setErrorMessage(problem);
			setMessage(problem == null && (old.getSelectionIndex() < 0 || replacement.getSelectionIndex() < 0)
					? Messages.Supersede_choose
					: null);
			setPageComplete(problem == null && old.getSelectionIndex() >= 0 && replacement.getSelectionIndex() >= 0);
		}
	}
}
