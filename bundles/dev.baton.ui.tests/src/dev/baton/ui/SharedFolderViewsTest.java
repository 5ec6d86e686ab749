package dev.baton.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;
import dev.baton.ui.editor.DecisionEditor;
import dev.baton.ui.views.ArchitectureExplorer;
import dev.baton.ui.views.DecisionLog;
import dev.baton.ui.views.DiagramPart;
import dev.baton.ui.views.Records;

/**
 * The Explorer and the Decision Log work on one loaded folder, shared through the workbench's {@link WorkbenchFolders},
 * and show a change of its files (on disk, or an editor's save) without loading the folder again and without any
 * refresh by hand, keeping the Explorer's expansion.
 */
class SharedFolderViewsTest {

	private static final String FILE = "decisions/0007-use-rest-for-public-apis.md";

	@TempDir
	Path temp;
	private IProject project;
	private Path folder;

	@BeforeEach
	void openExample() throws Exception {
		folder = temp.resolve("larkspur");
		project = UiFixture.larkspurProject(folder, "larkspur-shared");
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getActivePage().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(BatonPerspective.ID));
		UiFixture.drain();
	}

	@AfterEach
	void close() throws Exception {
		UiFixture.page().closeAllEditors(false);
		UiFixture.deleteProjects();
	}

	@Test
	void theViewsShareOneLoadedFolderAndShowAChangeOnDiskAtOnce() throws Exception {
		ArchitectureExplorer explorer = (ArchitectureExplorer) UiFixture.page().showView(ArchitectureExplorer.ID);
		DecisionLog log = (DecisionLog) UiFixture.page().showView(DecisionLog.ID);
		explorer.reload();
		log.reload();
		assertTrue(UiFixture.waitFor(() -> explorer.connected().size() == 1 && rowTitles(log).size() > 0));
		assertSame(explorer.connected().get(0), log.connected().get(0), "one loaded folder for both views");
		// the Baton perspective's Architecture Diagram works on the same folder when it is open
		int views = 2 + (UiFixture.page().findView(DiagramPart.ID) != null ? 1 : 0);
		assertTrue(UiFixture.waitFor(() -> WorkbenchFolders.of().connections(folder) == views),
				() -> "each view holds one connection: " + WorkbenchFolders.of().connections(folder));
		var model = explorer.connected().get(0).folder().architecture();

		// the views outlive other tests: no text or status filter of theirs may hide a row
		explorer.filter().setText("");
		log.filter().setText("");
		log.statusFilter().select(0);
		log.viewer().refresh();
		explorer.viewer().expandToLevel(2);
		TreeItem decisions = decisionsItem(explorer);
		decisions.setExpanded(true);
		explorer.viewer().refresh();
		Path file = folder.resolve(FILE);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		String changed = text.replace("# Use REST with JSON for public APIs", "# Use REST and JSON for public APIs");
		Files.writeString(file, changed, StandardCharsets.UTF_8);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		assertTrue(UiFixture.waitFor(() -> rowTitles(log).contains("Use REST and JSON for public APIs")),
				() -> "the decision log shows the change: " + rowTitles(log));
		assertTrue(UiFixture.waitFor(() -> explorerLabels(explorer).contains("0007 Use REST and JSON for public APIs")),
				() -> "the explorer shows the change: " + explorerLabels(explorer));
		assertTrue(decisionsItem(explorer).getExpanded(), "the explorer keeps the decisions expanded");
		assertSame(model, explorer.connected().get(0).folder().architecture(), "the folder was not loaded again");
		assertSame(model, log.connected().get(0).folder().architecture());
	}

	@Test
	void anEditSavedInAnEditorShowsInTheViewsWithoutARefresh() throws Exception {
		DecisionLog log = (DecisionLog) UiFixture.page().showView(DecisionLog.ID);
		log.reload();
		assertTrue(UiFixture.waitFor(() -> rowTitles(log).size() > 0));
		log.filter().setText("");
		log.statusFilter().select(0);
		log.viewer().refresh();
		DecisionEditor editor = (DecisionEditor) Records.open(UiFixture.page(), folder.resolve(FILE)).orElseThrow();
		UiFixture.drain();
		Text title = UiFixture.field(editor.getActivePageInstance().getPartControl(), Text.class, "title");
		title.setText("Use REST for every public API");
		title.notifyListeners(SWT.FocusOut, null);
		UiFixture.drain();
		editor.doSave(new NullProgressMonitor());
		UiFixture.drain();
		assertFalse(editor.isDirty());
		assertTrue(Files.readString(folder.resolve(FILE), StandardCharsets.UTF_8)
				.contains("# Use REST for every public API"));
		assertTrue(UiFixture.waitFor(() -> rowTitles(log).contains("Use REST for every public API")),
				() -> "the decision log shows the saved title: " + rowTitles(log));
	}

	private static List<String> rowTitles(DecisionLog log) {
		UiFixture.drain();
		List<String> titles = new ArrayList<>();
		for (TableItem item : log.viewer().getTable().getItems()) {
			titles.add(item.getText(1));
		}
		return titles;
	}

	private static TreeItem decisionsItem(ArchitectureExplorer explorer) {
		for (TreeItem kind : explorer.viewer().getTree().getItem(0).getItems()) {
			if (kind.getText().startsWith("Decisions")) {
				return kind;
			}
		}
		throw new AssertionError("no Decisions in the explorer");
	}

	private static List<String> explorerLabels(ArchitectureExplorer explorer) {
		UiFixture.drain();
		List<String> labels = new ArrayList<>();
		for (TreeItem record : decisionsItem(explorer).getItems()) {
			labels.add(record.getText().replaceFirst(" \\[.*\\]$", ""));
		}
		return labels;
	}
}
