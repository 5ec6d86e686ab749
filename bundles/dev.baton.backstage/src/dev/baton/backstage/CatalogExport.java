package dev.baton.backstage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import dev.baton.api.Findings;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.backstage.internal.CatalogYaml;
import dev.baton.backstage.internal.EntityRef;
import dev.baton.backstage.internal.Mapping;
import dev.baton.model.Architecture;
import dev.baton.model.Component;
import dev.baton.model.DecisionSet;
import dev.baton.model.Domain;
import dev.baton.model.Interface;
import dev.baton.model.Person;
import dev.baton.model.Record;
import dev.baton.model.Section;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Team;
import dev.baton.store.Kinds;
import dev.baton.store.YamlLimits;

/**
 * Writes an architecture's components, interfaces, systems, domains, teams and people as Backstage catalog files:
 * {@code catalog-info.yaml} (a Location naming the others) and one multi-document file per kind ({@code domains.yaml},
 * {@code systems.yaml}, {@code components.yaml}, {@code apis.yaml}, {@code groups.yaml}, {@code users.yaml}).
 * Components and systems carry {@code backstage.io/adr-location} pointing at the decisions folder; Baton fields
 * Backstage has no place for travel as {@code baton.dev/...} annotations; what an import kept in a record's Backstage
 * section is written back. Fields Backstage requires but the record lacks are written as {@code unknown} and reported.
 */
public final class CatalogExport {

	public static final int WRITE_FAILED = 20;
	public static final int FILLED_IN = 21;
	public static final int RENAMED = 22;
	public static final int BAD_SECTION = 23;

	private static final Pattern YAML_FENCE = Pattern.compile("```ya?ml\\n(.*?)\\n?```", Pattern.DOTALL);
	private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9]+([-_.][a-zA-Z0-9]+)*");
	private static final String UNKNOWN = Mapping.UNKNOWN;
	/** Start of the definition written for an interface that names none (Backstage requires one). */
	static final String NO_DEFINITION = "No definition recorded in Baton";

	private final Architecture architecture;
	private final Path folder;
	private final Path root;
	private final DiagnosticChain findings;

	private CatalogExport(Architecture architecture, Path folder, Path root, DiagnosticChain findings) {
		this.architecture = architecture;
		this.folder = folder.toAbsolutePath().normalize();
		this.root = root == null ? null : root.toAbsolutePath().normalize();
		this.findings = findings;
	}

	/**
	 * Writes the catalog files into {@code folder}.
	 *
	 * @param root the architecture folder (to point at the decisions and the specification files), {@code null} when
	 *             the architecture was not read from one
	 * @return the files written, {@code catalog-info.yaml} first
	 */
	public static List<Path> run(Architecture architecture, Path folder, Path root, RunContext context,
			DiagnosticChain findings) {
		return new CatalogExport(architecture, folder, root, findings).write(context);
	}

	/** The catalog files' text by file name, {@code catalog-info.yaml} first. */
	public static Map<String, String> texts(Architecture architecture, Path folder, Path root,
			DiagnosticChain findings) {
		return new CatalogExport(architecture, folder, root, findings).texts();
	}

	private List<Path> write(RunContext context) {
		context.monitor().beginTask("Writing the Backstage catalog", 1);
		List<Path> written = new ArrayList<>();
		try {
			Files.createDirectories(folder);
			for (Map.Entry<String, String> file : texts().entrySet()) {
				Path path = folder.resolve(file.getKey());
				Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
				written.add(path);
			}
		} catch (IOException e) {
			Findings.add(findings, Findings.error(CatalogImport.SOURCE, WRITE_FAILED, SourceLocation.of(folder),
					"cannot write the catalog files (" + e.getMessage() + "): check that the folder is writable"));
		}
		context.monitor().done();
		return written;
	}

	private Map<String, String> texts() {
		Map<String, List<Map<String, Object>>> files = new LinkedHashMap<>();
		add(files, "domains.yaml", architecture.getDomains());
		add(files, "systems.yaml", architecture.getSystems());
		add(files, "components.yaml", architecture.getComponents());
		add(files, "apis.yaml", architecture.getInterfaces());
		add(files, "groups.yaml", architecture.getTeams());
		add(files, "users.yaml", architecture.getPeople());
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("apiVersion", Mapping.API_VERSION);
		location.put("kind", "Location");
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("name", name(architecture.getName() == null ? "architecture" : architecture.getName(), null));
		if (architecture.getDescription() != null) {
			metadata.put("description", architecture.getDescription().strip());
		}
		location.put("metadata", metadata);
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("targets", files.keySet().stream().map(f -> "./" + f).toList());
		location.put("spec", spec);
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("catalog-info.yaml", CatalogYaml.dump(location));
		files.forEach((file, entities) -> texts.put(file, CatalogYaml.dumpAll(entities)));
		return texts;
	}

	private void add(Map<String, List<Map<String, Object>>> files, String file, List<? extends Record> records) {
		List<Map<String, Object>> entities = new ArrayList<>();
		records.stream().sorted(Comparator.comparing(r -> String.valueOf(r.getId())))
				.forEach(r -> entities.add(entity(r)));
		if (!entities.isEmpty()) {
			files.put(file, entities);
		}
	}

	// --- one entity ---

	private Map<String, Object> entity(Record record) {
		Map<String, Object> rest = rest(record);
		Object restKind = rest.remove("kind");
		Object apiVersion = rest.remove("apiVersion");
		String kind = Mapping.backstageKind(record.eClass());
		if (record instanceof Component && "resource".equalsIgnoreCase(String.valueOf(restKind))) {
			kind = "resource";
		}
		List<String> filled = new ArrayList<>();
		List<String> derived = new ArrayList<>();
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("apiVersion", apiVersion == null ? Mapping.API_VERSION : apiVersion);
		entity.put("kind", Mapping.SPELLING.get(kind));
		EntityRef ref = EntityRef.ofBatonId(kind, record.getId());
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("name", name(ref.name(), record));
		if (ref.namespace() != null) {
			metadata.put("namespace", ref.namespace());
		}
		put(metadata, "title", record instanceof Person || record instanceof Team ? null : record.getTitle());
		put(metadata, "description", record.getDescription() == null ? null : record.getDescription().strip());
		if (!record.getTags().isEmpty()) {
			metadata.put("tags", new ArrayList<>(record.getTags()));
		}
		Map<String, Object> annotations = annotations(record);
		if (!annotations.isEmpty()) {
			metadata.put("annotations", annotations);
		}
		entity.put("metadata", metadata);
		Map<String, Object> spec = new LinkedHashMap<>();
		switch (record) {
		case Component component -> {
			spec.put("type", required(component.getType(), "type", filled));
			if (kind.equals("component")) {
				spec.put("lifecycle", required(component.getLifecycle(), "lifecycle", filled));
			} else {
				put(spec, "lifecycle", component.getLifecycle());
			}
			spec.put("owner", owner(record, filled));
			put(spec, "system", ref(component.getSystem(), "system"));
			List<String> provides = architecture.getInterfaces().stream().filter(i -> i.getProvider() == component)
					.map(i -> ref(i, "api")).sorted().toList();
			putList(spec, "providesApis", provides);
			putList(spec, "consumesApis", component.getConsumes().stream().map(i -> ref(i, "api")).toList());
			putList(spec, "dependsOn", component.getDependsOn().stream().map(c -> ref(c, null)).toList());
		}
		case Interface api -> {
			String type = api.getSpecificationFormat() != null ? api.getSpecificationFormat()
					: api.getProtocol() != null ? api.getProtocol().toLowerCase(Locale.ROOT) : null;
			spec.put("type", required(type, "type", filled));
			if (api.getSpecificationFormat() == null && type != null) {
				derived.add("type"); // from the protocol, which travels in its own annotation
			}
			spec.put("lifecycle", required(api.getLifecycle(), "lifecycle", filled));
			spec.put("owner", owner(record, filled));
			Object definition = definition(api);
			if (definition != null) {
				spec.put("definition", definition);
			} else if (!(rest.get("spec") instanceof Map<?, ?> restSpec && restSpec.containsKey("definition"))) {
				spec.put("definition",
						NO_DEFINITION + ": see " + (record.getSourcePath() != null ? record.getSourcePath()
								: Kinds.of(record.eClass()).folder() + "/" + record.getId() + ".md"));
				filled.add("definition");
			}
		}
		case SoftwareSystem system -> {
			spec.put("owner", owner(record, filled));
			put(spec, "domain", ref(system.getDomain(), "domain"));
			put(spec, "lifecycle", system.getLifecycle());
		}
		case Domain domain -> {
			spec.put("owner", owner(record, filled));
			put(spec, "subdomainOf", ref(domain.getParent(), "domain"));
			put(spec, "lifecycle", domain.getLifecycle());
		}
		case Team team -> {
			Object restType = rest.get("spec") instanceof Map<?, ?> s ? s.get("type") : null;
			spec.put("type", restType == null ? "team" : restType);
			spec.put("profile", profile(team.getTitle(), team.getEmail()));
			spec.put("children", new ArrayList<>());
			if (team.getOwner() != null) {
				spec.put("owner", owner(record, filled));
			}
		}
		case Person person -> {
			spec.put("profile", profile(person.getTitle(), person.getEmail()));
			List<Object> memberOf = new ArrayList<>();
			if (person.getTeam() != null) {
				memberOf.add(ref(person.getTeam(), "group"));
			}
			spec.put("memberOf", memberOf);
			if (person.getOwner() != null) {
				spec.put("owner", owner(record, filled));
			}
		}
		default -> {
		}
		}
		derived.addAll(filled);
		if (!derived.isEmpty()) {
			// so that an import drops these again instead of taking them for the record's values
			annotations.put(Mapping.UNSET, String.join(", ", derived));
			metadata.putIfAbsent("annotations", annotations);
		}
		CatalogYaml.prune(spec);
		if (record instanceof Team && !spec.containsKey("children")) {
			spec.put("children", new ArrayList<>());
		}
		if (record instanceof Person && !spec.containsKey("memberOf")) {
			spec.put("memberOf", new ArrayList<>());
		}
		entity.put("spec", spec);
		CatalogYaml.merge(entity, rest);
		if (!filled.isEmpty()) {
			Findings.add(findings, Findings.info(CatalogImport.SOURCE, FILLED_IN, SourceLocation.of(fileOf(record)),
					Kinds.of(record.eClass()).name() + " " + record.getId() + " has no " + String.join(", ", filled)
							+ ", which Backstage requires: wrote '" + UNKNOWN + "'; fill it in the record"));
		}
		return entity;
	}

	private Map<String, Object> annotations(Record record) {
		Map<String, Object> annotations = new LinkedHashMap<>();
		if (record instanceof Component component && component.getRepository() != null) {
			String repository = component.getRepository().strip();
			annotations.put(Mapping.SOURCE_LOCATION,
					(repository.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") ? "url:" : "dir:") + repository);
		}
		if (record instanceof Component || record instanceof SoftwareSystem) {
			String decisions = decisionsFolder();
			if (decisions != null) {
				annotations.put(Mapping.ADR_LOCATION, decisions);
			}
		}
		for (EStructuralFeature feature : Mapping.annotated(record.eClass())) {
			if (!record.eIsSet(feature)) {
				continue;
			}
			Object value = record.eGet(feature);
			List<String> texts = new ArrayList<>();
			for (Object item : feature.isMany() ? (List<?>) value : List.of(value)) {
				texts.add(feature instanceof EAttribute attribute
						? EcoreUtil.convertToString(attribute.getEAttributeType(), item)
						: idOf((EObject) item));
			}
			if (!texts.isEmpty()) {
				annotations.put(Mapping.ANNOTATION_PREFIX + Kinds.key(feature), String.join(", ", texts));
			}
		}
		return annotations;
	}

	/** The decisions folder relative to the catalog files, as the ADR plugin wants it. */
	private String decisionsFolder() {
		if (root == null || architecture.getDecisionSets().isEmpty()) {
			return null;
		}
		DecisionSet set = architecture.getDecisionSets().get(0);
		Path decisions = root.resolve(set.getPath() == null ? "decisions" : set.getPath()).normalize();
		String relative = folder.relativize(decisions).toString().replace('\\', '/');
		return relative.startsWith("..") ? relative : "./" + relative;
	}

	private Object definition(Interface api) {
		String specification = api.getSpecification();
		if (specification == null || specification.isBlank()) {
			return null;
		}
		specification = specification.strip();
		if (specification.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.+") && !specification.matches("^[a-zA-Z]:[\\\\/].*")) {
			return text(specification);
		}
		Path file = Path.of(specification);
		if (!file.isAbsolute()) {
			if (root == null) {
				return text(specification);
			}
			Path recordFolder = api.getSourcePath() == null ? root.resolve("interfaces")
					: root.resolve(api.getSourcePath()).getParent();
			file = Files.exists(recordFolder.resolve(specification)) || !Files.exists(root.resolve(specification))
					? recordFolder.resolve(specification)
					: root.resolve(specification);
		}
		String relative = folder.relativize(file.normalize()).toString().replace('\\', '/');
		return text(relative.startsWith("..") ? relative : "./" + relative);
	}

	/** A {@code $text} substitution: Backstage reads the file or URL as the definition. */
	private static Map<String, Object> text(String where) {
		Map<String, Object> text = new LinkedHashMap<>();
		text.put("$text", where);
		return text;
	}

	private Map<String, Object> profile(String displayName, String email) {
		Map<String, Object> profile = new LinkedHashMap<>();
		put(profile, "displayName", displayName);
		put(profile, "email", email);
		return profile;
	}

	private String owner(Record record, List<String> filled) {
		if (record.getOwner() == null) {
			filled.add("owner");
			return UNKNOWN;
		}
		return ref(record.getOwner(), "group");
	}

	private static String required(String value, String name, List<String> filled) {
		if (value == null || value.isBlank()) {
			filled.add(name);
			return UNKNOWN;
		}
		return value;
	}

	/** An entity reference to a record, or the token of an unresolved reference. */
	private String ref(EObject target, String defaultKind) {
		if (target == null) {
			return null;
		}
		if (target.eIsProxy()) {
			String token = ((InternalEObject) target).eProxyURI().fragment();
			int colon = token.indexOf(':');
			String kind = colon > 0 ? token.substring(0, colon) : defaultKind;
			return EntityRef.ofBatonId(kind, colon > 0 ? token.substring(colon + 1) : token).written(defaultKind);
		}
		Record record = (Record) target;
		String kind = Mapping.backstageKind(record.eClass());
		if (record instanceof Component && "resource".equalsIgnoreCase(String.valueOf(rest(record).get("kind")))) {
			kind = "resource";
		}
		EntityRef ref = EntityRef.ofBatonId(kind, record.getId());
		return new EntityRef(ref.kind(), ref.namespace(), name(ref.name(), null)).written(defaultKind);
	}

	private static String idOf(EObject target) {
		return target.eIsProxy() ? ((InternalEObject) target).eProxyURI().fragment() : ((Record) target).getId();
	}

	/** A valid Backstage name: letters and digits separated by single {@code -_.}, at most 63 characters. */
	private String name(String id, Record record) {
		if (NAME.matcher(id).matches() && id.length() <= 63) {
			return id;
		}
		String name = id.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("^-+|-+$", "");
		name = name.length() > 63 ? name.substring(0, 63).replaceAll("-+$", "") : name;
		name = name.isEmpty() ? "unnamed" : name;
		if (record != null) {
			Findings.add(findings, Findings.warning(CatalogImport.SOURCE, RENAMED, SourceLocation.of(fileOf(record)),
					"the id " + id + " is not a valid Backstage name: written as " + name
							+ " (letters and digits separated by single - _ or ., at most 63 characters)"));
		}
		return name;
	}

	/**
	 * What an import kept in the record's Backstage section, as a map ({@code kind}, {@code metadata}, {@code spec},
	 * ...).
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Object> rest(Record record) {
		for (Section section : record.getSections()) {
			if (CatalogImport.SECTION_HEADING.equals(section.getHeading()) && section.getBody() != null) {
				Matcher fence = YAML_FENCE.matcher(section.getBody());
				if (!fence.find()) {
					continue;
				}
				try {
					Object value = YamlLimits.load(YamlLimits.settings("Backstage section").build())
							.loadFromString(fence.group(1));
					if (value instanceof Map<?, ?> map) {
						return (Map<String, Object>) CatalogYaml.copy(map);
					}
				} catch (YamlEngineException e) {
					Findings.add(findings, Findings.warning(CatalogImport.SOURCE, BAD_SECTION,
							SourceLocation.of(fileOf(record)), "the Backstage section of " + record.getId()
									+ " is not valid YAML (" + e.getMessage().lines().findFirst().orElse("")
									+ "): it was not written to the catalog; fix its YAML block"));
				}
			}
		}
		return new LinkedHashMap<>();
	}

	private Path fileOf(Record record) {
		if (record.getSourcePath() != null) {
			return root == null ? Path.of(record.getSourcePath()) : root.resolve(record.getSourcePath()).normalize();
		}
		return Path.of(Kinds.of(record.eClass()).folder(), record.getId() + ".md");
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			map.put(key, value);
		}
	}

	private static void putList(Map<String, Object> map, String key, List<String> values) {
		if (!values.isEmpty()) {
			map.put(key, new ArrayList<>(values));
		}
	}
}
