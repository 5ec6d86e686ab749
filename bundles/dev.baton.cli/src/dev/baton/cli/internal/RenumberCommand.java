package dev.baton.cli.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.annotations.CommandService;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.store.ArchitectureFolder;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code baton renumber}: resolves duplicate decision numbers (two branches each added decision 12): the earliest keeps
 * its number, the others get the next free ones, and every reference to them is updated.
 */
@Component(service = Command.class)
@CommandService(id = "renumber", label = "Resolve duplicate decision numbers after a merge, updating every reference")
public final class RenumberCommand extends PicocliCommand {

	@CommandLine.Command(name = "renumber", description = { "Give decisions that share a number new numbers.",
			"Of each group the one with the earliest date (then file name) keeps the number; the others get the "
					+ "next free numbers, their files are renamed and every reference to them is updated." })
	static final class Run extends PicocliCommand.Run {

		@Option(names = { "-n", "--dry-run" }, description = "Only print what would be renamed.")
		boolean dryRun;

		@Override
		public Integer call() {
			ArchitectureFolder folder = Folders.loadForWriting(this);
			Map<Decision, String> renames = new LinkedHashMap<>();
			List<String> ambiguous = new ArrayList<>();
			for (DecisionSet set : folder.architecture().getDecisionSets()) {
				Map<Integer, List<Decision>> byNumber = new TreeMap<>();
				int max = 0;
				int width = 4;
				for (Decision decision : set.getDecisions()) {
					if (decision.getNumber() != null) {
						byNumber.computeIfAbsent(decision.getNumber(), n -> new ArrayList<>()).add(decision);
						max = Math.max(max, decision.getNumber());
						width = Math.max(1, decision.getId().indexOf('-') > 0 ? decision.getId().indexOf('-') : width);
					}
				}
				for (Map.Entry<Integer, List<Decision>> entry : byNumber.entrySet()) {
					List<Decision> group = entry.getValue();
					if (group.size() < 2) {
						continue;
					}
					group.sort(Comparator.comparing((Decision d) -> d.getDate() == null ? LocalDate.MAX : d.getDate())
							.thenComparing(Decision::getId));
					for (Decision decision : group.subList(1, group.size())) {
						max++;
						String slug = decision.getSlug() == null || decision.getSlug().isEmpty() ? "decision"
								: decision.getSlug();
						renames.put(decision, String.format(Locale.ROOT, "%0" + width + "d-%s", max, slug));
					}
					ambiguous.addAll(ambiguousReferences(folder, entry.getKey()));
				}
			}
			if (renames.isEmpty()) {
				invocation.out().println("no duplicate decision numbers");
				return OK;
			}
			renames.forEach((decision, id) -> invocation.out().println(decision.getId() + " -> " + id));
			ambiguous.forEach(line -> invocation.err().println(line));
			if (dryRun) {
				return OK;
			}
			renames.forEach(folder::rename);
			if (!Folders.save(this, folder)) {
				return USAGE;
			}
			return ambiguous.isEmpty() ? OK : FINDINGS;
		}

		/** References written as the duplicated number: they were ambiguous and now name the one that kept it. */
		private static List<String> ambiguousReferences(ArchitectureFolder folder, int number) {
			List<String> lines = new ArrayList<>();
			folder.architecture().eAllContents().forEachRemaining(object -> {
				for (EObject target : object.eCrossReferences()) {
					if (target.eIsProxy()) {
						String token = ((InternalEObject) target).eProxyURI().fragment();
						String digits = token.replaceFirst("(?i)^(?:[a-z0-9_-]+:)?(?:adr[-_ ]?)?", "");
						if (digits.matches("\\d{1,9}") && Integer.parseInt(digits) == number) {
							EObject owner = object;
							while (owner != null && !(owner instanceof dev.baton.model.Record)) {
								owner = owner.eContainer();
							}
							String file = owner == null ? "?" : ((dev.baton.model.Record) owner).getSourcePath();
							lines.add(file + ": warning: '" + token + "' was ambiguous; it now means the decision that "
									+ "kept number " + number + ": check that this is the one meant");
						}
					}
				}
			});
			return lines;
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
