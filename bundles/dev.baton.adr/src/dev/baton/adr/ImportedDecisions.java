package dev.baton.adr;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.codec.RecordNames;

/**
 * The decisions an {@link AdrImport} read, added to a decision set of an architecture folder (what {@code baton import}
 * and the workbench's import wizard do). Nothing read is dropped: a decision keeps its id and number when they are
 * free; when its id or number is taken (by a decision already there, such as the seed
 * {@code 0001-record-architecture-decisions} of {@code baton init}, or by another imported one), or it has no number,
 * it gets the next free number, in date order, and the action says so. Two decisions of the source with one number (two
 * branches that each added decision 42) keep it, as the authors wrote it and as the folder read in place shows it: the
 * action names the other, and {@code baton renumber} gives one a free number when the team decides which. A decision
 * with the same title, date and status as one already there (a second import of the same source) is that one: it is not
 * added twice. Nothing is written: the caller saves the folder.
 */
public final class ImportedDecisions {

	/**
	 * What adding did.
	 *
	 * @param actions one line per decision: added (or would be added), and under which id
	 * @param added   how many decisions were added to the set
	 * @param placed  the id each imported file got in the set, by the file as the report names it
	 * @param origins the file each added decision was read from, by decision
	 */
	public record Added(List<String> actions, int added, Map<String, String> placed, Map<Decision, Path> origins) {
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
		Map<Integer, String> importedNumbers = new HashMap<>();
		Map<String, String> same = new HashMap<>();
		target.getDecisions().forEach(d -> {
			ids.add(d.getId());
			if (d.getNumber() != null) {
				numbers.add(d.getNumber());
			}
			same.putIfAbsent(sameness(d), d.getId());
		});
		Map<String, Decision> present = new HashMap<>();
		target.getDecisions().forEach(d -> present.put(d.getId(), d));
		Map<Decision, Decision> alreadyThere = new IdentityHashMap<>();
		String verb = dryRun ? "would add " : "added ";
		List<String> actions = new ArrayList<>();
		List<Decision> renumbered = new ArrayList<>();
		Map<Decision, String> why = new HashMap<>();
		Map<Decision, String> origin = new LinkedHashMap<>();
		Map<String, String> placed = new LinkedHashMap<>();
		Map<String, Decision> imported = new HashMap<>();
		Map<String, Decision> aliases = new LinkedHashMap<>();
		int added = 0;
		for (DecisionSet set : report.architecture().getDecisionSets()) {
			for (Decision decision : List.copyOf(set.getDecisions())) {
				Decision twin = imported.get(decision.getSourcePath());
				if (twin != null) {
					// the same file read twice (Structurizr scopes sharing one folder): one record
					aliases.put(decision.getSourcePath(), twin);
					alreadyThere.put(decision, twin);
					continue;
				}
				String there = same.get(sameness(decision));
				if (there != null) {
					// imported before: the same title, date and status (a second import of the same source)
					placed.put(decision.getSourcePath(), there);
					if (present.containsKey(there)) {
						alreadyThere.put(decision, present.get(there));
					}
					actions.add("already there: " + decision.getSourcePath() + " as " + there
							+ " (the same title, date and status)");
					continue;
				}
				imported.put(decision.getSourcePath(), decision);
				origin.put(decision, decision.getSourcePath());
				decision.setSourcePath(null);
				String written = decision.getId();
				if (decision.getNumber() != null && !decision.getNumber().equals(RecordNames.number(written))) {
					// "adr-007-x", "ADR-7": Baton's file names start with the number, which is kept
					decision.setId(RecordNames.decisionId(decision.getNumber(), 4, decision.getTitle()));
				}
				if (ids.contains(decision.getId())) {
					why.put(decision, "its id " + decision.getId() + " is taken in " + target.getName());
					renumbered.add(decision);
				} else if (decision.getNumber() == null) {
					why.put(decision, "it has no number");
					renumbered.add(decision);
				} else if (numbers.contains(decision.getNumber())) {
					why.put(decision, "its number " + decision.getNumber() + " is taken in " + target.getName());
					renumbered.add(decision);
				} else {
					String twinOfNumber = importedNumbers.putIfAbsent(decision.getNumber(), decision.getId());
					ids.add(decision.getId());
					placed.put(origin.get(decision), decision.getId());
					actions.add(verb + decision.getId() + " from " + origin.get(decision)
							+ (written.equals(decision.getId()) ? "" : " (number " + decision.getNumber() + " kept)")
							+ (twinOfNumber == null ? ""
									: " (number " + decision.getNumber() + " is also " + twinOfNumber
											+ "'s in the source, kept: 'baton renumber' gives one a free number)"));
				}
				target.getDecisions().add(decision);
				added++;
			}
		}
		numbers.addAll(importedNumbers.keySet());
		for (Decision decision : renumbered) {
			decision.setId(null);
		}
		renumbered.sort(Comparator.comparing((Decision d) -> d.getDate() == null ? LocalDate.MAX : d.getDate()));
		for (Decision decision : renumbered) {
			decision.setNumber(null);
			String id = folder.nextDecisionId(target, decision.getTitle());
			while (ids.contains(id)) {
				id = RecordNames.decisionId(RecordNames.number(id) + 1, id.indexOf('-'), decision.getTitle());
			}
			decision.setId(id);
			decision.setNumber(RecordNames.number(id));
			ids.add(id);
			numbers.add(decision.getNumber());
			placed.put(origin.get(decision), id);
			actions.add(
					verb + id + " from " + origin.get(decision) + " (numbered on import: " + why.get(decision) + ")");
		}
		aliases.forEach((file, twin) -> placed.put(file, twin.getId()));
		Map<Decision, Path> files = new LinkedHashMap<>();
		origin.forEach((decision, file) -> {
			if (file != null) {
				files.put(decision, report.root().resolve(file).normalize());
			}
		});
		retarget(List.copyOf(origin.keySet()), alreadyThere);
		return new Added(actions, added, placed, files);
	}

	/**
	 * What makes two decisions the same record: title, date and status (never an empty title). The status is compared
	 * as understood, not as written: a folder's copy may word it differently.
	 */
	private static String sameness(Decision decision) {
		return decision.getTitle() == null || decision.getTitle().isBlank()
				? "\u0000" + System.identityHashCode(decision)
				: decision.getTitle() + "\u0000" + decision.getDate() + "\u0000" + decision.getStatus();
	}

	/**
	 * Points the added decisions' references to decisions that were not added (already there, as when an interrupted
	 * import runs again) at the folder's own: left alone they would point into the import's model and be written as
	 * {@code <source set>:<id>}, which resolves to nothing.
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
