package dev.baton.ui.wizards;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;

import dev.baton.api.Contribution;
import dev.baton.api.Exporter;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.Messages;
import dev.baton.ui.Services;

/**
 * File > Export > Handover Pack: the pack of an architecture folder in the formats chosen, through the exporter
 * services (the same as {@code baton export}). Finish starts an {@link ExportJob} and closes: the workbench stays free
 * while the pack is written, with progress and Cancel in the status line and the Progress view.
 */
public final class ExportWizard extends Wizard implements IExportWizard {

	/** The wizard's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.exportPack";

	private IStructuredSelection selection;
	private Page page;
	private ExportJob job;

	public ExportWizard() {
		setWindowTitle(Messages.Export_title);
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
		Path root = page.folder.root().orElseThrow();
		Path out = Path.of(page.target.getText().strip()).toAbsolutePath().normalize();
		LocalDate asOf = LocalDate.parse(page.asOf.getText().strip());
		@SuppressWarnings("unchecked")
		List<Contribution<Exporter>> exporters = new ArrayList<>(List.of(page.formats.getCheckedElements()).stream()
				.map(e -> (Contribution<Exporter>) e).toList());
		// the pack is made from the shared model: unsaved edits of its records are saved first, or not exported
		IResource[] scope = ArchitectureFolders.workspaceContainer(root).map(c -> new IResource[] { c })
				.orElseGet(() -> new IResource[0]);
		if (scope.length > 0 && !IDE.saveAllEditors(scope, true)) {
			page.setErrorMessage(Messages.Export_unsaved);
			return false;
		}
		job = new ExportJob(root, out, asOf, exporters);
		job.schedule();
		return true;
	}

	/** The job the last finish started, to follow or cancel it. */
	public Optional<ExportJob> job() {
		return Optional.ofNullable(job);
	}

	/** The page: folder, formats (the registered exporters), target folder, "as of" date. */
	final class Page extends WizardPage {

		FolderChoice folder;
		CheckboxTableViewer formats;
		Text target;
		Text asOf;

		Page() {
			super("pack", Messages.Export_title, null);
			setDescription(Messages.Export_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(3, false));
			folder = new FolderChoice(body, Messages.Wizard_folder, selection);
			((GridData) folder.combo().getLayoutData()).horizontalSpan = 2;
			new Label(body, SWT.NONE).setText(Messages.Export_formats);
			formats = CheckboxTableViewer.newCheckList(body, SWT.BORDER);
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
			data.heightHint = 100;
			formats.getTable().setLayoutData(data);
			formats.setContentProvider(ArrayContentProvider.getInstance());
			formats.setLabelProvider(new ColumnLabelProvider() {

				@Override
				public String getText(Object element) {
					Contribution<?> exporter = (Contribution<?>) element;
					return exporter.id() + " - " + exporter.label();
				}
			});
			List<Contribution<Exporter>> exporters;
			try {
				exporters = Services.registry().all(Exporter.class);
			} catch (IllegalStateException e) {
				exporters = List.of();
				setErrorMessage(e.getMessage());
			}
			formats.setInput(exporters);
			exporters.stream().filter(e -> List.of("html", "markdown", "json").contains(e.id()))
					.forEach(e -> formats.setChecked(e, true));
			new Label(body, SWT.NONE).setText(Messages.Export_target);
			target = new Text(body, SWT.BORDER);
			target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button browse = new Button(body, SWT.PUSH);
			browse.setText(Messages.Export_browse);
			browse.addListener(SWT.Selection, e -> {
				DirectoryDialog dialog = new DirectoryDialog(getShell());
				dialog.setFilterPath(target.getText());
				String chosen = dialog.open();
				if (chosen != null) {
					target.setText(chosen);
				}
			});
			new Label(body, SWT.NONE).setText(Messages.Export_asOf);
			asOf = new Text(body, SWT.BORDER);
			asOf.setText(LocalDate.now().toString());
			asOf.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			folder.root().ifPresent(root -> target.setText(root.resolveSibling(root.getFileName() + "-handover-pack")
					.toString()));
			folder.combo().addListener(SWT.Selection, e -> folder.root().ifPresent(root -> target.setText(root
					.resolveSibling(root.getFileName() + "-handover-pack").toString())));
			target.addModifyListener(e -> validate());
			asOf.addModifyListener(e -> validate());
			formats.addCheckStateListener(e -> validate());
			setControl(body);
			validate();
		}

		private void validate() {
			String problem = null;
			if (folder.root().isEmpty()) {
				problem = Messages.Wizard_noFolder;
			} else if (formats.getCheckedElements().length == 0) {
				problem = Messages.Export_noFormat;
			} else if (target.getText().isBlank()) {
				problem = Messages.Export_noTarget;
			} else {
				try {
					LocalDate.parse(asOf.getText().strip());
				} catch (DateTimeParseException e) {
					problem = Messages.bind(Messages.Export_badDate, asOf.getText().strip());
				}
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}
	}
}
