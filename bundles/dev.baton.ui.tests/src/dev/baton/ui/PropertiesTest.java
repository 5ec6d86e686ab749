package dev.baton.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;
import dev.baton.ui.editor.DecisionEditor;
import dev.baton.ui.properties.ItemPropertySource;
import dev.baton.ui.views.ArchitectureExplorer;

/** The Properties view over the item providers: read-only for the explorer's records, edited through an editor's commands. */
class PropertiesTest {

	@TempDir
	Path temp;
	private IProject project;

	@BeforeEach
	void openExample() throws Exception {
		project = UiFixture.larkspurProject(temp.resolve("larkspur"), "larkspur");
		UiFixture.page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(BatonPerspective.ID));
		UiFixture.drain();
	}

	@AfterEach
	void close() throws Exception {
		UiFixture.page().closeAllEditors(false);
		UiFixture.deleteProjects();
	}

	/** The Properties view's rows: property name to the value shown. */
	private static Map<String, String> rows(PageBookView sheet) {
		Map<String, String> rows = new java.util.LinkedHashMap<>();
		if (sheet.getCurrentPage() == null || !(sheet.getCurrentPage().getControl() instanceof Tree tree)) {
			return rows;
		}
		List<TreeItem> items = new ArrayList<>(List.of(tree.getItems()));
		while (!items.isEmpty()) {
			TreeItem item = items.remove(0);
			rows.put(item.getText(0), item.getText(1));
			items.addAll(List.of(item.getItems()));
		}
		return rows;
	}

	@Test
	void theBatonPerspectiveShowsTheDecisionSelectedInTheExplorer() throws Exception {
		IWorkbenchPage page = UiFixture.page();
		assertTrue(page.findView(IPageLayout.ID_PROP_SHEET) != null
				|| java.util.Arrays.stream(page.getViewReferences()).anyMatch(r -> r.getId().equals(IPageLayout.ID_PROP_SHEET)),
				"the Baton perspective has the Properties view");
		PageBookView sheet = (PageBookView) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		ArchitectureExplorer explorer = (ArchitectureExplorer) page.showView(ArchitectureExplorer.ID);
		explorer.filter().setText("");
		explorer.reload();
		UiFixture.drain();
		Object decisions = explorer.viewer().getTree().getItem(0).getItem(0).getData();
		Decision nine = (Decision) List.of(((ITreeContentProvider) explorer.viewer().getContentProvider())
				.getChildren(decisions)).stream()
				.filter(o -> o instanceof Decision d && d.getNumber() != null && d.getNumber() == 9).findFirst().orElseThrow();
		explorer.viewer().setSelection(new StructuredSelection(nine), true);
		UiFixture.drain();
		// as a user: select in the explorer, then look at the Properties view (a view behind
		// another in its stack takes the selection when it is brought up)
		page.activate(sheet);
		assertTrue(UiFixture.waitFor(() -> "Move parcel data to PostgreSQL".equals(rows(sheet).get("Title"))),
				() -> rows(sheet).toString());
		Map<String, String> shown = rows(sheet);
		assertEquals(nine.getStatusText(), shown.get("Status Text"), shown::toString);
		UiFixture.screenshot(explorer.getSite().getShell(), "properties-view");

		IPropertySource source = org.eclipse.core.runtime.Adapters.adapt(nine, IPropertySource.class);
		assertFalse(((ItemPropertySource) source).isEditable(), "the explorer's records are shown read-only");
		source.setPropertyValue("title", "Changed");
		assertEquals("Move parcel data to PostgreSQL", nine.getTitle(), "and cannot be changed there");
	}

	@Test
	void anEditorsRecordIsEditedThroughItsCommandStack() throws Exception {
		DecisionEditor editor = (DecisionEditor) IDE.openEditor(UiFixture.page(),
				project.getFile("decisions/0007-use-rest-for-public-apis.md"));
		UiFixture.drain();
		PageBookView sheet = (PageBookView) UiFixture.page().showView(IPageLayout.ID_PROP_SHEET, null,
				IWorkbenchPage.VIEW_VISIBLE);
		UiFixture.page().activate(editor);
		assertTrue(UiFixture.waitFor(() -> "Use REST with JSON for public APIs".equals(rows(sheet).get("Title"))),
				() -> rows(sheet).toString());

		Decision decision = (Decision) editor.session().record();
		ItemPropertySource source = (ItemPropertySource) org.eclipse.core.runtime.Adapters.adapt(decision,
				IPropertySource.class);
		assertTrue(source.isEditable(), "an open editor's record is editable");
		source.setPropertyValue("title", "Use REST and JSON for public APIs");
		UiFixture.drain();
		assertEquals("Use REST and JSON for public APIs", decision.getTitle());
		assertTrue(editor.isDirty());
		editor.setActivePage("overview");
		UiFixture.drain();
		assertEquals("Use REST and JSON for public APIs",
				UiFixture.field(editor.getActivePageInstance().getPartControl(), Text.class, "title").getText(),
				"the form shows the change");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO,
				null);
		UiFixture.drain();
		assertEquals("Use REST with JSON for public APIs", decision.getTitle(), "it is one step on the editor's stack");
		assertFalse(editor.isDirty());
	}
}
