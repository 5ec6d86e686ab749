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

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.BatonPackage;
import dev.baton.ui.editor.DecisionEditor;
import dev.baton.ui.editor.EditorAssociation;
import dev.baton.ui.editor.RecordEditor;
import dev.baton.ui.markers.ReadinessMarkers;

/**
 * Drives the decision editor in a real workbench window (under Xvfb): open a decision of the example from the
 * workspace, edit it through the form's widgets, undo and redo through the workbench's Undo and Redo commands, save,
 * and check the file's bytes.
 */
class DecisionEditorTest {

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

	private DecisionEditor open(String decision) throws Exception {
		IEditorPart editor = IDE.openEditor(UiFixture.page(), project.getFile("decisions/" + decision));
		UiFixture.drain();
		return assertInstanceOf(DecisionEditor.class, editor, "a decision file opens in the decision editor");
	}

	private static void command(String id) throws ExecutionException, NotDefinedException, NotEnabledException,
			NotHandledException {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
		UiFixture.drain();
	}

	private static Control page(DecisionEditor editor, String id) {
		IFormPage page = editor.setActivePage(id);
		UiFixture.drain();
		return page.getPartControl();
	}

	@Test
	void statusChangedInTheFormIsUndoneRedoneAndSavedAsOneChangedLine() throws Exception {
		Path file = folder.resolve("decisions/0007-use-rest-for-public-apis.md");
		String before = Files.readString(file, StandardCharsets.UTF_8);
		DecisionEditor editor = open("0007-use-rest-for-public-apis.md");
		Combo status = UiFixture.field(page(editor, "overview"), Combo.class, "status");
		assertEquals("accepted", status.getText());
		UiFixture.screenshot(editor.getSite().getShell(), "decision-editor-overview");

		status.select(status.indexOf("deprecated"));
		status.notifyListeners(SWT.Selection, null);
		UiFixture.drain();
		assertTrue(editor.isDirty());
		assertEquals(before, Files.readString(file, StandardCharsets.UTF_8), "nothing is written before saving");

		command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals("accepted", status.getText());
		assertFalse(editor.isDirty());
		command(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals("deprecated", status.getText());
		assertTrue(editor.isDirty());

		Text source = UiFixture.field(page(editor, "source"), Text.class, "source");
		String expected = before.replace("status: accepted\n", "status: deprecated\n");
		assertEquals(expected, source.getText(), "the Source page shows the file as the save will write it");
		UiFixture.screenshot(editor.getSite().getShell(), "decision-editor-source");

		editor.doSave(new NullProgressMonitor());
		UiFixture.drain();
		assertFalse(editor.isDirty());
		assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8),
				"the save changed exactly the status line and kept every other byte");
	}

	@Test
	void theContextPagePreviewsTheMarkdownRenderedAndFollowsEdits() throws Exception {
		DecisionEditor editor = open("0007-use-rest-for-public-apis.md");
		Control contextPage = page(editor, "context");
		Control preview = UiFixture.find(contextPage, Control.class, c -> c.getData("baton.preview") != null).get(0);
		assertTrue(preview.isVisible());
		Text context = UiFixture.field(contextPage, Text.class, "context");
		context.setText("Customers book **parcels** through <script>alert(1)</script> the API.");
		context.notifyListeners(SWT.FocusOut, null);
		UiFixture.drain();
		if ("browser".equals(preview.getData("baton.preview"))) {
			String html = ((Browser) preview).getText();
			assertTrue(html.contains("Customers book <strong>parcels</strong> through &lt;script&gt;"), html);
		} else {
			// no browser engine here (no WebKitGTK under the build's Xvfb): the rendered text
			String shown = ((StyledText) preview).getText();
			assertTrue(shown.lines().anyMatch("Context"::equals), shown);
			assertTrue(shown.contains("Customers book parcels through <script>alert(1)</script> the API."), shown);
			assertFalse(shown.contains("**"), shown);
		}
		FormToolkit.ensureVisible(preview);
		UiFixture.drain();
		UiFixture.screenshot(editor.getSite().getShell(), "decision-editor-preview");
		command(IWorkbenchCommandConstants.EDIT_UNDO);
		String undone = preview instanceof StyledText text ? text.getText()
				: ((Browser) preview).getText();
		assertTrue(undone.contains("from their own systems"), undone);
	}

	@Test
	void proseEditedOnTheContextPageReplacesOnlyThatSection() throws Exception {
		Path file = folder.resolve("decisions/0007-use-rest-for-public-apis.md");
		String before = Files.readString(file, StandardCharsets.UTF_8);
		DecisionEditor editor = open("0007-use-rest-for-public-apis.md");
		Text context = UiFixture.field(page(editor, "context"), Text.class, "context");
		assertEquals("Business customers want to book and track parcels from their own systems.",
				context.getText().strip());
		UiFixture.screenshot(editor.getSite().getShell(), "decision-editor-context");
		context.setText(
				"Business customers want to book and track parcels from their *own* systems.\n\nAnd partners too.");
		context.notifyListeners(SWT.FocusOut, null);
		UiFixture.drain();
		assertTrue(editor.isDirty());
		editor.doSave(new NullProgressMonitor());
		String after = Files.readString(file, StandardCharsets.UTF_8);
		assertEquals(before.replace("from their own systems.\n",
				"from their *own* systems.\n\nAnd partners too.\n"), after);
		page(editor, "options");
		UiFixture.screenshot(editor.getSite().getShell(), "decision-editor-options");
		page(editor, "outcome");
		UiFixture.screenshot(editor.getSite().getShell(), "decision-editor-outcome");
	}

	@Test
	void aDateThatIsNotADateIsReportedOnTheFormAndNotApplied() throws Exception {
		Path file = folder.resolve("decisions/0007-use-rest-for-public-apis.md");
		String before = Files.readString(file, StandardCharsets.UTF_8);
		DecisionEditor editor = open("0007-use-rest-for-public-apis.md");
		Text date = UiFixture.field(page(editor, "overview"), Text.class, "date");
		date.setText("2020-13-45");
		date.notifyListeners(SWT.FocusOut, null);
		UiFixture.drain();
		var form = ((IFormPage) editor.getSelectedPage()).getManagedForm().getForm().getForm();
		assertEquals(IMessageProvider.ERROR, form.getMessageType());
		assertTrue(Arrays.stream(form.getChildrenMessages()).anyMatch(m -> m.getMessage()
				.equals("Date: '2020-13-45' is not a date; write it as YYYY-MM-DD (e.g. 2026-11-28)")),
				() -> Arrays.toString(form.getChildrenMessages()));
		assertEquals("2020-01-15", String.valueOf(editor.session().record().eGet(BatonPackage.Literals.DECISION__DATE)),
				"an invalid value is not applied");
		assertTrue(editor.isDirty(), "but it is unsaved work: closing asks");
		assertEquals("2020-13-45", date.getText(), "what the user typed stays in the field");
		NullProgressMonitor monitor = new NullProgressMonitor();
		editor.doSave(monitor);
		assertTrue(monitor.isCanceled(), "the save is refused while a value cannot be read");
		assertEquals(before, Files.readString(file, StandardCharsets.UTF_8));
		assertEquals("2020-13-45", date.getText());
	}

	@Test
	void aChangeOnDiskReloadsACleanEditorOnTheSamePage() throws Exception {
		Path file = folder.resolve("decisions/0007-use-rest-for-public-apis.md");
		DecisionEditor editor = open("0007-use-rest-for-public-apis.md");
		Text title = UiFixture.field(page(editor, "overview"), Text.class, "title");
		Text context = UiFixture.field(page(editor, "context"), Text.class, "context");
		Control options = page(editor, "options");
		Table table = UiFixture.find(options, Table.class, t -> true)
				.get(0);
		table.setSelection(1);
		table.notifyListeners(SWT.Selection, new Event());
		UiFixture.drain();
		assertEquals("GraphQL", UiFixture.field(options, Text.class, "title").getText());
		assertNull(editor.diskChangeMessage());
		UiFixture.Answers answers = UiFixture.answer("Yes", "No");
		Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
				.replace("# Use REST with JSON for public APIs", "# Use REST and JSON for public APIs")
				.replace("from their own systems.", "from their own systems and apps."), StandardCharsets.UTF_8);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		assertTrue(UiFixture.waitFor(() -> context.getText().contains("and apps.")), "the editor reloads the file");
		answers.stop();
		assertEquals(List.of(), answers.asked, "a clean editor reloads without asking");
		assertEquals("options", editor.getActivePageInstance().getId(), "on the page it showed");
		assertEquals(1, table.getSelectionIndex(), "with the same option selected");
		assertEquals("GraphQL", UiFixture.field(options, Text.class, "title").getText());
		assertEquals("Use REST and JSON for public APIs", title.getText());
		assertEquals("Use REST and JSON for public APIs", editor.session().record().getTitle());
		assertNull(editor.diskChangeMessage());
		assertFalse(editor.isDirty());
	}

	@Test
	void savingUpdatesTheReadinessMarkersOfTheFile() throws Exception {
		IFile file = project.getFile("decisions/0007-use-rest-for-public-apis.md");
		DecisionEditor editor = open("0007-use-rest-for-public-apis.md");
		Combo status = UiFixture.field(page(editor, "overview"), Combo.class, "status");
		status.select(status.indexOf("proposed"));
		status.notifyListeners(SWT.Selection, null);
		editor.doSave(new NullProgressMonitor());
		UiFixture.drain();
		// the project has the Baton nature since the editor opened its folder: its builder marks the saved file
		assertTrue(UiFixture.waitFor(() -> markers(file).stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "")
				.contains("proposed") && m.getAttribute(IMarker.LINE_NUMBER, 0) == 2)),
				() -> "a decision proposed since 2020 is flagged on its status line: " + markers(file));
	}

	@Test
	void otherRecordsOpenInTheRecordEditorAndOtherMarkdownIsLeftAlone() throws Exception {
		IEditorPart editor = IDE.openEditor(UiFixture.page(), project.getFile("components/billing-service.md"));
		UiFixture.drain();
		assertInstanceOf(RecordEditor.class, editor);
		assertFalse(editor instanceof DecisionEditor);
		RecordEditor record = (RecordEditor) editor;
		assertNotNull(record.session());
		assertEquals("billing-service", record.session().record().getId());
		Text title = UiFixture.field(record.getActivePageInstance().getPartControl(), Text.class, "title");
		assertEquals(record.session().record().getTitle(), title.getText());
		UiFixture.screenshot(editor.getSite().getShell(), "record-editor-component");

		assertNull(EditorAssociation.editorIdFor(folder.resolve("README.md")), "the folder's README is not a record");
		Files.createDirectories(folder.resolve("decisions/templates"));
		Files.writeString(folder.resolve("notes.md"), "# Notes\n");
		assertNull(EditorAssociation.editorIdFor(folder.resolve("notes.md")));
		assertNull(EditorAssociation.editorIdFor(temp.resolve("elsewhere.md")));
		assertEquals(DecisionEditor.ID,
				EditorAssociation.editorIdFor(folder.resolve("decisions/0001-record-architecture-decisions.md")));
	}

	@Test
	void aFileThatCannotBeReadAsARecordSaysWhereAndWhy() throws Exception {
		Path file = folder.resolve("decisions/0026-broken.md");
		Files.writeString(file, "---\nstatus: [accepted\n---\n# Broken\n", StandardCharsets.UTF_8);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		IEditorPart editor = IDE.openEditor(UiFixture.page(), project.getFile("decisions/0026-broken.md"));
		UiFixture.drain();
		RecordEditor record = assertInstanceOf(RecordEditor.class, editor);
		assertNull(record.session());
		String shown = String.join("\n", UiFixture.find(record.getActivePageInstance().getPartControl(),
				Label.class, l -> true).stream().map(l -> l.getText()).toList());
		assertTrue(shown.contains(file + ":3: error: invalid YAML"),
				() -> "names the file, line and problem: " + shown);
		assertEquals("---\nstatus: [accepted\n---\n# Broken\n", Files.readString(file, StandardCharsets.UTF_8));
		UiFixture.screenshot(editor.getSite().getShell(), "record-editor-problem");
	}

	private static List<IMarker> markers(IFile file) {
		try {
			return List.of(file.findMarkers(ReadinessMarkers.READINESS, true, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}
}
