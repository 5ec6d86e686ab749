package dev.baton.store;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.baton.model.Record;

/**
 * Compares records of two models: attributes and contained objects by value, references by the ids they name (the two
 * models' objects are different instances).
 */
final class RecordEquality {

	private RecordEquality() {
	}

	static boolean equal(EObject a, EObject b) {
		EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper() {

			private static final long serialVersionUID = 1L;

			@Override
			protected boolean haveEqualReference(EObject x, EObject y, EReference reference) {
				if (reference.isContainment()) {
					return super.haveEqualReference(x, y, reference);
				}
				return ids(x.eGet(reference)).equals(ids(y.eGet(reference)));
			}
		};
		return equality.equals(a, b);
	}

	/** Clears the transient source paths a load sets, so that loaded and built models compare. */
	static void forgetSources(EObject root) {
		root.eAllContents().forEachRemaining(o -> {
			if (o instanceof Record r) {
				r.setSourcePath(null);
			}
		});
		if (root instanceof Record r) {
			r.setSourcePath(null);
		}
	}

	static List<String> ids(Object value) {
		List<String> ids = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach(v -> ids.add(((Record) v).getId()));
		} else if (value instanceof Record record) {
			ids.add(record.getId());
		}
		return ids;
	}

	/** The stored features of an object, one per line, references as ids. */
	static String describe(EObject object) {
		StringBuilder out = new StringBuilder(object.eClass().getName());
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!feature.isDerived() && !(feature instanceof EReference r && r.isContainment())) {
				Object value = object.eGet(feature);
				out.append("\n  ").append(feature.getName()).append(" = ")
						.append(feature instanceof EReference ? ids(value) : value);
			}
		}
		return out.toString();
	}
}
