package dev.baton.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;
import dev.baton.ui.editor.DecisionEditor;
import dev.baton.ui.wizards.ExportJob;
import dev.baton.ui.wizards.ExportWizard;
import dev.baton.ui.wizards.NewDecisionWizard;
import dev.baton.ui.wizards.SupersedeWizard;

/** The New Decision and Export Handover Pack wizards, filled in and finished through their widgets. */
class WizardsTest {

	@TempDir
	Path temp;
	private Path folder;
	private IProject project;

	@BeforeEach
	void openExample() throws Exception {
		folder = temp.resolve("larkspur");
		project = UiFixture.larkspurProject(folder, "larkspur");
	}

	@AfterEach
	void close() throws Exception {
		UiFixture.page().closeAllEditors(false);
		UiFixture.deleteProjects();
	}

	private static WizardDialog open(IWizard wizard) {
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiFixture.drain();
		return dialog;
	}

	private static void finish(WizardDialog dialog) {
		Button finish =
				UiFixture.find(dialog.getShell(), Button.class, b -> b.getText().replace("&", "").equals("Finish"))
						.get(0);
		assertTrue(finish.isEnabled(), "Finish is enabled");
		finish.notifyListeners(SWT.Selection, null);
		UiFixture.drain();
	}

	@Test
	void theNewDecisionWizardWritesTheNextDecisionAndOpensIt() throws Exception {
		NewDecisionWizard wizard = new NewDecisionWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = open(wizard);
		Text title = UiFixture.find(dialog.getShell(), Text.class, t -> true).get(0);
		title.setText("Use OpenTelemetry for tracing");
		UiFixture.drain();
		List<String> labels =
				UiFixture.find(dialog.getShell(), Label.class, l -> true).stream().map(Label::getText).toList();
		assertTrue(labels.contains("It will be written to decisions/0027-use-opentelemetry-for-tracing.md"),
				labels::toString);
		UiFixture.screenshot(dialog.getShell(), "new-decision-wizard");
		finish(dialog);

		Path created = folder.resolve("decisions/0027-use-opentelemetry-for-tracing.md");
		assertEquals(created, wizard.created());
		String text = Files.readString(created, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("---\nstatus: proposed\ndate: " + LocalDate.now() + "\n"), text);
		assertTrue(text.contains("\n# Use OpenTelemetry for tracing\n"), text);
		assertTrue(text.contains("\n## Considered Options\n"), "MADR's template: " + text);
		DecisionEditor editor = assertInstanceOf(DecisionEditor.class, UiFixture.page().getActiveEditor());
		assertEquals("0027-use-opentelemetry-for-tracing", editor.session().record().getId());
	}

	@Test
	void theSupersedeWizardMarksTheOldDecisionAndLinksTheNewOne() throws Exception {
		Path oldFile = folder.resolve("decisions/0007-use-rest-for-public-apis.md");
		List<String> before = Files.readAllLines(oldFile, StandardCharsets.UTF_8);
		SupersedeWizard wizard = new SupersedeWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = open(wizard);
		List<Combo> combos = UiFixture.find(dialog.getShell(), Combo.class,
				c -> c.getItemCount() > 20);
		Combo old = combos.get(0);
		Combo replacement = combos.get(1);
		old.select(old.indexOf("0007 Use REST with JSON for public APIs"));
		old.notifyListeners(SWT.Selection, null);
		replacement.select(old.getSelectionIndex());
		replacement.notifyListeners(SWT.Selection, null);
		UiFixture.drain();
		assertEquals("A decision cannot supersede itself: choose two different decisions",
				wizard.getContainer().getCurrentPage().getErrorMessage());
		replacement.select(replacement.indexOf("0011 Use Kafka for parcel events"));
		replacement.notifyListeners(SWT.Selection, null);
		UiFixture.drain();
		UiFixture.screenshot(dialog.getShell(), "supersede-wizard");
		finish(dialog);

		List<String> after = Files.readAllLines(oldFile, StandardCharsets.UTF_8);
		List<String> removed = before.stream().filter(l -> !after.contains(l)).toList();
		List<String> added = after.stream().filter(l -> !before.contains(l)).toList();
		assertEquals(List.of("status: accepted"), removed, "only the status line of the old decision changed");
		assertEquals(List.of("status: superseded", "superseded-by: [0011-use-kafka-for-parcel-events]"), added);
		var reloaded = ArchitectureFolders.load(folder);
		Decision eleven = reloaded.architecture().getDecisionSets().get(0).getDecisions().stream()
				.filter(d -> d.getNumber() == 11).findFirst().orElseThrow();
		assertEquals(List.of("0005-use-rabbitmq-for-parcel-events", "0007-use-rest-for-public-apis"),
				eleven.getSupersedes().stream().map(d -> d.getId()).toList());
		DecisionEditor editor = assertInstanceOf(DecisionEditor.class, UiFixture.page().getActiveEditor());
		assertEquals("0011-use-kafka-for-parcel-events", editor.session().record().getId());
	}

	@Test
	void theExportWizardWritesThePackInTheChosenFormats() throws Exception {
		ExportWizard wizard = new ExportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = open(wizard);
		Path out = temp.resolve("pack");
		Text target = UiFixture.find(dialog.getShell(), Text.class, t -> t.getText().endsWith("-handover-pack")).get(0);
		target.setText(out.toString());
		Text asOf = UiFixture.find(dialog.getShell(), Text.class, t -> t.getText().equals(LocalDate.now().toString()))
				.get(0);
		asOf.setText("2026-11-28");
		UiFixture.drain();
		UiFixture.screenshot(dialog.getShell(), "export-wizard");
		finish(dialog);
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Finish closes the wizard at once");
		ExportJob job = wizard.job().orElseThrow(() -> new AssertionError("Finish starts the export's job"));
		assertTrue(UiFixture.waitFor(() -> job.getResult() != null, Duration.ofMinutes(2)), "the export ends");

		assertEquals(IStatus.INFO, job.getResult().getSeverity(), job.getResult()::toString);
		assertEquals("The handover pack is in " + out, job.getResult().getMessage());
		assertEquals(List.of(out.resolve("index.html"), out.resolve("pack.json"), out.resolve("markdown/README.md")),
				job.written().stream().sorted((a, b) -> order(a) - order(b)).toList());
		String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("Larkspur Parcel Platform"), "the HTML site names the architecture");
		assertTrue(Files.readString(out.resolve("pack.json"), StandardCharsets.UTF_8)
				.contains("\"Larkspur Parcel Platform\""));
		assertTrue(Files.readString(out.resolve("markdown/README.md"), StandardCharsets.UTF_8).contains("Larkspur"));
		ExportJob.OpenPack open = job.openAction()
				.orElseThrow(() -> new AssertionError("the finished job offers to open the pack"));
		assertEquals("Open the Handover Pack", open.getText());
		assertEquals(out.resolve("index.html"), open.index());
	}

	private static int order(Path path) {
		return path.toString().endsWith("index.html") ? 0 : path.toString().endsWith("pack.json") ? 1 : 2;
	}

	@Test
	void theExportWizardRefusesADateThatIsNotOne() throws Exception {
		ExportWizard wizard = new ExportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = open(wizard);
		Text asOf = UiFixture.find(dialog.getShell(), Text.class, t -> t.getText().equals(LocalDate.now().toString()))
				.get(0);
		asOf.setText("next week");
		UiFixture.drain();
		assertEquals("'next week' is not a date; write it as YYYY-MM-DD",
				wizard.getContainer().getCurrentPage().getErrorMessage());
		Button finish =
				UiFixture.find(dialog.getShell(), Button.class, b -> b.getText().replace("&", "").equals("Finish"))
						.get(0);
		assertTrue(!finish.isEnabled());
		dialog.close();
	}
}
