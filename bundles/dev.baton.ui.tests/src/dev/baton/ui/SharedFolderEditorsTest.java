package dev.baton.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.diagram.DiagramNode;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.model.Record;
import dev.baton.store.Kinds;
import dev.baton.store.LoadedFolder;
import dev.baton.ui.editor.DecisionEditor;
import dev.baton.ui.editor.RecordEditor;
import dev.baton.ui.properties.PropertySources;
import dev.baton.ui.views.DecisionLog;
import dev.baton.ui.views.DiagramPart;
import dev.baton.ui.wizards.NewDecisionWizard;

/**
 * The editors, the Diagram and the New wizards work on the one loaded folder the views share: an editor's save writes
 * its record's file only and every view shows it without a refresh; closing an editor unsaved takes its edits back out
 * of the shared model; a change on disk reaches a clean editor through the folder's change (same page) and waits for a
 * dirty editor's answer, never replacing its edits.
 */
class SharedFolderEditorsTest {

	private static final String REST = "decisions/0007-use-rest-for-public-apis.md";
	private static final String KAFKA = "decisions/0011-use-kafka-for-parcel-events.md";
	private static final String RELOAD = "The file has been changed on the file system. "
			+ "Do you want to replace the editor contents with these changes?";

	@TempDir
	Path temp;
	private IProject project;
	private Path folder;
	private DecisionLog log;

	@BeforeEach
	void openExample() throws Exception {
		folder = temp.resolve("larkspur");
		project = UiFixture.larkspurProject(folder, "larkspur-editors");
		log = (DecisionLog) UiFixture.page().showView(DecisionLog.ID);
		log.reload();
		assertTrue(UiFixture.waitFor(() -> rowTitles().size() > 0));
		log.filter().setText("");
		log.statusFilter().select(0);
		log.viewer().refresh();
	}

	@AfterEach
	void close() throws Exception {
		UiFixture.page().closeAllEditors(false);
		UiFixture.deleteProjects();
	}

	private RecordEditor open(String file) throws Exception {
		IEditorPart editor = IDE.openEditor(UiFixture.page(), project.getFile(file));
		UiFixture.drain();
		return assertInstanceOf(RecordEditor.class, editor);
	}

	private LoadedFolder shared() {
		return log.connected().get(0);
	}

	private static Control page(RecordEditor editor, String id) {
		IFormPage page = editor.setActivePage(id);
		UiFixture.drain();
		return page.getPartControl();
	}

	/** Types a new title and leaves the field: one command on the editor's stack. */
	private static void retitle(RecordEditor editor, String title) {
		UiFixture.page().activate(editor);
		String overview = editor instanceof DecisionEditor ? "overview" : "record";
		Text field = UiFixture.field(page(editor, overview), Text.class, "title");
		field.setText(title);
		field.notifyListeners(SWT.FocusOut, null);
		UiFixture.drain();
	}

	private String disk(String file) throws Exception {
		return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
	}

	@Test
	void editorsEditTheSharedFolderAndASaveWritesOnlyItsOwnRecord() throws Exception {
		Architecture model = shared().folder().architecture();
		String kafkaBefore = disk(KAFKA);
		int views = settledConnections();
		RecordEditor rest = open(REST);
		RecordEditor kafka = open(KAFKA);
		assertSame(shared(), rest.session().loaded(), "the editor connects to the views' folder");
		assertSame(shared(), kafka.session().loaded());
		assertEquals(views + 2, WorkbenchFolders.of().connections(folder), "the views and two editors: one load");
		assertTrue(Kinds.records(model).contains(rest.session().record()), "the editor's record is the shared one");

		retitle(rest, "Use REST for every public API");
		retitle(kafka, "Use Kafka for every parcel event");
		assertTrue(rest.isDirty() && kafka.isDirty());
		UiFixture.page().saveEditor(rest, false);
		UiFixture.drain();

		assertFalse(rest.isDirty());
		assertTrue(disk(REST).contains("\n# Use REST for every public API\n"), disk(REST));
		assertEquals(kafkaBefore, disk(KAFKA), "the other editor's unsaved edit is not written");
		assertTrue(kafka.isDirty());
		assertTrue(rowTitles().contains("Use REST for every public API"), () -> "no refresh needed: " + rowTitles());

		UiFixture.page().closeEditor(kafka, false);
		UiFixture.drain();
		assertEquals(kafkaBefore, disk(KAFKA));
		assertTrue(rowTitles().contains("Use Kafka for parcel events"),
				() -> "closed unsaved, the edit leaves the shared model: " + rowTitles());
		assertFalse(rowTitles().contains("Use Kafka for every parcel event"));
		assertEquals(views + 1, WorkbenchFolders.of().connections(folder),
				"the closed editor gave its connection back");
		assertSame(model, shared().folder().architecture(), "nothing was loaded again");
	}

	@Test
	void aReferenceInTheFormOpensItsTargetWithF3OrADoubleClick() throws Exception {
		RecordEditor rest = open(REST);
		Table affects = UiFixture.field(page(rest, "overview"), Table.class, "affects");
		affects.setSelection(0);
		Event f3 = new Event();
		f3.keyCode = SWT.F3;
		affects.notifyListeners(SWT.KeyDown, f3);
		UiFixture.drain();
		RecordEditor api = assertInstanceOf(RecordEditor.class, UiFixture.page().getActiveEditor());
		assertEquals("booking-api", api.session().record().getId(), "F3 opens the affected element");
		assertSame(shared(), api.session().loaded());

		RecordEditor kafka = open(KAFKA);
		Table links = UiFixture.field(page(kafka, "overview"), Table.class, "links");
		links.setSelection(0);
		links.notifyListeners(SWT.DefaultSelection, new Event());
		UiFixture.drain();
		RecordEditor target = assertInstanceOf(RecordEditor.class, UiFixture.page().getActiveEditor());
		assertEquals(((Decision) kafka.session().record()).getLinks().get(0).getTarget(), target.session().record(),
				"a double-click opens the linked decision");
		assertTrue(target != kafka);
	}

	@Test
	void thePropertiesOfARecordAreEditableOnlyWhileItsOwnEditorIsOpen() throws Exception {
		RecordEditor rest = open(REST);
		Record restRecord = rest.session().record();
		Record kafka = Kinds.records(shared().folder().architecture()).stream()
				.filter(r -> "0011-use-kafka-for-parcel-events".equals(r.getId())).findFirst().orElseThrow();
		assertTrue(PropertySources.of(restRecord).isEditable(), "the open editor's record");
		assertFalse(PropertySources.of(kafka).isEditable(),
				"another record of the same shared folder: no open editor would save it");
		assertFalse(PropertySources.of(((Decision) kafka).getOptions().get(0)).isEditable());
	}

	@Test
	void aChangeOnDiskReachesACleanEditorThroughTheSharedFolderOnTheSamePage() throws Exception {
		RecordEditor editor = open(REST);
		page(editor, "source");
		Record before = editor.session().record();
		Files.writeString(folder.resolve(REST), disk(REST).replace("# Use REST with JSON for public APIs",
				"# Use REST and JSON for public APIs"), StandardCharsets.UTF_8);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		assertTrue(UiFixture.waitFor(() -> "Use REST and JSON for public APIs".equals(
				editor.session().record().getTitle())), () -> editor.session().record().getTitle());
		Record after = editor.session().record();
		assertTrue(before != after, "the record the shared folder read again");
		assertTrue(Kinds.records(shared().folder().architecture()).contains(after));
		assertEquals("source", editor.getActivePageInstance().getId(), "the editor keeps its page");
		assertFalse(editor.isDirty());
		assertTrue(rowTitles().contains("Use REST and JSON for public APIs"), rowTitles()::toString);
	}

	@Test
	void aChangeOnDiskUnderADirtyEditorWaitsForItsAnswerAndNeverReplacesItsEdits() throws Exception {
		RecordEditor editor = open(REST);
		retitle(editor, "Use REST for every public API");
		Record edited = editor.session().record();
		String theirs = disk(REST).replace("date: 2020-01-15\n", "date: 2020-02-01\n");

		UiFixture.Answers keep = UiFixture.answer("No");
		Files.writeString(folder.resolve(REST), theirs, StandardCharsets.UTF_8);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		assertTrue(UiFixture.waitFor(() -> !keep.asked.isEmpty()), "the dirty editor asks");
		UiFixture.drain();
		assertEquals(List.of("File Changed: " + RELOAD), keep.asked);
		assertTrue(editor.isDirty());
		assertSame(edited, editor.session().record(), "the shared model keeps the editor's record");
		assertTrue(Kinds.records(shared().folder().architecture()).contains(edited));
		assertEquals("Use REST for every public API", edited.getTitle());
		assertEquals(LocalDate.parse("2020-01-15"), ((Decision) edited).getDate(), "not the date on disk");
		assertEquals(theirs, disk(REST), "and the file keeps the change on disk");

		editor.reloadFromDisk();
		UiFixture.drain();
		assertFalse(editor.isDirty());
		Record now = editor.session().record();
		assertEquals("Use REST with JSON for public APIs", now.getTitle());
		assertEquals(LocalDate.parse("2020-02-01"), ((Decision) now).getDate());
		assertTrue(Kinds.records(shared().folder().architecture()).contains(now));
		assertTrue(rowTitles().contains("Use REST with JSON for public APIs"), rowTitles()::toString);
		assertEquals(theirs, disk(REST));
	}

	@Test
	void aChangedBatonYamlWaitsWhileAnEditorIsDirtyAndItsEditsAreKept() throws Exception {
		RecordEditor editor = open(REST);
		retitle(editor, "Use REST for every public API");
		Record edited = editor.session().record();
		Path settings = folder.resolve("baton.yaml");
		Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8).replaceFirst("(?m)^name: .*$",
				"name: Renamed Platform"), StandardCharsets.UTF_8);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		long settled = System.currentTimeMillis() + 2_000;
		UiFixture.waitFor(() -> System.currentTimeMillis() > settled); // the workspace's change has come by then
		assertTrue(editor.isDirty(), "the editor keeps its edits");
		assertSame(edited, editor.session().record());
		assertEquals("Use REST for every public API", editor.session().record().getTitle());
		assertTrue(Kinds.records(shared().folder().architecture()).contains(edited),
				"the folder was not loaded again under the dirty editor");

		UiFixture.page().saveEditor(editor, false);
		UiFixture.drain();
		assertTrue(disk(REST).contains("\n# Use REST for every public API\n"), disk(REST));
		assertTrue(UiFixture.waitFor(() -> "Renamed Platform".equals(shared().folder().architecture().getName())),
				"once saved, the held baton.yaml change is read: " + shared().folder().architecture().getName());
		assertEquals("Use REST for every public API", editor.session().record().getTitle());
		assertFalse(editor.isDirty());
	}

	@Test
	void theDiagramAndTheNewDecisionWizardWorkOnTheSharedFolder() throws Exception {
		Architecture model = shared().folder().architecture();
		int views = settledConnections();
		DiagramPart diagram = (DiagramPart) UiFixture.page().showView(DiagramPart.ID);
		diagram.reload();
		UiFixture.drain();
		assertEquals(views + 1, WorkbenchFolders.of().connections(folder), "the diagram connects: one load");
		assertSame(model, diagram.connected().get(0).folder().architecture());
		RecordEditor system = open("systems/billing-system.md");
		retitle(system, "Invoicing system");
		UiFixture.page().saveEditor(system, false);
		UiFixture.drain();
		assertTrue(UiFixture.waitFor(() -> nodeLabels(diagram).contains("Invoicing system")),
				() -> "the diagram is laid out again after the save: " + nodeLabels(diagram));

		NewDecisionWizard wizard = new NewDecisionWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiFixture.drain();
		UiFixture.find(dialog.getShell(), Text.class, t -> true).get(0).setText("Use OpenTelemetry for tracing");
		UiFixture.drain();
		UiFixture.find(dialog.getShell(), Button.class, b -> b.getText().replace("&", "").equals("Finish")).get(0)
				.notifyListeners(SWT.Selection, null);
		UiFixture.drain();
		assertTrue(Files.isRegularFile(folder.resolve("decisions/0027-use-opentelemetry-for-tracing.md")));
		assertTrue(rowTitles().contains("Use OpenTelemetry for tracing"), () -> "no refresh needed: " + rowTitles());
		var editor = assertInstanceOf(DecisionEditor.class, UiFixture.page().getActiveEditor());
		assertSame(shared(), editor.session().loaded());
		assertSame(model, shared().folder().architecture(), "nothing was loaded again");
	}

	/**
	 * The folder's connections once the views of the perspective have connected (each in a job of its own, on the
	 * project just created): the count stays the same for a second.
	 */
	private int settledConnections() {
		int[] seen = { -1 };
		long[] since = { System.currentTimeMillis() };
		UiFixture.waitFor(() -> {
			int now = WorkbenchFolders.of().connections(folder);
			if (now != seen[0]) {
				seen[0] = now;
				since[0] = System.currentTimeMillis();
			}
			return System.currentTimeMillis() - since[0] > 1_000;
		});
		return seen[0];
	}

	private static List<String> nodeLabels(DiagramPart diagram) {
		UiFixture.drain();
		return diagram.current() == null ? List.of()
				: diagram.current().nodes().stream().map(DiagramNode::label).toList();
	}

	private List<String> rowTitles() {
		UiFixture.drain();
		List<String> titles = new ArrayList<>();
		for (TableItem item : log.viewer().getTable().getItems()) {
			titles.add(item.getText(1));
		}
		return titles;
	}
}
