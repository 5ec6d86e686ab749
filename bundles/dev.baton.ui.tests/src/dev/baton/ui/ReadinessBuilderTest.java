package dev.baton.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.store.LoadedFolder;
import dev.baton.ui.builder.BatonNature;
import dev.baton.ui.builder.ReadinessBuilder;
import dev.baton.ui.editor.RecordEditor;
import dev.baton.ui.markers.ReadinessMarkers;
import dev.baton.ui.markers.ReadinessMarkers.Problem;
import dev.baton.ui.views.ArchitectureExplorer;
import dev.baton.ui.views.DecisionLog;

/**
 * Workspace integration: a project holding an architecture folder gets the Baton nature, whose builder runs the
 * readiness rules in the background build and marks the record files at their lines (never the project); an incremental
 * build replaces only the markers of files whose findings changed; Project &gt; Clean marks everything again; the views
 * write no markers; opening a marker opens the record's editor at its line.
 */
class ReadinessBuilderTest {

	private static final String REST = "decisions/0007-use-rest-for-public-apis.md";

	@TempDir
	Path temp;
	private Path folder;
	private IProject project;

	@BeforeEach
	void openExample() throws Exception {
		folder = temp.resolve("larkspur");
		project = UiFixture.larkspurProject(folder, "larkspur-builder");
	}

	@AfterEach
	void close() throws Exception {
		UiFixture.page().closeAllEditors(false);
		UiFixture.deleteProjects();
	}

	private IMarker[] markers() throws CoreException {
		IMarker[] readiness = project.findMarkers(ReadinessMarkers.READINESS, false, IResource.DEPTH_INFINITE);
		IMarker[] format = project.findMarkers(ReadinessMarkers.FORMAT, false, IResource.DEPTH_INFINITE);
		IMarker[] all = Arrays.copyOf(readiness, readiness.length + format.length);
		System.arraycopy(format, 0, all, readiness.length, format.length);
		return all;
	}

	private static IMarker[] on(IFile file) {
		try {
			return file.findMarkers(ReadinessMarkers.READINESS, false, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	/** Runs the event loop until no build is running or waiting and the condition holds. */
	private static boolean afterBuilds(Check condition) {
		return UiFixture.waitFor(() -> {
			if (Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length > 0
					|| Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length > 0) {
				return false;
			}
			try {
				return condition.holds();
			} catch (CoreException e) {
				throw new AssertionError(e);
			}
		});
	}

	@FunctionalInterface
	private interface Check {

		boolean holds() throws CoreException;
	}

	/** What the rules and the store find in the folder as it is on disk, by resource. */
	private Map<IResource, List<Problem>> expected() {
		var loaded = ArchitectureFolders.load(folder);
		return ReadinessMarkers.of(loaded, loaded.findings(), project);
	}

	private static Set<String> shown(IMarker[] markers) {
		return Arrays.stream(markers).map(m -> m.getResource().getProjectRelativePath() + ":"
				+ m.getAttribute(IMarker.LINE_NUMBER, 0) + ": " + m.getAttribute(IMarker.MESSAGE, ""))
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> shown(Map<IResource, List<Problem>> problems) {
		return problems.entrySet().stream().flatMap(e -> e.getValue().stream().map(p -> e.getKey()
				.getProjectRelativePath() + ":" + p.line() + ": " + p.message()))
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private void withNature() throws Exception {
		BatonNature.ensure(project);
		assertTrue(afterBuilds(() -> project.hasNature(BatonNature.ID) && markers().length > 0),
				"the nature's builder marked the records");
	}

	@Test
	void aProjectWithAnArchitectureFolderGetsTheNatureAndTheBuilderMarksRecordFilesAtTheirLines() throws Exception {
		assertFalse(project.hasNature(BatonNature.ID));
		DecisionLog log = (DecisionLog) UiFixture.page().showView(DecisionLog.ID);
		log.reload();
		assertTrue(afterBuilds(() -> project.hasNature(BatonNature.ID) && markers().length > 0),
				"opening the folder gives the project the nature, and its builder runs");
		ICommand[] spec = project.getDescription().getBuildSpec();
		assertTrue(Arrays.stream(spec).anyMatch(c -> ReadinessBuilder.ID.equals(c.getBuilderName())));

		IMarker[] markers = markers();
		assertEquals(shown(expected()), shown(markers), "the builder marks what the rules and the store find");
		for (IMarker marker : markers) {
			assertInstanceOf(IFile.class, marker.getResource(), () -> "on a file, not the project: " + marker);
			assertTrue(marker.getResource().getName().endsWith(".md")
					|| marker.getResource().getName().equals("baton.yaml"), marker.getResource()::toString);
		}
		assertTrue(Arrays.stream(markers).anyMatch(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) > 0),
				"findings with a line are marked at it");
		assertEquals(0, project.findMarkers(ReadinessMarkers.READINESS, false, IResource.DEPTH_ZERO).length);
	}

	@Test
	void anIncrementalBuildReplacesOnlyTheMarkersOfFilesWhoseFindingsChanged() throws Exception {
		withNature();
		IFile rest = project.getFile(REST);
		Map<IResource, Set<Long>> before = Arrays.stream(markers()).filter(m -> !m.getResource().equals(rest))
				.collect(Collectors.groupingBy(IMarker::getResource, Collectors.mapping(IMarker::getId,
						Collectors.toSet())));
		assertFalse(before.isEmpty(), "other files have findings");
		Path file = folder.resolve(REST);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertEquals("status: accepted", text.lines().skip(1).findFirst().orElseThrow());
		Files.writeString(file, text.replace("status: accepted\n", "status: proposed\n"), StandardCharsets.UTF_8);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		assertTrue(afterBuilds(() -> Arrays.stream(rest.findMarkers(ReadinessMarkers.READINESS, false,
				IResource.DEPTH_ZERO)).anyMatch(
						m -> m.getAttribute(IMarker.MESSAGE, "").contains("proposed")
								&& m.getAttribute(IMarker.LINE_NUMBER, 0) == 2)),
				() -> "the changed record is marked on its status line: " + shown(on(rest)));
		Map<IResource, Set<Long>> after = Arrays.stream(markers()).filter(m -> !m.getResource().equals(rest))
				.collect(Collectors.groupingBy(IMarker::getResource, Collectors.mapping(IMarker::getId,
						Collectors.toSet())));
		assertEquals(before, after, "the other files' markers were left as they were (same markers)");
		assertEquals(shown(expected()), shown(markers()));
	}

	@Test
	void projectCleanMarksAgainAndTheViewsWriteNoMarkers() throws Exception {
		withNature();
		Set<String> built = shown(markers());
		ReadinessMarkers.deleteAll(project);
		ArchitectureExplorer explorer = (ArchitectureExplorer) UiFixture.page().showView(ArchitectureExplorer.ID);
		explorer.reload();
		assertTrue(UiFixture.waitFor(() -> explorer.connected().size() == 1));
		LoadedFolder shown = explorer.connected().get(0);
		UiFixture.drain();
		assertTrue(afterBuilds(() -> true));
		assertEquals(0, markers().length, "showing the folder writes no markers: " + shown.root());

		project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertEquals(built, shown(markers()), "Project > Clean marks the records again");
	}

	@Test
	void openingAMarkerOpensTheRecordEditorAtItsLine() throws Exception {
		withNature();
		Path file = folder.resolve(REST);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, text.replace("status: accepted\n", "status: proposed\n"), StandardCharsets.UTF_8);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		IFile rest = project.getFile(REST);
		assertTrue(afterBuilds(
				() -> rest.findMarkers(ReadinessMarkers.READINESS, false, IResource.DEPTH_ZERO).length > 0));
		IMarker marker = Arrays.stream(rest.findMarkers(ReadinessMarkers.READINESS, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) == 2).findFirst().orElseThrow();

		IEditorPart editor = IDE.openEditor(UiFixture.page(), marker);
		UiFixture.drain();
		RecordEditor record = assertInstanceOf(RecordEditor.class, editor);
		assertEquals("source", record.getActivePageInstance().getId());
		Text source = UiFixture.field(record.getActivePageInstance().getPartControl(), Text.class, "source");
		assertEquals("status: proposed", source.getSelectionText());
	}
}
