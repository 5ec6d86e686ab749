package dev.baton.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.Component;
import dev.baton.model.Interface;
import dev.baton.model.SoftwareSystem;

/** SVG text: well-formed XML, escaped, linked, accessible and deterministic. */
class SvgTest {

	private static final String SVG = "http://www.w3.org/2000/svg";
	private static final BatonFactory FACTORY = BatonFactory.eINSTANCE;

	/** A small architecture whose titles and ids need escaping. */
	static Architecture awkward() {
		Architecture architecture = FACTORY.createArchitecture();
		architecture.setName("R&D <Platform>");
		SoftwareSystem system = FACTORY.createSoftwareSystem();
		system.setId("r&d");
		system.setTitle("R&D \"core\" <systems>");
		architecture.getSystems().add(system);
		SoftwareSystem vendor = FACTORY.createSoftwareSystem();
		vendor.setId("vendor");
		vendor.setTitle(
				"Vendor's gateway \u0001 \u4e2d\u6587\u540d\u79f0 with a name long enough to wrap over three lines and "
						+ "more");
		vendor.setExternal(true);
		architecture.getSystems().add(vendor);
		Component api = component(architecture, "api", "API <gateway>", system);
		Component vendorClient = component(architecture, "vendor-client", "Vendor client", vendor);
		Interface rest = FACTORY.createInterface();
		rest.setId("rest");
		rest.setTitle("REST & \"events\"");
		rest.setProvider(api);
		architecture.getInterfaces().add(rest);
		vendorClient.getConsumes().add(rest);
		return architecture;
	}

	private static Component component(Architecture architecture, String id, String title, SoftwareSystem system) {
		Component component = FACTORY.createComponent();
		component.setId(id);
		component.setTitle(title);
		component.setSystem(system);
		architecture.getComponents().add(component);
		return component;
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		DocumentBuilder builder = factory.newDocumentBuilder();
		return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<Element> elements(Document document, String name) {
		NodeList list = document.getElementsByTagNameNS(SVG, name);
		List<Element> result = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			result.add((Element) list.item(i));
		}
		return result;
	}

	@Test
	void svgParsesAsXmlWithEscapedLabelsAndLinks() throws Exception {
		List<DiagramView> views = ArchitectureDiagrams.views(awkward());
		DiagramView context = views.get(0);
		String svg = ArchitectureDiagrams.svg(context, id -> "records/" + id + ".html?from=diagram&kind=<x>");
		assertTrue(svg.contains("R&amp;D &quot;core&quot; &lt;systems&gt;"), svg);
		assertFalse(svg.contains("\u0001"), "characters XML forbids are replaced");

		Document document = parse(svg);
		Element root = document.getDocumentElement();
		assertEquals(SVG, root.getNamespaceURI());
		assertEquals("svg", root.getLocalName());
		assertEquals("System context of R&D <Platform>", elements(document, "title").get(0).getTextContent());

		List<Element> links = elements(document, "a");
		assertEquals(2, links.size());
		assertEquals("records/r&d.html?from=diagram&kind=<x>", links.get(0).getAttribute("href"));
		// one <title> per node, naming it and its kind, inside the link
		Element nodeTitle = (Element) links.get(0).getElementsByTagNameNS(SVG, "title").item(0);
		assertEquals("R&D \"core\" <systems> (system)", nodeTitle.getTextContent());
		assertTrue(svg.contains("\u4e2d\u6587"), "text outside ASCII stays as it is");
		assertEquals(1,
				elements(document, "path").stream().filter(p -> p.getAttribute("class").equals("edge")).count());
		assertTrue(svg.contains("REST &amp; &quot;events&quot;"), "edge label escaped");
	}

	@Test
	void everyNodeHasATitleAndLinksOnlyWhereTheCallerHasATarget() throws Exception {
		Architecture architecture = awkward();
		for (DiagramView view : ArchitectureDiagrams.views(architecture)) {
			Document linked = parse(ArchitectureDiagrams.svg(view, id -> id.equals("api") ? "api.html" : null));
			List<Element> nodes =
					elements(linked, "g").stream().filter(g -> g.getAttribute("class").startsWith("node "))
							.toList();
			assertEquals(view.nodes().size(), nodes.size(), view.id());
			for (Element node : nodes) {
				assertNotNull(node.getElementsByTagNameNS(SVG, "title").item(0), view.id());
			}
			long expected = view.nodes().stream().filter(n -> n.recordId().equals("api")).count();
			assertEquals(expected, elements(linked, "a").size(), view.id());
			assertTrue(elements(parse(ArchitectureDiagrams.svg(view, null)), "a").isEmpty());
		}
	}

	@Test
	void theSameInputGivesTheSameBytes() {
		Function<String, String> href = id -> "#" + id;
		List<DiagramView> first = ArchitectureDiagrams.views(awkward());
		List<DiagramView> second = ArchitectureDiagrams.views(awkward());
		for (int i = 0; i < first.size(); i++) {
			String svg = ArchitectureDiagrams.svg(first.get(i), href);
			assertEquals(svg, ArchitectureDiagrams.svg(first.get(i), href));
			assertEquals(svg, ArchitectureDiagrams.svg(second.get(i), href));
		}
	}

	@Test
	void idsAreSafeAsFileNames() {
		Map<String, String> kinds = Map.of("context", "context", "system-r-d", "system", "component-api", "component");
		List<DiagramView> views = ArchitectureDiagrams.views(awkward());
		kinds.forEach((id, kind) -> assertEquals(kind,
				views.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id))
						.kind()));
	}
}
