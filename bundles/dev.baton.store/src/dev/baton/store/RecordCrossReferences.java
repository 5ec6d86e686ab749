package dev.baton.store;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;

/**
 * The inverse references of a loaded folder, kept up to date by EMF as the model changes: who refers to a record (to
 * re-resolve references into a record whose file changed), and which references are unresolved (proxies that a new
 * record may now resolve).
 */
final class RecordCrossReferences extends ECrossReferenceAdapter {

	/** The proxies standing for ids that named no record, each once. */
	List<EObject> proxies() {
		List<EObject> proxies = new ArrayList<>();
		for (EObject target : inverseCrossReferencer.keySet()) {
			if (target.eIsProxy()) {
				proxies.add(target);
			}
		}
		return proxies;
	}

	/** An unresolved id is never a resource to load: looking for one would only cost time. */
	@Override
	protected boolean resolve() {
		return false;
	}

	/** The adapter of a loaded folder's model. */
	static RecordCrossReferences of(EObject object) {
		return (RecordCrossReferences) ECrossReferenceAdapter.getCrossReferenceAdapter(
				object.eResource().getResourceSet());
	}
}
