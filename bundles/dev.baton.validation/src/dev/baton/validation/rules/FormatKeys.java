package dev.baton.validation.rules;

import java.util.Locale;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EStructuralFeature;

/** How a feature is written in a record file (the model's format annotations; docs/format.md). */
final class FormatKeys {

	private FormatKeys() {
	}

	/** The front matter key ({@code superseded-by}, {@code last-reviewed}), or {@code null} when it has none. */
	static String key(EStructuralFeature feature) {
		if (section(feature) != null) {
			return null;
		}
		String key = detail(feature, "key");
		if (key == null) {
			return feature.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
		}
		return key.equals("-") ? null : key;
	}

	/** The body section heading that holds the feature, or {@code null}. */
	static String section(EStructuralFeature feature) {
		return detail(feature, "section");
	}

	private static String detail(EStructuralFeature feature, String name) {
		EAnnotation format = feature.getEAnnotation("https://baton.dev/format");
		return format == null ? null : format.getDetails().get(name);
	}
}
