package dev.baton.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.adr.Dialects;
import dev.baton.api.Findings;
import dev.baton.testing.JsonReader;

/** Semantic diffs between revisions of a real git repository ({@link Platform}), and with the working tree. */
class DiffTest {

	@TempDir
	static Path temp;

	static Platform platform;

	@BeforeAll
	static void build() throws Exception {
		platform = Platform.build(temp.resolve("repo"));
	}

	static ArchitectureDiff diff(Platform platform, String from, String to) throws Exception {
		try (GitFolder git = GitFolder.open(platform.folder())) {
			return ArchitectureDiff.between(git, from, to, Dialects.formats(), new BasicMonitor());
		}
	}

	static String changes(ArchitectureDiff diff) {
		return String.join("\n",
				diff.changes().stream().map(c -> c.change().label() + " " + c.kind() + " " + c.id()).toList());
	}

	@Test
	void acrossTheFolderRenameOnlyRealChangesShow() throws Exception {
		ArchitectureDiff diff = diff(platform, platform.c1.name(), "HEAD");
		assertTrue(diff.folderMoved());
		assertEquals("doc/architecture", diff.fromFolder());
		assertEquals("docs/architecture", diff.toFolder());
		assertEquals("added decision 0003-use-kafka-for-events\nadded decision 0004-use-cassandra\n"
				+ "modified decision 0002-use-postgresql\nmodified component billing-service", changes(diff));
		RecordChange postgres = diff.changes().get(2);
		assertEquals("docs/architecture/decisions/0002-use-postgresql.md", postgres.path());
		assertEquals(List.of("status", "superseded-by"), postgres.fields().stream().map(FieldChange::field).toList());
		assertEquals("proposed", postgres.fields().get(0).beforeText());
		assertEquals("superseded", postgres.fields().get(0).afterText());
		assertEquals("accepted", diff.changes().get(0).status());
		assertEquals(0, diff.count(ChangeKind.REMOVED));
	}

	@Test
	void aRenamedDecisionIsOneChangeWithItsOldIdAndTitle() throws Exception {
		ArchitectureDiff diff = diff(platform, platform.c8.name(), platform.c9.name());
		assertEquals(1, diff.changes().size(), changes(diff));
		RecordChange kafka = diff.changes().get(0);
		assertEquals(ChangeKind.RENAMED, kafka.change());
		assertEquals("0003-use-kafka", kafka.previousId());
		assertEquals("0003-use-kafka-for-events", kafka.id());
		assertEquals("docs/architecture/decisions/0003-use-kafka.md", kafka.previousPath());
		assertEquals(List.of("title"), kafka.fields().stream().map(FieldChange::field).toList());
	}

	@Test
	void textMarkdownAndJsonSayTheSame() throws Exception {
		ArchitectureDiff diff = diff(platform, platform.c7.name(), platform.c9.name());
		String text = DiffReport.text(diff);
		assertEquals("Architecture changes " + platform.c7.name() + ".." + platform.c9.name()
				+ ": 0 added, 0 removed, 1 renamed, 3 changed\n"
				+ "modified decision 0002-use-postgresql \"Use PostgreSQL\"  "
				+ "docs/architecture/decisions/0002-use-postgresql.md\n"
				+ "    status: accepted -> superseded\n"
				+ "    superseded-by: +0004-use-cassandra\n"
				+ "modified decision 0004-use-cassandra \"Use Cassandra\"  "
				+ "docs/architecture/decisions/0004-use-cassandra.md\n"
				+ "    status: proposed -> accepted\n"
				+ "    links: +supersedes 0002-use-postgresql\n"
				+ "modified component billing-service \"Billing service\"  "
				+ "docs/architecture/components/billing-service.md\n"
				+ "    owner: team-payments -> team-billing\n"
				+ "renamed  decision 0003-use-kafka -> 0003-use-kafka-for-events \"Use Kafka for events\"  "
				+ "docs/architecture/decisions/0003-use-kafka.md -> "
				+ "docs/architecture/decisions/0003-use-kafka-for-events.md\n"
				+ "    title: Use Kafka -> Use Kafka for events\n", text);

		String markdown = DiffReport.markdown(diff);
		assertTrue(markdown.startsWith("### Architecture changes `" + platform.c7.name() + "` → `" + platform.c9.name()
				+ "`\n\n**0 added, 0 removed, 1 renamed, 3 changed**\n\n| change | kind | record | what changed |\n"
				+ "|---|---|---|---|\n"), markdown);
		assertTrue(markdown
				.contains("| modified | decision | `0002-use-postgresql` Use PostgreSQL | **status**: accepted → "
						+ "superseded<br>**superseded-by**: +0004-use-cassandra |\n"),
				markdown);
		assertTrue(markdown
				.contains("| renamed | decision | `0003-use-kafka-for-events` Use Kafka for events | moved from "
						+ "`docs/architecture/decisions/0003-use-kafka.md`<br>**title**: Use Kafka → Use Kafka for "
						+ "events |\n"),
				markdown);
		assertEquals(markdown.lines().filter(l -> l.startsWith("| ")).count(), 5, markdown);

		@SuppressWarnings("unchecked")
		Map<String, Object> json = (Map<String, Object>) JsonReader.parse(DiffReport.json(diff));
		assertEquals("baton-diff/1", json.get("format"));
		assertEquals(platform.c9.name(), json.get("to-commit"));
		assertEquals(Map.of("added", new BigDecimal(0), "modified", new BigDecimal(3), "renamed", new BigDecimal(1),
				"removed", new BigDecimal(0)), json.get("summary"));
		List<?> changes = (List<?>) json.get("changes");
		Map<?, ?> cassandra = (Map<?, ?>) changes.get(1);
		assertEquals("0004-use-cassandra", cassandra.get("id"));
		assertEquals("accepted", cassandra.get("status"));
		Map<?, ?> links = (Map<?, ?>) ((List<?>) cassandra.get("fields")).get(1);
		assertEquals("links", links.get("field"));
		assertEquals(List.of(), links.get("before"));
		assertEquals(List.of("supersedes 0002-use-postgresql"), links.get("added"));
		Map<?, ?> renamed = (Map<?, ?>) changes.get(3);
		assertEquals("0003-use-kafka", renamed.get("previous-id"));
		assertEquals("docs/architecture/decisions/0003-use-kafka.md", renamed.get("previous-path"));
	}

	@Test
	void aProseSectionChangeIsADiffBlockInMarkdown() throws Exception {
		ArchitectureDiff diff = diff(platform, platform.c3.name(), platform.c4.name());
		String markdown = DiffReport.markdown(diff);
		assertTrue(markdown.contains("section: Context and Problem Statement: changed (+3 -1 lines)"), markdown);
		assertTrue(
				markdown.contains("<details><summary><code>0003-use-kafka</code> section: Context and Problem Statement"
						+ "</summary>\n\n```diff\n-Services need events.\n+Services need durable events.\n+\n+And "
						+ "replay.\n```\n\n"
						+ "</details>\n"),
				markdown);
		@SuppressWarnings("unchecked")
		Map<String, Object> json = (Map<String, Object>) JsonReader.parse(DiffReport.json(diff));
		Map<?, ?> context = ((List<?>) ((Map<?, ?>) ((List<?>) json.get("changes")).get(0)).get("fields")).stream()
				.map(Map.class::cast).filter(f -> f.get("field").equals("section: Context and Problem Statement"))
				.findFirst().orElseThrow();
		assertEquals("Services need events.", context.get("before"));
		assertEquals("Services need durable events.\n\nAnd replay.", context.get("after"));
		assertEquals(Boolean.TRUE, context.get("prose"));
	}

	@Test
	void theWorkingTreeIsComparedWithARevisionCommittedOrNot() throws Exception {
		Platform own = Platform.build(temp.resolve("working"));
		String d = "docs/architecture/";
		own.repo.edit(d + "decisions/0004-use-cassandra.md", "status: accepted", "status: deprecated")
				.write(d + "decisions/0005-use-redis.md", Platform.decision("proposed", "2024-05-01", "", "Use Redis",
						"Sessions need a cache."));
		Files.delete(own.repo.root.resolve(d + "components/billing-service.md"));
		Files.write(own.repo.root.resolve(d + "decisions/0006-latin1.md"), new byte[] { '#', ' ', (byte) 0xE9, '\n' });
		ArchitectureDiff diff = diff(own, "HEAD", null);
		List<Diagnostic> unreadable = Findings.leaves(diff.findings());
		assertEquals(1, unreadable.size(), unreadable.toString());
		String line = Findings.format(unreadable.get(0));
		assertTrue(line.contains(d + "decisions/0006-latin1.md: error: not UTF-8: byte 0xE9 at offset 2")
				&& line.endsWith("; it is left out of the diff"), line);
		assertEquals("working tree", diff.to());
		assertNull(diff.toId());
		assertEquals(
				"added decision 0005-use-redis\nmodified decision 0004-use-cassandra\nremoved component "
						+ "billing-service",
				changes(diff));
		assertEquals("proposed", diff.changes().get(0).status());
		assertEquals("accepted -> deprecated", DiffReport.describe(diff.changes().get(1).fields().get(0)));
		assertEquals("Billing service", diff.changes().get(2).title());
		// nothing of the working tree is written
		assertTrue(own.repo.read(d + "decisions/0004-use-cassandra.md").contains("status: deprecated"));
	}

	@Test
	void aWorkingTreeRecordLinkedOutOfTheFolderIsNotRead() throws Exception {
		Platform own = Platform.build(temp.resolve("linked"));
		String d = "docs/architecture/";
		Path outside = Files.writeString(temp.resolve("outside-secret.md"), "# OUTSIDE-MARKER\n");
		Files.createSymbolicLink(own.repo.root.resolve(d + "decisions/0007-linked.md"), outside);
		ArchitectureDiff diff = diff(own, "HEAD", null);
		String findings = String.join("\n", Findings.leaves(diff.findings()).stream()
				.map(Findings::format).toList());
		assertTrue(findings.contains(d + "decisions/0007-linked.md: error: leads outside the architecture folder"),
				findings);
		assertTrue(diff.changes().stream().noneMatch(c -> String.valueOf(c.title()).contains("OUTSIDE-MARKER")),
				changes(diff));
	}

	@Test
	void aRemovedRecordBesideOneLinkedToADeviceDoesNotHangRenameDetection() throws Exception {
		Platform own = Platform.build(temp.resolve("device"));
		String d = "docs/architecture/";
		Files.delete(own.repo.root.resolve(d + "components/billing-service.md"));
		Files.createSymbolicLink(own.repo.root.resolve(d + "components/billing.md"), Path.of("/dev/zero"));
		ArchitectureDiff diff = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> diff(own, "HEAD", null));
		assertTrue(changes(diff).contains("removed component billing-service"), changes(diff));
	}

	@Test
	void brokenFrontMatterAtARevisionIsReportedWithCommitFileAndLineAndTheRestStillCompares() throws Exception {
		Platform own = Platform.build(temp.resolve("broken"));
		String d = "docs/architecture/";
		own.repo.edit(d + "decisions/0001-record-architecture-decisions.md", "status: accepted", "status: [accepted")
				.edit(d + "components/billing-service.md", "owner: team-billing", "owner: team-platform");
		RevCommit broken = own.repo.commit("Ada Lovelace", LocalDate.of(2024, 6, 1),
				"Break a file");
		ArchitectureDiff diff = diff(own, own.c9.name(), broken.name());
		assertEquals("modified component billing-service", changes(diff));
		List<Diagnostic> findings = Findings.leaves(diff.findings());
		assertEquals(1, findings.size(), findings.toString());
		String line = Findings.format(findings.get(0));
		// the store's finding, naming the revision and the file, and the line where YAML noticed the problem
		assertTrue(line.startsWith(
				broken.abbreviate(7).name() + ":" + d + "decisions/0001-record-architecture-decisions.md:3: "
						+ "error: invalid YAML: "),
				line);
	}
}
