package dev.baton.adr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
		List<String> actions = new ArrayList<>();
		List<Decision> unnumbered = new ArrayList<>();
		int added = 0;
		for (DecisionSet set : report.architecture().getDecisionSets()) {
			for (Decision decision : List.copyOf(set.getDecisions())) {
				if (ids.contains(decision.getId())) {
					actions.add("already there: " + decision.getId() + " (" + set.getName() + ")");
					continue;
				}
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
		return new Added(actions, added);
	}
}
