package dev.baton.store;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;

import dev.baton.model.Architecture;
import dev.baton.model.BatonPackage;
import dev.baton.model.DecisionSet;
import dev.baton.model.Record;
import dev.baton.store.internal.References;

/**
 * The inverse references of a loaded folder, kept up to date by EMF as the model changes: who refers to a record (to
 * re-resolve references into a record whose file changed), and which references are unresolved (proxies that a new
 * record may now resolve). Also the index of the records by id that resolving uses: reading a file again updates it for
 * that file's record only, so that one changed file costs what that file costs, not what the folder does.
 */
final class RecordCrossReferences extends ECrossReferenceAdapter {

	private References ids;
	/** Whether records came, went or changed an id or name since the index was built, other than by a file reload. */
	private boolean idsChanged;

	/**
	 * The index of the folder's records by id, up to date: the one kept, or a new one when the model was edited in a
	 * way that the index does not follow (a record added, removed or renamed in the model, not from its file).
	 */
	References ids(Architecture architecture) {
		if (ids == null || idsChanged) {
			ids = FileReload.index(architecture);
			idsChanged = false;
		}
		return ids;
	}

	/** Keeps the index a load built (it holds every record loaded). */
	void keep(References loaded) {
		ids = loaded;
		idsChanged = false;
	}

	/** The index was updated along with the changes just made to the model (a file reload does it record by record). */
	void idsFollowed() {
		idsChanged = false;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (!notification.isTouch() && changesIds(notification)) {
			idsChanged = true;
		}
	}

	/** Records come or go, or a record's id or a name that references use changes. */
	private static boolean changesIds(Notification notification) {
		Object notifier = notification.getNotifier();
		Object feature = notification.getFeature();
		return notifier instanceof Architecture && feature instanceof EReference reference && reference.isContainment()
				|| notifier instanceof DecisionSet
				|| notifier instanceof Record && (feature == BatonPackage.Literals.RECORD__ID
						|| feature == BatonPackage.Literals.RECORD__TITLE
						|| feature == BatonPackage.Literals.DECISION__NUMBER
						|| feature == BatonPackage.Literals.DECISION__SLUG);
	}

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

	/** The index of a model's records by id: the one its loaded folder keeps, or a new one when it keeps none. */
	static References idsOf(Architecture architecture) {
		Resource resource = architecture.eResource();
		if (resource != null && resource.getResourceSet() != null && ECrossReferenceAdapter
				.getCrossReferenceAdapter(resource.getResourceSet()) instanceof RecordCrossReferences kept) {
			return kept.ids(architecture);
		}
		return FileReload.index(architecture);
	}

	/** The adapter of a loaded folder's model. */
	static RecordCrossReferences of(EObject object) {
		return (RecordCrossReferences) ECrossReferenceAdapter.getCrossReferenceAdapter(
				object.eResource().getResourceSet());
	}
}
