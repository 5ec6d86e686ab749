package dev.baton.backstage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import dev.baton.api.Findings;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.backstage.internal.CatalogYaml;
import dev.baton.backstage.internal.EntityRef;
import dev.baton.backstage.internal.Mapping;
import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.BatonPackage;
import dev.baton.model.Component;
import dev.baton.model.Domain;
import dev.baton.model.Element;
import dev.baton.model.Interface;
import dev.baton.model.Party;
import dev.baton.model.Person;
import dev.baton.model.Record;
import dev.baton.model.Section;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Team;
import dev.baton.store.Kinds;
import dev.baton.store.codec.ReferenceTokens;

/**
 * Reads Backstage catalog files into an architecture: Component and Resource become components, API interfaces, System
 * systems, Domain domains, Group teams, User people; Location entities are followed to the files they name. References
 * keep working across files and kinds ({@code [kind:][namespace/]name}); one that names no entity stays as written (an
 * unresolved reference, reported by validation). What Baton has no field for is kept, as YAML, in a
 * {@value #SECTION_HEADING} section of the record and written back by {@link CatalogExport}. Unknown kinds, documents
 * without a top-level {@code kind}, syntax errors and wrong encodings are reported with file and line; the other
 * documents are still read.
 */
public final class CatalogImport {

	/** Source of the findings. */
	public static final String SOURCE = "dev.baton.backstage";
	/** Heading of the record section that keeps what Baton has no field for. */
	public static final String SECTION_HEADING = "Backstage";

	public static final int NOT_READABLE = 1;
	public static final int SYNTAX = 2;
	public static final int NO_KIND = 3;
	public static final int UNKNOWN_KIND = 4;
	public static final int NESTED_KIND = 5;
	public static final int NO_NAME = 6;
	public static final int DUPLICATE = 7;
	public static final int LOCATION = 8;
	public static final int ALREADY_THERE = 9;
	public static final int BAD_VALUE = 10;

	private static final Pattern CATALOG_FILE = Pattern.compile("(?m)^apiVersion:\\s*['\"]?[\\w.-]*backstage\\.io/");
	private static final String SECTION_INTRO = "The catalog entity's fields that Baton has no field for; "
			+ "`baton export -f backstage` writes them back.";

	/**
	 * What an import did.
	 *
	 * @param entities entities read, by Backstage kind as written (including Location and skipped kinds)
	 * @param added    the records added to the architecture, in file order
	 * @param files    the catalog files read
	 */
	public record Report(Map<String, Integer> entities, List<Record> added, List<Path> files) {
	}

	/** One entity document being imported. */
	private static final class Entity {

		final Path file;
		final int line;
		final Node node;
		final String kind;
		final EntityRef ref;
		final Map<String, Object> rest;
		Record record;
		boolean fresh;

		Entity(Path file, int line, Node node, String kind, EntityRef ref, Map<String, Object> rest) {
			this.file = file;
			this.line = line;
			this.node = node;
			this.kind = kind;
			this.ref = ref;
			this.rest = rest;
		}

		SourceLocation at(String... path) {
			int where = CatalogYaml.line(CatalogYaml.at(node, path));
			return SourceLocation.of(file, where > 0 ? where : line);
		}
	}

	private final Architecture target;
	private final RunContext context;
	private final DiagnosticChain findings;
	private final Path root;
	private final Map<String, Entity> byKey = new LinkedHashMap<>();
	private final Map<String, List<Record>> byId = new HashMap<>();
	private final Map<String, Integer> counts = new TreeMap<>();
	private final List<Path> files = new ArrayList<>();

	private CatalogImport(Architecture target, RunContext context, DiagnosticChain findings) {
		this.target = target;
		this.context = context;
		this.findings = findings;
		this.root = target.eResource() != null && target.eResource().getURI() != null
				&& target.eResource().getURI().isFile()
						? Path.of(target.eResource().getURI().toFileString()).getParent()
						: null;
	}

	/**
	 * Imports the catalog files at {@code source} into {@code target}.
	 *
	 * @param source a catalog file, or a folder searched for YAML files of Backstage entities
	 *               ({@code apiVersion: backstage.io/...})
	 */
	public static Report run(Path source, Architecture target, RunContext context, DiagnosticChain findings) {
		return new CatalogImport(target, context, findings).read(source);
	}

	private Report read(Path source) {
		Deque<Path> queue = new ArrayDeque<>();
		if (Files.isDirectory(source)) {
			queue.addAll(discover(source));
			if (queue.isEmpty()) {
				Findings.add(findings, Findings.warning(SOURCE, NOT_READABLE, SourceLocation.of(source),
						"no Backstage catalog file here (a .yaml file with apiVersion: backstage.io/...): give the "
								+ "catalog-info.yaml file or the folder that holds it"));
			}
		} else if (Files.isRegularFile(source)) {
			queue.add(source);
		} else {
			Findings.add(findings, Findings.error(SOURCE, NOT_READABLE, SourceLocation.of(source),
					"no such file or folder: give a catalog-info.yaml file or a folder of catalog files"));
		}
		for (Record record : Kinds.records(target)) {
			if (record.getId() != null) {
				byId.computeIfAbsent(record.getId(), k -> new ArrayList<>()).add(record);
			}
		}
		List<Entity> entities = new ArrayList<>();
		Set<Path> seen = new HashSet<>();
		context.monitor().beginTask("Reading the Backstage catalog", queue.size());
		while (!queue.isEmpty()) {
			context.checkCancelled();
			Path file = queue.poll();
			if (seen.add(file.toAbsolutePath().normalize())) {
				files.add(file);
				readFile(file, entities, queue);
			}
			context.monitor().worked(1);
		}
		List<Record> added = new ArrayList<>();
		for (Entity entity : entities) {
			create(entity);
		}
		for (Entity entity : entities) {
			if (entity.record != null && entity.fresh) {
				relate(entity);
			}
		}
		for (Entity entity : entities) {
			if (entity.record != null && entity.fresh) {
				keepRest(entity);
				added.add(entity.record);
			}
		}
		context.monitor().done();
		return new Report(counts, added, files);
	}

	/** YAML files under the folder that hold Backstage entities, in path order. */
	static List<Path> discover(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> !p.toString().contains("/node_modules/") && !p.toString().contains("/.git/"))
					.filter(p -> p.getFileName().toString().matches("(?i).*\\.ya?ml") && Files.isRegularFile(p))
					.filter(CatalogImport::looksLikeCatalog).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	private static boolean looksLikeCatalog(Path file) {
		try {
			return Files.size(file) < 10L * 1024 * 1024
					&& CATALOG_FILE.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).find();
		} catch (IOException e) {
			return false;
		}
	}

	// --- reading files ---

	private void readFile(Path file, List<Entity> entities, Deque<Path> queue) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
					.toString();
		} catch (CharacterCodingException e) {
			Findings.add(findings, Findings.error(SOURCE, NOT_READABLE, SourceLocation.of(file),
					"not UTF-8 text: save the file as UTF-8 (Backstage reads only UTF-8); nothing of it was imported"));
			return;
		} catch (IOException e) {
			Findings.add(findings, Findings.error(SOURCE, NOT_READABLE, SourceLocation.of(file),
					"cannot read the file (" + e.getMessage() + "): check that it exists and is readable"));
			return;
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int index = 0;
		try {
			for (Node document : CatalogYaml.documents(text)) {
				index++;
				readDocument(file, index, document, entities, queue);
			}
		} catch (MarkedYamlEngineException e) {
			int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
			Findings.add(findings, Findings.error(SOURCE, SYNTAX, SourceLocation.of(file, line),
					"YAML syntax error: " + e.getProblem() + " (fix the YAML; " + index
							+ " document(s) before it were read, the rest of the file was not)"));
		} catch (YamlEngineException e) {
			Findings.add(findings, Findings.error(SOURCE, SYNTAX, SourceLocation.of(file),
					"YAML error: " + e.getMessage() + " (fix the YAML; the rest of the file was not read)"));
		}
	}

	private void readDocument(Path file, int index, Node document, List<Entity> entities, Deque<Path> queue) {
		int line = CatalogYaml.line(document);
		if (!(document instanceof MappingNode)) {
			if (document instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
				return; // an empty document, e.g. after a trailing ---
			}
			Findings.add(findings, Findings.error(SOURCE, NO_KIND, SourceLocation.of(file, line), "document " + index
					+ " is not a mapping of keys (apiVersion, kind, metadata, spec): it was skipped"));
			return;
		}
		Node kindNode = CatalogYaml.child(document, "kind");
		List<CatalogYaml.NestedKey> nested = CatalogYaml.nestedKinds(document);
		if (!(kindNode instanceof ScalarNode kindScalar) || kindScalar.getValue().isBlank()) {
			String hint = nested.isEmpty() ? ""
					: "; there is a nested " + nested.get(0).path() + " at line " + nested.get(0).line()
							+ " (indented by mistake?)";
			Findings.add(findings, Findings.error(SOURCE, NO_KIND, SourceLocation.of(file, line), "document " + index
					+ " has no top-level kind" + hint + ": put kind: Component (or API, System, ...) at the start of "
					+ "the line; the document was skipped"));
			return;
		}
		String kind = kindScalar.getValue().strip();
		counts.merge(kind, 1, Integer::sum);
		String lower = kind.toLowerCase(Locale.ROOT);
		if (!Mapping.KINDS.containsKey(lower) && !lower.equals("location")) {
			Findings.add(findings, Findings.warning(SOURCE, UNKNOWN_KIND,
					SourceLocation.of(file, CatalogYaml.line(kindNode)), "unknown kind '" + kind
							+ "': Baton reads Component, API, System, Domain, Resource, Group, User and Location; "
							+ "the entity" + name(document) + " was skipped"));
			return;
		}
		for (CatalogYaml.NestedKey key : nested) {
			Findings.add(findings, Findings.warning(SOURCE, NESTED_KIND, SourceLocation.of(file, key.line()),
					key.path() + " is a nested key, not the entity's kind (that is " + kind + ", line "
							+ CatalogYaml.line(kindNode) + "): check its indentation; it is kept as written"));
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> value = (Map<String, Object>) CatalogYaml.copy(CatalogYaml.value(document));
		if (lower.equals("location")) {
			follow(file, document, value, queue);
			return;
		}
		Object name = get(value, "metadata", "name");
		if (!(name instanceof String text) || text.isBlank()) {
			Findings.add(findings, Findings.error(SOURCE, NO_NAME, SourceLocation.of(file, line), kind
					+ " entity without metadata.name: give it a name; the entity was skipped"));
			return;
		}
		Object namespace = get(value, "metadata", "namespace");
		EntityRef ref = new EntityRef(lower, namespace == null ? null : namespace.toString(), text.strip());
		Entity entity = new Entity(file, line, document, lower, ref, value);
		Entity previous = byKey.putIfAbsent(ref.key(), entity);
		if (previous != null) {
			Findings.add(findings, Findings.warning(SOURCE, DUPLICATE, SourceLocation.of(file, line), kind + " "
					+ ref.written(null) + " is defined twice (first at " + previous.file + ":" + previous.line
					+ "): the first one was imported; remove or rename the other"));
			return;
		}
		entities.add(entity);
	}

	private static String name(Node document) {
		Node name = CatalogYaml.at(document, "metadata", "name");
		return name instanceof ScalarNode scalar ? " " + scalar.getValue() : "";
	}

	private void follow(Path file, Node document, Map<String, Object> value, Deque<Path> queue) {
		List<String> targets = new ArrayList<>();
		Object single = get(value, "spec", "target");
		if (single != null) {
			targets.add(single.toString());
		}
		if (get(value, "spec", "targets") instanceof List<?> list) {
			list.forEach(t -> targets.add(String.valueOf(t)));
		}
		Object type = get(value, "spec", "type");
		int line = CatalogYaml.line(CatalogYaml.at(document, "spec"));
		for (String target : targets) {
			if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || "url".equals(type) && !target.startsWith(".")) {
				Findings.add(findings, Findings.info(SOURCE, LOCATION, SourceLocation.of(file, line), "the location "
						+ target + " is not fetched (Baton reads files only): import that file from a checkout"));
				continue;
			}
			Path resolved = file.toAbsolutePath().getParent().resolve(target).normalize();
			if (target.contains("*")) {
				Findings.add(findings, Findings.info(SOURCE, LOCATION, SourceLocation.of(file, line), "the location "
						+ target + " is a glob, which Baton does not expand: name the files, or import the folder"));
			} else if (!Files.isRegularFile(resolved)) {
				Findings.add(findings, Findings.error(SOURCE, LOCATION, SourceLocation.of(file, line), "the location "
						+ target + " names no file (looked for " + resolved
						+ "): fix the path, relative to this file"));
			} else {
				queue.add(resolved);
			}
		}
	}

	// --- entities to records ---

	private void create(Entity entity) {
		EClass eClass = Mapping.KINDS.get(entity.kind);
		String id = entity.ref.batonId();
		List<Record> existing = byId.getOrDefault(id, List.of());
		Record same = existing.stream().filter(r -> r.eClass() == eClass).findFirst().orElse(null);
		if (same != null) {
			entity.record = same;
			Findings.add(findings, Findings.info(SOURCE, ALREADY_THERE, entity.at(), "already there: "
					+ Kinds.of(eClass).name() + " " + id + " was left as it is (delete it first to import it again)"));
			return;
		}
		if (!existing.isEmpty()) {
			String other = id + "-" + entity.kind;
			Findings.add(findings, Findings.info(SOURCE, DUPLICATE, entity.at(), "the id " + id + " is taken by a "
					+ Kinds.of(existing.get(0).eClass()).name() + ": this " + spelling(entity.kind) + " became "
					+ other));
			id = other;
		}
		Record record = (Record) EcoreUtil.create(eClass);
		entity.record = record;
		entity.fresh = true;
		record.setId(id);
		byId.computeIfAbsent(id, k -> new ArrayList<>()).add(record);
		Map<String, Object> rest = entity.rest;
		if (Mapping.API_VERSION.equals(rest.get("apiVersion"))) {
			rest.remove("apiVersion");
		}
		if (!entity.kind.equals("resource")) {
			rest.remove("kind");
		}
		take(rest, "metadata", "name");
		take(rest, "metadata", "namespace");
		Object unset = take(rest, "metadata", "annotations", Mapping.UNSET);
		for (String field : unset == null ? List.<String>of() : split(unset.toString())) {
			take(rest, "spec", field); // written by an export only because Backstage requires the field
		}
		record.setTitle(string(take(rest, "metadata", "title")));
		record.setDescription(string(take(rest, "metadata", "description")));
		if (take(rest, "metadata", "tags") instanceof List<?> tags) {
			tags.forEach(t -> record.getTags().add(String.valueOf(t)));
		}
		if (record instanceof Element element) {
			element.setLifecycle(string(take(rest, "spec", "lifecycle")));
		}
		switch (record) {
		case Component component -> {
			component.setType(string(take(rest, "spec", "type")));
			Object location = take(rest, "metadata", "annotations", Mapping.SOURCE_LOCATION);
			if (location != null) {
				component.setRepository(location.toString().replaceFirst("^url:", ""));
			} else if (get(rest, "metadata", "annotations", Mapping.PROJECT_SLUG) != null) {
				component.setRepository(
						"https://github.com/" + get(rest, "metadata", "annotations", Mapping.PROJECT_SLUG));
			}
		}
		case Interface api -> {
			api.setSpecificationFormat(string(take(rest, "spec", "type")));
			readDefinition(entity, api);
		}
		case Party party -> {
			party.setTitle(record.getTitle() != null ? record.getTitle()
					: string(take(rest, "spec", "profile", "displayName")));
			party.setEmail(string(take(rest, "spec", "profile", "email")));
		}
		default -> {
		}
		}
		take(rest, "metadata", "annotations", Mapping.ADR_LOCATION); // written anew on export
		readAnnotations(entity, false);
		@SuppressWarnings("unchecked")
		List<Record> container = (List<Record>) target.eGet(Kinds.of(eClass).container());
		container.add(record);
	}

	private static String spelling(String kind) {
		return Mapping.SPELLING.getOrDefault(kind, kind);
	}

	private void readDefinition(Entity entity, Interface api) {
		if (get(entity.rest, "spec", "definition") instanceof String text
				&& text.startsWith(CatalogExport.NO_DEFINITION)) {
			take(entity.rest, "spec", "definition"); // the placeholder an export wrote for Backstage's sake
			return;
		}
		if (!(get(entity.rest, "spec", "definition") instanceof Map<?, ?> definition) || definition.size() != 1) {
			return; // an inline definition stays in the Backstage section, as written
		}
		Map.Entry<?, ?> only = definition.entrySet().iterator().next();
		String key = String.valueOf(only.getKey());
		if (!key.matches("\\$(text|yaml|json|openapi|asyncapi)")) {
			return;
		}
		String where = String.valueOf(only.getValue()).strip();
		take(entity.rest, "spec", "definition");
		if (where.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.+") && !where.matches("^[a-zA-Z]:[\\\\/].*")) {
			api.setSpecification(where);
			return;
		}
		Path file = entity.file.toAbsolutePath().getParent().resolve(where).normalize();
		if (!Files.isRegularFile(file)) {
			Findings.add(findings, Findings.warning(SOURCE, BAD_VALUE, entity.at("spec", "definition"),
					"the definition " + where + " names no file (looked for " + file
							+ "): kept as written; fix the path"));
		}
		api.setSpecification(root == null ? file.toString()
				: root.resolve(Kinds.of(api.eClass()).folder()).relativize(file).toString().replace('\\', '/'));
	}

	/** Reads the {@code baton.dev/...} annotations: attributes now, references once every record exists. */
	private void readAnnotations(Entity entity, boolean references) {
		if (!(get(entity.rest, "metadata", "annotations") instanceof Map<?, ?> annotations)) {
			return;
		}
		for (Object key : List.copyOf(annotations.keySet())) {
			EStructuralFeature feature = Mapping.annotatedFeature(entity.record.eClass(), key.toString());
			if (feature == null || (feature instanceof EReference) != references) {
				continue;
			}
			String text = String.valueOf(annotations.get(key));
			List<String> values = feature.isMany() ? split(text) : List.of(text.strip());
			try {
				List<Object> converted = new ArrayList<>();
				for (String value : values) {
					converted.add(feature instanceof EAttribute attribute
							? EcoreUtil.createFromString(attribute.getEAttributeType(), value)
							: byBatonId(((EReference) feature).getEReferenceType(), value));
				}
				set(entity.record, feature, converted);
				take(entity.rest, "metadata", "annotations", key.toString());
			} catch (RuntimeException e) {
				Findings.add(findings, Findings.warning(SOURCE, BAD_VALUE, entity.at("metadata", "annotations"),
						"the annotation " + key + ": '" + text + "' is not a valid " + Kinds.key(feature)
								+ "; it is kept in the record's Backstage section"));
			}
		}
	}

	private static List<String> split(String text) {
		return Stream.of(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	@SuppressWarnings("unchecked")
	private static void set(EObject object, EStructuralFeature feature, List<Object> values) {
		if (feature.isMany()) {
			((List<Object>) object.eGet(feature)).addAll(values);
		} else if (!values.isEmpty()) {
			object.eSet(feature, values.get(0));
		}
	}

	private void relate(Entity entity) {
		Map<String, Object> rest = entity.rest;
		Record record = entity.record;
		String namespace = entity.ref.namespace();
		Object owner = take(rest, "spec", "owner");
		if (owner != null) {
			record.setOwner((Party) resolve(owner.toString(), "group", namespace, BatonPackage.Literals.PARTY));
		}
		switch (record) {
		case Component component -> {
			Object system = take(rest, "spec", "system");
			if (system != null) {
				component.setSystem(
						(SoftwareSystem) resolve(system.toString(), "system", namespace,
								BatonPackage.Literals.SOFTWARE_SYSTEM));
			}
			for (String api : strings(take(rest, "spec", "consumesApis"))) {
				component.getConsumes()
						.add((Interface) resolve(api, "api", namespace, BatonPackage.Literals.INTERFACE));
			}
			List<Object> unprovided = new ArrayList<>();
			for (String api : strings(take(rest, "spec", "providesApis"))) {
				Entity provided = byKey.get(EntityRef.parse(api, "api", namespace).key());
				if (provided != null && provided.record instanceof Interface iface
						&& (iface.getProvider() == null || iface.getProvider() == component)) {
					iface.setProvider(component);
				} else {
					unprovided.add(api);
				}
			}
			putBack(rest, unprovided, "spec", "providesApis");
			List<Object> other = new ArrayList<>();
			for (String dependency : strings(take(rest, "spec", "dependsOn"))) {
				EntityRef ref = EntityRef.parse(dependency, "component", namespace);
				if (ref.kind().equals("component") || ref.kind().equals("resource")) {
					component.getDependsOn()
							.add((Component) resolve(dependency, "component", namespace,
									BatonPackage.Literals.COMPONENT));
				} else {
					other.add(dependency); // Baton's components depend on components only: kept as written
				}
			}
			putBack(rest, other, "spec", "dependsOn");
		}
		case SoftwareSystem system -> {
			Object domain = take(rest, "spec", "domain");
			if (domain != null) {
				system.setDomain(
						(Domain) resolve(domain.toString(), "domain", namespace, BatonPackage.Literals.DOMAIN));
			}
		}
		case Domain domain -> {
			Object parent = take(rest, "spec", "subdomainOf");
			if (parent != null) {
				domain.setParent(
						(Domain) resolve(parent.toString(), "domain", namespace, BatonPackage.Literals.DOMAIN));
			}
		}
		case Person person -> {
			List<String> groups = strings(take(rest, "spec", "memberOf"));
			if (!groups.isEmpty()) {
				person.setTeam((Team) resolve(groups.get(0), "group", namespace, BatonPackage.Literals.TEAM));
				putBack(rest, new ArrayList<>(groups.subList(1, groups.size())), "spec", "memberOf");
			}
		}
		case Team team -> {
			List<Object> others = new ArrayList<>();
			for (String member : strings(take(rest, "spec", "members"))) {
				Entity user = byKey.get(EntityRef.parse(member, "user", namespace).key());
				if (user != null && user.record instanceof Person person && person.getTeam() == null) {
					person.setTeam(team);
				} else if (user == null || !(user.record instanceof Person p) || p.getTeam() != team) {
					others.add(member);
				}
			}
			putBack(rest, others, "spec", "members");
		}
		default -> {
		}
		}
		readAnnotations(entity, true);
	}

	/** The record a reference names, else an unresolved reference that keeps the token. */
	private EObject resolve(String written, String defaultKind, String namespace, EClass type) {
		EntityRef ref = EntityRef.parse(written, defaultKind, namespace);
		Entity entity = byKey.get(ref.key());
		if (entity == null && ref.kind().equals("component")) {
			entity = byKey.get(new EntityRef("resource", ref.namespace(), ref.name()).key());
		}
		if (entity != null && type.isInstance(entity.record)) {
			return entity.record;
		}
		EClass wanted = Mapping.KINDS.get(ref.kind());
		for (Record record : byId.getOrDefault(ref.batonId(), List.of())) {
			if (type.isInstance(record) && (wanted == null || wanted.isInstance(record))) {
				return record;
			}
		}
		String token = ref.kind().equals(defaultKind) ? ref.batonId() : ref.kind() + ":" + ref.batonId();
		return ReferenceTokens.proxy(type, token);
	}

	private EObject byBatonId(EClass type, String id) {
		for (Record record : byId.getOrDefault(id, List.of())) {
			if (type.isInstance(record)) {
				return record;
			}
		}
		return ReferenceTokens.proxy(type, id);
	}

	private void keepRest(Entity entity) {
		CatalogYaml.prune(entity.rest);
		if (entity.rest.isEmpty()) {
			return;
		}
		Section section = BatonFactory.eINSTANCE.createSection();
		section.setHeading(SECTION_HEADING);
		section.setLevel(2);
		section.setBody(SECTION_INTRO + "\n\n```yaml\n" + CatalogYaml.dump(entity.rest) + "```\n");
		entity.record.getSections().add(section);
	}

	// --- plain values ---

	private static Object get(Map<String, Object> map, String... path) {
		Object value = map;
		for (String key : path) {
			if (!(value instanceof Map<?, ?> m)) {
				return null;
			}
			value = m.get(key);
		}
		return value;
	}

	/** Returns the value at the path and removes it, so that what is left is what Baton did not read. */
	private static Object take(Map<String, Object> map, String... path) {
		Object parent = get(map, Arrays.copyOf(path, path.length - 1));
		return parent instanceof Map<?, ?> m ? m.remove(path[path.length - 1]) : null;
	}

	@SuppressWarnings("unchecked")
	private static void putBack(Map<String, Object> map, List<Object> values, String... path) {
		if (values.isEmpty()) {
			return;
		}
		Map<String, Object> parent = map;
		for (int i = 0; i < path.length - 1; i++) {
			parent = (Map<String, Object>) parent.computeIfAbsent(path[i], k -> new LinkedHashMap<>());
		}
		parent.put(path[path.length - 1], values);
	}

	private static List<String> strings(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().filter(v -> v != null).map(String::valueOf).toList();
		}
		return value == null ? List.of() : List.of(value.toString());
	}

	private static String string(Object value) {
		return value == null ? null : value.toString().strip();
	}
}
