package dev.baton.ui.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import dev.baton.model.LinkType;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.DecisionLinks;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.Messages;
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
		DecisionLinks.link(replacement, LinkType.SUPERSEDES, null, old);
		Diagnostic saved = page.loaded.save();
		if (saved.getSeverity() >= Diagnostic.ERROR) {
			page.setErrorMessage(String.join("\n", Findings.leaves(saved).stream().map(Findings::format).toList()));
			return false;
		}
		Path root = page.loaded.root();
		ArchitectureFolders.workspaceContainer(root).ifPresent(container -> {
			try {
				container.refreshLocal(IResource.DEPTH_INFINITE, null);
			} catch (CoreException e) {
				ILog.of(getClass()).warn("cannot refresh " + root, e);
			}
		});
		Records.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), page.loaded, replacement);
		return true;
	}

	/** The page: folder, the decision that no longer holds, the one that replaces it. */
	final class Page extends WizardPage {

		FolderChoice folder;
		Combo old;
		Combo replacement;
		ArchitectureFolder loaded;
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
			loaded = folder.root().map(ArchitectureFolders::load).orElse(null);
			if (loaded != null) {
				loaded.architecture().getDecisionSets().forEach(set -> decisions.addAll(set.getDecisions()));
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
