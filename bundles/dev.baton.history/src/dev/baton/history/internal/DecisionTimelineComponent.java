package dev.baton.history.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Monitor;
import org.osgi.service.component.annotations.Component;

import dev.baton.adr.Dialects;
import dev.baton.api.DecisionTimeline;
import dev.baton.api.annotations.DecisionTimelineService;
import dev.baton.history.GitFolder;
import dev.baton.history.History;
import dev.baton.history.NoHistoryException;
import dev.baton.history.RecordHistory;
import dev.baton.history.StatusTransition;

/** The decisions' status transitions from git, as a service for the handover pack. */
@Component(service = DecisionTimeline.class)
@DecisionTimelineService(id = "git", label = "Status transitions of the decisions from git")
public final class DecisionTimelineComponent implements DecisionTimeline {

	/** The last result, by folder and HEAD commit: every exporter of one export asks for the same. */
	private record Cached(Path folder, String head, Result result) {
	}

	private volatile Cached cached;

	@Override
	public Result transitions(Path folder, Monitor monitor) {
		try (GitFolder git = GitFolder.open(folder)) {
			String head = git.repository().resolve("HEAD^{commit}").name();
			Cached last = cached;
			if (last != null && last.folder().equals(git.folder()) && last.head().equals(head)) {
				return last.result();
			}
			History history = History.read(git, Dialects.formats(), monitor);
			Map<StatusTransition, String> paths = new IdentityHashMap<>();
			for (RecordHistory record : history.records()) {
				String path = GitTrees.relative(git.path(), record.latest().path());
				record.transitions().forEach(t -> paths.put(t, path));
			}
			List<Transition> transitions = new ArrayList<>();
			for (StatusTransition transition : history.transitions()) {
				transitions.add(new Transition(paths.get(transition), transition.recordId(), transition.title(),
						transition.from(), transition.to(), transition.revision().author(),
						transition.revision().date().toLocalDate(), transition.revision().id(),
						transition.revision().message()));
			}
			Result result = new Result(transitions, git.shallowNote(), git.shallowWarning());
			cached = new Cached(git.folder(), head, result);
			return result;
		} catch (NoHistoryException e) {
			return new Result(List.of(), e.summary(), e.getMessage());
		} catch (IOException e) {
			return new Result(List.of(), "The decisions' status changes could not be read from git.",
					"cannot read the git repository of " + folder + " (" + e.getMessage()
							+ "): check it with 'git status'");
		}
	}
}
