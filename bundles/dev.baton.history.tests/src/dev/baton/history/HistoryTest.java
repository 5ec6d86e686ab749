package dev.baton.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.adr.Dialects;
import dev.baton.model.Component;
import dev.baton.model.Decision;
import dev.baton.store.FolderLayout;
import dev.baton.testing.JsonReader;

/** The history of a real git repository built with JGit ({@link Platform}). */
class HistoryTest {

	@TempDir
	static Path temp;

	static Platform platform;
	static History history;

	@BeforeAll
	static void read() throws Exception {
		platform = Platform.build(temp.resolve("repo"));
		try (GitFolder git = GitFolder.open(platform.folder())) {
			assertEquals("docs/architecture", git.path());
			assertFalse(git.shallow());
			history = History.read(git, Dialects.formats(), new BasicMonitor());
		}
	}

	static RecordHistory record(String name) {
		return history.find(name).orElseThrow(() -> new AssertionError("no history of " + name));
	}

	@Test
	void everyCommitIsWalkedAndOnlyChangedFilesAreParsed() {
		assertEquals(9, history.commits());
		assertEquals(Diagnostic.OK, history.findings().getSeverity(), history.findings().toString());
		// c1: 3 records; c2, c3, c4, c5: 1 each (README.md is no record); the merge c6 brings nothing of its
		// own; c7 moves the folder: same blobs at the same places in it, parsed already; c8: 3; c9: 1
		assertEquals(3 + 1 + 1 + 1 + 1 + 0 + 0 + 3 + 1, history.parsed());
		// in the order their files appeared; within a commit by path
		assertEquals(List.of("billing-service", "0001-record-architecture-decisions", "0002-use-postgresql",
				"0003-use-kafka-for-events", "0004-use-cassandra"),
				history.records().stream().map(RecordHistory::id).toList());
	}

	@Test
	void aRecordsRevisionsFollowTheFolderRenameWithAuthorsDatesAndParsedValues() {
		RecordHistory postgres = record("2");
		assertEquals("decision", postgres.kind());
		List<RecordVersion> versions = postgres.versions();
		assertEquals(List.of(ChangeKind.ADDED, ChangeKind.MODIFIED, ChangeKind.RENAMED, ChangeKind.MODIFIED),
				versions.stream().map(RecordVersion::change).toList());
		assertEquals(List.of(platform.c1.name(), platform.c2.name(), platform.c7.name(), platform.c8.name()),
				versions.stream().map(v -> v.revision().id()).toList());
		assertEquals(List.of("Ada Lovelace", "Grace Hopper", "Ada Lovelace", "Grace Hopper"),
				versions.stream().map(v -> v.revision().author()).toList());
		assertEquals("2024-02-01", versions.get(1).revision().day());
		assertEquals("grace.hopper@example.com", versions.get(1).revision().email());
		assertEquals("Accept PostgreSQL", versions.get(1).revision().message());
		assertEquals(List.of("proposed", "accepted", "accepted", "superseded"),
				versions.stream().map(v -> ((Decision) v.record()).getStatusText()).toList());
		assertEquals("doc/architecture/decisions/0002-use-postgresql.md", versions.get(2).previousPath());
		assertEquals("docs/architecture/decisions/0002-use-postgresql.md", versions.get(2).path());
		assertTrue(versions.get(2).changes().isEmpty(), versions.get(2).changes().toString());
		assertEquals(List.of(new FieldChange("status", List.of("proposed"), List.of("accepted"), false, false)),
				versions.get(1).changes());
		FieldChange supersededBy = versions.get(3).changes().stream().filter(c -> c.field().equals("superseded-by"))
				.findFirst().orElseThrow();
		assertEquals(List.of("0004-use-cassandra"), supersededBy.added());
		assertEquals("Use PostgreSQL", versions.get(0).record().getTitle());
		assertEquals(List.of("Ada Lovelace"), ((Decision) versions.get(0).record()).getDecisionMakers());
	}

	@Test
	void statusTransitionsSayWhoAndWhen() {
		assertEquals(List.of("(new) -> proposed by Ada Lovelace on 2024-01-10",
				"proposed -> accepted by Grace Hopper on 2024-02-01",
				"accepted -> superseded by Grace Hopper on 2024-04-01"),
				record("0002-use-postgresql").transitions().stream().map(StatusTransition::describe).toList());
	}

	@Test
	void aChangeMadeOnABranchIsAttributedToItsCommitNotToTheMerge() {
		RecordHistory kafka = record("3");
		assertEquals(List.of(platform.c3.name(), platform.c4.name(), platform.c7.name(), platform.c9.name()),
				kafka.versions().stream().map(v -> v.revision().id()).toList());
		assertEquals("proposed -> accepted by Grace Hopper on 2024-03-10", kafka.transitions().get(1).describe());
		FieldChange context = kafka.versions().get(1).changes().stream()
				.filter(c -> c.field().equals("section: Context and Problem Statement")).findFirst().orElseThrow();
		assertTrue(context.prose());
		assertEquals(List.of("Services need events."), context.before());
		assertEquals(List.of("Services need durable events.\n\nAnd replay."), context.after());
	}

	@Test
	void aRenamedFileKeepsItsHistoryAndIsFoundByEitherId() {
		RecordHistory kafka = record("0003-use-kafka");
		assertEquals(kafka, record("0003-use-kafka-for-events"));
		RecordVersion renamed = kafka.latest();
		assertEquals(ChangeKind.RENAMED, renamed.change());
		assertEquals("docs/architecture/decisions/0003-use-kafka.md", renamed.previousPath());
		assertEquals("docs/architecture/decisions/0003-use-kafka-for-events.md", renamed.path());
		assertEquals(
				List.of(new FieldChange("title", List.of("Use Kafka"), List.of("Use Kafka for events"), false, false)),
				renamed.changes().stream().filter(c -> c.field().equals("title")).toList());
		assertEquals("Use Kafka for events", kafka.title());
	}

	@Test
	void otherKindsHaveHistoryToo() {
		RecordHistory billing = record("billing-service");
		assertEquals("component", billing.kind());
		assertEquals(List.of(ChangeKind.ADDED, ChangeKind.RENAMED, ChangeKind.MODIFIED),
				billing.versions().stream().map(RecordVersion::change).toList());
		assertEquals(List.of(new FieldChange("owner", List.of("team-payments"), List.of("team-billing"), false, false)),
				billing.latest().changes());
		assertTrue(billing.record() instanceof Component);
		assertTrue(billing.transitions().isEmpty());
	}

	@Test
	void theTimelineListsDecisionEventsInCommitOrder() {
		List<String> events = history.timeline().stream()
				.map(e -> e.revision().shortId() + " " + e.kind().label() + " " + e.recordId() + ": " + e.detail())
				.toList();
		String c1 = platform.c1.abbreviate(7).name();
		String c2 = platform.c2.abbreviate(7).name();
		String c3 = platform.c3.abbreviate(7).name();
		String c4 = platform.c4.abbreviate(7).name();
		String c5 = platform.c5.abbreviate(7).name();
		String c7 = platform.c7.abbreviate(7).name();
		String c8 = platform.c8.abbreviate(7).name();
		String c9 = platform.c9.abbreviate(7).name();
		// c4 and c5 are on parallel branches: a topological order has either first
		List<String> branchOrder = events.indexOf(c4 + " status 0003-use-kafka: proposed -> accepted") < events
				.indexOf(c5 + " created 0004-use-cassandra: proposed")
						? List.of(c4 + " status 0003-use-kafka: proposed -> accepted",
								c5 + " created 0004-use-cassandra: proposed")
						: List.of(c5 + " created 0004-use-cassandra: proposed",
								c4 + " status 0003-use-kafka: proposed -> accepted");
		List<String> expected = new ArrayList<>(List.of(
				c1 + " created 0001-record-architecture-decisions: accepted",
				c1 + " created 0002-use-postgresql: proposed",
				c2 + " status 0002-use-postgresql: proposed -> accepted",
				c3 + " created 0003-use-kafka: proposed"));
		expected.addAll(branchOrder);
		List<String> moved = new ArrayList<>();
		for (String id : List.of("0001-record-architecture-decisions", "0002-use-postgresql", "0003-use-kafka",
				"0004-use-cassandra")) {
			moved.add(c7 + " renamed " + id + ": from doc/architecture/decisions/" + id + ".md");
		}
		assertEquals(expected, events.subList(0, 6));
		assertEquals(Set.copyOf(moved), Set.copyOf(events.subList(6, 10)));
		assertEquals(Set.of(c8 + " status 0002-use-postgresql: accepted -> superseded",
				c8 + " status 0004-use-cassandra: proposed -> accepted"), Set.copyOf(events.subList(10, 12)));
		assertEquals(c9 + " renamed 0003-use-kafka-for-events: from docs/architecture/decisions/0003-use-kafka.md",
				events.get(12));
		assertEquals(13, events.size(), String.join("\n", events));
		assertEquals(8, history.transitions().size());
	}

	@Test
	void reportsReadAsTextAndParseAsJson() {
		String text = HistoryReport.text(record("2"));
		assertTrue(text.startsWith("decision 0002-use-postgresql \"Use PostgreSQL\": 4 revisions\n"), text);
		assertTrue(text
				.contains(platform.c2.abbreviate(7).name() + "  2024-02-01  Grace Hopper  modified  Accept PostgreSQL\n"
						+ "    status: proposed -> accepted\n"),
				text);
		assertTrue(text.contains("renamed from doc/architecture/decisions/0002-use-postgresql.md to "
				+ "docs/architecture/decisions/0002-use-postgresql.md"), text);
		assertTrue(text.endsWith(
				"Status:\n  (new) -> proposed by Ada Lovelace on 2024-01-10 (" + platform.c1.abbreviate(7).name()
						+ ")\n  proposed -> accepted by Grace Hopper on 2024-02-01 (" + platform.c2.abbreviate(7).name()
						+ ")\n  accepted -> superseded by Grace Hopper on 2024-04-01 ("
						+ platform.c8.abbreviate(7).name() + ")\n"),
				text);

		@SuppressWarnings("unchecked")
		Map<String, Object> json = (Map<String, Object>) JsonReader.parse(HistoryReport.json(record("2")));
		assertEquals("baton-history/1", json.get("format"));
		assertEquals("0002-use-postgresql", json.get("id"));
		List<?> versions = (List<?>) json.get("versions");
		assertEquals(4, versions.size());
		Map<?, ?> second = (Map<?, ?>) versions.get(1);
		assertEquals(platform.c2.name(), second.get("commit"));
		assertEquals("2024-02-01T10:00+01:00", second.get("date"));
		assertEquals("accepted", second.get("status"));
		assertEquals(List.of(Map.of("field", "status", "before", "proposed", "after", "accepted")),
				second.get("fields"));
		List<?> transitions = (List<?>) json.get("transitions");
		assertNull(((Map<?, ?>) transitions.get(0)).get("from"));
		assertEquals("superseded", ((Map<?, ?>) transitions.get(2)).get("to"));

		String timeline = HistoryReport.text(history);
		assertTrue(timeline.startsWith("Decision timeline: 13 events in 9 commits\n"), timeline);
		assertTrue(timeline.contains("2024-02-01  " + platform.c2.abbreviate(7).name()
				+ "  status  0002-use-postgresql \"Use PostgreSQL\"  proposed -> accepted  (Grace Hopper)\n"),
				timeline);
		@SuppressWarnings("unchecked")
		Map<String, Object> events = (Map<String, Object>) JsonReader.parse(HistoryReport.json(history));
		assertEquals(13, ((List<?>) events.get("events")).size());
		assertEquals(new BigDecimal(9), events.get("commits"));
	}

	@Test
	void aFolderOutsideGitSaysSoAndWhatToDo() throws Exception {
		Path plain = temp.resolve("plain/arch");
		Files.createDirectories(plain);
		Files.writeString(plain.resolve(FolderLayout.SETTINGS), "name: x\n");
		NoHistoryException e = assertThrows(NoHistoryException.class, () -> GitFolder.open(plain));
		assertTrue(
				e.getMessage()
						.startsWith(plain.toAbsolutePath() + " is not in a git repository: history and diff read git"),
				e.getMessage());
		assertTrue(e.getMessage().endsWith("every other command works without git"), e.getMessage());
		// what the handover pack publishes names no path of this machine
		assertEquals("The architecture folder is not in a git repository, so the decisions' status changes are not "
				+ "known.", e.summary());
	}

	@Test
	void aRepositoryWithoutCommitsSaysSo() throws Exception {
		Path empty = temp.resolve("empty");
		try (GitRepo repo = GitRepo.init(empty)) {
			repo.write("arch/baton.yaml", "name: x\n");
			NoHistoryException e = assertThrows(NoHistoryException.class, () -> GitFolder.open(empty.resolve("arch")));
			assertTrue(e.getMessage().contains("has no commit yet: commit the architecture folder first"),
					e.getMessage());
		}
	}

	@Test
	void anUnknownRevisionIsNamed() throws Exception {
		try (GitFolder git = GitFolder.open(platform.folder())) {
			NoHistoryException e = assertThrows(NoHistoryException.class,
					() -> ArchitectureDiff.between(git, "no-such-branch", null, Dialects.formats(),
							new BasicMonitor()));
			assertTrue(e.getMessage().startsWith("unknown revision 'no-such-branch' in "), e.getMessage());
		}
	}

	@Test
	void aFolderAtTheRootMovedBelowIsFollowed() throws Exception {
		try (GitRepo repo = GitRepo.init(temp.resolve("root-folder"))) {
			repo.write("arch/baton.yaml", "name: x\n").write("arch/decisions/0001-use-x.md",
					Platform.decision("proposed", "2024-01-01", "", "Use X", "Why."));
			repo.commit("Ada Lovelace", LocalDate.of(2024, 1, 1), "Start");
			repo.move("arch", "docs/arch");
			repo.commit("Ada Lovelace", LocalDate.of(2024, 1, 2), "Move");
			repo.edit("docs/arch/decisions/0001-use-x.md", "status: proposed", "status: accepted");
			repo.commit("Grace Hopper", LocalDate.of(2024, 1, 3), "Accept");
			try (GitFolder git = GitFolder.open(repo.root.resolve("docs/arch"))) {
				History read = History.read(git, Dialects.formats(), new BasicMonitor());
				assertEquals(List.of(ChangeKind.ADDED, ChangeKind.RENAMED, ChangeKind.MODIFIED),
						read.find("1").orElseThrow().versions().stream().map(RecordVersion::change).toList());
				assertEquals("arch/decisions/0001-use-x.md",
						read.find("1").orElseThrow().versions().get(1).previousPath());
			}
		}
	}

	static String adrTools(int number, String title, String status, String date) {
		return "# " + number + ". " + title + "\n\nDate: " + date + "\n\n## Status\n\n" + status + "\n\n## Context\n\n"
				+ "We need it.\n\n## Decision\n\nWe do it.\n\n## Consequences\n\nSome.\n";
	}

	@Test
	void anAdrFolderAdoptedInPlaceKeepsItsHistoryFromBeforeBatonYaml() throws Exception {
		try (GitRepo repo = GitRepo.init(temp.resolve("adopted"))) {
			repo.write("doc/adr/0001-record-architecture-decisions.md",
					adrTools(1, "Record architecture decisions", "Accepted", "2023-05-01"))
					.write("doc/adr/0002-use-kafka.md", adrTools(2, "Use Kafka", "Proposed", "2023-05-01"));
			repo.commit("Ada Lovelace", LocalDate.of(2023, 5, 1), "adr-tools records");
			repo.edit("doc/adr/0002-use-kafka.md", "## Status\n\nProposed", "## Status\n\nAccepted");
			repo.commit("Grace Hopper", LocalDate.of(2023, 6, 1), "Accept Kafka");
			repo.write(FolderLayout.SETTINGS, "name: Adopted\ndecisions:\n  path: doc/adr\n  dialect: adr-tools\n");
			repo.commit("Linus Torvalds", LocalDate.of(2024, 1, 1), "Adopt Baton in place");
			try (GitFolder git = GitFolder.open(repo.root)) {
				assertEquals("", git.path());
				History read = History.read(git, Dialects.formats(), new BasicMonitor());
				assertEquals(Diagnostic.OK, read.findings().getSeverity(), read.findings().toString());
				RecordHistory kafka = read.find("2").orElseThrow();
				assertEquals(List.of("(new) -> proposed by Ada Lovelace on 2023-05-01",
						"proposed -> accepted by Grace Hopper on 2023-06-01"),
						kafka.transitions().stream().map(t -> t.describe().replace("Proposed", "proposed")
								.replace("Accepted", "accepted")).toList());
				assertEquals(2, kafka.versions().size());
				assertEquals("Use Kafka", kafka.title());
				ArchitectureDiff diff =
						ArchitectureDiff.between(git, "HEAD~2", "HEAD", Dialects.formats(), new BasicMonitor());
				assertEquals(1, diff.changes().size(), DiffReport.text(diff));
				assertEquals(List.of("status"),
						diff.changes().get(0).fields().stream().map(FieldChange::field).toList());
			}
		}
	}
}
