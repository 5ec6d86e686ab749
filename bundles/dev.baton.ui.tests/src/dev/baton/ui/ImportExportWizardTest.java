package dev.baton.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.baton.adr.AdrImport;
import dev.baton.api.Exporter;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.RunContext;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.api.ServiceProperties;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.LoadedFolder;
import dev.baton.ui.views.ArchitectureExplorer;
import dev.baton.ui.wizards.ExportJob;
import dev.baton.ui.wizards.ExportWizard;
import dev.baton.ui.wizards.ImportWizard;

/**
 * The import wizard (ADRs in any dialect, Backstage catalogs) through its pages, preview and Finish; and the export
 * wizard in the background, on the shared model, and its Cancel in the middle of an export.
 */
class ImportExportWizardTest {

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
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.getData() instanceof WizardDialog dialog) {
				dialog.close();
			}
		}
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

	private static Button button(WizardDialog dialog, String label) {
		return UiFixture.find(dialog.getShell(), Button.class, b -> b.getText().replace("&", "").replace(" >", "")
				.replace("< ", "").equals(label)).get(0);
	}

	private static void press(Button button) {
		assertTrue(button.isEnabled(), button.getText() + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
		UiFixture.drain();
	}

	/** Fills in the first page, goes Next and waits for the dry run; returns the preview's text. */
	private static String preview(WizardDialog dialog, String source, String kind, boolean inPlace) {
		Text text = UiFixture.field(dialog.getShell(), Text.class, "import.source");
		text.setText(source);
		Button radio = UiFixture.field(dialog.getShell(), Button.class, kind);
		for (Button other : UiFixture.find(dialog.getShell(), Button.class, b -> (b.getStyle() & SWT.RADIO) != 0)) {
			other.setSelection(other == radio);
		}
		radio.notifyListeners(SWT.Selection, new Event());
		Button place = UiFixture.field(dialog.getShell(), Button.class, "import.inPlace");
		place.setSelection(inPlace);
		place.notifyListeners(SWT.Selection, new Event());
		UiFixture.drain();
		press(button(dialog, "Next"));
		Text report = UiFixture.field(dialog.getShell(), Text.class, "import.preview");
		assertTrue(UiFixture.waitFor(() -> !report.getText().isEmpty() && !report.getText().startsWith("Reading")
				&& button(dialog, "Finish").isEnabled() || dialog.getCurrentPage().getErrorMessage() != null),
				report::getText);
		return report.getText();
	}

	private static final String ADR_TOOLS = """
			# %d. %s

			Date: %s

			## Status

			Accepted

			## Context

			%s

			## Decision

			%s

			## Consequences

			%s
			""";

	private Path adrToolsFixture() throws Exception {
		Path repository = temp.resolve("tools-repo");
		Files.createDirectories(repository.resolve("doc/adr"));
		Files.writeString(repository.resolve(".adr-dir"), "doc/adr\n");
		Files.writeString(repository.resolve("doc/adr/0001-record-architecture-decisions.md"), ADR_TOOLS.formatted(1,
				"Record architecture decisions", "2024-01-10", "We need to record decisions.",
				"We will use Architecture Decision Records.", "See Michael Nygard's article."));
		Files.writeString(repository.resolve("doc/adr/0002-use-sqlite-for-the-cache.md"), ADR_TOOLS.formatted(2,
				"Use SQLite for the cache", "2024-03-01", "The cache must survive restarts.", "We will use SQLite.",
				"One more file to back up."));
		return repository;
	}

	@Test
	void anAdrToolsFolderIsPreviewedThenImportedAndTheExplorerShowsIt() throws Exception {
		Path repository = adrToolsFixture();
		ImportWizard wizard = new ImportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = open(wizard);
		String preview = preview(dialog, repository.toString(), "import.adrs", false);
		// the folder's own 0001 is another decision (another date): the imported one is not dropped
		assertTrue(preview.contains("would add 0027-record-architecture-decisions from "
				+ "doc/adr/0001-record-architecture-decisions.md (numbered on import: its id "
				+ "0001-record-architecture-decisions is taken in decisions)"), preview);
		assertTrue(preview
				.contains("would add 0028-use-sqlite-for-the-cache from doc/adr/0002-use-sqlite-for-the-cache.md "
						+ "(numbered on import: its number 2 is taken in decisions)"),
				preview);
		assertTrue(preview.contains("2 decision(s) would be added to decisions/"), preview);
		assertFalse(Files.exists(folder.resolve("decisions/0028-use-sqlite-for-the-cache.md")),
				"the preview writes nothing");
		UiFixture.screenshot(dialog.getShell(), "import-wizard-preview");

		ArchitectureExplorer explorer = (ArchitectureExplorer) UiFixture.page().showView(ArchitectureExplorer.ID);
		explorer.filter().setText("");
		press(button(dialog, "Finish"));
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the wizard closed");
		assertTrue(Files.exists(folder.resolve("decisions/0027-record-architecture-decisions.md")),
				wizard.outcome()::toString);
		Path written = folder.resolve("decisions/0028-use-sqlite-for-the-cache.md");
		assertTrue(Files.exists(written), wizard.outcome()::toString);
		String text = Files.readString(written, StandardCharsets.UTF_8);
		assertTrue(text.contains("status: Accepted"), text);
		assertTrue(text.contains("# Use SQLite for the cache"), text);
		assertTrue(text.contains("We will use SQLite."), text);

		assertTrue(UiFixture.waitFor(() -> explorerShows(explorer, "0028 Use SQLite for the cache")),
				() -> "the explorer shows the imported decision: " + explorerItems(explorer));
	}

	private static List<String> explorerItems(ArchitectureExplorer explorer) {
		List<String> items = new ArrayList<>();
		for (TreeItem root : explorer.viewer().getTree().getItems()) {
			items.add(root.getText());
			for (TreeItem kind : root.getItems()) {
				items.add("  " + kind.getText());
				if (kind.getText().startsWith("Decisions")) {
					for (TreeItem record : kind.getItems()) {
						items.add("    " + record.getText());
					}
				}
			}
		}
		return items;
	}

	private static boolean explorerShows(ArchitectureExplorer explorer, String label) {
		UiFixture.drain();
		if (explorer.viewer().getTree().getItemCount() == 0) {
			return false;
		}
		explorer.viewer().expandAll();
		for (TreeItem kind : explorer.viewer().getTree().getItem(0).getItems()) {
			for (TreeItem record : kind.getItems()) {
				if (record.getText().startsWith(label)) {
					return true;
				}
			}
		}
		return false;
	}

	@Test
	void aRealAdrToolsCollectionIsAdoptedInPlace() throws Exception {
		Path corpus = Path.of(System.getProperty("baton.shared", "../../../shared"), "corpus", "alphagov__govuk-aws")
				.toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(corpus),
				"the corpus set " + corpus + " is there (../shared/corpus beside the checkout)");
		Path copy = temp.resolve("govuk-aws");
		UiFixture.copy(corpus, copy);
		AdrImport.Report report = AdrImport.run(copy, RunContext.asOf(LocalDate.of(2026, 11, 28)));

		ImportWizard wizard = new ImportWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = open(wizard);
		String preview = preview(dialog, copy.toString(), "import.adrs", true);
		assertTrue(preview.contains("would write " + copy.resolve(FolderLayout.SETTINGS)), preview);
		assertTrue(preview.contains("docs/architecture/decisions"), preview);
		assertFalse(Files.exists(copy.resolve(FolderLayout.SETTINGS)));
		press(button(dialog, "Finish"));

		String yaml = Files.readString(copy.resolve(FolderLayout.SETTINGS), StandardCharsets.UTF_8);
		assertTrue(yaml.contains("docs/architecture/decisions"), yaml);
		assertTrue(yaml.contains("adr-tools"), yaml);
		ArchitectureFolder adopted = ArchitectureFolders.load(copy);
		long decisions =
				adopted.architecture().getDecisionSets().stream().mapToLong(s -> s.getDecisions().size()).sum();
		assertEquals(report.imported(), decisions, "every ADR the import understood is read in place");
		assertTrue(decisions >= 38, "the collection's decisions: " + decisions);
	}

	@Test
	void aBackstageCatalogIsImported() throws Exception {
		Path corpus = Path.of(System.getProperty("baton.shared", "../../../shared"), "corpus", "backstage__demo")
				.toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(corpus), corpus::toString);
		ImportWizard wizard = new ImportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = open(wizard);
		String preview = preview(dialog, corpus.toString(), "import.backstage", false);
		List<String> wouldAdd = preview.lines().filter(l -> l.startsWith("would add ")).toList();
		assertFalse(wouldAdd.isEmpty(), preview);
		UiFixture.screenshot(dialog.getShell(), "import-wizard-backstage");
		press(button(dialog, "Finish"));

		List<String> added = wizard.outcome().lines().stream().filter(l -> l.startsWith("added ")).toList();
		assertEquals(wouldAdd.size(), added.size(), "the import adds what the preview listed");
		for (int i = 0; i < added.size(); i++) {
			String line = added.get(i);
			assertTrue(line.startsWith(wouldAdd.get(i).replace("would add ", "added ")), line);
			Path file = folder.resolve(line.substring(line.lastIndexOf(": ") + 2));
			assertTrue(Files.isRegularFile(file), file + " was written");
		}
	}

	@Test
	void anExportRunsInTheBackgroundOnTheSharedModelAndCancelLeavesTheOldPack() throws Exception {
		Path out = temp.resolve("pack");
		Files.createDirectories(out);
		Files.writeString(out.resolve("index.html"), "the old pack\n");
		Files.writeString(out.resolve("pack.json"), "{\"old\": true}\n");
		// the workbench's model differs from the disk: the export must see the model, as the views show it
		LoadedFolder shared = WorkbenchFolders.of().connect(folder, new NullProgressMonitor());
		Decision rest = decision(shared.folder().architecture(), 7);
		synchronized (shared.lock()) {
			rest.setTitle("Use REST for every API, as the workbench has it");
		}
		SlowExporter slow = new SlowExporter();
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(ServiceProperties.ID, "zz-slow");
		properties.put(ServiceProperties.LABEL, "A slow exporter of the tests");
		ServiceRegistration<Exporter> registration = FrameworkUtil.getBundle(Services.class).getBundleContext()
				.registerService(Exporter.class, slow, properties);
		try {
			ExportWizard wizard = new ExportWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
			WizardDialog dialog = open(wizard);
			Text target =
					UiFixture.find(dialog.getShell(), Text.class, t -> t.getText().endsWith("-handover-pack")).get(0);
			target.setText(out.toString());
			Table formats = UiFixture.find(dialog.getShell(), Table.class, t -> true).get(0);
			TableItem slowItem = Arrays.stream(formats.getItems()).filter(i -> i.getText().startsWith("zz-slow"))
					.findFirst().orElseThrow(() -> new AssertionError("the test exporter is offered"));
			// only the slow format: the real ones would take their time first on a busy machine
			for (TableItem item : formats.getItems()) {
				item.setChecked(item == slowItem);
				Event check = new Event();
				check.item = item;
				check.detail = SWT.CHECK;
				formats.notifyListeners(SWT.Selection, check);
			}
			UiFixture.drain();
			press(button(dialog, "Finish"));

			assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Finish closes the wizard");
			ExportJob job = wizard.job().orElseThrow(() -> new AssertionError("Finish starts the export's job"));
			assertTrue(UiFixture.waitFor(slow.started::get, Duration.ofMinutes(1)), "the exporter runs");
			AtomicBoolean ran = new AtomicBoolean();
			Display.getCurrent().asyncExec(() -> ran.set(true));
			assertTrue(UiFixture.waitFor(ran::get), "the workbench takes events while the pack is written");
			assertEquals(Job.RUNNING, job.getState());

			Architecture exported = slow.given.get().architecture();
			assertNotSame(shared.folder().architecture(), exported, "the export works on a copy");
			assertEquals("Use REST for every API, as the workbench has it", decision(exported, 7).getTitle(),
					"the copy is of the shared model, not a load of its own");
			assertEquals(shared.folder().locationOf(rest, "status"), slow.given.get().locate(decision(exported, 7),
					"status"), "source locations are the shared records'");

			job.cancel();
			assertTrue(UiFixture.waitFor(() -> job.getResult() != null, Duration.ofMinutes(1)));
			assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
			assertEquals("Export cancelled; " + out + " was not changed", job.getResult().getMessage());
			assertTrue(job.written().isEmpty());
			assertTrue(job.openAction().isEmpty(), "nothing to open");
			assertEquals("the old pack\n", Files.readString(out.resolve("index.html")), "the old files are intact");
			assertEquals("{\"old\": true}\n", Files.readString(out.resolve("pack.json")));
			try (var files = Files.list(out)) {
				assertEquals(List.of("index.html", "pack.json"),
						files.map(p -> p.getFileName().toString()).sorted().toList(),
						"no partial pack: nothing was added");
			}
			try (var beside = Files.list(temp)) {
				assertEquals(List.of(),
						beside.map(p -> p.getFileName().toString()).filter(n -> n.contains("baton-export"))
								.toList(),
						"the staging folder is gone");
			}
			// other tests' views may hold the folder too: what counts is that it is still the one loaded
			assertSame(shared, WorkbenchFolders.of().get(folder).orElseThrow(),
					"the shared folder was not loaded again");
		} finally {
			registration.unregister();
			WorkbenchFolders.of().disconnect(folder);
		}
	}

	/** Writes part of a pack, then waits (a minute at most) to be cancelled; keeps what it was given. */
	private static final class SlowExporter implements Exporter {

		final AtomicReference<LoadedArchitecture> given = new AtomicReference<>();
		final AtomicBoolean started = new AtomicBoolean();

		@Override
		public void export(LoadedArchitecture loaded, Path target, RunContext context, DiagnosticChain findings) {
			given.set(loaded);
			export(loaded.architecture(), target, context, findings);
		}

		@Override
		public void export(Architecture architecture, Path target, RunContext context, DiagnosticChain findings) {
			try {
				Files.createDirectories(target);
				Files.writeString(target.resolve("part.txt"), "half written");
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			started.set(true);
			long end = System.currentTimeMillis() + 60_000;
			while (System.currentTimeMillis() < end) {
				context.checkCancelled();
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private static Decision decision(Architecture architecture, int number) {
		return architecture.getDecisionSets().stream().flatMap(set -> set.getDecisions().stream())
				.filter(d -> d.getNumber() == number).findFirst().orElseThrow();
	}
}
