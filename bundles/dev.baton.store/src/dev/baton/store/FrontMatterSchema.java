package dev.baton.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.baton.model.BatonPackage;
import dev.baton.store.internal.KeyCodec;
import dev.baton.store.internal.RecordCodec;

/**
 * Generates the JSON Schema (draft 2020-12) of each kind's front matter from the model and the store's key mapping, so
 * the published schemas never drift from what Baton reads. Unknown keys are allowed: Baton keeps them.
 */
public final class FrontMatterSchema {

	private static final String GENMODEL = "http://www.eclipse.org/emf/2002/GenModel";

	private FrontMatterSchema() {
	}

	/** The schema of a kind, as pretty-printed JSON ending with a line break. */
	public static String of(Kinds.Kind kind) {
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.put("$id", "https://baton.dev/schema/" + kind.name() + ".schema.json");
		schema.put("title", "Baton " + kind.name() + " front matter");
		String doc = documentation(kind.eClass());
		schema.put("description", (doc == null ? "" : doc + " ") + "Front matter of the Markdown files in "
				+ kind.folder() + "/ of an architecture folder. Keys not listed here are allowed and kept.");
		schema.put("type", "object");
		Map<String, Object> properties = new LinkedHashMap<>();
		for (KeyCodec codec : RecordCodec.of(kind.eClass()).keys()) {
			properties.put(codec.key(), property(kind.eClass(), codec.key()));
			for (String alias : codec.aliases()) {
				Map<String, Object> aliasProperty = new LinkedHashMap<>(property(kind.eClass(), codec.key()));
				aliasProperty.put("description", "Older spelling of '" + codec.key() + "' (MADR 3).");
				properties.put(alias, aliasProperty);
			}
		}
		schema.put("properties", properties);
		schema.put("additionalProperties", true);
		return Json.write(schema) + "\n";
	}

	/**
	 * A Markdown reference of every kind's front matter keys and body sections (docs/fields.md), generated from the
	 * same model as the schemas.
	 */
	public static String reference() {
		StringBuilder out = new StringBuilder();
		out.append("# Front matter keys and body sections, kind by kind\n\n");
		out.append("Generated from the model (`bundles/dev.baton.model/model/baton.ecore`) by the store's tests; ");
		out.append("do not edit: run `./mvnw verify -Dbaton.schema=update`. The general rules are in ");
		out.append("[format.md](format.md); the JSON Schemas are in [schema/](schema/).\n");
		for (Kinds.Kind kind : Kinds.all()) {
			out.append("\n## ").append(kind.name()).append(" (`").append(kind.folder()).append("/`)\n\n");
			String doc = documentation(kind.eClass());
			if (doc != null) {
				out.append(doc).append("\n\n");
			}
			out.append("| key | type | meaning |\n|---|---|---|\n");
			for (KeyCodec codec : RecordCodec.of(kind.eClass()).keys()) {
				Map<String, Object> property = property(kind.eClass(), codec.key());
				out.append("| `").append(codec.key()).append('`');
				codec.aliases().forEach(alias -> out.append(" (or `").append(alias).append("`)"));
				out.append(" | ").append(typeName(property)).append(" | ")
						.append(String.valueOf(property.getOrDefault("description", "")).replace("|", "\\|"))
						.append(" |\n");
			}
			List<String> sections = new ArrayList<>();
			RecordCodec.of(kind.eClass()).body().forEach(body -> sections.add(
					(body.parent() == null ? "`## " : "`### ") + body.heading() + "`"
							+ (body.parent() == null ? "" : " (in " + body.parent() + ")")));
			out.append("\nBody: `# Title`, then the description");
			if (!sections.isEmpty()) {
				out.append(", then ").append(String.join(", ", sections));
			}
			out.append("; any other section is kept verbatim.\n");
		}
		return out.toString();
	}

	private static String typeName(Map<String, Object> property) {
		Object type = property.get("type");
		if (property.containsKey("enum")) {
			return "one of "
					+ String.join(", ", ((List<?>) property.get("enum")).stream().map(Object::toString).toList());
		}
		if ("array".equals(type)) {
			Map<?, ?> items = (Map<?, ?>) property.get("items");
			return "list of " + ("object".equals(items.get("type")) ? "mappings (" + String.join(", ",
					((Map<?, ?>) items.get("properties")).keySet().stream().map(Object::toString).toList()) + ")"
					: typeName(castMap(items)) + "s");
		}
		if ("string".equals(type) && "date".equals(property.get("format"))) {
			return "date (YYYY-MM-DD)";
		}
		if (property.getOrDefault("description", "").toString().contains("Id of a ")) {
			return "id";
		}
		return type instanceof List<?> list ? String.join(" or ", list.stream().map(Object::toString).toList())
				: String.valueOf(type);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

	private static Map<String, Object> property(EClass eClass, String key) {
		BatonPackage p = BatonPackage.eINSTANCE;
		Map<String, Object> property = new LinkedHashMap<>();
		switch (key) {
		case "status" -> {
			if (eClass == p.getDecision()) {
				property.put("description", "Status as written; Baton maps it to the lifecycle "
						+ literals(p.getDecisionStatus()) + " and keeps the text.");
				property.put("type", "string");
				property.put("examples", List.of("accepted", "proposed", "superseded by ADR-0012"));
				return property;
			}
		}
		case "supersedes", "amends", "relates-to" -> {
			property.put("description", "Decisions this one " + key.replace('-', ' ')
					+ ", by id (0007-use-postgresql), number (7, ADR-7) or set:number.");
			property.putAll(listOf(Map.of("type", List.of("string", "integer"))));
			return property;
		}
		case "links" -> {
			property.put("description", "Typed links to other decisions: custom types, or links with a note.");
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("type", "object");
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("type", Map.of("type", "string"));
			properties.put("target", Map.of("type", List.of("string", "integer")));
			properties.put("note", Map.of("type", "string"));
			item.put("properties", properties);
			item.put("required", List.of("type", "target"));
			property.put("type", "array");
			property.put("items", item);
			return property;
		}
		case "id" -> {
			property.put("description", "Identifier; defaults to the file name without .md.");
			property.put("type", "string");
			return property;
		}
		case "title" -> {
			property.put("description", "Title, when the body has no '# Title' heading.");
			property.put("type", "string");
			return property;
		}
		default -> {
			// a plain feature
		}
		}
		EStructuralFeature feature = eClass.getEAllStructuralFeatures().stream().filter(f -> key.equals(Kinds.key(f)))
				.findFirst().orElseThrow(() -> new IllegalStateException("no feature for key " + key));
		Map<String, Object> type = type(feature);
		Object reference = type.remove("description");
		String doc = documentation(feature);
		String description = doc == null ? (reference == null ? null : reference.toString())
				: reference == null ? doc : doc + " " + reference;
		if (description != null) {
			property.put("description", description);
		}
		property.putAll(type);
		return property;
	}

	private static Map<String, Object> type(EStructuralFeature feature) {
		Map<String, Object> single;
		if (feature instanceof EReference reference && reference.isContainment()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("type", "object");
			Map<String, Object> properties = new LinkedHashMap<>();
			for (EStructuralFeature child : reference.getEReferenceType().getEAllStructuralFeatures()) {
				String key = Kinds.key(child);
				if (key != null) {
					Map<String, Object> property = new LinkedHashMap<>();
					String doc = documentation(child);
					if (doc != null) {
						property.put("description", doc);
					}
					property.putAll(type(child));
					properties.put(key, property);
				}
			}
			item.put("properties", properties);
			single = item;
		} else if (feature instanceof EReference reference) {
			single = new LinkedHashMap<>();
			single.put("type", "string");
			single.put("description", "Id of a " + reference.getEReferenceType().getName() + ".");
		} else {
			single = scalar(((EAttribute) feature).getEAttributeType());
		}
		return feature.isMany() ? listOf(single) : single;
	}

	private static Map<String, Object> listOf(Map<String, Object> item) {
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("type", "array");
		list.put("items", item);
		return list;
	}

	private static Map<String, Object> scalar(EDataType type) {
		Map<String, Object> schema = new LinkedHashMap<>();
		if (type == BatonPackage.Literals.LOCAL_DATE) {
			schema.put("type", "string");
			schema.put("format", "date");
		} else if (type instanceof EEnum eEnum) {
			schema.put("enum", eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
		} else if (type.getInstanceClass() == Integer.class || type.getInstanceClass() == int.class) {
			schema.put("type", "integer");
		} else if (type.getInstanceClass() == Boolean.class || type.getInstanceClass() == boolean.class) {
			schema.put("type", "boolean");
		} else if (type.getInstanceClass() == BigDecimal.class) {
			schema.put("type", "number");
		} else {
			schema.put("type", "string");
		}
		return schema;
	}

	private static String literals(EEnum eEnum) {
		return String.join(", ", eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
	}

	private static String documentation(EModelElement element) {
		EAnnotation annotation = element.getEAnnotation(GENMODEL);
		return annotation == null ? null : annotation.getDetails().get("documentation");
	}
}
