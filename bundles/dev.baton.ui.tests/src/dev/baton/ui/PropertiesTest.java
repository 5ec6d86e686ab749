package dev.baton.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
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
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;
import dev.baton.ui.editor.DecisionEditor;
import dev.baton.ui.properties.ItemPropertySource;
import dev.baton.ui.views.ArchitectureExplorer;

/**
 * The Properties view over the item providers: read-only for the explorer's records, edited through an editor's
 * commands.
 */
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
		Map<String, String> rows = new LinkedHashMap<>();
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
				|| Arrays.stream(page.getViewReferences()).anyMatch(r -> r.getId().equals(IPageLayout.ID_PROP_SHEET)),
				"the Baton perspective has the Properties view");
		PageBookView sheet = (PageBookView) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		// a click into another view, then into the explorer: the Properties view follows the active part
		page.activate(page.showView(IPageLayout.ID_PROJECT_EXPLORER));
		UiFixture.drain();
		ArchitectureExplorer explorer = (ArchitectureExplorer) page.showView(ArchitectureExplorer.ID);
		UiFixture.drain();
		assertEquals(explorer, page.getActivePart());
		explorer.filter().setText("");
		explorer.reload();
		// the explorer also reloads on the workspace's changes (the project just created): let
		// those reloads happen before selecting, or they replace the selected objects
		long settled = System.currentTimeMillis() + 2_000;
		UiFixture.waitFor(() -> System.currentTimeMillis() > settled);
		Object decisions = explorer.viewer().getTree().getItem(0).getItem(0).getData();
		Decision nine = (Decision) List.of(((ITreeContentProvider) explorer.viewer().getContentProvider())
				.getChildren(decisions)).stream()
				.filter(o -> o instanceof Decision d && d.getNumber() != null && d.getNumber() == 9).findFirst()
				.orElseThrow();
		IPropertySource adapted = Adapters.adapt(nine, IPropertySource.class);
		assertTrue(adapted != null && adapted.getPropertyDescriptors().length > 5, () -> "the decision's properties: "
				+ (adapted == null ? null
						: List.of(adapted.getPropertyDescriptors()).stream().map(d -> d.getDisplayName()).toList()));
		assertEquals("Move parcel data to PostgreSQL", adapted.getPropertyValue("title"));

		explorer.viewer().expandToLevel(decisions, 1);
		explorer.viewer().setSelection(new StructuredSelection(nine), true);
		assertEquals(new StructuredSelection(nine), explorer.viewer().getSelection(), "the explorer's selection");
		// the selection handed to the Properties view's page as the workbench does for the active
		// part (the workbench's routing itself is asserted for the editor below)
		page.activate(sheet);
		PropertySheetPage properties = (PropertySheetPage) sheet
				.getCurrentPage();
		properties.selectionChanged(explorer, new StructuredSelection(nine));
		assertEquals("Move parcel data to PostgreSQL", rows(sheet).get("Title"), () -> rows(sheet).toString());
		Map<String, String> shown = rows(sheet);
		assertEquals(nine.getStatusText(), shown.get("Status Text"), shown::toString);
		UiFixture.screenshot(explorer.getSite().getShell(), "properties-view");

		IPropertySource source = Adapters.adapt(nine, IPropertySource.class);
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
		ItemPropertySource source = (ItemPropertySource) Adapters.adapt(decision,
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
