package dev.baton.adr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.store.ArchitectureFolder;

/**
 * The decisions an {@link AdrImport} read, added to a decision set of an architecture folder
 * (what {@code baton import} and the workbench's import wizard do): decisions already there
 * (same id) are left alone, numbers are kept, and decisions without a number (or whose number
 * is taken) get the next ones in date order. Nothing is written: the caller saves the folder.
 */
public final class ImportedDecisions {

	/**
	 * What adding did.
	 *
	 * @param actions one line per decision: added, would be added, or already there
	 * @param added how many decisions were added to the set
	 */
	public record Added(List<String> actions, int added) {
	}

	private ImportedDecisions() {
	}

	/**
	 * Moves the report's decisions into {@code target} (of {@code folder}).
	 *
	 * @param dryRun only words the actions differently ("would add"); the model is changed either way
	 */
	public static Added add(ArchitectureFolder folder, DecisionSet target, AdrImport.Report report, boolean dryRun) {
		Set<String> ids = new HashSet<>();
		Set<Integer> numbers = new HashSet<>();
		target.getDecisions().forEach(d -> {
			ids.add(d.getId());
			if (d.getNumber() != null) {
				numbers.add(d.getNumber());
			}
		});
		Map<String, Decision> present = new HashMap<>();
		target.getDecisions().forEach(d -> present.put(d.getId(), d));
		List<String> actions = new ArrayList<>();
		List<Decision> unnumbered = new ArrayList<>();
		List<Decision> moved = new ArrayList<>();
		Map<Decision, Decision> alreadyThere = new IdentityHashMap<>();
		int added = 0;
		for (DecisionSet set : report.architecture().getDecisionSets()) {
			for (Decision decision : List.copyOf(set.getDecisions())) {
				if (ids.contains(decision.getId())) {
					actions.add("already there: " + decision.getId() + " (" + set.getName() + ")");
					if (present.containsKey(decision.getId())) {
						alreadyThere.put(decision, present.get(decision.getId()));
					}
					continue;
				}
				moved.add(decision);
				String origin = decision.getSourcePath();
				decision.setSourcePath(null);
				if (decision.getNumber() == null || numbers.contains(decision.getNumber())) {
					unnumbered.add(decision);
					decision.setId(null);
				} else {
					numbers.add(decision.getNumber());
					ids.add(decision.getId());
					actions.add((dryRun ? "would add " : "added ") + decision.getId() + " from " + origin);
				}
				target.getDecisions().add(decision);
				added++;
			}
		}
		unnumbered.sort(java.util.Comparator.comparing((Decision d) -> d.getDate() == null ? java.time.LocalDate.MAX
				: d.getDate()));
		for (Decision decision : unnumbered) {
			String id = folder.nextDecisionId(target, decision.getTitle());
			decision.setId(id);
			decision.setNumber(Integer.valueOf(id.substring(0, id.indexOf('-'))));
			numbers.add(decision.getNumber());
			actions.add((dryRun ? "would add " : "added ") + id + " (numbered on import)");
		}
		retarget(moved, alreadyThere);
		return new Added(actions, added);
	}

	/**
	 * Points the added decisions' references to decisions that were not added (already there, as
	 * when an interrupted import runs again) at the folder's own: left alone they would point into
	 * the import's model and be written as {@code <source set>:<id>}, which resolves to nothing.
	 */
	private static void retarget(List<Decision> moved, Map<Decision, Decision> alreadyThere) {
		if (alreadyThere.isEmpty()) {
			return;
		}
		for (Decision decision : moved) {
			retarget(decision, alreadyThere);
			decision.eAllContents().forEachRemaining(object -> retarget(object, alreadyThere));
		}
	}

	private static void retarget(EObject object, Map<Decision, Decision> alreadyThere) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived()
					|| !reference.isChangeable()) {
				continue;
			}
			if (reference.isMany()) {
				@SuppressWarnings("unchecked")
				List<Object> values = (List<Object>) object.eGet(reference, false);
				for (int i = 0; i < values.size(); i++) {
					Decision there = alreadyThere.get(values.get(i));
					if (there != null) {
						values.set(i, there);
					}
				}
			} else {
				Decision there = alreadyThere.get(object.eGet(reference, false));
				if (there != null) {
					object.eSet(reference, there);
				}
			}
		}
	}
}
