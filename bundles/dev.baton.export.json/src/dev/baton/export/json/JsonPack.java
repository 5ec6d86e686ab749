package dev.baton.export.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import dev.baton.api.DecisionTimeline;
import dev.baton.api.Findings;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.Interface;
import dev.baton.model.Record;
import dev.baton.openapi.OpenApi;
import dev.baton.pack.Redaction;
import dev.baton.store.FolderLayout;
import dev.baton.store.Json;
import dev.baton.store.Kinds;
import dev.baton.validation.CredentialScan;
import dev.baton.validation.Credentials;

/**
 * The architecture as one JSON document, for tools: every record of every kind with every field (keys in kebab-case,
 * references as ids), decisions in their sets, secrets redacted. Its JSON Schema is {@link #schema()} (published as
 * {@code docs/schema/pack.schema.json}). The same architecture and "as of" date give the same bytes.
 */
public final class JsonPack {

	/** Source of the JSON exporter's findings. */
	public static final String SOURCE = "dev.baton.export.json";
	/** The key of an interface's OpenAPI summary (not a front matter key: read from the specification file). */
	public static final String SPECIFICATION_KEY = "api-specification";
	/** Version of the document's shape. */
	public static final String FORMAT = "baton-pack/1";

	private final DiagnosticChain findings;
	private final java.nio.file.Path root;
	private final CredentialScan scan;
	private Redaction redaction;

	private JsonPack(Architecture architecture, CredentialScan scan, DiagnosticChain findings) {
		this.findings = findings;
		this.scan = scan;
		this.root = architecture.eResource() != null && architecture.eResource().getURI().isFile()
				? java.nio.file.Path.of(architecture.eResource().getURI().toFileString()).getParent()
				: null;
	}

	/** The document's text. */
	public static String write(Architecture architecture, RunContext context, DiagnosticChain findings) {
		return write(architecture, context, findings, null);
	}

	/**
	 * The document's text with the decisions' status transitions ({@code decision-history}).
	 *
	 * @param history reads them from version control; {@code null} when there is no such service (the key is then left
	 *                out)
	 */
	public static String write(Architecture architecture, RunContext context, DiagnosticChain findings,
			DecisionTimeline history) {
		// every field is written from the redacted view; the history from git is redacted here
		// one document is one run: the redacted view and the fields are scanned for credentials once
		RunContext run = context.shared() == RunContext.Shared.NONE ? context.sharing() : context;
		Redaction redaction = Redaction.of(architecture, run, findings);
		JsonPack pack = new JsonPack(redaction.architecture(), CredentialScan.of(run), findings);
		pack.redaction = redaction;
		Map<String, Object> document = pack.document(redaction.architecture(), run);
		if (history != null && pack.root != null) {
			document.put("decision-history", pack.history(history.transitions(pack.root,
					new BasicMonitor())));
		}
		return Json.write(document) + "\n";
	}

	private Map<String, Object> history(DecisionTimeline.Result result) {
		Map<String, Object> history = new LinkedHashMap<>();
		putIfSet(history, "note", result.note());
		if (result.advice() != null) {
			// names the folder's absolute path and commands: for the user, never for the document
			Findings.add(findings, Findings.info(SOURCE, 2, null, "the pack's decision history "
					+ (result.transitions().isEmpty() ? "is empty" : "is incomplete") + ": " + result.advice()));
		}
		List<Object> transitions = new ArrayList<>();
		for (DecisionTimeline.Transition transition : result.transitions()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("file", redaction.scrub(transition.path()));
			entry.put("id", redaction.scrub(transition.id()));
			putIfSet(entry, "title", redact(transition.title(), null, "git history"));
			entry.put("from", transition.from());
			entry.put("to", transition.to());
			entry.put("author", redact(transition.author(), null, "git history"));
			entry.put("date", transition.date().toString());
			entry.put("commit", transition.commit());
			entry.put("message", redact(transition.message(), null, "git history"));
			transitions.add(entry);
		}
		history.put("transitions", transitions);
		return history;
	}

	private Map<String, Object> document(Architecture architecture, RunContext context) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("$schema", "https://baton.dev/schema/pack.schema.json");
		document.put("format", FORMAT);
		document.put("as-of", context.asOf().toString());
		putIfSet(document, "name", redact(architecture.getName(), null, "name"));
		putIfSet(document, "organisation", redact(architecture.getOrganisation(), null, "organisation"));
		putIfSet(document, "description", redact(architecture.getDescription(), null, "description"));
		List<Object> sets = new ArrayList<>();
		for (DecisionSet set : architecture.getDecisionSets()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", set.getName());
			entry.put("path", set.getPath());
			entry.put("dialect", set.getDialect() == null ? "madr" : set.getDialect());
			List<Object> decisions = new ArrayList<>();
			set.getDecisions().forEach(d -> decisions.add(record(d)));
			entry.put("decisions", decisions);
			sets.add(entry);
		}
		document.put("decision-sets", sets);
		for (Kinds.Kind kind : Kinds.all()) {
			if (kind.container() != null) {
				List<Object> records = new ArrayList<>();
				@SuppressWarnings("unchecked")
				List<Record> list = (List<Record>) architecture.eGet(kind.container());
				list.forEach(r -> records.add(record(r)));
				document.put(kind.folder(), records);
			}
		}
		return document;
	}

	private static void putIfSet(Map<String, Object> object, String key, Object value) {
		if (value != null) {
			object.put(key, value);
		}
	}

	/** The features a record's JSON object has, in order. */
	static List<EStructuralFeature> features(EClass eClass) {
		List<EStructuralFeature> features = new ArrayList<>();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature == BatonPackage.Literals.RECORD__SOURCE_PATH || feature.isTransient() && !feature.isDerived()) {
				continue;
			}
			if (feature.isDerived() && eClass != BatonPackage.Literals.DECISION) {
				continue;
			}
			features.add(feature);
		}
		return features;
	}

	private Map<String, Object> record(Record record) {
		Map<String, Object> object = new LinkedHashMap<>();
		putIfSet(object, "file", record.getSourcePath());
		for (EStructuralFeature feature : features(record.eClass())) {
			Object value = record.eGet(feature);
			if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
				continue;
			}
			object.put(Kinds.kebab(feature.getName()), value(record, feature, value));
		}
		if (record instanceof Interface api) {
			putIfSet(object, SPECIFICATION_KEY, specification(api));
		}
		return object;
	}

	/**
	 * What an interface's OpenAPI file says, as the pack's interface page shows it: the file, the title, version,
	 * servers and operations; or, when the file is missing or does not parse, a note with the problem (as
	 * {@code baton validate}'s interface-specification rule reports it). {@code null} for URLs, other formats, and when
	 * there is no architecture folder.
	 */
	private Map<String, Object> specification(Interface api) {
		String written = api.getSpecification();
		if (root == null || written == null || written.isBlank() || OpenApi.isUrl(written.strip())
				|| !OpenApi.isOpenApi(api)) {
			return null;
		}
		String field = SPECIFICATION_KEY;
		Map<String, Object> entry = new LinkedHashMap<>();
		java.util.Optional<java.nio.file.Path> file = OpenApi.locate(api, root);
		if (file.isEmpty()) {
			entry.put("file", redact(written.strip(), api, field));
			entry.put("problem",
					map("severity", "warning", "line", 0, "message", "does not exist (looked beside the record "
							+ "and in the folder root): fix the path (relative to the record), add the file, or give "
							+ "its URL"));
			return entry;
		}
		entry.put("file", root.relativize(file.get()).toString().replace('\\', '/'));
		OpenApi.Result result = OpenApi.read(root, file.get());
		if (!result.ok()) {
			entry.put("problem", map("severity", "warning", "line", result.line(), "message",
					redact(result.problem(), api, field)));
			return entry;
		}
		OpenApi.Specification specification = result.specification();
		entry.put("openapi", specification.openapi());
		entry.put("title", redact(specification.title(), api, field));
		putIfSet(entry, "version", redact(specification.version(), api, field));
		entry.put("servers", specification.servers().stream().map(s -> redact(s, api, field)).toList());
		List<Object> operations = new ArrayList<>();
		for (OpenApi.Operation operation : specification.operations()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("method", operation.method());
			row.put("path", redact(operation.path(), api, field));
			putIfSet(row, "operation-id", redact(operation.operationId(), api, field));
			putIfSet(row, "summary", redact(operation.summary(), api, field));
			operations.add(row);
		}
		entry.put("operations", operations);
		return entry;
	}

	private Object value(Record record, EStructuralFeature feature, Object value) {
		if (value instanceof Collection<?> list) {
			List<Object> values = new ArrayList<>();
			list.forEach(v -> values.add(value(record, feature, v)));
			return values;
		}
		if (feature instanceof EReference reference && !reference.isContainment()) {
			return idOf((EObject) value);
		}
		if (value instanceof EObject object && !(value instanceof Enumerator)) {
			Map<String, Object> nested = new LinkedHashMap<>();
			for (EStructuralFeature f : object.eClass().getEAllStructuralFeatures()) {
				Object v = object.eGet(f);
				if (v != null && !(v instanceof Collection<?> c && c.isEmpty())) {
					nested.put(Kinds.kebab(f.getName()), value(record, f, v));
				}
			}
			return nested;
		}
		if (value instanceof Enumerator enumerator) {
			return enumerator.getLiteral();
		}
		if (value instanceof Boolean || value instanceof Integer) {
			return value;
		}
		if (value instanceof BigDecimal) {
			return value;
		}
		return redact(String.valueOf(value), record, Kinds.kebab(feature.getName()));
	}

	private static String idOf(EObject target) {
		if (target.eIsProxy()) {
			return ((InternalEObject) target).eProxyURI().fragment();
		}
		if (target instanceof Decision decision && decision.eContainer() instanceof DecisionSet set
				&& set.eContainer() instanceof Architecture architecture
				&& architecture.getDecisionSets().indexOf(set) > 0) {
			return set.getName() + ":" + decision.getId();
		}
		return target instanceof Record record ? record.getId() : String.valueOf(target);
	}

	private String redact(String text, Record record, String field) {
		String kind = text == null ? null : scan.find(text).orElse(null);
		if (kind == null) {
			return text;
		}
		SourceLocation location = record == null || root == null || record.getSourcePath() == null
				? SourceLocation.of(java.nio.file.Path.of(FolderLayout.SETTINGS))
				: SourceLocation.of(root.resolve(record.getSourcePath()));
		Findings.add(findings, Findings.warning(SOURCE, 1, location, "a credential (" + kind + ") in '" + field
				+ "' is redacted in the JSON: move the secret to a secrets manager"));
		return Credentials.redact(text);
	}

	/** A map that keeps its keys' order (the schema is written in a fixed order). */
	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** The JSON Schema (draft 2020-12) of the document, generated from the model. */
	public static String schema() {
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.put("$id", "https://baton.dev/schema/pack.schema.json");
		schema.put("title", "Baton handover pack (JSON)");
		schema.put("type", "object");
		schema.put("required", List.of("format", "as-of", "decision-sets"));
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("$schema", map("type", "string"));
		properties.put("format", map("const", FORMAT));
		properties.put("as-of", map("type", "string", "format", "date"));
		properties.put("name", map("type", "string"));
		properties.put("organisation", map("type", "string"));
		properties.put("description", map("type", "string"));
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("type", "object");
		set.put("properties", map("name", map("type", "string"), "path", map("type", "string"), "dialect",
				map("type", "string"), "decisions", map("type", "array", "items", map("$ref", "#/$defs/decision"))));
		properties.put("decision-sets", map("type", "array", "items", set));
		Map<String, Object> transition = new LinkedHashMap<>();
		transition.put("type", "object");
		transition.put("required", List.of("file", "id", "to", "date", "commit"));
		transition.put("properties", map("file", map("type", "string", "description",
				"the decision's file now (or last), relative to the architecture folder"), "id", map("type", "string"),
				"title", map("type", "string"), "from", map("type", List.of("string", "null"), "description",
						"the status before; null when the decision was created"),
				"to", map("type", "string"), "author", map("type", "string"), "date",
				map("type", "string", "format", "date"),
				"commit", map("type", "string"), "message", map("type", "string")));
		transition.put("additionalProperties", false);
		properties.put("decision-history", map("type", "object", "description",
				"the decisions' status transitions from git, oldest first (when the folder is in a git repository)",
				"properties", map("note", map("type", "string", "description",
						"why the history is missing or incomplete (not a git repository, a shallow clone)"),
						"transitions", map("type", "array", "items", transition)),
				"additionalProperties", false));
		Map<String, Object> defs = new LinkedHashMap<>();
		for (Kinds.Kind kind : Kinds.all()) {
			if (kind.container() != null) {
				properties.put(kind.folder(), map("type", "array", "items", map("$ref", "#/$defs/" + kind.name())));
			}
			defs.put(kind.name(), objectSchema(kind.eClass(), true));
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> api = (Map<String, Object>) ((Map<String, Object>) defs.get("interface")).get("properties");
		api.put(SPECIFICATION_KEY, specificationSchema());
		schema.put("properties", properties);
		schema.put("additionalProperties", false);
		schema.put("$defs", defs);
		return Json.write(schema) + "\n";
	}

	/** The schema of an interface's OpenAPI summary. */
	private static Map<String, Object> specificationSchema() {
		Map<String, Object> operation = new LinkedHashMap<>();
		operation.put("type", "object");
		operation.put("required", List.of("method", "path"));
		operation.put("properties", map("method", map("type", "string", "description", "upper case: GET, POST, ..."),
				"path", map("type", "string", "description", "the path template, /pets/{petId}"),
				"operation-id", map("type", "string"), "summary", map("type", "string")));
		operation.put("additionalProperties", false);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "object");
		problem.put("required", List.of("severity", "message"));
		problem.put("properties", map("severity", map("const", "warning"), "line", map("type", "integer", "description",
				"the line of the specification file the problem is on; 0 when unknown"),
				"message", map("type", "string", "description", "what is wrong and what to do")));
		problem.put("additionalProperties", false);
		Map<String, Object> specification = new LinkedHashMap<>();
		specification.put("type", "object");
		specification.put("description", "what the interface's OpenAPI 3.x file says (not fetched for URLs), or why it "
				+ "could not be read");
		specification.put("required", List.of("file"));
		specification.put("properties", map("file", map("type", "string", "description",
				"the specification file, relative to the architecture folder (as written when it does not exist)"),
				"openapi", map("type", "string", "description", "the OpenAPI version, 3.0.3"), "title",
				map("type", "string"),
				"version", map("type", "string"), "servers", map("type", "array", "items", map("type", "string")),
				"operations", map("type", "array", "items", operation), "problem", problem));
		specification.put("additionalProperties", false);
		return specification;
	}

	private static Map<String, Object> objectSchema(EClass eClass, boolean record) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("type", "object");
		Map<String, Object> properties = new LinkedHashMap<>();
		if (record) {
			properties.put("file",
					map("type", "string", "description", "the record's file, relative to the architecture folder"));
		}
		for (EStructuralFeature feature : record ? features(eClass) : eClass.getEAllStructuralFeatures()) {
			Map<String, Object> type = type(feature);
			properties.put(Kinds.kebab(feature.getName()),
					feature.isMany() ? map("type", "array", "items", type) : type);
		}
		object.put("properties", properties);
		if (record) {
			object.put("required", List.of("id"));
		}
		object.put("additionalProperties", false);
		return object;
	}

	private static Map<String, Object> type(EStructuralFeature feature) {
		if (feature instanceof EReference reference) {
			return reference.isContainment() ? objectSchema(reference.getEReferenceType(), false)
					: map("type", "string", "description", "id of a " + reference.getEReferenceType().getName());
		}
		EDataType type = ((EAttribute) feature).getEAttributeType();
		Class<?> java = type.getInstanceClass();
		if (type instanceof EEnum eEnum) {
			return map("enum", eEnum.getELiterals().stream().map(l -> l.getLiteral()).toList());
		}
		if (java == Boolean.class || java == boolean.class) {
			return map("type", "boolean");
		}
		if (java == Integer.class || java == int.class) {
			return map("type", "integer");
		}
		if (java == BigDecimal.class) {
			return map("type", "number");
		}
		if (java == java.time.LocalDate.class) {
			return map("type", "string", "format", "date");
		}
		return map("type", "string");
	}
}
