package dev.baton.export.structurizr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import dev.baton.api.Findings;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.Component;
import dev.baton.model.DataFlow;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.Domain;
import dev.baton.model.Element;
import dev.baton.model.Interface;
import dev.baton.model.Person;
import dev.baton.model.Record;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Team;
import dev.baton.model.Technology;
import dev.baton.store.FolderLayout;

/**
 * An architecture as a Structurizr DSL workspace: people as {@code person}, systems as {@code softwareSystem} (external
 * ones tagged {@code External}), components as {@code container}s of their system (components without one go into a
 * system named after the architecture), relationships for every interface a component consumes (described by the
 * interface, with its protocol as technology), every {@code depends-on} and every data flow, a system landscape view
 * and a container view per system. Teams are {@code group}s of their people and, inside each system, of the containers
 * they own; domains are {@code group}s of their systems (subdomains nested). Every decision set is an {@code !adrs}
 * with the importer that reads its dialect ({@code madr}, {@code adrtools}, {@code log4brains}): the first at workspace
 * level, the others in the software system they belong to (see {@link #systemOf}). Writing is deterministic: the same
 * architecture gives the same text.
 */
public final class StructurizrWorkspace {

	/** Source of the findings. */
	public static final String SOURCE = "dev.baton.export.structurizr";
	public static final int NO_IMPORTER = 1;
	public static final int SKIPPED = 2;
	public static final int WRITE_FAILED = 3;
	/** A decision set that has no place in the workspace (see {@link #systemOf}). */
	public static final int SET_LEFT_OUT = 4;
	/** Separates the names of nested groups (domains in domains). */
	static final String SEPARATOR = "/";

	private final Architecture architecture;
	private final Path dslFolder;
	private final Path root;
	private final DiagnosticChain findings;
	private final Map<EObject, String> identifiers = new IdentityHashMap<>();
	private final Set<String> taken = new HashSet<>();
	private final StringBuilder out = new StringBuilder();
	private final Map<SoftwareSystem, DecisionSet> systemSets = new IdentityHashMap<>();
	private final List<DecisionSet> leftOver = new ArrayList<>();
	private DecisionSet workspaceSet;

	private StructurizrWorkspace(Architecture architecture, Path dslFolder, Path root, DiagnosticChain findings) {
		this.architecture = architecture;
		this.dslFolder = dslFolder == null ? null : dslFolder.toAbsolutePath().normalize();
		this.root = root == null ? null : root.toAbsolutePath().normalize();
		this.findings = findings;
	}

	/**
	 * The workspace's DSL.
	 *
	 * @param dslFolder where the {@code .dsl} file goes (the {@code !adrs} path is relative to it)
	 * @param root      the architecture folder, {@code null} when there is none (then no {@code !adrs})
	 */
	public static String write(Architecture architecture, Path dslFolder, Path root, DiagnosticChain findings) {
		return new StructurizrWorkspace(architecture, dslFolder, root, findings).dsl();
	}

	/** The Structurizr importer that reads a Baton dialect, or {@code null} when there is none. */
	public static String importer(String dialect) {
		if (dialect == null) {
			return "madr";
		}
		return switch (dialect) {
		case "madr", "madr2", "madr3" -> "madr";
		case "adr-tools", "nygard" -> "adrtools";
		case "log4brains" -> "log4brains";
		default -> null;
		};
	}

	private String dsl() {
		String name = architecture.getName() == null ? "Architecture" : architecture.getName();
		line(0, "workspace " + quote(name) + (architecture.getDescription() == null ? ""
				: " " + quote(architecture.getDescription())) + " {");
		placeDecisionSets();
		adrs(1, workspaceSet);
		leftOver.forEach(this::leftOver);
		line(0, "");
		line(1, "model {");
		if (architecture.getDomains().stream().anyMatch(d -> parent(d) != null)) {
			line(2, "properties {");
			line(3, quote("structurizr.groupSeparator") + " " + quote(SEPARATOR));
			line(2, "}");
		}
		people();
		List<Component> orphans = architecture.getComponents().stream().filter(c -> c.getSystem() == null
				|| c.getSystem().eIsProxy()).toList();
		for (Domain domain : architecture.getDomains()) {
			if (parent(domain) == null) {
				domain(domain, 2, new HashSet<>());
			}
		}
		for (SoftwareSystem system : architecture.getSystems()) {
			if (domainOf(system) == null) {
				system(system, 2);
			}
		}
		if (!orphans.isEmpty()) {
			String platform = unique("platform");
			system(platform, name, "The components that belong to no system of their own", false, null, orphans, 2);
		}
		line(0, "");
		relationships();
		line(1, "}");
		line(0, "");
		views();
		line(0, "}");
		return out.toString();
	}

	// --- teams and domains as groups ---

	/** People in a {@code group} per team (their {@code team}), the others on their own. */
	private void people() {
		Map<Team, List<Person>> teams = new LinkedHashMap<>();
		architecture.getTeams().forEach(team -> teams.put(team, new ArrayList<>()));
		List<Person> alone = new ArrayList<>();
		for (Person person : architecture.getPeople()) {
			Team team = person.getTeam();
			if (team != null && teams.containsKey(team)) {
				teams.get(team).add(person);
			} else {
				alone.add(person);
			}
		}
		teams.forEach((team, members) -> {
			if (!members.isEmpty()) {
				line(2, "group " + quote(groupName(team)) + " {");
				members.forEach(person -> person(person, 3));
				line(2, "}");
			}
		});
		alone.forEach(person -> person(person, 2));
	}

	private void person(Person person, int indent) {
		line(indent, id(person, "person") + " = person " + quote(title(person))
				+ args(oneLine(person.getRole() != null ? person.getRole() : person.getDescription()),
						person.isExternal() ? "External" : null)
				+ properties(person, indent));
	}

	/**
	 * A domain as a {@code group} of its systems, its subdomains as groups inside it; nothing for a domain without
	 * systems.
	 */
	private void domain(Domain domain, int indent, Set<Domain> seen) {
		if (!seen.add(domain) || !holdsSystems(domain, new HashSet<>())) {
			return;
		}
		line(indent, "group " + quote(groupName(domain)) + " {");
		for (SoftwareSystem system : architecture.getSystems()) {
			if (domainOf(system) == domain) {
				system(system, indent + 1);
			}
		}
		for (Domain sub : architecture.getDomains()) {
			if (parent(sub) == domain) {
				domain(sub, indent + 1, seen);
			}
		}
		line(indent, "}");
	}

	private boolean holdsSystems(Domain domain, Set<Domain> seen) {
		if (!seen.add(domain)) {
			return false;
		}
		return architecture.getSystems().stream().anyMatch(s -> domainOf(s) == domain)
				|| architecture.getDomains().stream().anyMatch(d -> parent(d) == domain && holdsSystems(d, seen));
	}

	/**
	 * The domain of a system when it is in the architecture (a domain whose parents loop is not one: it is left out).
	 */
	private Domain domainOf(SoftwareSystem system) {
		Domain domain = system.getDomain();
		return domain == null || domain.eIsProxy() || !architecture.getDomains().contains(domain) || !rooted(domain)
				? null
				: domain;
	}

	private Domain parent(Domain domain) {
		Domain parent = domain.getParent();
		return parent == null || parent.eIsProxy() || parent == domain || !architecture.getDomains().contains(parent)
				? null
				: parent;
	}

	/** Whether following the parents ends (no loop). */
	private boolean rooted(Domain domain) {
		Set<Domain> seen = new HashSet<>();
		for (Domain d = domain; d != null; d = parent(d)) {
			if (!seen.add(d)) {
				return false;
			}
		}
		return true;
	}

	/** A group's name: the title, without the separator of nested groups. */
	private static String groupName(Record record) {
		return title(record).replace(SEPARATOR, "-");
	}

	// --- decision sets ---

	/**
	 * Where each decision set goes: Structurizr reads one decision folder per workspace and one per software system.
	 * The first set (the folder's own log) goes to the workspace; another set goes to the software system it belongs to
	 * (see {@link #systemOf}); the first one left goes to the workspace when the first set could not; the rest are left
	 * out, reported.
	 */
	private void placeDecisionSets() {
		if (root == null || dslFolder == null) {
			return;
		}
		List<DecisionSet> sets = architecture.getDecisionSets();
		for (int i = 0; i < sets.size(); i++) {
			DecisionSet set = sets.get(i);
			if (set.getDecisions().isEmpty()) {
				continue;
			}
			SoftwareSystem system = i == 0 ? null : systemOf(set);
			if (system != null && !systemSets.containsKey(system)) {
				systemSets.put(system, set);
			} else if (workspaceSet == null) {
				workspaceSet = set;
			} else {
				leftOver.add(set);
			}
		}
	}

	/**
	 * The software system a decision set belongs to: the system whose id is the set's name; else, for the set of an
	 * included folder ({@code payments}), the folder's only system ({@code payments:...}); else the one system that all
	 * its decisions affect (directly, or through components and interfaces); else {@code null}.
	 */
	SoftwareSystem systemOf(DecisionSet set) {
		String name = set.getName() == null ? "" : set.getName();
		for (SoftwareSystem system : architecture.getSystems()) {
			if (name.equals(system.getId())) {
				return system;
			}
		}
		String folder = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
		List<SoftwareSystem> ofFolder = architecture.getSystems().stream()
				.filter(s -> s.getId() != null && s.getId().startsWith(folder + ":")).toList();
		if (!folder.isEmpty() && ofFolder.size() == 1) {
			return ofFolder.get(0);
		}
		Set<SoftwareSystem> affected = new LinkedHashSet<>();
		for (Decision decision : set.getDecisions()) {
			for (Element element : decision.getAffects()) {
				SoftwareSystem system = element.eIsProxy() ? null
						: element instanceof SoftwareSystem s ? s
								: element instanceof Component c ? c.getSystem()
										: element instanceof Interface api && api.getProvider() != null
												? api.getProvider().getSystem()
												: null;
				if (system != null && !system.eIsProxy()) {
					affected.add(system);
				}
			}
		}
		return affected.size() == 1 ? affected.iterator().next() : null;
	}

	/** {@code !adrs} for a set, or a comment and a finding when no Structurizr importer reads its dialect. */
	private void adrs(int indent, DecisionSet set) {
		if (set == null) {
			return;
		}
		String importer = importer(set.getDialect());
		String path = path(set);
		if (importer == null) {
			line(indent, "# decisions in " + path + " are in the " + set.getDialect()
					+ " dialect, which no Structurizr importer reads");
			Findings.add(findings, Findings.info(SOURCE, NO_IMPORTER,
					SourceLocation.of(root.resolve(FolderLayout.SETTINGS)),
					"the decisions in " + set.getPath() + " are in the " + set.getDialect() + " dialect, which no "
							+ "Structurizr importer reads: the workspace has no !adrs for them (convert them with "
							+ "'baton convert --to madr' to have them in Structurizr)"));
			return;
		}
		line(indent, "!adrs " + quote(path) + " " + importer);
	}

	private void leftOver(DecisionSet set) {
		line(1, "# decision set " + set.getName() + " (" + path(set) + "): Structurizr reads one decision folder per "
				+ "workspace and per software system; this set belongs to no software system of its own");
		Findings.add(findings, Findings.info(SOURCE, SET_LEFT_OUT,
				SourceLocation.of(root.resolve(FolderLayout.SETTINGS)),
				"the decision set '" + set.getName() + "' (" + set.getPath() + ") is not in the Structurizr workspace: "
						+ "the workspace holds the decisions of '" + workspaceSet.getName()
						+ "', and Structurizr reads one "
						+ "decision folder per workspace and per software system; name the set after the id of its "
						+ "system in baton.yaml, or let its decisions affect that system, to have it there"));
	}

	private String path(DecisionSet set) {
		Path decisions = root.resolve(set.getPath() == null ? "decisions" : set.getPath()).normalize();
		return dslFolder.relativize(decisions).toString().replace('\\', '/');
	}

	private void system(SoftwareSystem system, int indent) {
		List<Component> containers =
				architecture.getComponents().stream().filter(c -> c.getSystem() == system).toList();
		system(id(system, "system"), title(system), oneLine(system.getDescription()), system.isExternal(), system,
				containers, indent);
	}

	private void system(String identifier, String title, String description, boolean external, SoftwareSystem system,
			List<Component> containers, int indent) {
		String head =
				identifier + " = softwareSystem " + quote(title) + args(description, external ? "External" : null);
		DecisionSet set = system == null ? null : systemSets.get(system);
		if (containers.isEmpty() && system == null) {
			line(indent, head);
			return;
		}
		line(indent, head + " {");
		adrs(indent + 1, set);
		if (system != null) {
			propertiesBlock(system, indent + 1);
		}
		// components owned by a team: in a group of the team's name
		Map<Team, List<Component>> byTeam = new LinkedHashMap<>();
		for (Component component : containers) {
			if (component.getOwner() instanceof Team team && !team.eIsProxy()) {
				byTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(component);
			}
		}
		byTeam.forEach((team, owned) -> {
			line(indent + 1, "group " + quote(groupName(team)) + " {");
			owned.forEach(component -> container(component, indent + 2));
			line(indent + 1, "}");
		});
		for (Component component : containers) {
			if (!(component.getOwner() instanceof Team team && !team.eIsProxy())) {
				container(component, indent + 1);
			}
		}
		line(indent, "}");
	}

	private void container(Component component, int indent) {
		List<String> technologies = new ArrayList<>();
		for (Technology technology : component.getTechnologies()) {
			technologies.add(technology.eIsProxy() ? token(technology) : technology(technology));
		}
		line(indent, id(component, "container") + " = container " + quote(title(component))
				+ args(oneLine(component.getDescription()),
						technologies.isEmpty() ? null : String.join(", ", technologies),
						component.getType() == null ? null : capitalised(component.getType()))
				+ properties(component, indent));
	}

	private void relationships() {
		Set<String> seen = new HashSet<>();
		for (Component component : architecture.getComponents()) {
			for (Interface api : component.getConsumes()) {
				if (api.eIsProxy() || api.getProvider() == null || api.getProvider().eIsProxy()) {
					Findings.add(findings, Findings.info(SOURCE, SKIPPED, location(component), component.getId()
							+ " consumes " + (api.eIsProxy() ? token(api) : api.getId())
							+ ", which has no provider in the architecture: no relationship drawn"));
					continue;
				}
				String technology = api.getProtocol() == null ? null
						: api.getProtocol() + (api.getVersion() == null ? "" : " " + api.getVersion());
				relationship(seen, component, api.getProvider(), "Uses " + title(api), technology);
			}
			for (Component dependency : component.getDependsOn()) {
				if (!dependency.eIsProxy()) {
					relationship(seen, component, dependency, "Depends on", null);
				}
			}
		}
		for (DataFlow flow : architecture.getDataFlows()) {
			Element source = flow.getSource();
			Element target = flow.getTarget();
			if (source == null || target == null || source.eIsProxy() || target.eIsProxy()
					|| !identifiers.containsKey(source)
					|| !identifiers.containsKey(target)) {
				continue;
			}
			String technology = flow.getVia() == null || flow.getVia().eIsProxy() ? null : flow.getVia().getProtocol();
			relationship(seen, source, target, flow.getData() != null ? capitalised(flow.getData()) : title(flow),
					technology);
		}
	}

	private void relationship(Set<String> seen, Element from, Element to, String description, String technology) {
		if (from == to || contains(from, to) || contains(to, from)) {
			return; // Structurizr allows no relationship between an element and its parent
		}
		if (!seen.add(identifiers.get(from) + "->" + identifiers.get(to) + ":" + description)) {
			return;
		}
		line(2, identifiers.get(from) + " -> " + identifiers.get(to) + " " + quote(description)
				+ (technology == null ? "" : " " + quote(technology)));
	}

	private static boolean contains(Element parent, Element child) {
		return child instanceof Component component && component.getSystem() == parent;
	}

	private void views() {
		line(1, "views {");
		line(2, "systemLandscape " + quote("landscape") + " {");
		line(3, "include *");
		line(3, "autoLayout");
		line(2, "}");
		for (SoftwareSystem system : architecture.getSystems()) {
			if (architecture.getComponents().stream().anyMatch(c -> c.getSystem() == system)) {
				line(2, "container " + identifiers.get(system) + " " + quote(identifiers.get(system) + "-containers")
						+ " {");
				line(3, "include *");
				line(3, "autoLayout");
				line(2, "}");
			}
		}
		line(2, "styles {");
		line(3, "element " + quote("External") + " {");
		line(4, "background #999999");
		line(3, "}");
		line(2, "}");
		line(1, "}");
	}

	// --- text ---

	/** A unique DSL identifier for a record: its id in letters, digits and underscores. */
	private String id(Record record, String fallback) {
		return identifiers.computeIfAbsent(record, r -> unique(record.getId() == null ? fallback : record.getId()));
	}

	private String unique(String wanted) {
		String base = wanted.replaceAll("[^A-Za-z0-9_]", "_");
		if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
			base = "e_" + base;
		}
		String identifier = base;
		for (int i = 2; !taken.add(identifier.toLowerCase(Locale.ROOT)); i++) {
			identifier = base + "_" + i;
		}
		return identifier;
	}

	private String properties(Record record, int indent) {
		Map<String, String> properties = properties(record);
		if (properties.isEmpty()) {
			return "";
		}
		StringBuilder block = new StringBuilder(" {\n");
		block.append("    ".repeat(indent + 1)).append("properties {\n");
		properties
				.forEach((k, v) -> block.append("    ".repeat(indent + 2)).append(quote(k)).append(' ').append(quote(v))
						.append('\n'));
		block.append("    ".repeat(indent + 1)).append("}\n");
		block.append("    ".repeat(indent)).append('}');
		return block.toString();
	}

	private void propertiesBlock(Record record, int indent) {
		Map<String, String> properties = properties(record);
		if (!properties.isEmpty()) {
			line(indent, "properties {");
			properties.forEach((k, v) -> line(indent + 1, quote(k) + " " + quote(v)));
			line(indent, "}");
		}
	}

	private static Map<String, String> properties(Record record) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("baton.id", record.getId() == null ? "" : record.getId());
		if (record.getOwner() != null) {
			properties.put("owner",
					record.getOwner().eIsProxy() ? token(record.getOwner()) : record.getOwner().getId());
		}
		if (record instanceof Element element && element.getLifecycle() != null) {
			properties.put("lifecycle", element.getLifecycle());
		}
		if (record instanceof Component component && component.getRepository() != null) {
			properties.put("repository", component.getRepository());
		}
		return properties;
	}

	private static String token(EObject proxy) {
		return ((InternalEObject) proxy).eProxyURI().fragment();
	}

	private static String args(String... values) {
		// positional: description, technology, tags; a later one needs the earlier ones
		int last = values.length - 1;
		while (last >= 0 && values[last] == null) {
			last--;
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i <= last; i++) {
			text.append(' ').append(quote(values[i] == null ? "" : values[i]));
		}
		return text.toString();
	}

	/** A technology with its version: {@code Java 21}. */
	private static String technology(Technology technology) {
		String title = title(technology);
		String version = technology.getVersion();
		return version == null || version.isBlank() || title.endsWith(version) ? title : title + " " + version;
	}

	private static String title(Record record) {
		return record.getTitle() != null && !record.getTitle().isBlank() ? record.getTitle() : record.getId();
	}

	/** The first paragraph, on one line (DSL strings are single lines). */
	private static String oneLine(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String paragraph = text.strip().split("\\n\\s*\\n", 2)[0];
		return paragraph.replaceAll("\\s+", " ");
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** A DSL string: double quotes, with backslashes and quotes escaped, on one line. */
	static String quote(String text) {
		return '"' + text.replaceAll("\\s+", " ").replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	private SourceLocation location(Record record) {
		Path file = record.getSourcePath() == null ? Path.of(record.getId() + ".md")
				: root == null ? Path.of(record.getSourcePath()) : root.resolve(record.getSourcePath()).normalize();
		return SourceLocation.of(file);
	}

	private void line(int indent, String text) {
		if (!text.isEmpty()) {
			out.append("    ".repeat(indent)).append(text);
		}
		out.append('\n');
	}
}
