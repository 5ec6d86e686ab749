package dev.baton.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.DecisionTimeline;
import dev.baton.api.Findings;
import dev.baton.api.RunContext;
import dev.baton.generator.ArchitectureGenerator;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.Kinds;
import dev.baton.store.LoadOptions;
import dev.baton.testing.Examples;
import dev.baton.testing.Secrets;
import dev.baton.validation.Credentials;

class PackTest {

	@TempDir
	Path temp;

	private static String text(Pack.Page page) {
		StringBuilder out = new StringBuilder();
		for (Pack.Block block : page.blocks()) {
			switch (block) {
			case Pack.Heading h -> out.append(h.text()).append('\n');
			case Pack.Prose p -> out.append(p.markdown()).append('\n');
			case Pack.Fields f -> f.fields().forEach(field -> out.append(field.label()).append(": ")
					.append(inline(field.value())).append('\n'));
			case Pack.Table t -> t.rows().forEach(r -> r.forEach(c -> out.append(inline(c)).append(" | ")));
			case Pack.Items i -> i.items().forEach(item -> out.append(inline(item)).append('\n'));
			case Pack.Diagram d -> out.append("[diagram ").append(d.viewId()).append("]\n");
			case Pack.Note n -> out.append(n.text()).append('\n');
			}
		}
		return out.toString();
	}

	private static String inline(List<Pack.Inline> inlines) {
		StringBuilder out = new StringBuilder();
		inlines.forEach(i -> out.append(i instanceof Pack.Text t ? t.text() : ((Pack.Link) i).text()));
		return out.toString();
	}

	@Test
	void theExampleHasAPageForEverySectionAndEveryRecord() {
		ArchitectureFolder folder = Examples.larkspur();
		Architecture architecture = folder.architecture();
		BasicDiagnostic findings = new BasicDiagnostic();
		Pack pack = Pack.build(architecture, Examples.CONTEXT, findings);
		int records = 0;
		for (var kind : Kinds.all()) {
			records += kind.container() == null ? architecture.getDecisionSets().get(0).getDecisions().size()
					: ((List<?>) architecture.eGet(kind.container())).size();
		}
		assertEquals(1 + 1 + 18 + 1 + 1 + records + 1, pack.pages().size(),
				"overview, readiness, sections, timeline, decision history, records, search");
		String readiness = text(pack.page("readiness"));
		assertTrue(readiness.startsWith("Overall: 90 / 100\nAs of: 2026-11-28\nFindings: 0 error(s), 18 warning(s)"),
				readiness);
		assertTrue(readiness.contains("components/reporting-warehouse.md"), readiness);
		assertEquals("Larkspur Parcel Platform", pack.title());
		assertEquals("index", pack.pages().get(0).path());
		for (Handover.Section section : Handover.sections()) {
			assertNotNull(pack.page("sections/" + section.id()), section.id());
		}
		assertNotNull(pack.page("decisions/0009-move-parcel-data-to-postgresql"), pack.pages().stream()
				.map(Pack.Page::path).filter(p -> p.startsWith("decisions/")).toList().toString());
		assertEquals(List.of(), Findings.leaves(findings), "the example holds no secret");
		assertEquals(records, pack.sources().size());
	}

	@Test
	void theDecisionLogFiltersByStatusAndShowsSupersessionChains() {
		Pack pack = Pack.build(Examples.larkspur().architecture(), Examples.CONTEXT, new BasicDiagnostic());
		Pack.Page history = pack.page("sections/decision-history");
		Pack.Table log =
				history.blocks().stream().filter(b -> b instanceof Pack.Table t && t.id().equals("decision-log"))
						.map(Pack.Table.class::cast).findFirst().orElseThrow();
		assertEquals(Integer.valueOf(1), log.filter());
		assertEquals(List.of("Decision", "Status", "Date", "Tags", "Superseded by"), log.headers());
		assertEquals(26, log.rows().size());
		String text = text(history);
		assertTrue(text.contains("3. "), text);
		assertTrue(text.contains(" → 9. "), "a chain 3 → 9 in\n" + text);
	}

	@Test
	void contractsRenewingWithinNinetyDaysOfTheAsOfDateAreFlagged() {
		Pack early = Pack.build(Examples.larkspur().architecture(), Examples.CONTEXT, new BasicDiagnostic());
		String calendar = text(early.page("sections/contracts"));
		assertTrue(calendar.contains("Renewal calendar"), calendar);
		assertTrue(calendar.contains(" days)"), calendar);
		Pack later = Pack.build(Examples.larkspur().architecture(),
				RunContext.asOf(LocalDate.of(2040, 1, 1)), new BasicDiagnostic());
		String after = text(later.page("sections/contracts"));
		assertFalse(after.contains("renews soon"), "nothing renews soon in 2040:\n" + after);
		assertTrue(after.contains(" days ago"), after);
	}

	@Test
	void samePackForTheSameFolderAndDate() {
		Pack one = Pack.build(Examples.larkspur().architecture(), Examples.CONTEXT, new BasicDiagnostic());
		Pack two = Pack.build(Examples.larkspur().architecture(), Examples.CONTEXT, new BasicDiagnostic());
		assertEquals(one.pages(), two.pages());
	}

	@Test
	void theExportersOfOneRunShareOnePackAndEachIsToldItsFindings() throws Exception {
		ArchitectureFolder folder = Examples.hostile(temp);
		RunContext run = Examples.CONTEXT.sharing();
		BasicDiagnostic html = new BasicDiagnostic();
		BasicDiagnostic pdf = new BasicDiagnostic();
		Pack first = Pack.build(folder.architecture(), run, html);
		Pack second = Pack.build(folder.architecture(), run, pdf);
		assertSame(first, second);
		assertEquals(1, Findings.leaves(html).size());
		assertEquals(Findings.leaves(html).stream().map(Findings::format).toList(),
				Findings.leaves(pdf).stream().map(Findings::format).toList());
		// another run, or a plain context, builds again
		assertNotSame(first, Pack.build(folder.architecture(), Examples.CONTEXT.sharing(), new BasicDiagnostic()));
		assertNotSame(Pack.build(folder.architecture(), Examples.CONTEXT, new BasicDiagnostic()),
				Pack.build(folder.architecture(), Examples.CONTEXT, new BasicDiagnostic()));
		assertEquals(first.pages(), Pack.build(folder.architecture(), Examples.CONTEXT, new BasicDiagnostic()).pages());
	}

	@Test
	void secretsAreRedactedAndReportedWithoutTheirValue() throws Exception {
		ArchitectureFolder folder = Examples.hostile(temp);
		BasicDiagnostic findings = new BasicDiagnostic();
		Pack pack = Pack.build(folder.architecture(), Examples.CONTEXT, findings);
		String page = text(pack.page("decisions/0001-probe"));
		assertFalse(page.contains("AKIAABCDEFGHIJKLMNOP"), page);
		assertFalse(page.contains("Sup3rSecret"), page);
		assertTrue(page.contains("The deploy key is [redacted] and the DB password=[redacted] here."), page);
		List<String> messages = Findings.leaves(findings).stream().map(Findings::format).toList();
		assertEquals(1, messages.size(), messages.toString());
		assertTrue(messages.get(0).contains("decisions/0001-probe.md: warning: a credential (AWS access key id) in "
				+ "decision '0001-probe', Context and Problem Statement is redacted"), messages.get(0));
		assertFalse(messages.get(0).contains("AKIA"), messages.get(0));
	}

	@Test
	void recordPagesMadeOnEveryCoreTellTheirFindingsInTheRecordsOrder() {
		// more records than one batch of pages, a credential in every 97th decision's description
		Architecture architecture = ArchitectureGenerator
				.generate(ArchitectureGenerator.Options.of(1_200, 7L));
		List<Decision> decisions = architecture.getDecisionSets().get(0).getDecisions();
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < decisions.size(); i += 97) {
			decisions.get(i).setDescription("The deploy key is AKIAABCDEFGHIJKLMN" + (char) ('A' + i % 26) + "P.");
			expected.add("decision '" + decisions.get(i).getId() + "', description");
		}
		BasicDiagnostic first = new BasicDiagnostic();
		Pack pack = Pack.build(architecture, Examples.CONTEXT, first);
		List<String> told = Findings.leaves(first).stream().map(Findings::format)
				.filter(m -> m.contains("a credential (AWS access key id) in decision")).toList();
		assertEquals(expected.size(), told.size(), told.toString());
		for (int i = 0; i < expected.size(); i++) {
			assertTrue(told.get(i).contains(expected.get(i)), i + ": " + told.get(i));
		}
		assertTrue(text(pack.page(pack.pages().stream().filter(p -> p.title().endsWith(decisions.get(97).getTitle()))
				.findFirst().orElseThrow().path())).contains("The deploy key is [redacted]."));
		BasicDiagnostic second = new BasicDiagnostic();
		Pack.build(architecture, Examples.CONTEXT, second);
		assertEquals(Findings.leaves(first).stream().map(Findings::format).toList(),
				Findings.leaves(second).stream().map(Findings::format).toList());
	}

	@Test
	void credentialsAreRedactedWhereTheyStandAndNothingElseIs() {
		assertEquals("url postgres://app:[redacted]@db", Credentials.redact("url postgres://app:hunter2@db"));
		assertEquals("key [redacted] here", Credentials.redact("key AKIAABCDEFGHIJKLMNOP here"));
		assertEquals("before\n[redacted]\nafter", Credentials.redact(
				"before\n-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY-----\nafter"));
		assertEquals("api_key = [redacted]", Credentials.redact("api_key = 9f8e7d6c5b4a"));
		String harmless = "the password is kept in 1Password (vault ops/billing/db-password); token: ${TOKEN}";
		assertEquals(harmless, Credentials.redact(harmless));
	}

	@Test
	void everyShapeOfTheCorpusIsFoundAndRedactedAndOrdinaryTextIsNot() {
		for (Secrets.Credential credential : Secrets.CORPUS) {
			assertTrue(Credentials.find(credential.text()).isPresent(), credential.kind());
			String redacted = Credentials.redact(credential.text());
			assertFalse(redacted.contains(credential.secret()), credential.kind() + ": " + redacted);
			assertTrue(redacted.contains(Credentials.REDACTED), credential.kind());
			// redacted text is not found again (a format may look at it a second time)
			assertEquals(Optional.empty(), Credentials.find(redacted), credential.kind() + ": " + redacted);
		}
		assertEquals("Authorization: Bearer [redacted]", Credentials.redact(Secrets.CORPUS.get(10).text()));
		for (String harmless : Secrets.HARMLESS) {
			assertEquals(Optional.empty(), Credentials.find(harmless), harmless);
		}
		assertEquals(Optional.empty(), Credentials.find("ZONE_TOKEN=$(kubectl get secret admin -o json)"));
	}

	@Test
	void thePackIsMadeFromARedactedViewWhereATokenNamedRecordHasANeutralName() throws Exception {
		ArchitectureFolder folder =
				ArchitectureFolder.load(Secrets.folder(temp.resolve("arch")), LoadOptions.defaults());
		BasicDiagnostic findings = new BasicDiagnostic();
		Redaction redaction = Redaction.of(folder.architecture(), Examples.CONTEXT, findings);
		assertNotSame(folder.architecture(), redaction.architecture(), "a copy");
		assertSame(redaction, Redaction.of(redaction.architecture(), Examples.CONTEXT, new BasicDiagnostic()));
		// the records as read are untouched
		assertTrue(folder.architecture().getName().contains(Secrets.CORPUS.get(0).secret()));
		Pack pack = Pack.build(folder.architecture(), Examples.CONTEXT, new BasicDiagnostic());
		assertNotNull(pack.page("components/redacted-1"),
				pack.pages().stream().map(Pack.Page::path).toList().toString());
		StringBuilder all = new StringBuilder(pack.title()).append(pack.sources());
		for (Pack.Page page : pack.pages()) {
			all.append(page.path()).append('\n').append(text(page)).append('\n').append(page.blocks());
		}
		Secrets.assertNoSecret("the pack", all.toString());
		Secrets.assertHarmlessKept("the pack", all.toString());
		List<String> messages = Findings.leaves(findings).stream().map(Findings::format).toList();
		Secrets.assertNoSecret("the findings", messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("decision '0001-keep-secrets-out', links note")),
				messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("the id of a component in this folder looks like a "
				+ "credential (GitHub token): the pack names it 'redacted-1'")), messages.toString());
		// the readiness rules judge the records as read, and what they say is scrubbed
		String readiness = text(pack.page("readiness"));
		assertTrue(readiness.contains("credential"), readiness);
	}

	@Test
	void theDecisionHistoryPageShowsTheTransitionsByMonthNewestFirstLinkingTheDecisions() {
		ArchitectureFolder folder = Examples.larkspur();
		List<DecisionTimeline.Transition> transitions = List.of(
				new DecisionTimeline.Transition("decisions/0009-move-parcel-data-to-postgresql.md",
						"0009-move-parcel-data-to-postgresql", "Move parcel data to PostgreSQL", null, "proposed",
						"Ada Lovelace",
						LocalDate.of(2025, 3, 2), "1234567890abcdef", "Propose PostgreSQL"),
				new DecisionTimeline.Transition("decisions/0009-move-parcel-data-to-postgresql.md",
						"0009-move-parcel-data-to-postgresql", "Move parcel data to PostgreSQL", "proposed", "accepted",
						"Grace Hopper", LocalDate.of(2025, 4, 20), "abcdef1234567890",
						"Accept PostgreSQL (token ghp_abcdefghijklmnopqrstuvwxyz0123456789)"),
				new DecisionTimeline.Transition("decisions/0099-gone.md", "0099-gone", "Gone", null, "proposed",
						"Linus Torvalds", LocalDate.of(2025, 4, 1), "fedcba9876543210", "Propose something"));
		List<Path> asked = new ArrayList<>();
		BasicDiagnostic findings = new BasicDiagnostic();
		Pack pack = Pack.build(folder.architecture(), Examples.CONTEXT, findings, (root, monitor) -> {
			asked.add(root);
			return new DecisionTimeline.Result(transitions, null);
		});
		assertEquals(List.of(folder.root()), asked);
		Pack.Page page = pack.page("history");
		assertEquals("Decision history", page.title());
		assertEquals("decision-history", page.section());
		assertEquals("3 status changes of 2 decisions, from git.\n2025-04\n"
				+ "2025-04-20 Move parcel data to PostgreSQL: proposed → accepted by Grace Hopper (abcdef1: Accept "
				+ "PostgreSQL "
				+ "(token [redacted]))\n"
				+ "2025-04-01 Gone (removed since): created as proposed by Linus Torvalds (fedcba9: Propose "
				+ "something)\n"
				+ "2025-03\n"
				+ "2025-03-02 Move parcel data to PostgreSQL: created as proposed by Ada Lovelace (1234567: Propose "
				+ "PostgreSQL)\n",
				text(page));
		Pack.Link link = page.blocks().stream().filter(b -> b instanceof Pack.Items).map(b -> (Pack.Items) b)
				.findFirst().orElseThrow().items().get(0).stream().filter(i -> i instanceof Pack.Link)
				.map(i -> (Pack.Link) i)
				.findFirst().orElseThrow();
		assertEquals("decisions/0009-move-parcel-data-to-postgresql", link.path());
		assertEquals(1, Findings.leaves(findings).size(), "the token in the commit message is reported");
		assertTrue(text(pack.page("sections/decision-history")).contains("Decision history (status changes from git)"));
	}

	@Test
	void withoutHistoryThePageSaysWhy() {
		Pack none = Pack.build(Examples.larkspur().architecture(), Examples.CONTEXT, new BasicDiagnostic());
		assertEquals(
				"The decision history is read from git by Baton's history bundle (dev.baton.history), which is not "
						+ "installed here.\n",
				text(none.page("history")));
		BasicDiagnostic findings = new BasicDiagnostic();
		Pack outside = Pack.build(Examples.larkspur().architecture(), Examples.CONTEXT, findings,
				(root, monitor) -> new DecisionTimeline.Result(List.of(), "Not in a git repository.",
						root + " is not in a git repository: git init"));
		assertEquals("Not in a git repository.\n", text(outside.page("history")));
		// the advice names the machine's folder: it is told, not published
		assertEquals(List.of("info: the pack's decision history is empty: " + Examples.larkspur().root()
				+ " is not in a git repository: git init"),
				Findings.leaves(findings).stream().map(Findings::format).toList());
	}
}
