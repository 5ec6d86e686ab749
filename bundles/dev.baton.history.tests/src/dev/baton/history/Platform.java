package dev.baton.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

import dev.baton.store.FolderLayout;

/**
 * The repository the history tests read: an architecture folder below the root, decisions by three authors on set days,
 * a status change, a branch merged back, the whole folder renamed, a supersession, a decision file renamed.
 *
 * <pre>
 * c1 Ada   2024-01-10  doc/architecture: baton.yaml, 0001 (accepted), 0002 postgres (proposed), billing-service
 * c2 Grace 2024-02-01  0002 proposed -> accepted
 * c3 Linus 2024-03-01  0003 kafka (proposed), affects billing-service
 * c4 Grace 2024-03-10  (branch events) 0003 proposed -> accepted, context rewritten
 * c5 Linus 2024-03-12  (main) 0004 cassandra (proposed); README.md at the root
 * c6 Ada   2024-03-15  merge events into main
 * c7 Ada   2024-03-20  doc/architecture renamed to docs/architecture
 * c8 Grace 2024-04-01  0004 accepted, supersedes 0002; 0002 superseded; billing-service owner changes
 * c9 Linus 2024-04-05  0003-use-kafka renamed to 0003-use-kafka-for-events, title too
 * </pre>
 */
final class Platform {

	final GitRepo repo;
	RevCommit c1, c2, c3, c4, c5, c6, c7, c8, c9;

	private Platform(GitRepo repo) {
		this.repo = repo;
	}

	static String decision(String status, String date, String extra, String title, String context) {
		return "---\nstatus: " + status + "\ndate: " + date + "\n" + extra + "---\n# " + title + "\n\n"
				+ "## Context and Problem Statement\n\n" + context + "\n\n## Decision Outcome\n\nChosen option: \""
				+ title
				+ "\".\n";
	}

	static Platform build(Path root) throws IOException, GitAPIException {
		Platform p = new Platform(GitRepo.init(root));
		GitRepo repo = p.repo;
		String a = "doc/architecture/";
		repo.write(a + FolderLayout.SETTINGS, "name: Larkspur test platform\n")
				.write(a + "decisions/0001-record-architecture-decisions.md",
						decision("accepted", "2024-01-10", "", "Record architecture decisions", "We need a record."))
				.write(a + "decisions/0002-use-postgresql.md",
						decision("proposed", "2024-01-10", "decision-makers: [Ada Lovelace]\n", "Use PostgreSQL",
								"Billing needs a database."))
				.write(a + "components/billing-service.md",
						"---\nowner: team-payments\nsystem: billing\n---\n# Billing service\n\nIssues invoices.\n");
		p.c1 = repo.commit("Ada Lovelace", LocalDate.of(2024, 1, 10), "Start the architecture records");
		repo.edit(a + "decisions/0002-use-postgresql.md", "status: proposed", "status: accepted");
		p.c2 = repo.commit("Grace Hopper", LocalDate.of(2024, 2, 1), "Accept PostgreSQL");
		repo.write(a + "decisions/0003-use-kafka.md", decision("proposed", "2024-03-01",
				"affects: [billing-service]\n", "Use Kafka", "Services need events."));
		p.c3 = repo.commit("Linus Torvalds", LocalDate.of(2024, 3, 1), "Propose Kafka");
		repo.branch("events");
		repo.edit(a + "decisions/0003-use-kafka.md", "status: proposed", "status: accepted")
				.edit(a + "decisions/0003-use-kafka.md", "Services need events.",
						"Services need durable events.\n\nAnd replay.");
		p.c4 = repo.commit("Grace Hopper", LocalDate.of(2024, 3, 10), "Accept Kafka");
		repo.checkout("main");
		repo.write(a + "decisions/0004-use-cassandra.md", decision("proposed", "2024-03-12", "", "Use Cassandra",
				"Billing outgrows one database."))
				.write("README.md", "# The platform's code\n");
		p.c5 = repo.commit("Linus Torvalds", LocalDate.of(2024, 3, 12), "Propose Cassandra");
		p.c6 = repo.merge("events", "Ada Lovelace", LocalDate.of(2024, 3, 15));
		repo.move("doc/architecture", "docs/architecture");
		p.c7 = repo.commit("Ada Lovelace", LocalDate.of(2024, 3, 20), "Move the architecture folder to docs/");
		String d = "docs/architecture/";
		repo.edit(d + "decisions/0004-use-cassandra.md", "status: proposed\n",
				"status: accepted\nsupersedes: [0002-use-postgresql]\n")
				.edit(d + "decisions/0002-use-postgresql.md", "status: accepted\n",
						"status: superseded\nsuperseded-by: [0004-use-cassandra]\n")
				.edit(d + "components/billing-service.md", "owner: team-payments", "owner: team-billing");
		p.c8 = repo.commit("Grace Hopper", LocalDate.of(2024, 4, 1), "Cassandra supersedes PostgreSQL");
		repo.move(d + "decisions/0003-use-kafka.md", d + "decisions/0003-use-kafka-for-events.md")
				.edit(d + "decisions/0003-use-kafka-for-events.md", "# Use Kafka\n", "# Use Kafka for events\n");
		p.c9 = repo.commit("Linus Torvalds", LocalDate.of(2024, 4, 5), "Name the Kafka decision after its purpose");
		return p;
	}

	Path folder() {
		return repo.root.resolve("docs/architecture");
	}
}
