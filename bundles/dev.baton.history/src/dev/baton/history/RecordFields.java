package dev.baton.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.LinkType;
import dev.baton.model.Option;
import dev.baton.model.Record;
import dev.baton.model.Section;
import dev.baton.store.Kinds;

/**
 * The fields of a record as a semantic diff compares them: each front matter key, each list, each prose section, by the
 * name the file uses for it. References are compared as written (the id or number in the file).
 */
public final class RecordFields {

	/** The field name of a decision's status. */
	public static final String STATUS = "status";
	/** The field name of a record's title. */
	public static final String TITLE = "title";

	private RecordFields() {
	}

	/**
	 * The record's fields in the model's order; unset fields are left out.
	 *
	 * @return values by field name; a single value is a list of one
	 */
	public static Map<String, List<String>> of(Record record) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		if (record == null) {
			return fields;
		}
		for (EStructuralFeature feature : record.eClass().getEAllStructuralFeatures()) {
			// the id shows as a rename (it follows the file name unless the file sets one)
			if (feature.isDerived() || feature.isTransient() || feature == BatonPackage.Literals.RECORD__ID
					|| feature == BatonPackage.Literals.DECISION__NUMBER
					|| feature == BatonPackage.Literals.DECISION__SLUG
					|| feature == BatonPackage.Literals.DECISION__STATUS
					|| feature == BatonPackage.Literals.RECORD__SECTIONS) {
				continue;
			}
			List<String> values = values(record, feature);
			if (!values.isEmpty()) {
				fields.put(name(feature), values);
			}
		}
		if (record instanceof Decision decision && !decision.getOptions().isEmpty()) {
			StringBuilder pros = new StringBuilder();
			for (Option option : decision.getOptions()) {
				pros.append("### ").append(option.getTitle()).append('\n');
				append(pros, option.getDescription());
				option.getPros().forEach(p -> pros.append("* Good, because ").append(p).append('\n'));
				option.getNeutral().forEach(p -> pros.append("* Neutral, because ").append(p).append('\n'));
				option.getCons().forEach(p -> pros.append("* Bad, because ").append(p).append('\n'));
			}
			fields.put("section: Pros and Cons of the Options", List.of(pros.toString().strip()));
		}
		for (Section section : record.getSections()) {
			if (section.getBody() != null && !section.getBody().isBlank()) {
				fields.merge("section: " + section.getHeading(), List.of(section.getBody().strip()), (a, b) -> {
					List<String> both = new ArrayList<>(a);
					both.addAll(b);
					return both;
				});
			}
		}
		return fields;
	}

	private static void append(StringBuilder out, String text) {
		if (text != null && !text.isBlank()) {
			out.append(text.strip()).append('\n');
		}
	}

	/** Whether a field of {@link #of} holds Markdown prose. */
	public static boolean isProse(String field) {
		return field.startsWith("section: ") || field.equals("description");
	}

	/** The fields that differ between two versions of a record, in the order of the newer one. */
	public static List<FieldChange> compare(Record before, Record after) {
		Map<String, List<String>> old = of(before);
		Map<String, List<String>> now = of(after);
		Set<String> names = new LinkedHashSet<>(now.keySet());
		names.addAll(old.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String name : names) {
			List<String> a = old.getOrDefault(name, List.of());
			List<String> b = now.getOrDefault(name, List.of());
			if (!a.equals(b)) {
				changes.add(new FieldChange(name, a, b, isProse(name), isList(before, after, name)));
			}
		}
		return changes;
	}

	private static boolean isList(Record before, Record after, String name) {
		Record record = after != null ? after : before;
		for (EStructuralFeature feature : record.eClass().getEAllStructuralFeatures()) {
			if (feature.isMany() && name.equals(name(feature))) {
				return true;
			}
		}
		return false;
	}

	/** The status as written, or {@code null}. */
	public static String status(Record record) {
		return record instanceof Decision decision ? decision.getStatusText() : null;
	}

	private static String name(EStructuralFeature feature) {
		if (feature == BatonPackage.Literals.RECORD__DESCRIPTION) {
			return "description";
		}
		if (feature == BatonPackage.Literals.DECISION__LINKS) {
			return "links";
		}
		if (feature == BatonPackage.Literals.DECISION__OPTIONS) {
			return "considered-options";
		}
		if (feature == BatonPackage.Literals.DECISION__CHOSEN_OPTION) {
			return "chosen-option";
		}
		String section = Kinds.section(feature);
		if (section != null) {
			return "section: " + section;
		}
		String key = Kinds.key(feature);
		return key != null ? key : Kinds.kebab(feature.getName());
	}

	private static List<String> values(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature, false);
		List<String> values = new ArrayList<>();
		if (feature.isMany()) {
			for (Object item : (List<?>) value) {
				values.add(text(item, feature));
			}
		} else if (value != null && !(feature instanceof EAttribute && Objects.equals(value, feature.getDefaultValue())
				&& !(value instanceof String))) {
			String text = text(value, feature);
			if (!text.isBlank()) {
				values.add(Kinds.section(feature) != null ? text.strip() : text);
			}
		}
		return values;
	}

	private static String text(Object value, EStructuralFeature feature) {
		if (value instanceof DecisionLink link) {
			String type = link.getType() == LinkType.CUSTOM && link.getCustomType() != null ? link.getCustomType()
					: link.getType() == null ? "links" : link.getType().getLiteral();
			return type + " " + token(link.getTarget()) + (link.getNote() == null ? "" : " (" + link.getNote() + ")");
		}
		if (value instanceof Option option) {
			return option.getTitle() == null ? "" : option.getTitle();
		}
		if (value instanceof EObject target && feature instanceof EReference reference && !reference.isContainment()) {
			return token(target);
		}
		if (value instanceof EObject nested) {
			List<String> parts = new ArrayList<>();
			for (EStructuralFeature f : nested.eClass().getEAllStructuralFeatures()) {
				if (!f.isDerived() && !f.isTransient()) {
					List<String> v = values(nested, f);
					if (!v.isEmpty()) {
						parts.add(Kinds.kebab(f.getName()) + ": " + String.join(", ", v));
					}
				}
			}
			return String.join("; ", parts);
		}
		if (value instanceof Enumerator enumerator) {
			return enumerator.getLiteral();
		}
		return String.valueOf(value);
	}

	private static String token(EObject target) {
		if (target == null) {
			return "";
		}
		if (target.eIsProxy()) {
			return ((InternalEObject) target).eProxyURI().fragment();
		}
		return target instanceof Record record ? record.getId() : String.valueOf(target);
	}
}
