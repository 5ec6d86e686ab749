package dev.baton.diagram.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.baton.model.Architecture;
import dev.baton.model.Component;
import dev.baton.model.DataFlow;
import dev.baton.model.Element;
import dev.baton.model.Interface;
import dev.baton.model.Record;
import dev.baton.model.SoftwareSystem;

/**
 * Decides what each view of an architecture shows, before layout.
 *
 * <ul>
 * <li>The system context: every software system, and an arrow from a system to another when one of its components
 * consumes an interface or depends on a component of the other, or sends it data by a data flow that names no
 * interface.</li>
 * <li>One view per internal software system (and per external one that has components): its components, the interfaces
 * between them as labelled arrows from consumer to provider, and the neighbouring systems its components talk to.</li>
 * <li>One view per component: the component, the interfaces it provides and consumes, and the components on the other
 * side of them (consumer to interface to provider), plus what it depends on or exchanges data flows with.</li>
 * </ul>
 *
 * Unresolved references (proxies) and records without an id are left out. Everything follows the architecture's own
 * order, so the same model gives the same views.
 */
public final class ArchitectureViews {

	/** Views with more nodes than this keep only the most connected. */
	public static final int MAX_NODES = 150;
	/**
	 * Views with more lines than this keep only the strongest: more cannot be read, and the layered layout's time grows
	 * fast with them (a context of 50 systems that all talk to each other has 2,450 lines and takes seconds to lay
	 * out).
	 */
	public static final int MAX_EDGES = 200;

	static final String SYSTEM = "system";
	static final String EXTERNAL_SYSTEM = "external-system";
	static final String COMPONENT = "component";
	static final String INTERFACE = "interface";

	private static final String DEPENDS_ON = "depends on";

	/** A relation between two elements, as the model states it. */
	private record Relation(Element from, Element to, String label, Interface via) {
	}

	private final Architecture architecture;
	private final int maxNodes;
	private final Predicate<String> wanted;
	private final ViewIds ids = new ViewIds();
	private final Map<SoftwareSystem, List<Component>> componentsBySystem = new LinkedHashMap<>();
	private final Map<Interface, List<Component>> consumers = new LinkedHashMap<>();
	private final Map<Component, List<Interface>> provided = new LinkedHashMap<>();
	private final List<Relation> relations = new ArrayList<>();

	private ArchitectureViews(Architecture architecture, int maxNodes, Predicate<String> wanted) {
		this.architecture = architecture;
		this.maxNodes = maxNodes;
		this.wanted = wanted;
		index();
	}

	/** The views of the architecture: the context, then systems, then components. */
	public static List<ViewGraph> of(Architecture architecture, int maxNodes) {
		return of(architecture, maxNodes, id -> true);
	}

	/**
	 * The views whose ids the filter accepts, in the same order and with the same ids as {@link #of(Architecture, int)}
	 * gives them; the others are not built.
	 */
	public static List<ViewGraph> of(Architecture architecture, int maxNodes, Predicate<String> wanted) {
		return new ArchitectureViews(architecture, maxNodes, wanted).views();
	}

	private void index() {
		for (SoftwareSystem system : architecture.getSystems()) {
			if (present(system)) {
				componentsBySystem.put(system, new ArrayList<>());
			}
		}
		for (Component component : architecture.getComponents()) {
			if (!present(component)) {
				continue;
			}
			provided.put(component, new ArrayList<>());
			List<Component> siblings = componentsBySystem.get(component.getSystem());
			if (siblings != null) {
				siblings.add(component);
			}
		}
		for (Interface api : architecture.getInterfaces()) {
			if (present(api)) {
				consumers.put(api, new ArrayList<>());
				List<Interface> apis = provided.get(api.getProvider());
				if (apis != null) {
					apis.add(api);
				}
			}
		}
		for (Component component : provided.keySet()) {
			for (Interface api : component.getConsumes()) {
				List<Component> users = consumers.get(api);
				if (users != null) {
					users.add(component);
					if (provided.containsKey(api.getProvider())) {
						relations.add(new Relation(component, api.getProvider(), label(api), api));
					}
				}
			}
			for (Component target : component.getDependsOn()) {
				if (provided.containsKey(target)) {
					relations.add(new Relation(component, target, DEPENDS_ON, null));
				}
			}
		}
		for (DataFlow flow : architecture.getDataFlows()) {
			// a flow through an interface is already drawn as that interface
			if (present(flow) && !present(flow.getVia()) && present(flow.getSource()) && present(flow.getTarget())) {
				relations.add(new Relation(flow.getSource(), flow.getTarget(), label(flow), null));
			}
		}
	}

	private List<ViewGraph> views() {
		List<ViewGraph> views = new ArrayList<>();
		if (wanted.test("context")) {
			views.add(context());
		}
		for (SoftwareSystem system : componentsBySystem.keySet()) {
			// ids are handed out in this order whether the view is wanted or not, so they stay the same
			if (hasView(system) && wanted.test(ids.of(SYSTEM, system))) {
				views.add(system(system));
			}
		}
		for (Component component : provided.keySet()) {
			if (wanted.test(ids.of(COMPONENT, component))) {
				views.add(component(component));
			}
		}
		views.forEach(view -> view.cap(maxNodes, MAX_EDGES));
		return views;
	}

	private ViewGraph context() {
		String name = architecture.getName();
		ViewGraph view = new ViewGraph("context",
				"System context" + (name == null || name.isBlank() ? "" : " of " + name.strip()), "context");
		componentsBySystem.keySet().forEach(system -> view.add(node(system)));
		for (Relation relation : relations) {
			SoftwareSystem from = systemOf(relation.from());
			SoftwareSystem to = systemOf(relation.to());
			if (from != null && to != null) {
				view.relate(nodeId(from), nodeId(to), relation.label());
			}
		}
		return view;
	}

	private ViewGraph system(SoftwareSystem system) {
		ViewGraph view = new ViewGraph(ids.of(SYSTEM, system), "Components of " + label(system), SYSTEM);
		componentsBySystem.get(system).forEach(component -> view.add(node(component)));
		for (Relation relation : relations) {
			String from = inSystemView(system, relation.from(), relation.to(), view);
			String to = inSystemView(system, relation.to(), relation.from(), view);
			if (from != null && to != null) {
				view.relate(from, to, relation.label());
			}
		}
		return view;
	}

	/**
	 * The node that stands for the element in the system's view: its component, or the neighbouring system when the
	 * other end is one of the system's components; else null.
	 */
	private String inSystemView(SoftwareSystem system, Element element, Element other, ViewGraph view) {
		if (element instanceof Component component && component.getSystem() == system) {
			return nodeId(component);
		}
		SoftwareSystem neighbour = systemOf(element);
		if (neighbour == null || neighbour == system || !(other instanceof Component inside)
				|| inside.getSystem() != system) {
			return null;
		}
		view.add(node(neighbour));
		return nodeId(neighbour);
	}

	private ViewGraph component(Component component) {
		ViewGraph view = new ViewGraph(ids.of(COMPONENT, component), "Neighbourhood of " + label(component), COMPONENT);
		view.addFocus(node(component));
		String self = nodeId(component);
		for (Interface api : provided.get(component)) {
			view.add(node(api));
			view.relate(nodeId(api), self, "");
			for (Component consumer : consumers.get(api)) {
				view.add(node(consumer));
				view.relate(nodeId(consumer), nodeId(api), "");
			}
		}
		for (Interface api : component.getConsumes()) {
			if (consumers.containsKey(api)) {
				view.add(node(api));
				view.relate(self, nodeId(api), "");
				if (provided.containsKey(api.getProvider())) {
					view.add(node(api.getProvider()));
					view.relate(nodeId(api), nodeId(api.getProvider()), "");
				}
			}
		}
		for (Relation relation : relations) {
			// interfaces are drawn as nodes above; what remains: dependencies and data flows
			if (relation.via() == null && (relation.from() == component || relation.to() == component)) {
				String from = addNode(view, relation.from());
				String to = addNode(view, relation.to());
				if (from != null && to != null) {
					view.relate(from, to, relation.label());
				}
			}
		}
		return view;
	}

	/** Adds the node that shows a system, component or interface; null for other elements. */
	private String addNode(ViewGraph view, Element element) {
		ViewGraph.Node node = switch (element) {
		case SoftwareSystem system when componentsBySystem.containsKey(system) -> node(system);
		case Component component when provided.containsKey(component) -> node(component);
		case Interface api when consumers.containsKey(api) -> node(api);
		default -> null;
		};
		if (node == null) {
			return null;
		}
		view.add(node);
		return node.id();
	}

	private boolean hasView(SoftwareSystem system) {
		return !system.isExternal() || !componentsBySystem.get(system).isEmpty();
	}

	/** The system the element belongs to: itself, a component's system, an interface's provider's. */
	private SoftwareSystem systemOf(Element element) {
		SoftwareSystem system = switch (element) {
		case SoftwareSystem itself -> itself;
		case Component component -> component.getSystem();
		case Interface api -> api.getProvider() == null ? null : api.getProvider().getSystem();
		default -> null;
		};
		return system != null && componentsBySystem.containsKey(system) ? system : null;
	}

	private ViewGraph.Node node(SoftwareSystem system) {
		return new ViewGraph.Node(nodeId(system), system.getId(), label(system),
				system.isExternal() ? EXTERNAL_SYSTEM : SYSTEM, hasView(system) ? ids.of(SYSTEM, system) : null);
	}

	private ViewGraph.Node node(Component component) {
		return new ViewGraph.Node(nodeId(component), component.getId(), label(component), COMPONENT,
				ids.of(COMPONENT, component));
	}

	private ViewGraph.Node node(Interface api) {
		return new ViewGraph.Node(nodeId(api), api.getId(), label(api), INTERFACE, null);
	}

	private String nodeId(SoftwareSystem system) {
		return ids.of(SYSTEM, system);
	}

	private String nodeId(Component component) {
		return ids.of(COMPONENT, component);
	}

	private String nodeId(Interface api) {
		return ids.of(INTERFACE, api);
	}

	private static String label(Record record) {
		String title = record.getTitle();
		return title == null || title.isBlank() ? record.getId() : title.strip();
	}

	/** A record of this architecture that has an id (not an unresolved reference). */
	private static boolean present(Record record) {
		return record != null && !record.eIsProxy() && record.getId() != null && !record.getId().isBlank();
	}
}
