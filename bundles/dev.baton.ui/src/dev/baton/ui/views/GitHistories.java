package dev.baton.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import dev.baton.adr.Dialects;
import dev.baton.history.ArchitectureDiff;
import dev.baton.history.DiffReport;
import dev.baton.history.GitFolder;
import dev.baton.history.History;
import dev.baton.history.NoHistoryException;

/**
 * The git history of architecture folders for the History and Timeline views, read with {@code dev.baton.history} (as
 * {@code baton history} reads it) and kept per folder while its HEAD does not move, so selecting another record does
 * not walk the repository again. Called from jobs only, never on the UI thread.
 */
public final class GitHistories {

	/**
	 * What was read for a folder.
	 *
	 * @param root    the architecture folder
	 * @param history its history, or {@code null} when there is none
	 * @param note    why there is none, or the shallow clone's warning, else {@code null}
	 */
	public record Result(Path root, History history, String note) {
	}

	private record Cached(String head, Result result) {
	}

	private static final Map<Path, Cached> CACHE = new LinkedHashMap<>(8, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Path, Cached> eldest) {
			return size() > 8;
		}
	};

	private GitHistories() {
	}

	/** The history of the architecture folder {@code root}, from the cache when HEAD is where it was. */
	public static Result read(Path root, IProgressMonitor monitor) {
		try (GitFolder git = GitFolder.open(root)) {
			var head = git.repository().resolve("HEAD^{commit}");
			String key = head == null ? "" : head.name();
			synchronized (CACHE) {
				Cached cached = CACHE.get(root);
				if (cached != null && cached.head().equals(key)) {
					return cached.result();
				}
			}
			History history = History.read(git, Dialects.formats(),
					BasicMonitor.toMonitor(SubMonitor.convert(monitor, 100)));
			Result result = new Result(root, history, git.shallowWarning());
			if (!monitor.isCanceled()) { // a cancelled walk read only part of the history: not kept
				synchronized (CACHE) {
					CACHE.put(root, new Cached(key, result));
				}
			}
			return result;
		} catch (NoHistoryException e) {
			return new Result(root, null, e.getMessage());
		} catch (IOException e) {
			return new Result(root, null, "cannot read the git repository of " + root + " (" + e.getMessage()
					+ "): check it with 'git status'");
		}
	}

	/**
	 * What a commit changed in the architecture folder, as {@code baton diff COMMIT^ COMMIT} prints it; for a
	 * repository's first commit, what it added.
	 */
	public static String diffOf(Path root, String commit, IProgressMonitor monitor) {
		try (GitFolder git = GitFolder.open(root); RevWalk walk = new RevWalk(git.repository())) {
			RevCommit revision = git.commit(walk, commit);
			if (revision.getParentCount() == 0) {
				return ViewMessages.bind(ViewMessages.History_firstCommit, revision.abbreviate(7).name(),
						revision.getShortMessage());
			}
			ArchitectureDiff diff = ArchitectureDiff.between(git, revision.getParent(0).abbreviate(7).name(),
					revision.abbreviate(7).name(),
					Dialects.formats(), BasicMonitor.toMonitor(SubMonitor.convert(monitor, 100)));
			return DiffReport.text(diff);
		} catch (NoHistoryException e) {
			return e.getMessage();
		}
	}
}
