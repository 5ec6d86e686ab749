package dev.baton.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.generator.ArchitectureGenerator;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.store.ArchitectureFolder;
import dev.baton.ui.editor.DecisionEditor;
import dev.baton.ui.views.ArchitectureExplorer;
import dev.baton.ui.views.DecisionLog;
import dev.baton.ui.views.Records;

/**
 * Benchmark, not a test of normal builds (it runs only with {@code -Dbaton.bench.ui=N}): a generated architecture of N
 * decisions, N/2 components and N/2 interfaces (and every other kind, from {@code dev.baton.generator}, as
 * {@code releng/bench} makes them) opened in the workbench of the Baton perspective. Prints, and writes to
 * {@code target/bench-ui.txt}: the time to import the folder as a project with the Architecture Explorer and Decision
 * Log loaded, the time to a usable decision editor (the first decision opened, its form shown), a second decision, and
 * the heap used after that (after a GC).
 */
@EnabledIfSystemProperty(named = "baton.bench.ui", matches = "\\d+")
class OpenLargeFolderBench {

	@TempDir
	Path temp;

	@AfterEach
	void close() throws Exception {
		UiFixture.page().closeAllEditors(false);
		UiFixture.deleteProjects();
	}

	private static long heapMb() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}

	/** Runs the event loop until the condition holds, at most ten minutes. */
	private static boolean until(BooleanSupplier condition) throws InterruptedException {
		long end = System.currentTimeMillis() + 600_000;
		Display display = Display.getCurrent();
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		return condition.getAsBoolean();
	}

	@Test
	void openAGeneratedFolderAndItsFirstDecision() throws Exception {
		int decisions = Integer.parseInt(System.getProperty("baton.bench.ui"));
		Path folder = temp.resolve("synthetic");
		Architecture architecture = ArchitectureGenerator.generate(ArchitectureGenerator.Options.builder()
				.decisions(decisions).components(decisions / 2).interfaces(decisions / 2).seed(20261128L).build());
		ArchitectureFolder.create(folder, architecture);
		long files;
		try (var walk = Files.walk(folder)) {
			files = walk.filter(f -> f.toString().endsWith(".md")).count();
		}
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().setPerspective(PlatformUI.getWorkbench()
				.getPerspectiveRegistry().findPerspectiveWithId(BatonPerspective.ID));
		ArchitectureExplorer explorer = (ArchitectureExplorer) UiFixture.page().showView(ArchitectureExplorer.ID);
		DecisionLog log = (DecisionLog) UiFixture.page().showView(DecisionLog.ID);
		UiFixture.drain();
		long heapBefore = heapMb();

		// 1. the folder becomes a workspace project; the explorer and the decision log load it
		long start = System.nanoTime();
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject("synthetic");
		IProjectDescription description = workspace.newProjectDescription("synthetic");
		description.setLocation(IPath.fromPath(folder));
		project.create(description, null);
		project.open(null);
		// the views reload by themselves on the resource change, as for a user importing a project
		assertTrue(until(() -> log.viewer().getInput() instanceof List<?> rows && rows.size() == decisions
				&& explorer.viewer().getTree().getItemCount() == 1),
				"the decision log shows the " + decisions + " decisions");
		long imported = System.nanoTime() - start;
		long heapImported = heapMb();

		// 2. the first decision opened from the decision log: its form shown
		DecisionLog.Row first = ((List<?>) log.viewer().getInput()).stream().map(DecisionLog.Row.class::cast)
				.filter(r -> Integer.valueOf(1).equals(r.decision().getNumber())).findFirst().orElseThrow();
		start = System.nanoTime();
		Records.open(UiFixture.page(), first.folder(), first.decision()).orElseThrow();
		UiFixture.drain();
		long opened = System.nanoTime() - start;
		long heapFirst = heapMb();
		DecisionEditor editor = assertInstanceOf(DecisionEditor.class, UiFixture.page().getActiveEditor());
		assertEquals(first.decision().getId(), editor.session().record().getId());
		String title = ((Decision) editor.session().record()).getTitle();
		assertEquals(title, UiFixture.field(editor.getActivePageInstance().getPartControl(),
				Text.class, "title").getText(), "the form shows the title");
		UiFixture.screenshot(editor.getSite().getShell(), "bench-first-decision");

		// 3. a second decision, in a second editor
		DecisionLog.Row second = ((List<?>) log.viewer().getInput()).stream().map(DecisionLog.Row.class::cast)
				.filter(r -> Integer.valueOf(decisions).equals(r.decision().getNumber())).findFirst().orElseThrow();
		start = System.nanoTime();
		Records.open(UiFixture.page(), second.folder(), second.decision()).orElseThrow();
		UiFixture.drain();
		long openedSecond = System.nanoTime() - start;
		long heapAfter = heapMb();

		List<String> lines = new ArrayList<>();
		lines.add(
				String.format(Locale.ROOT, "Workbench, %d decisions + %d components + %d interfaces (%d record files)",
						decisions, decisions / 2, decisions / 2, files));
		lines.add(String.format(Locale.ROOT, "  import as project, explorer + decision log loaded: %,d ms",
				imported / 1_000_000));
		lines.add(String.format(Locale.ROOT, "  first decision editor, form shown:                 %,d ms",
				opened / 1_000_000));
		lines.add(String.format(Locale.ROOT, "  second decision editor:                            %,d ms",
				openedSecond / 1_000_000));
		lines.add(String.format(Locale.ROOT, "  to a usable editor (import + first editor):        %,d ms",
				(imported + opened) / 1_000_000));
		lines.add(String.format(Locale.ROOT,
				"  heap used after GC (max heap %,d MB): %,d MB before, %,d MB with the views loaded, "
						+ "%,d MB with the first editor, %,d MB with the second",
				Runtime.getRuntime().maxMemory() / (1024 * 1024),
				heapBefore, heapImported, heapFirst, heapAfter));
		lines.forEach(System.out::println);
		Path report = Path.of(System.getProperty("baton.screenshots", "target/screenshots")).getParent()
				.resolve("bench-ui.txt");
		Files.writeString(report, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
	}
}
