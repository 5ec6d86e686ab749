package dev.baton.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.baton.model.Architecture;
import dev.baton.model.Component;
import dev.baton.model.SoftwareSystem;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;

/** The views of the example architecture: what each shows, and that the geometry holds together. */
class ExampleViewsTest {

	private static Architecture example;
	private static List<DiagramView> views;

	@BeforeAll
	static void load() {
		Path root = Path.of(System.getProperty("baton.root", "../..")).toAbsolutePath().normalize();
		example = ArchitectureFolder.load(root.resolve("examples/larkspur-platform"), LoadOptions.defaults())
				.architecture();
		views = ArchitectureDiagrams.views(example);
	}

	static Map<String, DiagramView> byId(List<DiagramView> views) {
		return views.stream().collect(Collectors.toMap(DiagramView::id, Function.identity()));
	}

	static Set<String> recordIds(DiagramView view) {
		return view.nodes().stream().map(DiagramNode::recordId).collect(Collectors.toSet());
	}

	@Test
	void onlyTheViewsAskedForAreLaidOut() {
		List<DiagramView> some = ArchitectureDiagrams.views(example, id -> !id.startsWith("component-"));
		assertEquals(views.stream().filter(v -> !v.id().startsWith("component-")).map(DiagramView::id).toList(),
				some.stream().map(DiagramView::id).toList());
		assertEquals(byId(views).get("context").nodes(), byId(some).get("context").nodes());
	}

	@Test
	void theContextViewShowsEverySoftwareSystem() {
		DiagramView context = views.get(0);
		assertEquals("context", context.id());
		assertEquals("context", context.kind());
		Set<String> systems = example.getSystems().stream().map(SoftwareSystem::getId).collect(Collectors.toSet());
		assertEquals(systems, recordIds(context));
		assertEquals(0, context.omitted());
		DiagramNode cloudpay = node(context, "cloudpay");
		assertEquals("external-system", cloudpay.kind());
		assertNull(cloudpay.detailViewId(), "an external system without components has no view of its own");
		assertEquals("system-parcel-platform", node(context, "parcel-platform").detailViewId());
	}

	@Test
	void theContextViewRelatesSystemsThroughInterfacesAndDataFlows() {
		DiagramView context = views.get(0);
		DiagramEdge web = edge(context, "system-customer-experience", "system-parcel-platform");
		assertTrue(web.label().contains("Booking API"), web.label());
		// routing-service sends stops to Routefinder by a data flow that names no interface
		assertTrue(
				edge(context, "system-parcel-platform", "system-routefinder").label().contains("Stops to Routefinder"));
	}

	@Test
	void eachInternalSystemHasAViewWithAllItsComponents() {
		Map<String, DiagramView> byId = byId(views);
		for (SoftwareSystem system : example.getSystems()) {
			DiagramView view = byId.get("system-" + system.getId());
			if (system.isExternal()) {
				assertNull(view, system.getId());
				continue;
			}
			assertNotNull(view, system.getId());
			assertEquals("system", view.kind());
			Set<String> components = system.getComponents().stream().map(Component::getId).collect(Collectors.toSet());
			assertFalse(components.isEmpty(), system.getId());
			assertTrue(recordIds(view).containsAll(components), view.id() + " shows " + recordIds(view));
		}
	}

	@Test
	void aSystemViewShowsItsNeighboursAsSystems() {
		DiagramView billing = byId(views).get("system-billing-system");
		assertEquals("Components of Billing system", billing.title());
		DiagramNode parcel = node(billing, "parcel-platform");
		assertEquals("system", parcel.kind());
		assertEquals("system-parcel-platform", parcel.detailViewId());
		assertEquals("component-billing-service", node(billing, "billing-service").detailViewId());
		assertEquals("depends on", edge(billing, "component-billing-service", "component-billing-db").label());
	}

	@Test
	void aComponentViewShowsItsInterfacesAndTheComponentsOnTheOtherSide() {
		DiagramView payment = byId(views).get("component-payment-adapter");
		assertEquals("component", payment.kind());
		Set<String> shown = recordIds(payment);
		// provides payment-api and cloudpay-webhooks; booking-service and billing-service consume the payment API
		assertTrue(shown.containsAll(Set.of("payment-adapter", "payment-api", "cloudpay-webhooks", "booking-service")),
				shown.toString());
		assertEquals("interface", node(payment, "payment-api").kind());
		edge(payment, "interface-payment-api", "component-payment-adapter");
		edge(payment, "component-booking-service", "interface-payment-api");
	}

	@Test
	void everyComponentHasAViewAndEveryDetailLinkResolves() {
		Map<String, DiagramView> byId = byId(views);
		example.getComponents().forEach(c -> assertNotNull(byId.get("component-" + c.getId()), c.getId()));
		for (DiagramView view : views) {
			assertTrue(view.id().matches("[A-Za-z0-9._-]+"), view.id());
			for (DiagramNode node : view.nodes()) {
				assertTrue(node.detailViewId() == null || byId.containsKey(node.detailViewId()),
						view.id() + ": " + node.detailViewId());
			}
		}
	}

	@Test
	void nodesDoNotOverlapAndLieInsideTheView() {
		for (DiagramView view : views) {
			List<DiagramNode> nodes = view.nodes();
			for (int i = 0; i < nodes.size(); i++) {
				DiagramNode a = nodes.get(i);
				assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= view.width()
						&& a.y() + a.height() <= view.height(), view.id() + ": " + a.id() + " is outside");
				assertTrue(a.width() > 0 && a.height() > 0, a.id());
				for (int j = i + 1; j < nodes.size(); j++) {
					DiagramNode b = nodes.get(j);
					boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
							|| a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
					assertTrue(apart, view.id() + ": " + a.id() + " overlaps " + b.id());
				}
			}
		}
	}

	@Test
	void edgesConnectNodesOfTheirViewAndStartAndEndAtThem() {
		for (DiagramView view : views) {
			Map<String, DiagramNode> nodes = view.nodes().stream()
					.collect(Collectors.toMap(DiagramNode::id, Function.identity()));
			assertEquals(view.nodes().size(), nodes.size(), view.id() + ": node ids are unique");
			for (DiagramEdge edge : view.edges()) {
				DiagramNode source = nodes.get(edge.sourceId());
				DiagramNode target = nodes.get(edge.targetId());
				assertNotNull(source, view.id() + ": " + edge.sourceId());
				assertNotNull(target, view.id() + ": " + edge.targetId());
				assertTrue(edge.points().size() >= 2, view.id() + ": " + edge);
				assertTrue(onBorder(source, edge.points().get(0)), view.id() + ": starts away from " + source.id());
				assertTrue(onBorder(target, edge.points().get(edge.points().size() - 1)),
						view.id() + ": ends away from " + target.id());
			}
		}
	}

	private static boolean onBorder(DiagramNode node, double[] point) {
		double slack = 1;
		return point[0] >= node.x() - slack && point[0] <= node.x() + node.width() + slack
				&& point[1] >= node.y() - slack && point[1] <= node.y() + node.height() + slack;
	}

	@Test
	void theSameModelGivesTheSameViews() {
		List<DiagramView> again = ArchitectureDiagrams.views(example);
		assertEquals(views.size(), again.size());
		for (int i = 0; i < views.size(); i++) {
			assertEquals(ArchitectureDiagrams.svg(views.get(i), id -> id + ".html"),
					ArchitectureDiagrams.svg(again.get(i), id -> id + ".html"), views.get(i).id());
			assertEquals(views.get(i).nodes(), again.get(i).nodes());
		}
	}

	static DiagramNode node(DiagramView view, String recordId) {
		return view.nodes().stream().filter(n -> n.recordId().equals(recordId)).findFirst()
				.orElseThrow(() -> new AssertionError(view.id() + " does not show " + recordId));
	}

	static DiagramEdge edge(DiagramView view, String sourceId, String targetId) {
		return view.edges().stream().filter(e -> e.sourceId().equals(sourceId) && e.targetId().equals(targetId))
				.findFirst().orElseThrow(() -> new AssertionError(view.id() + " has no edge " + sourceId + " -> "
						+ targetId + " among "
						+ view.edges().stream().map(e -> e.sourceId() + "->" + e.targetId()).toList()));
	}
}
