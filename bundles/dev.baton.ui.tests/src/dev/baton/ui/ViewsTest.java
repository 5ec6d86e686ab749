package dev.baton.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.diagram.ArchitectureDiagrams;
import dev.baton.diagram.DiagramNode;
import dev.baton.diagram.DiagramView;
import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;
import dev.baton.store.ArchitectureFolder;
import dev.baton.ui.builder.BatonNature;
import dev.baton.ui.editor.DecisionEditor;
import dev.baton.ui.editor.RecordEditor;
import dev.baton.ui.editor.RecordLabel;
import dev.baton.ui.markers.ReadinessMarkers;
import dev.baton.ui.views.ArchitectureExplorer;
import dev.baton.ui.views.DecisionLog;
import dev.baton.ui.views.DiagramPart;

/** The Baton perspective and its views over the example, in a real workbench window. */
class ViewsTest {

	@TempDir
	Path temp;
	private IProject project;
	private ArchitectureFolder expected;

	@BeforeEach
	void openExample() throws Exception {
		project = UiFixture.larkspurProject(temp.resolve("larkspur"), "larkspur");
		expected = ArchitectureFolders.load(temp.resolve("larkspur"));
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

	private List<Decision> decisions() {
		List<Decision> all = new ArrayList<>();
		expected.architecture().getDecisionSets().forEach(set -> all.addAll(set.getDecisions()));
		return all;
	}

	@Test
	void theExplorerShowsRecordsByKindFiltersThemAndOpensThem() throws Exception {
		ArchitectureExplorer explorer = (ArchitectureExplorer) UiFixture.page().showView(ArchitectureExplorer.ID);
		explorer.reload();
		UiFixture.drain();
		TreeItem root = explorer.viewer().getTree().getItem(0);
		assertTrue(root.getText().startsWith("Larkspur Parcel Platform"), root.getText());
		List<String> kinds = List.of(root.getItems()).stream().map(TreeItem::getText).toList();
		assertTrue(kinds.contains("Decisions (" + decisions().size() + ")"), kinds::toString);
		assertTrue(kinds.contains("Components (" + expected.architecture().getComponents().size() + ")"),
				kinds::toString);
		UiFixture.screenshot(explorer.getSite().getShell(), "architecture-explorer");

		explorer.filter().setText("postgres");
		UiFixture.drain();
		List<String> shown = new ArrayList<>();
		for (TreeItem kind : explorer.viewer().getTree().getItem(0).getItems()) {
			if (kind.getText().startsWith("Decisions")) {
				for (TreeItem record : kind.getItems()) {
					shown.add(record.getText().replaceFirst(" \\[.*\\]$", ""));
				}
			}
		}
		List<String> matching = decisions().stream().filter(d -> (d.getId() + d.getTitle() + d.getTags()).toLowerCase()
				.contains("postgres")).map(RecordLabel::of).toList();
		assertTrue(shown.contains("0009 Move parcel data to PostgreSQL"), shown::toString);
		assertEquals(matching, shown, "only the decisions whose id, title or tags mention postgres");
		UiFixture.screenshot(explorer.getSite().getShell(), "architecture-explorer-filtered");

		Decision nine = decisions().stream().filter(d -> d.getNumber() == 9).findFirst().orElseThrow();
		Object element = List.of(((ITreeContentProvider) explorer.viewer().getContentProvider())
				.getChildren(explorer.viewer().getTree().getItem(0).getItem(0).getData())).stream()
				.filter(o -> o instanceof Decision d && d.getId().equals(nine.getId())).findFirst().orElseThrow();
		explorer.viewer().setSelection(new StructuredSelection(element), true);
		explorer.viewer().getTree().notifyListeners(SWT.DefaultSelection, null);
		UiFixture.drain();
		DecisionEditor editor = assertInstanceOf(DecisionEditor.class, UiFixture.page().getActiveEditor());
		assertEquals(nine.getId(), editor.session().record().getId());
	}

	@Test
	void theDecisionLogSortsAndFilters() throws Exception {
		DecisionLog log = (DecisionLog) UiFixture.page().showView(DecisionLog.ID);
		log.reload();
		UiFixture.drain();
		assertEquals(decisions().size(), log.viewer().getTable().getItemCount());
		UiFixture.screenshot(log.getSite().getShell(), "decision-log");

		log.sortBy(3);
		log.sortBy(3);
		UiFixture.drain();
		TableItem first = log.viewer().getTable().getItem(0);
		String latest =
				decisions().stream().map(d -> d.getDate().toString()).max(Comparator.naturalOrder()).orElseThrow();
		assertEquals(latest, first.getText(3), "sorted by date, latest first");
		assertEquals(SWT.DOWN, log.viewer().getTable().getSortDirection());

		log.statusFilter().select(log.statusFilter().indexOf("superseded"));
		log.statusFilter().notifyListeners(SWT.Selection, null);
		UiFixture.drain();
		long superseded = decisions().stream().filter(d -> d.getStatus() == DecisionStatus.SUPERSEDED).count();
		assertEquals(superseded, log.viewer().getTable().getItemCount());
		for (TableItem item : log.viewer().getTable().getItems()) {
			assertEquals("superseded", item.getText(2));
		}
		UiFixture.screenshot(log.getSite().getShell(), "decision-log-superseded");

		log.statusFilter().select(0);
		log.statusFilter().notifyListeners(SWT.Selection, null);
		log.filter().setText("kafka");
		UiFixture.drain();
		for (TableItem item : log.viewer().getTable().getItems()) {
			assertTrue((item.getText(1) + item.getText(4)).toLowerCase().contains("kafka"), item.getText(1));
		}
		assertTrue(log.viewer().getTable().getItemCount() > 0);
	}

	@Test
	void theDiagramViewDrawsTheLaidOutViewsAndOpensARecordOnDoubleClick() throws Exception {
		DiagramPart diagram = (DiagramPart) UiFixture.page()
				.showView(DiagramPart.ID);
		diagram.reload();
		UiFixture.page().setPartState(UiFixture.page().getReference(diagram), IWorkbenchPage.STATE_MAXIMIZED);
		UiFixture.drain();
		List<DiagramView> laidOut = ArchitectureDiagrams.views(
				expected.architecture(), id -> !id.startsWith("component-"));
		assertEquals(laidOut.stream().map(DiagramView::title).toList(),
				List.of(diagram.views().getItems()));
		assertEquals("context", diagram.current().id());
		assertEquals((int) Math.ceil(diagram.current().width()) + 20, diagram.canvas().getSize().x);
		UiFixture.screenshot(diagram.getSite().getShell(), "diagram-context");
		diagram.views().select(1);
		diagram.views().notifyListeners(SWT.Selection, null);
		UiFixture.drain();
		assertEquals(laidOut.get(1).id(), diagram.current().id());
		UiFixture.screenshot(diagram.getSite().getShell(), "diagram-system");
		UiFixture.page().setPartState(UiFixture.page().getReference(diagram), IWorkbenchPage.STATE_RESTORED);

		DiagramNode node = diagram.current().nodes().stream().filter(n -> n.recordId() != null)
				.findFirst().orElseThrow();
		Event click = new Event();
		click.x = (int) (node.x() + 10 + node.width() / 2);
		click.y = (int) (node.y() + 10 + node.height() / 2);
		click.button = 1;
		diagram.canvas().notifyListeners(SWT.MouseDoubleClick, click);
		UiFixture.drain();
		var editor = assertInstanceOf(RecordEditor.class, UiFixture.page().getActiveEditor());
		assertEquals(node.recordId(), editor.session().record().getId());
	}

	@Test
	void readinessFindingsAreProblemsMarkersOnTheirLines() throws Exception {
		BatonNature.ensure(project);
		assertTrue(UiFixture.waitFor(() -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& markers(project).length > 0), "the builder marks the records");
		IMarker[] markers = markers(project);
		assertEquals(ReadinessMarkers.of(expected, expected.findings(), project).values().stream()
				.flatMap(List::stream).filter(p -> p.type().equals(ReadinessMarkers.READINESS)).count(),
				markers.length);
		for (IMarker marker : markers) {
			assertTrue(marker.getResource().getType() == IResource.FILE
					&& (marker.getResource().getName().endsWith(".md")
							|| marker.getResource().getName().equals("baton.yaml")),
					() -> "on the record file, not the project: " + marker);
			assertTrue(
					marker.getAttribute(IMarker.MESSAGE, "").startsWith("[" + marker.getAttribute(ReadinessMarkers.RULE,
							"") + "] "));
		}
		assertTrue(Arrays.stream(markers).anyMatch(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) > 0));
		UiFixture.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		UiFixture.drain();
		UiFixture.screenshot(UiFixture.page().getWorkbenchWindow().getShell(), "problems");
	}

	private static IMarker[] markers(IProject project) {
		try {
			return project.findMarkers(ReadinessMarkers.READINESS, true, IResource.DEPTH_INFINITE);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}
}
