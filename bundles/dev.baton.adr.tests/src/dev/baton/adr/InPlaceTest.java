package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.baton.api.Findings;
import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.LoadOptions;

/**
 * A repository's ADR folders kept in place: {@code baton.yaml} names each folder and its dialect, and Baton reads and
 * writes the files in that dialect, changing only what changed.
 */
class InPlaceTest {

	@TempDir
	Path temp;

	private ArchitectureFolder adopt(String set) throws Exception {
		Path root = Corpus.copy(set, temp.resolve(set));
		AdrImport.Report report = AdrImport.run(root, Corpus.CONTEXT);
		Files.writeString(root.resolve(FolderLayout.SETTINGS), Adoption.batonYaml(set, report));
		return load(root);
	}

	private static ArchitectureFolder load(Path root) {
		return ArchitectureFolder.load(root, LoadOptions.defaults().withFormats(Dialects.formats()));
	}

	private static Decision decision(ArchitectureFolder folder, String id) {
		for (DecisionSet set : folder.architecture().getDecisionSets()) {
			for (Decision decision : set.getDecisions()) {
				if (decision.getId().equals(id)) {
					return decision;
				}
			}
		}
		throw new AssertionError("no decision " + id);
	}

	@ParameterizedTest
	@ValueSource(strings = { "adr__madr", "thomvaill__log4brains", "arachne-framework__architecture",
			"alphagov__govuk-aws", "eclipse-edc__Connector", "phodal__adr", "xtdb__xtdb", "structurizr__dsl",
			"DependencyTrack__hyades" })
	void savingAnUnchangedCorpusSetWritesNothing(String set) throws Exception {
		ArchitectureFolder folder = adopt(set);
		Path root = folder.root();
		Map<String, byte[]> before = Corpus.snapshot(root);
		assertTrue(folder.architecture().getDecisionSets().stream().mapToInt(s -> s.getDecisions().size()).sum() > 0,
				"nothing read from " + set + ": " + Findings.leaves(folder.findings()));
		assertTrue(Findings.leaves(folder.findings()).stream()
				.noneMatch(d -> d.getSeverity() == Diagnostic.ERROR),
				() -> set + ": "
						+ Findings.leaves(folder.findings()).stream().map(Findings::format).toList());
		Diagnostic saved = folder.save();
		assertEquals(Diagnostic.OK, saved.getSeverity(), () -> Findings.leaves(saved).toString());
		Map<String, byte[]> after = Corpus.snapshot(root);
		assertEquals(before.keySet(), after.keySet());
		before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), () -> file + " was rewritten:\n"
				+ new String(after.get(file), StandardCharsets.UTF_8)));
	}

	@Test
	void aStatusChangeInAnAdrToolsFileChangesOnlyTheStatusLine() throws Exception {
		ArchitectureFolder folder = adopt("alphagov__govuk-aws");
		Path file = folder.root().resolve("docs/architecture/decisions/0006-puppet-architecture.md");
		List<String> before = Files.readAllLines(file);
		Decision decision = decision(folder, "0006-puppet-architecture");
		assertEquals("Pending", decision.getStatusText());
		decision.setStatus(DecisionStatus.ACCEPTED);
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		List<String> after = Files.readAllLines(file);
		assertEquals(before.size(), after.size());
		int changed = 0;
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).equals(after.get(i))) {
				changed++;
				assertEquals("Pending", before.get(i));
				assertEquals("Accepted", after.get(i));
			}
		}
		assertEquals(1, changed);
		assertEquals(DecisionStatus.ACCEPTED, decision(load(folder.root()), "0006-puppet-architecture").getStatus());
	}

	@Test
	void aNewDecisionThatSupersedesIsWrittenTheAdrToolsWayAndBothFilesLink() throws Exception {
		ArchitectureFolder folder = adopt("alphagov__govuk-aws");
		DecisionSet set = folder.architecture().getDecisionSets().get(0);
		assertEquals("adr-tools", set.getDialect());
		Decision old = decision(folder, "0037-alb-health-checks");
		Decision next = BatonFactory.eINSTANCE.createDecision();
		next.setTitle("NLB health checks");
		next.setDate(LocalDate.of(2026, 11, 28));
		next.setStatusText("Accepted");
		next.setStatus(DecisionStatus.ACCEPTED);
		next.setContext("ALBs are gone.");
		DecisionLink link = BatonFactory.eINSTANCE.createDecisionLink();
		link.setType(LinkType.SUPERSEDES);
		link.setTarget(old);
		next.getLinks().add(link);
		set.getDecisions().add(next);
		old.setStatus(DecisionStatus.SUPERSEDED);
		old.getStatedSupersededBy().add(next);
		assertEquals(Diagnostic.OK, folder.save().getSeverity(), () -> Findings.leaves(folder.save()).toString());
		Path dir = folder.root().resolve("docs/architecture/decisions");
		String created = Files.readString(dir.resolve("0040-nlb-health-checks.md"));
		assertEquals("""
				# 40. NLB health checks

				Date: 2026-11-28

				## Status

				Accepted

				Supersedes [37. ALB Health Checks](0037-alb-health-checks.md)

				## Context

				ALBs are gone.
				""", created);
		String updated = Files.readString(dir.resolve("0037-alb-health-checks.md"));
		assertTrue(updated.contains(
				"## Status\n\nSuperseded\n\nSuperseded by [40. NLB health checks](0040-nlb-health-checks.md)\n"),
				updated);
		ArchitectureFolder reloaded = load(folder.root());
		Decision again = decision(reloaded, "0040-nlb-health-checks");
		assertEquals(List.of(decision(reloaded, "0037-alb-health-checks")), again.getSupersedes());
		assertEquals(List.of(again), decision(reloaded, "0037-alb-health-checks").getStatedSupersededBy());
	}

	@Test
	void renamingADecisionUpdatesTheLinksToItInOtherFiles() throws Exception {
		ArchitectureFolder folder = adopt("structurizr__dsl");
		Decision target = folder.architecture().getDecisionSets().stream().flatMap(s -> s.getDecisions().stream())
				.filter(d -> d.getId().equals("0010-asciidoc-format")).findFirst().orElseThrow();
		folder.rename(target, "0011-asciidoc-format");
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		Path dir = folder.root().resolve("src/test/dsl/adrs/adrs");
		assertTrue(Files.exists(dir.resolve("0011-asciidoc-format.md")));
		assertFalse(Files.exists(dir.resolve("0010-asciidoc-format.md")));
		String superseded = Files.readString(dir.resolve("0004-markdown-format.md"));
		assertTrue(superseded.contains("(0011-asciidoc-format.md)"), superseded);
		assertFalse(superseded.contains("0010-asciidoc-format.md"), superseded);
	}

	@Test
	void aLog4brainsFolderGetsDateNamedFilesWithStatusBullets() throws Exception {
		ArchitectureFolder folder = adopt("thomvaill__log4brains");
		DecisionSet set = folder.architecture().getDecisionSets().stream().filter(s -> s.getName().equals("core"))
				.findFirst().orElseThrow();
		assertEquals("log4brains", set.getDialect());
		Decision decision = BatonFactory.eINSTANCE.createDecision();
		decision.setTitle("Cache parsed ADRs");
		decision.setDate(LocalDate.of(2026, 11, 28));
		decision.setStatusText("proposed");
		decision.setStatus(DecisionStatus.PROPOSED);
		decision.getDecisionMakers().add("Ana");
		decision.setContext("Parsing is slow.");
		set.getDecisions().add(decision);
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		String text = Files.readString(folder.root().resolve("packages/core/docs/adr/20261128-cache-parsed-adrs.md"),
				StandardCharsets.UTF_8);
		assertTrue(text.startsWith("# Cache parsed ADRs\n\n- Status: proposed\n- Deciders: Ana\n- Date: 2026-11-28\n\n"
				+ "## Context and Problem Statement\n\nParsing is slow.\n"), text);
		Decision read = decision(load(folder.root()), "20261128-cache-parsed-adrs");
		assertEquals("Cache parsed ADRs", read.getTitle());
		assertEquals(List.of("Ana"), read.getDecisionMakers());
		assertNotNull(read.getDate());
	}

	@Test
	void anUnknownDialectIsReportedAndTheRestLoads() throws Exception {
		Path root = temp.resolve("x");
		Files.createDirectories(root.resolve("doc/adr"));
		Files.writeString(root.resolve("doc/adr/0001-a.md"), "# 1. A\n");
		Files.writeString(root.resolve(FolderLayout.SETTINGS),
				"name: X\ndecisions:\n  path: doc/adr\n  dialect: adr-tool\n");
		ArchitectureFolder folder = load(root);
		List<String> messages = Findings.leaves(folder.findings()).stream().map(Findings::format).toList();
		assertTrue(messages.stream().anyMatch(m -> m.contains(FolderLayout.SETTINGS) && m.contains("'adr-tool'")
				&& m.contains("adr-tools")), messages.toString());
		assertEquals(0, folder.architecture().getDecisionSets().get(0).getDecisions().size());
	}
}
