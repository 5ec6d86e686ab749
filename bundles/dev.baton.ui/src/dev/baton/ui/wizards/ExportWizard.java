package dev.baton.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
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

import dev.baton.api.Contribution;
import dev.baton.api.Exporter;
import dev.baton.api.Findings;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.PackLayout;
import dev.baton.api.RunContext;
import dev.baton.store.ArchitectureFolder;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.Messages;
import dev.baton.ui.Services;

/**
 * File > Export > Handover Pack: the pack of an architecture folder in the formats chosen, through the exporter
 * services (the same as {@code baton export}), with progress and Cancel.
 */
public final class ExportWizard extends Wizard implements IExportWizard {

	/** The wizard's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.exportPack";

	private IStructuredSelection selection;
	private Page page;
	private final List<Path> written = new ArrayList<>();
	private Diagnostic findings;

	public ExportWizard() {
		setWindowTitle(Messages.Export_title);
		setNeedsProgressMonitor(true);
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
		written.clear();
		BasicDiagnostic collected = new BasicDiagnostic();
		// the exporters write into a staging folder beside the target; only a complete pack is moved
		// into place, so Cancel (or a failure) leaves the target as it was
		Path staging =
				out.resolveSibling("." + out.getFileName() + ".baton-export-" + Long.toHexString(System.nanoTime()));
		List<Path> entries = new ArrayList<>();
		try {
			Files.createDirectories(staging);
		} catch (IOException e) {
			page.setErrorMessage(Messages.bind(Messages.Export_failed, e.getMessage()));
			return false;
		}
		try {
			getContainer().run(true, true, monitor -> {
				monitor.beginTask(Messages.bind(Messages.Export_task, out), exporters.size() * 100 + 20);
				ArchitectureFolder folder = ArchitectureFolders.load(root);
				monitor.worked(10);
				Map<String, String> options = new LinkedHashMap<>(folder.settings());
				LoadedArchitecture read =
						LoadedArchitecture.of(folder.architecture(), folder.root(), folder::locationOf);
				// one run: the formats share one pack and one layout of the diagrams
				RunContext.Shared shared = new RunContext.Shared();
				for (Contribution<Exporter> exporter : exporters) {
					if (monitor.isCanceled()) {
						throw new InterruptedException();
					}
					monitor.subTask(exporter.label());
					RunContext context = new RunContext(asOf,
							BasicMonitor.toMonitor(SubMonitor.convert(monitor, 100)), options, shared);
					Path target = PackLayout.targetOf(exporter.id(), staging);
					try {
						exporter.service().export(read, target, context, collected);
					} catch (RunContext.CancelledException e) {
						throw new InterruptedException();
					}
					if (monitor.isCanceled()) {
						throw new InterruptedException();
					}
					entries.add(PackLayout.entryOf(exporter.id(), PackLayout.targetOf(exporter.id(), out)));
				}
				if (collected.getSeverity() < Diagnostic.ERROR) {
					try {
						publish(staging, out);
					} catch (IOException e) {
						throw new InvocationTargetException(e);
					}
				}
				monitor.done();
			});
		} catch (InterruptedException e) {
			page.setErrorMessage(Messages.bind(Messages.Export_cancelled, out));
			return false;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			page.setErrorMessage(Messages.bind(Messages.Export_failed, cause.getClass().getSimpleName() + ": "
					+ cause.getMessage()));
			ILog.of(getClass()).error("export of " + root + " failed", cause);
			return false;
		} finally {
			delete(staging);
		}
		written.addAll(entries);
		findings = collected;
		if (collected.getSeverity() >= Diagnostic.ERROR) {
			page.setErrorMessage(String.join("\n", Findings.leaves(collected).stream().map(Findings::format).toList()));
			return false;
		}
		return true;
	}

	/** Moves every file of the staged pack into the target folder, replacing files of an earlier pack. */
	private static void publish(Path staging, Path out) throws IOException {
		if (!Files.isDirectory(staging)) {
			return;
		}
		List<Path> files;
		try (Stream<Path> paths = Files.walk(staging)) {
			files = paths.filter(Files::isRegularFile).toList();
		}
		for (Path file : files) {
			Path target = out.resolve(staging.relativize(file).toString());
			Files.createDirectories(target.getParent());
			Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			ILog.of(ExportWizard.class).warn("cannot delete the staging folder " + folder, e);
		}
	}

	/** The entry files of what the last finish wrote (index.html, README.md, pack.json), for tests. */
	public List<Path> written() {
		return List.copyOf(written);
	}

	/** What the exporters reported in the last finish (redacted secrets, ...). */
	public Diagnostic findings() {
		return findings;
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
