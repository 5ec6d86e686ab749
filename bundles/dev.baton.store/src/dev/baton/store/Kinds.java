package dev.baton.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.baton.model.Architecture;
import dev.baton.model.BatonPackage;

/**
 * The kinds of record an architecture folder holds, read from the model's {@value #FORMAT_ANNOTATION} annotations: kind
 * name, folder, the model class and the {@code Architecture} feature that contains its records, and the front matter
 * key or body section of every feature.
 */
public final class Kinds {

	/** Source of the model annotations that describe the on-disk format. */
	public static final String FORMAT_ANNOTATION = "https://baton.dev/format";

	/**
	 * One kind of record.
	 *
	 * @param name      as written in {@code kind:} ({@code component})
	 * @param folder    the folder its files live in ({@code components})
	 * @param eClass    the model class
	 * @param container the {@code Architecture} feature holding its records; {@code null} for decisions, which live in
	 *                  decision sets
	 */
	public record Kind(String name, String folder, EClass eClass, EReference container) {
	}

	private static final List<Kind> ALL;
	private static final Map<String, Kind> BY_NAME = new LinkedHashMap<>();
	private static final Map<String, Kind> BY_FOLDER = new LinkedHashMap<>();

	static {
		List<Kind> kinds = new ArrayList<>();
		for (EClassifier classifier : BatonPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				EAnnotation annotation = eClass.getEAnnotation(FORMAT_ANNOTATION);
				if (annotation != null && annotation.getDetails().containsKey("kind")) {
					EReference container = BatonPackage.Literals.ARCHITECTURE.getEAllContainments().stream()
							.filter(r -> r.getEReferenceType() == eClass).findFirst().orElse(null);
					Kind kind = new Kind(annotation.getDetails().get("kind"), annotation.getDetails().get("folder"),
							eClass, container);
					kinds.add(kind);
					BY_NAME.put(kind.name(), kind);
					BY_FOLDER.put(kind.folder(), kind);
				}
			}
		}
		ALL = Collections.unmodifiableList(kinds);
	}

	private Kinds() {
	}

	/** Every kind, decisions first, in the model's order. */
	public static List<Kind> all() {
		return ALL;
	}

	/** Every record of an architecture, decisions first (set by set), then kind by kind in the model's order. */
	public static List<dev.baton.model.Record> records(Architecture architecture) {
		List<dev.baton.model.Record> records = new ArrayList<>();
		architecture.getDecisionSets().forEach(set -> records.addAll(set.getDecisions()));
		for (Kind kind : ALL) {
			if (kind.container() != null) {
				@SuppressWarnings("unchecked")
				List<dev.baton.model.Record> ofKind =
						(List<dev.baton.model.Record>) architecture.eGet(kind.container());
				records.addAll(ofKind);
			}
		}
		return records;
	}

	public static Optional<Kind> byName(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	public static Optional<Kind> byFolder(String folder) {
		return Optional.ofNullable(BY_FOLDER.get(folder));
	}

	public static Kind of(EClass eClass) {
		return ALL.stream().filter(k -> k.eClass() == eClass).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(eClass.getName() + " is not a kind of record"));
	}

	/**
	 * The front matter key of a feature: the annotation's {@code key}, else the feature name in kebab-case;
	 * {@code null} for features that are not written as a key (annotated {@code -}, derived or transient ones, body
	 * sections).
	 */
	public static String key(EStructuralFeature feature) {
		if (feature.isDerived() || feature.isTransient() || section(feature) != null) {
			return null;
		}
		if (feature instanceof EReference reference && reference.isContainment()
				&& reference.getEReferenceType() == BatonPackage.Literals.SECTION) {
			return null;
		}
		EAnnotation annotation = feature.getEAnnotation(FORMAT_ANNOTATION);
		String key = annotation == null ? null : annotation.getDetails().get("key");
		if (key == null) {
			return kebab(feature.getName());
		}
		return key.equals("-") ? null : key;
	}

	/** The body section heading that holds the feature, or {@code null}. */
	public static String section(EStructuralFeature feature) {
		EAnnotation annotation = feature.getEAnnotation(FORMAT_ANNOTATION);
		return annotation == null ? null : annotation.getDetails().get("section");
	}

	/** {@code noticePeriodDays} to {@code notice-period-days}. */
	public static String kebab(String camel) {
		StringBuilder out = new StringBuilder(camel.length() + 4);
		for (int i = 0; i < camel.length(); i++) {
			char c = camel.charAt(i);
			if (Character.isUpperCase(c)) {
				out.append('-').append(Character.toLowerCase(c));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
