package dev.baton.pack.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

import dev.baton.api.DecisionTimeline;
import dev.baton.api.Findings;
import dev.baton.model.Record;
import dev.baton.pack.Pack;
import dev.baton.pack.Pack.Block;
import dev.baton.pack.Pack.Inline;
import dev.baton.pack.Pack.Link;
import dev.baton.pack.Pack.Text;

/**
 * The "Decision history" page: the decisions' status transitions from version control, by month (newest first), each
 * with who made it, when, and the commit; or a note saying why there is none.
 */
final class DecisionHistoryPage {

	/** The page's path. */
	static final String PATH = "history";
	/** The history is missing or incomplete: what to do, told to the user, not written into the pack. */
	static final int NO_HISTORY = 2;

	private DecisionHistoryPage() {
	}

	/**
	 * @param history  the service, or {@code null} when it is not installed
	 * @param root     the architecture folder, or {@code null}
	 * @param paths    the page of every record
	 * @param text     redacts secrets from text taken from the history
	 * @param findings told the advice of a missing or incomplete history (it names the folder's absolute path and
	 *                 commands, so it stays out of the pack)
	 */
	static Pack.Page build(DecisionTimeline history, Path root, List<Record> records, Map<EObject, String> paths,
			UnaryOperator<String> text, DiagnosticChain findings) {
		List<Block> blocks = new ArrayList<>();
		if (root == null) {
			blocks.add(new Pack.Note("This architecture was not read from a folder, so it has no history.", "missing"));
		} else if (history == null) {
			blocks.add(new Pack.Note("The decision history is read from git by Baton's history bundle "
					+ "(dev.baton.history), which is not installed here.", "missing"));
		} else {
			DecisionTimeline.Result result = history.transitions(root, new BasicMonitor());
			if (result.note() != null) {
				blocks.add(new Pack.Note(result.note(), result.transitions().isEmpty() ? "missing" : "info"));
			}
			if (result.advice() != null) {
				Findings.add(findings, Findings.info(PackBuilder.SOURCE, NO_HISTORY, null,
						"the pack's decision history " + (result.transitions().isEmpty() ? "is empty" : "is incomplete")
								+ ": " + result.advice()));
			}
			if (!result.transitions().isEmpty()) {
				transitions(result.transitions(), records, paths, text, blocks);
			} else if (result.note() == null) {
				blocks.add(new Pack.Note("No decision has a status in the git history yet.", "missing"));
			}
		}
		return new Pack.Page(PATH, "Decision history", "decision-history", "history", blocks);
	}

	private static void transitions(List<DecisionTimeline.Transition> transitions, List<Record> records,
			Map<EObject, String> paths, UnaryOperator<String> text, List<Block> blocks) {
		Map<String, Record> bySource = new HashMap<>();
		for (Record record : records) {
			if (record.getSourcePath() != null) {
				bySource.put(record.getSourcePath(), record);
			}
		}
		blocks.add(new Pack.Note(transitions.size() + " status changes of " + transitions.stream()
				.map(DecisionTimeline.Transition::path).distinct().count() + " decisions, from git.", "info"));
		Map<String, List<DecisionTimeline.Transition>> byMonth = new TreeMap<>(Comparator.reverseOrder());
		for (DecisionTimeline.Transition transition : transitions) {
			byMonth.computeIfAbsent(transition.date().toString().substring(0, 7), k -> new ArrayList<>())
					.add(transition);
		}
		byMonth.forEach((month, list) -> {
			blocks.add(new Pack.Heading(2, month, "h" + month));
			List<List<Inline>> items = new ArrayList<>();
			// newest first: by day, and within a day the later commit of the walk first
			List<DecisionTimeline.Transition> newestFirst = new ArrayList<>(list.reversed());
			newestFirst.sort(Comparator.comparing(DecisionTimeline.Transition::date).reversed());
			for (DecisionTimeline.Transition transition : newestFirst) {
				List<Inline> item = new ArrayList<>();
				item.add(new Text(transition.date() + " "));
				Record record = bySource.get(transition.path());
				String label = transition.title() == null ? transition.id() : transition.title();
				String page = record == null ? null : paths.get(record);
				item.add(page == null ? new Text(text.apply(label) + (record == null ? " (removed since)" : ""))
						: new Link(text.apply(label), page, null, null));
				item.add(new Text(": " + (transition.from() == null ? "created as " + transition.to()
						: transition.from() + " → " + transition.to()) + " by " + text.apply(transition.author()) + " ("
						+ transition.commit().substring(0, Math.min(7, transition.commit().length())) + ": "
						+ text.apply(transition.message()) + ")"));
				items.add(item);
			}
			blocks.add(new Pack.Items(items));
		});
	}
}
