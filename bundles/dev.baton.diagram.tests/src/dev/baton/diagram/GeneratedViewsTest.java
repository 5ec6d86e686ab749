package dev.baton.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.baton.generator.ArchitectureGenerator;
import dev.baton.generator.ArchitectureGenerator.Options;
import dev.baton.model.Architecture;

/** Views of generated architectures: the size cap, and views of one system per hundred components. */
class GeneratedViewsTest {

	@Test
	void aViewOfMoreThan150ElementsKeepsTheMostConnectedAndCountsTheRest() {
		// ten components providing a hundred interfaces each: every neighbourhood is far too big
		Architecture big = ArchitectureGenerator
				.generate(Options.builder().decisions(20).components(10).interfaces(1000).seed(5).build());
		List<DiagramView> views = ArchitectureDiagrams.views(big);
		List<DiagramView> capped = views.stream().filter(v -> v.omitted() > 0).toList();
		assertEquals(10, capped.size(), "every component view is capped");
		for (DiagramView view : capped) {
			assertEquals(150, view.nodes().size(), view.id());
			String focus = view.id().substring("component-".length());
			assertTrue(view.nodes().stream().anyMatch(n -> n.recordId().equals(focus)),
					view.id() + " keeps its component");
			String svg = ArchitectureDiagrams.svg(view, null);
			assertTrue(svg.contains(view.omitted() + " more elements are not shown"), view.id());
		}
	}

	@Test
	void viewsOfAGeneratedArchitectureStayWithinTheCapAndLinkUp() {
		Architecture generated = ArchitectureGenerator.generate(Options.of(400, 11));
		List<DiagramView> views = ArchitectureDiagrams.views(generated);
		assertEquals(generated.getSystems().size(), views.get(0).nodes().size());
		assertEquals(1 + generated.getSystems().size() + generated.getComponents().size(), views.size());
		for (DiagramView view : views) {
			assertTrue(view.nodes().size() <= 150, view.id());
			assertTrue(view.edges().size() <= 200, view.id() + " has " + view.edges().size() + " lines");
		}
		// the pack's views are the same views, built without the component views
		List<DiagramView> pack = ArchitectureDiagrams.packViews(generated);
		assertEquals(views.stream().filter(v -> !v.kind().equals("component")).map(DiagramView::id).toList(),
				pack.stream().map(DiagramView::id).toList());
		assertEquals(
				views.get(1).edges().stream().map(e -> e.sourceId() + ">" + e.targetId() + ":" + e.label()).toList(),
				pack.get(1).edges().stream().map(e -> e.sourceId() + ">" + e.targetId() + ":" + e.label()).toList());
		DiagramView system = views.get(1);
		assertEquals("system", system.kind());
		assertTrue(system.nodes().stream().filter(n -> n.kind().equals("component")).count() == 100,
				"a generated system holds a hundred components");
	}

	@Test
	void aContextWhereEverySystemTalksToEveryOtherKeepsTheStrongestLinesAndSaysSo() {
		Architecture generated = ArchitectureGenerator.generate(Options.of(4000, 3));
		DiagramView context = ArchitectureDiagrams.packViews(generated).get(0);
		assertEquals("context", context.id());
		assertEquals(200, context.edges().size());
		assertTrue(context.omittedEdges() > 0);
		String svg = ArchitectureDiagrams.svg(context, null);
		assertTrue(svg.contains(context.omittedEdges() + " more lines are not shown (those standing for the fewest "
				+ "relations)."), svg.substring(0, 600));
		// no system loses every line
		for (DiagramNode node : context.nodes()) {
			assertTrue(
					context.edges().stream()
							.anyMatch(e -> e.sourceId().equals(node.id()) || e.targetId().equals(node.id())),
					node.id());
		}
	}
}
