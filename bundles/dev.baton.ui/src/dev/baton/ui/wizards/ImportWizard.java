package dev.baton.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.resource.JFaceResources;
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
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import dev.baton.adr.Adoption;
import dev.baton.adr.AdrImport;
import dev.baton.adr.ImportSummary;
import dev.baton.adr.ImportedDecisions;
import dev.baton.api.Contribution;
import dev.baton.api.Findings;
import dev.baton.api.Importer;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.RunContext;
import dev.baton.model.DecisionSet;
import dev.baton.model.Record;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.Kinds;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.Messages;
import dev.baton.ui.Services;

/**
 * File > Import > Baton > ADRs and catalogs: the ADRs of a repository or folder in any dialect (the same classes as
 * {@code baton import}: {@link AdrImport}, {@link ImportedDecisions}, {@link Adoption}), or Backstage catalog files
 * through the {@code backstage} importer service, into an architecture folder of the workspace. A preview page shows
 * the dry run (what will be imported, what is skipped and why); Finish runs the import with progress and Cancel, saves
 * through the store, and refreshes the workspace so the explorer shows the records.
 */
public final class ImportWizard extends Wizard implements IImportWizard {

	/** The wizard's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.importRecords";

	/** What to import: ADRs, or another importer service's format. */
	public enum Source {
		ADRS, BACKSTAGE
	}

	/** The choices of the first page. */
	public record Plan(Source kind, Path source, Path target, boolean inPlace) {
	}

	/**
	 * What an import did or would do.
	 *
	 * @param lines    one line per record (added, would be added, already there) and the summary
	 * @param findings what was skipped or only partly understood, with file and line
	 * @param failed   true when nothing can be (or was) imported: the reason is in findings
	 */
	public record Outcome(List<String> lines, List<String> findings, boolean failed) {
	}

	private IStructuredSelection selection;
	private ChoicePage choice;
	private PreviewPage preview;
	private Outcome outcome;

	public ImportWizard() {
		setWindowTitle(Messages.Import_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		this.selection = currentSelection;
	}

	@Override
	public void addPages() {
		choice = new ChoicePage();
		preview = new PreviewPage();
		addPage(choice);
		addPage(preview);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == preview && preview.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		Plan plan = choice.plan();
		Outcome[] done = new Outcome[1];
		try {
			getContainer().run(true, true, monitor -> done[0] = runMonitored(plan, false, monitor));
		} catch (InterruptedException e) {
			preview.setErrorMessage(Messages.Import_cancelled);
			return false;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			preview.setErrorMessage(Messages.bind(Messages.Import_failed, cause.getClass().getSimpleName() + ": "
					+ cause.getMessage()));
			ILog.of(getClass()).error("import of " + plan.source() + " failed", cause);
			return false;
		}
		outcome = done[0];
		preview.show(outcome);
		if (outcome.failed()) {
			preview.setErrorMessage(String.join("\n", outcome.findings()));
			return false;
		}
		refresh(plan.inPlace() ? plan.source() : plan.target());
		return true;
	}

	private static Outcome runMonitored(Plan plan, boolean dryRun, IProgressMonitor monitor)
			throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.bind(Messages.Import_task, plan.source()), 100);
		RunContext context = new RunContext(LocalDate.now(), BasicMonitor.toMonitor(progress), Map.of());
		try {
			return run(plan, dryRun, context);
		} catch (RunContext.CancelledException e) {
			throw new InterruptedException();
		} finally {
			monitor.done();
		}
	}

	/**
	 * Imports as planned, or only says what it would do ({@code dryRun}: nothing is written).
	 *
	 * @throws RunContext.CancelledException when the context's monitor was cancelled before saving
	 */
	public static Outcome run(Plan plan, boolean dryRun, RunContext context) {
		return plan.kind() == Source.ADRS ? adrs(plan, dryRun, context) : service("backstage", plan, dryRun, context);
	}

	private static Outcome adrs(Plan plan, boolean dryRun, RunContext context) {
		List<String> lines = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		AdrImport.Report report;
		try {
			report = AdrImport.run(plan.source(), context);
		} catch (IOException e) {
			return new Outcome(lines, List.of(e.getMessage()), true);
		}
		context.checkCancelled();
		Findings.leaves(report.findings()).stream().filter(d -> d.getSeverity() >= Diagnostic.WARNING)
				.forEach(d -> findings.add(Findings.format(d)));
		lines.addAll(ImportSummary.text(report).lines().toList());
		if (plan.inPlace()) {
			Path batonYaml = plan.source().resolve(ArchitectureFolders.SETTINGS);
			String name = plan.source().getFileName() == null ? "architecture" : plan.source().getFileName().toString();
			String yaml = Adoption.batonYaml(name, report);
			if (Files.exists(batonYaml)) {
				findings.add(Messages.bind(Messages.Import_batonYamlExists, batonYaml));
				return new Outcome(lines, findings, true);
			}
			if (dryRun) {
				lines.add(Messages.bind(Messages.Import_wouldWrite, batonYaml));
				lines.addAll(yaml.stripTrailing().lines().toList());
				return new Outcome(lines, findings, false);
			}
			try {
				Files.writeString(batonYaml, yaml, StandardCharsets.UTF_8);
			} catch (IOException e) {
				findings.add(batonYaml + ": " + e.getMessage());
				return new Outcome(lines, findings, true);
			}
			lines.add(Messages.bind(Messages.Import_wrote, batonYaml));
			return new Outcome(lines, findings, false);
		}
		ArchitectureFolder folder = ArchitectureFolders.load(plan.target());
		if (folder.architecture().getDecisionSets().isEmpty()) {
			findings.add(Messages.bind(Messages.Import_noDecisionSet, plan.target()));
			return new Outcome(lines, findings, true);
		}
		DecisionSet target = folder.architecture().getDecisionSets().get(0);
		ImportedDecisions.Added added = ImportedDecisions.add(folder, target, report, dryRun);
		lines.addAll(added.actions());
		if (dryRun) {
			lines.add(Messages.bind(Messages.Import_wouldAdd, added.added(), target.getPath()));
			return new Outcome(lines, findings, false);
		}
		context.checkCancelled();
		if (!save(folder, findings)) {
			return new Outcome(lines, findings, true);
		}
		lines.add(Messages.bind(Messages.Import_added, added.added(), folder.root().resolve(target.getPath())));
		return new Outcome(lines, findings, false);
	}

	private static Outcome service(String id, Plan plan, boolean dryRun, RunContext context) {
		List<String> lines = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		Optional<Contribution<Importer>> importer;
		try {
			importer = Services.registry().find(Importer.class, id);
		} catch (IllegalStateException e) {
			return new Outcome(lines, List.of(e.getMessage()), true);
		}
		if (importer.isEmpty()) {
			return new Outcome(lines, List.of(Messages.bind(Messages.Import_noImporter, id)), true);
		}
		if (!Files.exists(plan.source())) {
			return new Outcome(lines, List.of(Messages.bind(Messages.Import_noSource, plan.source())), true);
		}
		ArchitectureFolder folder = ArchitectureFolders.load(plan.target());
		Set<Record> before = Collections.newSetFromMap(new IdentityHashMap<>());
		before.addAll(Kinds.records(folder.architecture()));
		BasicDiagnostic found = new BasicDiagnostic();
		importer.get().service().importInto(
				LoadedArchitecture.of(folder.architecture(), folder.root(), folder::locationOf),
				plan.source(), context, found);
		Findings.leaves(found).forEach(d -> findings.add(Findings.format(d)));
		List<Record> added = Kinds.records(folder.architecture()).stream().filter(r -> !before.contains(r)).toList();
		if (found.getSeverity() >= Diagnostic.ERROR && added.isEmpty()) {
			return new Outcome(lines, findings, true);
		}
		context.checkCancelled();
		if (!dryRun && !added.isEmpty() && !save(folder, findings)) {
			return new Outcome(lines, findings, true);
		}
		for (Record record : added) {
			lines.add((dryRun ? "would add " : "added ") + Kinds.of(record.eClass()).name() + " " + record.getId()
					+ (dryRun || record.getSourcePath() == null ? "" : ": " + record.getSourcePath()));
		}
		lines.add(Messages.bind(dryRun ? Messages.Import_wouldAddRecords : Messages.Import_addedRecords, added.size(),
				importer.get().id()));
		return new Outcome(lines, findings, false);
	}

	private static boolean save(ArchitectureFolder folder, List<String> findings) {
		Diagnostic saved = folder.save();
		Findings.leaves(saved).stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
				.forEach(d -> findings.add(Findings.format(d)));
		return saved.getSeverity() < Diagnostic.ERROR;
	}

	/** Lets the workspace (and so the explorer) see the files written. */
	private static void refresh(Path folder) {
		ArchitectureFolders.workspaceContainer(folder).ifPresent(container -> {
			try {
				container.refreshLocal(IResource.DEPTH_INFINITE, null);
			} catch (CoreException e) {
				ILog.of(ImportWizard.class).warn("cannot refresh " + folder, e);
			}
		});
	}

	/** What the last Finish did, for tests; {@code null} before. */
	public Outcome outcome() {
		return outcome;
	}

	/** The first page: source, what it holds, target architecture folder, in place. */
	final class ChoicePage extends WizardPage {

		Text source;
		Button adrs;
		Button backstage;
		Button inPlace;
		FolderChoice target;

		ChoicePage() {
			super("source", Messages.Import_title, null);
			setDescription(Messages.Import_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(3, false));
			new Label(body, SWT.NONE).setText(Messages.Import_source);
			source = new Text(body, SWT.BORDER);
			source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			source.setData("baton.attribute", "import.source");
			Button browse = new Button(body, SWT.PUSH);
			browse.setText(Messages.Export_browse);
			browse.addListener(SWT.Selection, e -> {
				DirectoryDialog dialog = new DirectoryDialog(getShell());
				dialog.setFilterPath(source.getText());
				String chosen = dialog.open();
				if (chosen != null) {
					source.setText(chosen);
				}
			});
			new Label(body, SWT.NONE).setText(Messages.Import_what);
			adrs = new Button(body, SWT.RADIO);
			adrs.setText(Messages.Import_adrs);
			adrs.setData("baton.attribute", "import.adrs");
			adrs.setSelection(true);
			adrs.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			new Label(body, SWT.NONE);
			backstage = new Button(body, SWT.RADIO);
			backstage.setText(Messages.Import_backstage);
			backstage.setData("baton.attribute", "import.backstage");
			backstage.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			new Label(body, SWT.NONE);
			inPlace = new Button(body, SWT.CHECK);
			inPlace.setText(Messages.Import_inPlace);
			inPlace.setData("baton.attribute", "import.inPlace");
			inPlace.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			target = new FolderChoice(body, Messages.Import_target, selection);
			((GridData) target.combo().getLayoutData()).horizontalSpan = 2;
			source.addModifyListener(e -> validate());
			adrs.addListener(SWT.Selection, e -> validate());
			backstage.addListener(SWT.Selection, e -> validate());
			inPlace.addListener(SWT.Selection, e -> validate());
			target.combo().addListener(SWT.Selection, e -> validate());
			setControl(body);
			validate();
		}

		Plan plan() {
			Path from = Path.of(source.getText().strip()).toAbsolutePath().normalize();
			boolean place = adrs.getSelection() && inPlace.getSelection();
			return new Plan(adrs.getSelection() ? Source.ADRS : Source.BACKSTAGE, from,
					place ? null : target.root().orElse(null), place);
		}

		void validate() {
			inPlace.setEnabled(adrs.getSelection());
			target.combo().setEnabled(!(adrs.getSelection() && inPlace.getSelection()));
			String text = source.getText().strip();
			String problem = null;
			if (text.isEmpty()) {
				problem = Messages.Import_noSourceChosen;
			} else if (adrs.getSelection() ? !Files.isDirectory(Path.of(text)) : !Files.exists(Path.of(text))) {
				problem = Messages.bind(Messages.Import_noSource, text);
			} else if (!(adrs.getSelection() && inPlace.getSelection()) && target.root().isEmpty()) {
				problem = Messages.Wizard_noFolder;
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}
	}

	/** The second page: the dry run, what will be imported and what is skipped with the reasons. */
	final class PreviewPage extends WizardPage {

		Text report;
		private Plan previewed;

		PreviewPage() {
			super("preview", Messages.Import_previewTitle, null);
			setDescription(Messages.Import_previewDescription);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(1, false));
			report = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
			report.setFont(JFaceResources.getTextFont());
			report.setData("baton.attribute", "import.preview");
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.heightHint = 300;
			data.widthHint = 600;
			report.setLayoutData(data);
			setControl(body);
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			Plan plan = choice.plan();
			if (visible && !plan.equals(previewed)) {
				getShell().getDisplay().asyncExec(() -> {
					if (!report.isDisposed()) {
						runPreview(plan);
					}
				});
			}
		}

		private void runPreview(Plan plan) {
			Outcome[] done = new Outcome[1];
			setPageComplete(false);
			report.setText(Messages.Import_previewing);
			try {
				getContainer().run(true, true, monitor -> done[0] = runMonitored(plan, true, monitor));
			} catch (InterruptedException e) {
				report.setText("");
				setErrorMessage(Messages.Import_previewCancelled);
				return;
			} catch (InvocationTargetException e) {
				report.setText("");
				setErrorMessage(Messages.bind(Messages.Import_failed, e.getCause().getClass().getSimpleName() + ": "
						+ e.getCause().getMessage()));
				return;
			}
			previewed = plan;
			show(done[0]);
			setErrorMessage(done[0].failed() ? String.join("\n", done[0].findings()) : null);
			setPageComplete(!done[0].failed());
		}

		void show(Outcome shown) {
			List<String> all = new ArrayList<>(shown.lines());
			if (!shown.findings().isEmpty()) {
				all.add("");
				all.add(Messages.Import_findings);
				all.addAll(shown.findings());
			}
			report.setText(String.join("\n", all));
		}
	}
}
