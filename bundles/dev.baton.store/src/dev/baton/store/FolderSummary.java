package dev.baton.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;

import dev.baton.api.Findings;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;

/**
 * A short plain-text account of a loaded architecture folder: what it holds, kind by kind, and what loading found
 * wrong, one line per finding.
 */
public final class FolderSummary {

	private FolderSummary() {
	}

	public static String of(ReadableFolder folder) {
		return of(folder, folder.findings());
	}

	/**
	 * The account of a folder with the findings given, e.g. of several folders combined by {@link FolderUnion} into
	 * this one's architecture.
	 */
	public static String of(ReadableFolder folder, Diagnostic found) {
		StringBuilder out = new StringBuilder();
		var architecture = folder.architecture();
		out.append(architecture.getName() == null ? folder.root().getFileName() : architecture.getName());
		if (architecture.getOrganisation() != null) {
			out.append(" (").append(architecture.getOrganisation()).append(')');
		}
		out.append('\n');
		if (architecture.getDescription() != null) {
			out.append(architecture.getDescription()).append('\n');
		}
		out.append('\n');
		for (DecisionSet set : architecture.getDecisionSets()) {
			Map<DecisionStatus, Integer> byStatus = new EnumMap<>(DecisionStatus.class);
			for (Decision decision : set.getDecisions()) {
				byStatus.merge(decision.getStatus(), 1, Integer::sum);
			}
			List<String> counts = new ArrayList<>();
			byStatus.forEach((status, count) -> counts.add(count + " " + status.getLiteral()));
			out.append(String.format("  %-16s %5d  %s%n", set.getPath() + "/", set.getDecisions().size(),
					counts.isEmpty() ? "" : "(" + String.join(", ", counts) + ")"));
		}
		for (Kinds.Kind kind : Kinds.all()) {
			if (kind.container() != null) {
				int count = ((List<?>) architecture.eGet(kind.container())).size();
				if (count > 0) {
					out.append(String.format("  %-16s %5d%n", kind.folder() + "/", count));
				}
			}
		}
		List<Diagnostic> findings = Findings.leaves(found);
		long errors = findings.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
		long warnings = findings.stream().filter(d -> d.getSeverity() == Diagnostic.WARNING).count();
		out.append('\n').append(errors).append(" error(s), ").append(warnings).append(" warning(s)")
				.append(findings.isEmpty() ? "" : ":").append('\n');
		findings.forEach(finding -> out.append("  ").append(Findings.format(finding)).append('\n'));
		return out.toString();
	}
}
