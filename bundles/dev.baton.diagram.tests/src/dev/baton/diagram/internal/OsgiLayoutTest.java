package dev.baton.diagram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import java.util.stream.StreamSupport;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.ILayoutMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.baton.diagram.DiagramView;

/**
 * Layout inside OSGi (Tycho runs these tests in Equinox): ELK's own service lookup does not see the layered algorithm
 * from another bundle, so the explicit registration is what makes it work.
 */
class OsgiLayoutTest {

	@Test
	void theLayeredAlgorithmIsRegisteredAndLaysOutInOsgi() {
		Bundle elk = FrameworkUtil.getBundle(LayoutMetaDataService.class);
		assertNotNull(elk, "ELK is loaded by an OSGi bundle");
		assertEquals("org.eclipse.elk.core", elk.getSymbolicName());
		assertNotNull(FrameworkUtil.getBundle(LayeredLayout.class), "the diagram bundle runs in OSGi");
		// what ELK's getInstance() does: a service loader on the system class loader
		boolean visible = StreamSupport
				.stream(ServiceLoader.load(ILayoutMetaDataProvider.class, null).spliterator(), false)
				.anyMatch(p -> p.getClass().getName().contains("Layered"));
		assertFalse(visible, "the service loader cannot find the layered algorithm across bundles");

		assertNotNull(LayeredLayout.registerLayered().getAlgorithmData(LayeredOptions.ALGORITHM_ID));

		ViewGraph graph = new ViewGraph("component-a", "A", "component");
		graph.addFocus(new ViewGraph.Node("component-a", "a", "A", "component", null));
		graph.add(new ViewGraph.Node("component-b", "b", "B", "component", null));
		graph.relate("component-a", "component-b", "calls");
		DiagramView view = LayeredLayout.layout(graph);
		double aBottom = view.nodes().get(0).y() + view.nodes().get(0).height();
		assertTrue(aBottom <= view.nodes().get(1).y(), "laid out top to bottom: " + view.nodes());
		assertTrue(view.edges().get(0).points().size() >= 2);
	}
}
