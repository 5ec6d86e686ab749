package dev.baton.model.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.baton.model.BatonPackage;
import dev.baton.model.Component;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.Element;
import dev.baton.model.Interface;
import dev.baton.model.LinkType;
import dev.baton.model.Person;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Team;
import dev.baton.model.Technology;

/**
 * The derived, non-stored features of the model: the inverse views of stored references (consumers of an interface,
 * decisions affecting an element, superseded-by, ...).
 *
 * <p>
 * When an {@link ECrossReferenceAdapter} is attached to the model (the store attaches one to every architecture it
 * loads), an inverse costs one lookup; otherwise the containing {@link Architecture} is scanned. The results are
 * unmodifiable: change the stored side.
 */
public final class Inverses {

	private Inverses() {
	}

	/** Components whose {@code consumes} lists the interface. */
	public static EList<Component> consumers(Interface api) {
		return referrers(api, BatonPackage.Literals.COMPONENT__CONSUMES, Component.class);
	}

	/** Interfaces whose provider is the component. */
	public static EList<Interface> provides(Component component) {
		return referrers(component, BatonPackage.Literals.INTERFACE__PROVIDER, Interface.class);
	}

	/** Components whose system is the given one. */
	public static EList<Component> components(SoftwareSystem system) {
		return referrers(system, BatonPackage.Literals.COMPONENT__SYSTEM, Component.class);
	}

	/** Components that use the technology. */
	public static EList<Component> usedBy(Technology technology) {
		return referrers(technology, BatonPackage.Literals.COMPONENT__TECHNOLOGIES, Component.class);
	}

	/** People whose team is the given one. */
	public static EList<Person> members(Team team) {
		return referrers(team, BatonPackage.Literals.PERSON__TEAM, Person.class);
	}

	/** Decisions that list the element in {@code affects}. */
	public static EList<Decision> affectedBy(Element element) {
		return referrers(element, BatonPackage.Literals.DECISION__AFFECTS, Decision.class);
	}

	/** Targets of the decision's own links of the given type, in the order written. */
	public static EList<Decision> linked(Decision decision, LinkType type) {
		List<Decision> result = new ArrayList<>();
		for (DecisionLink link : decision.getLinks()) {
			if (link.getType() == type && link.getTarget() != null && !result.contains(link.getTarget())) {
				result.add(link.getTarget());
			}
		}
		return ECollections.unmodifiableEList(result);
	}

	/** Decisions that have a link of the given type to this decision. */
	public static EList<Decision> linkedFrom(Decision decision, LinkType type) {
		List<Decision> result = new ArrayList<>();
		for (DecisionLink link : referrers(decision, BatonPackage.Literals.DECISION_LINK__TARGET, DecisionLink.class)) {
			if (link.getType() == type && link.eContainer() instanceof Decision source && !result.contains(source)) {
				result.add(source);
			}
		}
		return ECollections.unmodifiableEList(result);
	}

	private static <T extends EObject> EList<T> referrers(EObject target, EReference reference, Class<T> type) {
		ECrossReferenceAdapter adapter = ECrossReferenceAdapter.getCrossReferenceAdapter(target);
		List<T> result = new ArrayList<>();
		if (adapter != null) {
			for (EStructuralFeature.Setting setting : adapter.getNonNavigableInverseReferences(target, false)) {
				if (setting.getEStructuralFeature() == reference && type.isInstance(setting.getEObject())
						&& !result.contains(setting.getEObject())) {
					result.add(type.cast(setting.getEObject()));
				}
			}
		} else {
			EObject root = EcoreUtil.getRootContainer(target);
			for (var it = root.eAllContents(); it.hasNext();) {
				EObject candidate = it.next();
				if (type.isInstance(candidate) && refersTo(candidate, reference, target)) {
					result.add(type.cast(candidate));
				}
			}
		}
		return ECollections.unmodifiableEList(result);
	}

	private static boolean refersTo(EObject source, EReference reference, EObject target) {
		if (!reference.getEContainingClass().isSuperTypeOf(source.eClass())) {
			return false;
		}
		Object value = source.eGet(reference, false);
		return value instanceof Collection<?> values ? values.contains(target) : value == target;
	}
}
