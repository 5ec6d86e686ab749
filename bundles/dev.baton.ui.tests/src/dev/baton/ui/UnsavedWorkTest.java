package dev.baton.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.ui.editor.DecisionEditor;

/**
 * Nothing typed in the decision editor is lost, and nothing changed on disk is overwritten without asking: typing is an
 * edit at once (dirty, saved by File > Save, named by Undo), closing asks, and a change on disk under unsaved edits is
 * asked about before reloading and before saving. The dialogs are the real ones, answered from their modal loops; files
 * checked byte for byte.
 */
class UnsavedWorkTest {

	private static final String FILE = "decisions/0007-use-rest-for-public-apis.md";
	private static final String TITLE = "# Use REST with JSON for public APIs\n";
	private static final String RELOAD = "The file has been changed on the file system. "
			+ "Do you want to replace the editor contents with these changes?";
	private static final String OVERWRITE = "The file has been changed on the file system. "
			+ "Do you want to overwrite the changes made on the file system?";

	@TempDir
	Path temp;
	private Path file;
	private IProject project;

	@BeforeEach
	void openExample() throws Exception {
		Path folder = temp.resolve("larkspur");
		project = UiFixture.larkspurProject(folder, "larkspur");
		file = folder.resolve(FILE);
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

	/** Runs a workbench command as its key binding does; it fails when the command is not enabled. */
	private static void command(String id) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
		UiFixture.drain();
	}

	/**
	 * Saves as File > Save does for an editor. After a dialog under a bare Xvfb (no window manager) the workbench
	 * window is not active again, so the Save command no longer sees the editor as the active part and takes the
	 * workbench's "save dirty parts" prompt path instead.
	 */
	private static void save(DecisionEditor editor) {
		UiFixture.page().saveEditor(editor, false);
		UiFixture.drain();
	}

	private String disk() throws Exception {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/** Types at the end of the field, as keystrokes do: the field keeps the focus. */
	private static Text type(Control page, String attribute, String typed) {
		Text text = UiFixture.field(page, Text.class, attribute);
		text.setFocus();
		text.setSelection(text.getText().length());
		text.insert(typed);
		return text;
	}

	private static String undoLabel(DecisionEditor editor) {
		IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		return undo.getText().replace("&", "");
	}

	@Test
	void typingMakesTheEditorDirtyAtOnceAndSaveWritesWhatIsTyped() throws Exception {
		String before = disk();
		DecisionEditor editor = open();
		Control overview = page(editor, "overview");
		Text title = type(overview, "title", " everywhere");
		assertTrue(editor.isDirty(), "dirty at the first keystroke, before the field loses the focus");
		assertEquals("Undo Change Title", undoLabel(editor), "Undo names the field being typed");
		assertEquals(before, disk(), "nothing is written before saving");
		assertEquals("Use REST with JSON for public APIs", editor.session().record().getTitle(),
				"the field has not lost the focus: what is typed is not committed yet");

		command(IWorkbenchCommandConstants.FILE_SAVE);
		assertFalse(editor.isDirty());
		assertEquals(before.replace(TITLE, "# Use REST with JSON for public APIs everywhere\n"), disk(),
				"the save wrote the typed title and kept every other byte");
		assertEquals("Use REST with JSON for public APIs everywhere", title.getText());
	}

	@Test
	void undoTakesBackTypingAndNamesTheField() throws Exception {
		String before = disk();
		DecisionEditor editor = open();
		Control overview = page(editor, "overview");
		Text title = type(overview, "title", " everywhere");
		command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals("Use REST with JSON for public APIs", title.getText(), "Ctrl+Z undoes what was typed");
		assertFalse(editor.isDirty());

		Combo status = UiFixture.field(overview, Combo.class, "status");
		status.select(status.indexOf("deprecated"));
		status.notifyListeners(SWT.Selection, null);
		UiFixture.drain();
		assertEquals("Undo Change Status", undoLabel(editor));
		type(overview, "date", "x");
		assertEquals("Undo Change Date", undoLabel(editor));
		UiFixture.field(overview, Text.class, "date").setText("2020-01-15");
		UiFixture.drain();
		assertEquals("Undo Change Status", undoLabel(editor), "typing back the saved value is no step");
		command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals("accepted", status.getText());
		assertFalse(editor.isDirty());
		assertEquals(before, disk());
	}

	@Test
	void closingADirtyEditorAsksAndCancelKeepsWhatIsTyped() throws Exception {
		String before = disk();
		DecisionEditor editor = open();
		Text title = type(page(editor, "overview"), "title", " everywhere");
		UiFixture.Answers cancel = UiFixture.answer("Cancel");
		assertFalse(UiFixture.page().closeEditor(editor, true), "the close is cancelled");
		UiFixture.drain();
		assertEquals(1, cancel.asked.size(), "closing asks: " + cancel.asked);
		assertTrue(cancel.asked.get(0).contains("0007-use-rest-for-public-apis.md"), cancel.asked::toString);
		assertFalse(title.isDisposed(), "the editor stays open");
		assertEquals("Use REST with JSON for public APIs everywhere", title.getText());
		assertEquals(before, disk());

		UiFixture.Answers save = UiFixture.answer("Save", "Yes");
		assertTrue(UiFixture.page().closeEditor(editor, true));
		UiFixture.drain();
		assertEquals(1, save.asked.size(), save.asked::toString);
		assertEquals(before.replace(TITLE, "# Use REST with JSON for public APIs everywhere\n"), disk(),
				"saving from the prompt writes what was typed");
	}

	@Test
	void aChangeOnDiskUnderADirtyEditorIsAskedAboutAndNeverOverwrittenSilently() throws Exception {
		String before = disk();
		DecisionEditor editor = open();
		Text title = type(page(editor, "overview"), "title", " everywhere");
		String theirs = before.replace("date: 2020-01-15\n", "date: 2020-02-01\n");

		// as sed -i, git pull or a branch switch would, noticed by a workspace refresh
		UiFixture.Answers keep = UiFixture.answer("No");
		Files.writeString(file, theirs, StandardCharsets.UTF_8);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		assertTrue(UiFixture.waitFor(() -> !keep.asked.isEmpty()), "the dirty editor asks");
		UiFixture.drain();
		assertEquals(List.of("File Changed: " + RELOAD), keep.asked);
		assertTrue(editor.isDirty(), "No keeps the edits");
		assertEquals("Use REST with JSON for public APIs everywhere", title.getText());
		assertEquals("Changed on disk: click to reload (drops your edits)", editor.diskChangeMessage());

		UiFixture.Answers refuse = UiFixture.answer("No");
		save(editor);
		assertEquals(List.of("File Changed: " + OVERWRITE), refuse.asked, "saving asks before overwriting");
		assertEquals(theirs, disk(), "No leaves the file on disk untouched, byte for byte");
		assertTrue(editor.isDirty());
		assertEquals("Use REST with JSON for public APIs everywhere", title.getText(), "and the edits are kept");

		UiFixture.Answers overwrite = UiFixture.answer("Yes");
		save(editor);
		assertEquals(List.of("File Changed: " + OVERWRITE), overwrite.asked);
		assertEquals(before.replace(TITLE, "# Use REST with JSON for public APIs everywhere\n"), disk(),
				"Yes writes the editor's record over the change on disk");
		assertFalse(editor.isDirty());
	}

	@Test
	void aChangeOnDiskNotYetNoticedIsStillCaughtBySaving() throws Exception {
		DecisionEditor editor = open();
		type(page(editor, "overview"), "title", " everywhere");
		String theirs = disk().replace("date: 2020-01-15\n", "date: 2020-02-01\n");
		// no workspace refresh: the editor has not heard of it when Save is pressed
		Files.writeString(file, theirs, StandardCharsets.UTF_8);
		UiFixture.Answers refuse = UiFixture.answer("No");
		command(IWorkbenchCommandConstants.FILE_SAVE);
		assertEquals(List.of("File Changed: " + OVERWRITE), refuse.asked);
		assertEquals(theirs, disk(), "the newer file is not overwritten");
		assertTrue(editor.isDirty());
	}

	@Test
	void aChangeOnDiskUnderADirtyEditorIsLoadedWhenTheUserSaysSo() throws Exception {
		String before = disk();
		DecisionEditor editor = open();
		Text title = type(page(editor, "overview"), "title", " everywhere");
		String theirs = before.replace("date: 2020-01-15\n", "date: 2020-02-01\n");
		UiFixture.Answers replace = UiFixture.answer("Yes");
		Files.writeString(file, theirs, StandardCharsets.UTF_8);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		assertTrue(UiFixture.waitFor(() -> !replace.asked.isEmpty()), "the dirty editor asks");
		UiFixture.drain();
		assertEquals("overview", editor.getActivePageInstance().getId());
		assertEquals("Use REST with JSON for public APIs", title.getText(), "the typed text gave way to the file's");
		assertEquals("2020-02-01", UiFixture.field(page(editor, "overview"), Text.class, "date").getText());
		assertFalse(editor.isDirty());
		assertEquals(theirs, disk());
	}
}
