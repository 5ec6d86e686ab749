package dev.baton.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Decision;
import dev.baton.store.ArchitectureFolder;
import dev.baton.testing.Examples;
import dev.baton.ui.editor.DecisionEditor;
import dev.baton.ui.views.DecisionLog;
import dev.baton.ui.views.HistoryView;
import dev.baton.ui.views.Records;
import dev.baton.ui.views.TimelineView;

/**
 * The History and Timeline views over a real git repository (made with JGit in a temporary folder: the example
 * committed, then decision 0025 accepted, then superseded, by two authors).
 */
class HistoryViewsTest {

	private static final String DECISION = "decisions/0025-move-reporting-to-a-managed-warehouse.md";
	private static final String DECISION_ID = "0025-move-reporting-to-a-managed-warehouse";

	@TempDir
	Path temp;
	private Path folder;
	private RevCommit created;
	private RevCommit accepted;
	private RevCommit superseded;

	@BeforeEach
	void openPerspective() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().setPerspective(PlatformUI.getWorkbench()
				.getPerspectiveRegistry().findPerspectiveWithId(BatonPerspective.ID));
		UiFixture.drain();
	}

	@AfterEach
	void close() throws Exception {
		UiFixture.page().closeAllEditors(false);
		UiFixture.deleteProjects();
	}

	/** The example in a git repository of its own with three commits, as the workspace project "larkspur". */
	private void repository() throws Exception {
		folder = temp.resolve("larkspur");
		UiFixture.copy(Examples.repository().resolve("examples/larkspur-platform"), folder);
		try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
			created = commit(git, "Ada Lovelace", LocalDate.of(2024, 1, 10), "Start the architecture records");
			edit("status: proposed", "status: accepted");
			accepted = commit(git, "Grace Hopper", LocalDate.of(2024, 2, 1), "Accept the managed warehouse");
			edit("status: accepted", "status: superseded");
			superseded = commit(git, "Ada Lovelace", LocalDate.of(2024, 3, 20), "The warehouse is superseded");
		}
		project(folder);
	}

	private void edit(String old, String now) throws Exception {
		Path file = folder.resolve(DECISION);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains(old), text);
		Files.writeString(file, text.replaceFirst(old, now), StandardCharsets.UTF_8);
	}

	private static RevCommit commit(Git git, String author, LocalDate day, String message) throws Exception {
		git.add().addFilepattern(".").call();
		PersonIdent ident = new PersonIdent(author, author.toLowerCase().replace(' ', '.') + "@example.com",
				day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		return git.commit().setAuthor(ident).setCommitter(ident).setMessage(message).setSign(false).call();
	}

	private static void project(Path location) throws Exception {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject("larkspur");
		IProjectDescription description = workspace.newProjectDescription("larkspur");
		description.setLocation(IPath.fromPath(location));
		project.create(description, null);
		project.open(null);
	}

	/** A screenshot of the view maximised (so its table and panes are readable), then restored. */
	private static void screenshot(IViewPart view, String name) throws Exception {
		IWorkbenchPage page = UiFixture.page();
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		long end = System.currentTimeMillis() + 300;
		UiFixture.waitFor(() -> System.currentTimeMillis() >= end); // lets the display repaint
		UiFixture.screenshot(view.getSite().getShell(), name);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		UiFixture.drain();
	}

	private static List<String> row(Table table, int index) {
		TableItem item = table.getItem(index);
		return IntStream.range(0, table.getColumnCount()).mapToObj(item::getText).toList();
	}

	@Test
	void theHistoryViewShowsTheRevisionsTransitionsAndDiffOfTheRecordInTheEditorAndTheDecisionLog() throws Exception {
		repository();
		HistoryView history = (HistoryView) UiFixture.page().showView(HistoryView.ID);
		assertTrue(history.header().getText().startsWith("Select a record"), history.header().getText());
		Records.open(UiFixture.page(), folder.resolve(DECISION)).orElseThrow();
		UiFixture.page().showView(HistoryView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		Table table = history.viewer().getTable();
		assertTrue(UiFixture.waitFor(() -> !history.busy() && table.getItemCount() == 3),
				() -> history.header().getText() + " / " + table.getItemCount());
		assertEquals("decision " + DECISION_ID + " \"Move reporting to a managed warehouse\": 3 revisions "
				+ "(double-click one for what its commit changed)", history.header().getText());

		// newest first: date, author, commit, change, status, changed fields, message
		assertEquals(List.of("2024-03-20 10:00", "Ada Lovelace", superseded.abbreviate(7).name(), "modified",
				"superseded", "status: accepted -> superseded", "The warehouse is superseded"), row(table, 0));
		assertEquals(List.of("2024-02-01 10:00", "Grace Hopper", accepted.abbreviate(7).name(), "modified", "accepted",
				"status: proposed -> accepted", "Accept the managed warehouse"), row(table, 1));
		assertEquals(List.of("2024-01-10 10:00", "Ada Lovelace", created.abbreviate(7).name(), "added " + DECISION,
				"proposed", "", "Start the architecture records"), row(table, 2));
		assertEquals("Status: (new) -> proposed by Ada Lovelace on 2024-01-10 (" + created.abbreviate(7).name()
				+ "); proposed -> accepted by Grace Hopper on 2024-02-01 (" + accepted.abbreviate(7).name()
				+ "); accepted -> superseded by Ada Lovelace on 2024-03-20 (" + superseded.abbreviate(7).name() + ")",
				history.transitions().getText());
		screenshot(history, "history-view");

		// double-click the acceptance: what that commit changed, as baton diff prints it
		table.setSelection(1);
		table.notifyListeners(SWT.DefaultSelection, null);
		assertTrue(
				UiFixture.waitFor(() -> !history.busy() && history.diff().getText().startsWith("Architecture changes")),
				history.diff()::getText);
		String diff = history.diff().getText();
		assertTrue(diff.startsWith("Architecture changes " + created.abbreviate(7).name() + ".."
				+ accepted.abbreviate(7).name() + ": 0 added, 0 removed, 0 renamed, 1 changed"), diff);
		assertTrue(diff.contains("modified decision " + DECISION_ID), diff);
		assertTrue(diff.contains("    status: proposed -> accepted"), diff);
		screenshot(history, "history-view-diff");

		// the first commit has no parent: said so
		table.setSelection(2);
		table.notifyListeners(SWT.DefaultSelection, null);
		assertTrue(UiFixture.waitFor(() -> !history.busy() && history.diff().getText().startsWith("Commit ")),
				history.diff()::getText);
		assertTrue(history.diff().getText().contains("first"), history.diff().getText());

		// a row selected in the Decision Log: that decision's history (one revision, no change of status)
		DecisionLog log = (DecisionLog) UiFixture.page().showView(DecisionLog.ID);
		log.reload();
		UiFixture.drain();
		DecisionLog.Row seven = ((List<?>) log.viewer().getInput()).stream().map(DecisionLog.Row.class::cast)
				.filter(r -> Integer.valueOf(7).equals(r.decision().getNumber())).findFirst().orElseThrow();
		// the view outlives other tests: no text or status filter of theirs may hide the row
		log.filter().setText("");
		log.statusFilter().select(0);
		log.viewer().refresh();
		log.viewer().setSelection(new StructuredSelection(seven), true);
		assertEquals(seven, log.viewer().getStructuredSelection().getFirstElement());
		assertTrue(UiFixture.waitFor(() -> !history.busy() && history.header().getText().startsWith("decision 0007-")),
				history.header()::getText);
		assertTrue(UiFixture.waitFor(() -> table.getItemCount() == 1), () -> String.valueOf(table.getItemCount()));
		assertEquals("added decisions/0007-use-rest-for-public-apis.md", row(table, 0).get(3));
		assertEquals("Status: (new) -> accepted by Ada Lovelace on 2024-01-10 (" + created.abbreviate(7).name() + ")",
				history.transitions().getText());
	}

	@Test
	void theHistoryViewSaysSoWhenTheFolderIsNotInAGitRepository() throws Exception {
		UiFixture.larkspurProject(temp.resolve("larkspur"), "larkspur");
		HistoryView history = (HistoryView) UiFixture.page().showView(HistoryView.ID);
		Records.open(UiFixture.page(), temp.resolve("larkspur").resolve(DECISION)).orElseThrow();
		assertTrue(UiFixture.waitFor(() -> !history.busy() && history.header().getText().contains("git repository")),
				history.header()::getText);
		assertEquals(temp.resolve("larkspur").toAbsolutePath() + " is not in a git repository: history and diff read "
				+ "git; run them in a clone (git clone, or git init and commit the folder); every other command works "
				+ "without git", history.header().getText());
		assertEquals(0, history.viewer().getTable().getItemCount());
		UiFixture.page().showView(HistoryView.ID);
		screenshot(history, "history-view-no-git");
	}

	@Test
	void theTimelineViewShowsTheDecisionEventsByMonthAndOpensTheDecision() throws Exception {
		repository();
		ArchitectureFolder expected = ArchitectureFolders.load(folder);
		int decisions = expected.architecture().getDecisionSets().stream().mapToInt(s -> s.getDecisions().size()).sum();
		TimelineView timeline = (TimelineView) UiFixture.page().showView(TimelineView.ID);
		timeline.reload();
		assertTrue(UiFixture.waitFor(() -> !timeline.busy() && timeline.viewer().getTree().getItemCount() == 3),
				() -> timeline.header().getText() + " / " + timeline.viewer().getTree().getItemCount());
		// a reload the workspace queued for the repository's files may still come: let it, then read the tree
		UiFixture.drain();
		assertTrue(UiFixture.waitFor(() -> !timeline.busy() && timeline.viewer().getTree().getItemCount() == 3),
				() -> timeline.header().getText() + " / " + timeline.viewer().getTree().getItemCount());
		assertEquals((decisions + 2) + " decision events in 3 commits; double-click an event to open the decision",
				timeline.header().getText());
		TreeItem[] months = timeline.viewer().getTree().getItems();
		assertEquals("2024-01 (" + decisions + " events)", months[0].getText(0));
		assertEquals("2024-02 (1 events)", months[1].getText(0));
		assertEquals("2024-03 (1 events)", months[2].getText(0));
		assertEquals(decisions, months[0].getItemCount());
		assertTrue(List.of(months[0].getItems()).stream().allMatch(i -> i.getText(1).equals("created")));
		TreeItem acceptance = months[1].getItem(0);
		assertEquals(List.of("2024-02-01", "status", DECISION_ID + " \"Move reporting to a managed warehouse\"",
				"proposed -> accepted", "Grace Hopper", accepted.abbreviate(7).name()),
				IntStream.range(0, 6).mapToObj(acceptance::getText).toList());
		assertEquals("accepted -> superseded", months[2].getItem(0).getText(3));
		screenshot(timeline, "timeline-view");

		timeline.viewer().setSelection(new StructuredSelection(acceptance.getData()), true);
		timeline.viewer().getTree().notifyListeners(SWT.DefaultSelection, null);
		UiFixture.drain();
		DecisionEditor editor = assertInstanceOf(DecisionEditor.class, UiFixture.page().getActiveEditor());
		assertEquals(DECISION_ID, editor.session().record().getId());
		assertEquals("superseded", ((Decision) editor.session().record()).getStatusText());
	}
}
