package dev.baton.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;
import dev.baton.model.LinkType;
import dev.baton.ui.editor.DecisionEditor;

/**
 * The decision editor's pickers (owner, affected elements, typed links) and its editable Source page, driven through
 * the real widgets and dialogs; every result checked in the file's bytes.
 */
class FormEditingTest {

	private static final String FILE = "decisions/0007-use-rest-for-public-apis.md";

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

	private DecisionEditor open() throws Exception {
		IEditorPart editor = IDE.openEditor(UiFixture.page(), project.getFile(FILE));
		UiFixture.drain();
		return assertInstanceOf(DecisionEditor.class, editor);
	}

	private static Control page(DecisionEditor editor, String id) {
		IFormPage page = editor.setActivePage(id);
		UiFixture.drain();
		return page.getPartControl();
	}

	private static void command(String id) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
		UiFixture.drain();
	}

	private static void press(Control root, String id) {
		Button button = UiFixture.field(root, Button.class, id);
		button.notifyListeners(SWT.Selection, new Event());
		UiFixture.drain();
	}

	private static List<String> rows(Control root, String id) {
		Table table = UiFixture.field(root, Table.class, id);
		return Arrays.stream(table.getItems()).map(item -> item.getText(0)
				+ (table.getColumnCount() > 1 ? " -> " + item.getText(1) : "")).toList();
	}

	@Test
	void ownerAffectedElementAndLinkArePickedUndoneRedoneAndSavedAsIds() throws Exception {
		Path file = folder.resolve(FILE);
		String before = Files.readString(file, StandardCharsets.UTF_8);
		DecisionEditor editor = open();
		Decision decision = (Decision) editor.session().record();
		Control overview = page(editor, "overview");

		List<String> owner = UiFixture.answerList(ElementListSelectionDialog.class, "(team-customer)");
		press(overview, "owner.choose");
		assertEquals(List.of("Customer experience (team-customer)"), owner,
				"the owner is picked among people and teams");
		assertEquals("team-customer", decision.getOwner().getId());
		assertEquals("Customer experience (team-customer)", UiFixture.field(overview, Label.class, "owner").getText());

		List<String> affected = UiFixture.answerList(ElementListSelectionDialog.class, "(billing-service)");
		press(overview, "affects.add");
		assertEquals(1, affected.size(), affected::toString);
		assertEquals(List.of("booking-api", "tracking-api", "billing-service"),
				decision.getAffects().stream().map(r -> r.getId()).toList());
		assertEquals(3, rows(overview, "affects").size());

		Combo type = UiFixture.field(overview, Combo.class, "links.type");
		type.setText("relates-to");
		List<String> linked =
				UiFixture.answerList(ElementListSelectionDialog.class, "(0016-use-openapi-first-for-public-apis)");
		press(overview, "links.add");
		assertEquals(1, linked.size(), linked::toString);
		assertEquals(LinkType.RELATES_TO, decision.getLinks().get(decision.getLinks().size() - 1).getType());
		assertTrue(
				rows(overview, "links")
						.contains("relates-to -> 0016 Write OpenAPI specifications first for public APIs"),
				rows(overview, "links")::toString);
		assertTrue(editor.isDirty());
		assertEquals(before, Files.readString(file, StandardCharsets.UTF_8), "nothing is written before saving");
		UiFixture.screenshot(editor.getSite().getShell(), "decision-editor-pickers");

		command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertTrue(decision.getLinks().isEmpty(), "undo removes the link");
		command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(2, decision.getAffects().size(), "undo removes the affected element");
		command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertNull(decision.getOwner(), "undo clears the owner");
		assertEquals("", UiFixture.field(overview, Label.class, "owner").getText());
		assertFalse(editor.isDirty(), "back at the saved state");
		command(IWorkbenchCommandConstants.EDIT_REDO);
		command(IWorkbenchCommandConstants.EDIT_REDO);
		command(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals("team-customer", decision.getOwner().getId());
		assertEquals(3, decision.getAffects().size());
		assertEquals(1, decision.getLinks().size());

		editor.doSave(new NullProgressMonitor());
		UiFixture.drain();
		assertFalse(editor.isDirty());
		// the store patches the one changed line and appends the new keys to the front matter
		String expected = before.replace("affects: [booking-api, tracking-api]\n",
				"affects: [booking-api, tracking-api, billing-service]\n")
				.replace("last-reviewed: 2026-10-12\n", "last-reviewed: 2026-10-12\nowner: team-customer\n"
						+ "relates-to: [0016-use-openapi-first-for-public-apis]\n");
		assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8),
				"the front matter gets the ids as one would write them; every other byte is kept");
	}

	@Test
	void textEditedOnTheSourcePageIsReadIntoTheFormUndoneAndSavedAsTyped() throws Exception {
		Path file = folder.resolve(FILE);
		String before = Files.readString(file, StandardCharsets.UTF_8);
		DecisionEditor editor = open();
		Text source = UiFixture.field(page(editor, "source"), Text.class, "source");
		assertEquals(before, source.getText());
		assertTrue(source.getEditable(), "the Source page can be edited");
		String typed = before.replace("status: accepted\n", "status: deprecated # the API guild, 2026\n")
				.replace("tags: [api]", "tags: [api, http]");
		source.setText(typed);
		UiFixture.drain();
		assertTrue(editor.isDirty(), "typing on the Source page makes the editor dirty");

		Control overview = page(editor, "overview");
		assertEquals("overview", editor.getActivePageInstance().getId());
		assertEquals("deprecated", UiFixture.field(overview, Combo.class, "status").getText(),
				"the form shows what the typed text says");
		assertEquals("api, http", UiFixture.field(overview, Text.class, "tags").getText());
		UiFixture.screenshot(editor.getSite().getShell(), "decision-editor-from-source");

		command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals("accepted", UiFixture.field(overview, Combo.class, "status").getText(),
				"undo takes the source edit back");
		assertEquals(before, UiFixture.field(page(editor, "source"), Text.class, "source").getText());
		assertFalse(editor.isDirty());
		page(editor, "overview");
		command(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals("deprecated", UiFixture.field(overview, Combo.class, "status").getText());
		assertEquals(typed, UiFixture.field(page(editor, "source"), Text.class, "source").getText(),
				"the Source page shows the text as typed, comment included");

		editor.doSave(new NullProgressMonitor());
		UiFixture.drain();
		assertFalse(editor.isDirty());
		assertEquals(typed, Files.readString(file, StandardCharsets.UTF_8), "the save writes exactly the typed text");
		assertEquals("deprecated", ((Decision) editor.session().record()).getStatusText());
	}

	@Test
	void aFormEditAfterASourceEditShowsInTheSource() throws Exception {
		Path file = folder.resolve(FILE);
		String before = Files.readString(file, StandardCharsets.UTF_8);
		DecisionEditor editor = open();
		Text source = UiFixture.field(page(editor, "source"), Text.class, "source");
		source.setText(before.replace("tags: [api]", "tags: [api, http]"));
		Control overview = page(editor, "overview");
		Combo status = UiFixture.field(overview, Combo.class, "status");
		status.select(status.indexOf("rejected"));
		status.notifyListeners(SWT.Selection, null);
		UiFixture.drain();
		String expected = before.replace("tags: [api]", "tags: [api, http]").replace("status: accepted\n",
				"status: rejected\n");
		assertEquals(expected, UiFixture.field(page(editor, "source"), Text.class, "source").getText());
		editor.doSave(new NullProgressMonitor());
		UiFixture.drain();
		assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
	}

	@Test
	void aCommentTypedOnTheSourcePageSurvivesLaterFormEditsAndTheSave() throws Exception {
		Path file = folder.resolve(FILE);
		String before = Files.readString(file, StandardCharsets.UTF_8);
		DecisionEditor editor = open();
		Text source = UiFixture.field(page(editor, "source"), Text.class, "source");
		String typed = before.replace("tags: [api]\n", "# agreed with the API guild, 2026\ntags: [api]\n");
		source.setText(typed);
		Control overview = page(editor, "overview");
		Combo status = UiFixture.field(overview, Combo.class, "status");
		status.select(status.indexOf("rejected"));
		status.notifyListeners(SWT.Selection, null);
		UiFixture.drain();
		String expected = typed.replace("status: accepted\n", "status: rejected\n");
		assertEquals(expected, UiFixture.field(page(editor, "source"), Text.class, "source").getText(),
				"the form edit is patched into the typed text, comment included");
		editor.doSave(new NullProgressMonitor());
		UiFixture.drain();
		assertFalse(editor.isDirty());
		assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("# agreed with the API guild, 2026\n"));
	}

	@Test
	void sourceTextThatDoesNotParseShowsTheFindingAndIsKeptAsTyped() throws Exception {
		Path file = folder.resolve(FILE);
		String before = Files.readString(file, StandardCharsets.UTF_8);
		DecisionEditor editor = open();
		Text source = UiFixture.field(page(editor, "source"), Text.class, "source");
		String broken = before.replace("tags: [api]\n", "tags: [api\n");
		source.setText(broken);
		UiFixture.drain();

		editor.setActivePage("overview");
		UiFixture.drain();
		assertEquals("source", editor.getActivePageInstance().getId(),
				"the page is not left while the text does not parse");
		String shown = editor.getActivePageInstance().getManagedForm().getForm().getForm().getMessage();
		assertNotNull(shown, "the finding is shown on the Source page");
		assertTrue(shown.contains("decisions/0007-use-rest-for-public-apis.md:"), shown);
		assertEquals(broken, source.getText(), "the typed text is kept");
		assertTrue(editor.isDirty());
		UiFixture.screenshot(editor.getSite().getShell(), "decision-editor-source-finding");

		editor.doSave(new NullProgressMonitor());
		UiFixture.drain();
		assertEquals(before, Files.readString(file, StandardCharsets.UTF_8), "text that does not parse is not saved");
		assertEquals(broken, source.getText(), "and still not lost");

		source.setText(before.replace("tags: [api]\n", "tags: [api, rest]\n"));
		editor.setActivePage("overview");
		UiFixture.drain();
		assertEquals("overview", editor.getActivePageInstance().getId(), "fixed, the form opens again");
		assertEquals(List.of("api", "rest"), editor.session().record().getTags());
	}
}
