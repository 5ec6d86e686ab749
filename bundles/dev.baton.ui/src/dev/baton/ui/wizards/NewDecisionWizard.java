package dev.baton.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import dev.baton.adr.NewDecisions;
import dev.baton.api.Findings;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadedFolder;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.Messages;
import dev.baton.ui.editor.Fields;
import dev.baton.ui.views.Records;

/**
 * File > New > Decision: the next decision of an architecture folder, numbered after the last, from the folder's
 * template or its dialect's (the same code as {@code baton new}), written and opened in the decision editor.
 */
public final class NewDecisionWizard extends Wizard implements INewWizard {

	/** The wizard's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.newDecision";

	private IStructuredSelection selection;
	private Page page;
	private Path created;
	private final WizardFolder connection = new WizardFolder();

	public NewDecisionWizard() {
		setWindowTitle(Messages.NewDecision_title);
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

	/**
	 * Writes the decision: from the folder's template (then read into the shared folder with the other new files), or
	 * added to the shared model and saved alone, so that the views show it at once and no other unsaved edit is
	 * written.
	 */
	@Override
	public boolean performFinish() {
		Path root = page.folder.root().orElseThrow();
		String title = page.title.getText().strip();
		String status = page.status.getText().strip();
		LoadedFolder shared = connection.at(root);
		ArchitectureFolder folder = shared.folder();
		DecisionSet set = folder.architecture().getDecisionSets().get(0);
		try {
			Optional<Path> template = NewDecisions.template(folder, set);
			if (template.isPresent()) {
				String id = NewDecisions.writeFromTemplate(folder, set, template.get(), title, status, LocalDate.now());
				created = template.get().getParent().getParent().resolve(id + ".md");
				shared.filesChanged(List.of(created));
			} else {
				Decision decision = NewDecisions.fromDialect(set, title, status, LocalDate.now());
				set.getDecisions().add(decision);
				Diagnostic saved = shared.save(List.of(decision), false);
				if (saved.getSeverity() >= Diagnostic.ERROR) {
					set.getDecisions().remove(decision);
					page.setErrorMessage(
							String.join("\n", Findings.leaves(saved).stream().map(Findings::format).toList()));
					return false;
				}
				created = folder.fileOf(decision).orElseThrow();
			}
		} catch (IOException e) {
			page.setErrorMessage(Messages.bind(Messages.NewDecision_writeFailed, root, e.getMessage()));
			return false;
		}
		ArchitectureFolders.workspaceFile(created).ifPresent(file -> {
			try {
				file.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				ILog.of(getClass()).warn("cannot refresh " + created, e);
			}
		});
		Records.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), created);
		return true;
	}

	@Override
	public void dispose() {
		connection.close();
		super.dispose();
	}

	/** The file written by the last finish, for tests. */
	public Path created() {
		return created;
	}

	/** The wizard's one page: folder, title, status, and where the decision will be written. */
	final class Page extends WizardPage {

		FolderChoice folder;
		Text title;
		Combo status;
		Label target;

		Page() {
			super("decision", Messages.NewDecision_title, null);
			setDescription(Messages.NewDecision_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			folder = new FolderChoice(body, Messages.Wizard_folder, selection);
			new Label(body, SWT.NONE).setText(Messages.NewDecision_titleLabel);
			title = new Text(body, SWT.BORDER);
			title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			new Label(body, SWT.NONE).setText(Messages.NewDecision_statusLabel);
			status = new Combo(body, SWT.DROP_DOWN);
			Fields.STATUSES.forEach(status::add);
			status.setText("proposed");
			target = new Label(body, SWT.WRAP);
			target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			title.addModifyListener(e -> validate());
			folder.combo().addListener(SWT.Selection, e -> validate());
			setControl(body);
			validate();
			title.setFocus();
		}

		private void validate() {
			setErrorMessage(null);
			if (folder.root().isEmpty()) {
				setErrorMessage(Messages.Wizard_noFolder);
				setPageComplete(false);
				return;
			}
			String text = title.getText().strip();
			if (text.isEmpty()) {
				setMessage(Messages.NewDecision_enterTitle);
				target.setText("");
				setPageComplete(false);
				return;
			}
			ArchitectureFolder loaded = connection.at(folder.root().get()).folder();
			if (loaded.architecture().getDecisionSets().isEmpty()) {
				setErrorMessage(Messages.NewDecision_noSet);
				setPageComplete(false);
				return;
			}
			DecisionSet set = loaded.architecture().getDecisionSets().get(0);
			String id = loaded.nextDecisionId(set, text);
			target.setText(
					Messages.bind(Messages.NewDecision_target, (set.getPath() == null ? "decisions" : set.getPath())
							+ "/" + id + ".md"));
			setMessage(null);
			setPageComplete(true);
		}
	}
}
