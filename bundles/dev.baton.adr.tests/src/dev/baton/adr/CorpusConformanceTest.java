package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dev.baton.api.Findings;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;

/**
 * Every ADR set of {@code ../shared/corpus} imported: each file is read or reported with its reason, and for each set
 * the numbers of records, the statuses and the supersessions are the ones established by reading the files (greps in
 * the comments), plus field checks of samples.
 */
class CorpusConformanceTest {

	private static AdrImport.Report run(String set) throws IOException {
		AdrImport.Report report = AdrImport.run(Corpus.set(set), Corpus.CONTEXT);
		// every text file of every set folder is either imported or reported with a reason
		for (AdrImport.SetReport s : report.sets()) {
			Path folder = Corpus.set(set).resolve(s.folder());
			List<String> listed = new ArrayList<>();
			try (Stream<Path> walk = Files.walk(folder, 2)) {
				walk.filter(Files::isRegularFile).filter(p -> AdrFormat.isText(p.getFileName().toString()))
						.filter(p -> p.getParent().equals(folder) || Files.exists(p.getParent().resolve("README.md")))
						.forEach(p -> listed.add(Corpus.set(set).relativize(p).toString().replace('\\', '/')));
			}
			for (String file : listed) {
				assertTrue(s.files().stream().anyMatch(f -> f.file().equals(file)),
						file + " neither imported nor reported");
			}
			s.files().stream().filter(f -> !f.imported())
					.forEach(f -> assertTrue(!f.notes().isEmpty(), f.file() + " skipped without a reason"));
		}
		return report;
	}

	private static DecisionSet set(AdrImport.Report report, String name) {
		return report.architecture().getDecisionSets().stream().filter(s -> s.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no set " + name + " in " + report.sets().stream()
						.map(AdrImport.SetReport::name).toList()));
	}

	private static Map<String, Integer> statusTexts(DecisionSet set) {
		Map<String, Integer> counts = new TreeMap<>();
		set.getDecisions()
				.forEach(d -> counts.merge(d.getStatusText() == null ? "(none)" : d.getStatusText(), 1, Integer::sum));
		return counts;
	}

	private static Map<DecisionStatus, Integer> lifecycle(DecisionSet set) {
		Map<DecisionStatus, Integer> counts = new TreeMap<>();
		set.getDecisions().forEach(d -> counts.merge(d.getStatus(), 1, Integer::sum));
		return counts;
	}

	/** "a -> b" for every resolved supersedes link, and "a <- b" for every stated superseded-by. */
	private static List<String> supersessions(DecisionSet set) {
		List<String> result = new ArrayList<>();
		for (Decision d : set.getDecisions()) {
			d.getSupersedes().forEach(t -> result.add(d.getId() + " -> " + t.getId()));
			d.getStatedSupersededBy().forEach(t -> result.add(d.getId() + " <- " + t.getId()));
		}
		return result;
	}

	private static Decision decision(DecisionSet set, String id) {
		return set.getDecisions().stream().filter(d -> d.getId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + id));
	}

	private static List<String> skipped(AdrImport.Report report) {
		return report.sets().stream().flatMap(s -> s.files().stream()).filter(f -> !f.imported())
				.map(AdrImport.FileReport::file).toList();
	}

	@Test
	void madrOwnDecisions() throws IOException {
		AdrImport.Report report = run("adr__madr");
		DecisionSet set = set(report, "adr");
		assertEquals(19, set.getDecisions().size());
		assertEquals(List.of("docs/decisions/index.md", "docs/decisions/adr-template.md"), skipped(report));
		// grep -l '^status:' finds 3 files, but in 0008 and 0013 the line is inside a ```markdown fence
		assertEquals(Map.of("(none)", 18, "on hold", 1), statusTexts(set));
		assertEquals(List.of(), supersessions(set));
		Decision tooling = decision(set, "0003-provide-own-madr-tools");
		assertEquals("Write Own MADR Tooling", tooling.getTitle());
		assertEquals(DecisionStatus.PROPOSED, tooling.getStatus());
		Decision yaml = decision(set, "0013-use-yaml-front-matter-for-meta-data");
		assertEquals("Use YAML front matter for metadata", yaml.getTitle());
		assertNull(yaml.getStatusText());
		assertTrue(
				yaml.getContext().startsWith("MADR offers the fields \"Status\", \"Decision Maker(s)\", and \"Date\"."),
				yaml.getContext());
		assertTrue(report.sets().get(0).files().stream().filter(AdrImport.FileReport::imported)
				.allMatch(f -> f.dialect().equals("madr")));
	}

	@Test
	void log4brainsMonorepoWithThreePackages() throws IOException {
		AdrImport.Report report = run("thomvaill__log4brains");
		assertEquals(List.of("adr", "core", "web"), report.sets().stream().map(AdrImport.SetReport::name).toList());
		assertEquals(List.of(9, 3, 5),
				report.architecture().getDecisionSets().stream().map(s -> s.getDecisions().size())
						.toList());
		// the template is told by its content, when the file is read (after the folder's listing)
		assertEquals(List.of("docs/adr/README.md", "docs/adr/index.md", "docs/adr/template.md"), skipped(report));
		DecisionSet adr = set(report, "adr");
		// grep -h '^- Status:': 16 accepted, 1 "superseded by [...]" (kept as written)
		assertEquals(Map.of("accepted", 8, "superseded by [20201016-use-the-adr-slug-as-its-unique-id]"
				+ "(20201016-use-the-adr-slug-as-its-unique-id.md)", 1), statusTexts(adr));
		assertEquals(Map.of("accepted", 3), statusTexts(set(report, "core")));
		assertEquals(Map.of("accepted", 5), statusTexts(set(report, "web")));
		assertEquals(
				List.of("20200926-use-the-adr-number-as-its-unique-id <- 20201016-use-the-adr-slug-as-its-unique-id",
						"20201016-use-the-adr-slug-as-its-unique-id -> 20200926-use-the-adr-number-as-its-unique-id"),
				supersessions(adr));
		Decision lunr = decision(adr, "20201103-use-lunr-for-search");
		assertEquals("Use Lunr for search", lunr.getTitle());
		assertEquals(LocalDate.of(2020, 11, 3), lunr.getDate());
		assertNull(lunr.getNumber());
		assertTrue(report.sets().stream().flatMap(s -> s.files().stream()).filter(AdrImport.FileReport::imported)
				.allMatch(f -> f.dialect().equals("log4brains")));
	}

	@Test
	void arachneOriginalNygard() throws IOException {
		AdrImport.Report report = run("arachne-framework__architecture");
		DecisionSet set = report.architecture().getDecisionSets().get(0);
		assertEquals(17, set.getDecisions().size());
		assertEquals(List.of(), skipped(report));
		assertEquals(Map.of("Accepted", 1, "PROPOSED", 12, "Proposed", 4), statusTexts(set));
		assertEquals(Map.of(DecisionStatus.PROPOSED, 16, DecisionStatus.ACCEPTED, 1), lifecycle(set));
		// "Note: this ADR supersedes some aspects of [ADR-15](...) and [ADR-16](...)."
		assertEquals(List.of("adr-017-simplify-chimera-model -> adr-015-data-abstraction-model",
				"adr-017-simplify-chimera-model -> adr-016-db-migrations"), supersessions(set));
		Decision simplify = decision(set, "adr-017-simplify-chimera-model");
		assertEquals("Simplification of Chimera Model", simplify.getTitle());
		assertEquals(17, simplify.getNumber());
		assertEquals("in part, in prose", simplify.getLinks().get(0).getNote());
		assertNull(simplify.getDate());
	}

	@Test
	void govukAwsAdrTools() throws IOException {
		AdrImport.Report report = run("alphagov__govuk-aws");
		DecisionSet set = set(report, "adr");
		assertEquals(38, set.getDecisions().size());
		// a status section holding only its link line keeps that line as the status text, as written
		assertEquals(Map.of("Accepted", 28, "Approved", 1, "Partly superseded", 1, "Pending", 6, "Proposed", 1,
				"Superseded by [DNS Infrastructure](0015-dns-infrastructure.md)", 1), statusTexts(set));
		assertEquals(Map.of(DecisionStatus.ACCEPTED, 29, DecisionStatus.PROPOSED, 7, DecisionStatus.SUPERSEDED, 2),
				lifecycle(set));
		assertEquals(List.of("0003-aws-networking-outline <- 0033-ip-ranges",
				"0004-dns-definitions-for-hosts-and-services <- 0015-dns-infrastructure",
				"0033-ip-ranges -> 0003-aws-networking-outline"), supersessions(set));
		assertEquals(List.of(decision(set, "0010-terraform-directory-structure")),
				decision(set, "0017-terraform-data-structure").getAmends());
		assertTrue(set.getDecisions().stream().noneMatch(d -> d.getNumber() == 34));
		Decision dns = decision(set, "0004-dns-definitions-for-hosts-and-services");
		assertEquals("DNS definitions for hosts and services", dns.getTitle());
		assertEquals(LocalDate.of(2017, 7, 14), dns.getDate());
		assertEquals(4, dns.getNumber());
		List<String> warnings = Findings.leaves(report.findings()).stream()
				.filter(d -> d.getSeverity() == Diagnostic.WARNING).map(Findings::format).toList();
		assertEquals(2, warnings.size(), warnings.toString());
		assertTrue(warnings.get(0).endsWith("0033-ip-ranges.md:1: warning: the title says number 3 but the file name "
				+ "says 33: the file name's number is used; make them agree"), warnings.get(0));
	}

	@Test
	void edcOneFolderPerRecord() throws IOException {
		AdrImport.Report report = run("eclipse-edc__Connector");
		DecisionSet set = set(report, "adr");
		assertEquals(106, set.getDecisions().size());
		assertEquals(List.of("docs/developer/decision-records/README.md",
				"docs/developer/decision-records/2022-11-09-api-refactoring/documentation.md",
				"docs/developer/decision-records/2022-11-09-api-refactoring/renaming.md"), skipped(report));
		assertEquals(Map.of("(none)", 106), statusTexts(set));
		assertTrue(set.getDecisions().stream().allMatch(d -> d.getDate() != null && d.getNumber() == null));
		Decision underscore = decision(set, "2023-03-02_entity_store_refactoring");
		assertEquals(LocalDate.of(2023, 3, 2), underscore.getDate());
		assertEquals("Refactoring of the EDC entity stores", underscore.getTitle());
		Decision scopes = decision(set, "2022-03-15-policy-scopes");
		assertEquals("Policy Scopes", scopes.getTitle());
		assertEquals(List.of(), supersessions(set));
	}

	@Test
	void phodalChineseAdrTools() throws IOException {
		AdrImport.Report report = run("phodal__adr");
		assertEquals(".adr.json", report.sets().get(0).foundBy());
		DecisionSet set = set(report, "adr");
		assertEquals(24, set.getDecisions().size());
		// the last dated line of each status history: grep -E '^[0-9]{4}[-/][0-9]{2}[-/][0-9]{2} ' | tail -1
		assertEquals(Map.of("完成", 11, "已弃用", 1, "提议", 9, "通过", 3), statusTexts(set));
		assertEquals(Map.of(DecisionStatus.ACCEPTED, 14, DecisionStatus.DEPRECATED, 1, DecisionStatus.PROPOSED, 9),
				lifecycle(set));
		Decision graph = decision(set, "0004-生成图形关系");
		assertEquals("生成图形关系", graph.getTitle());
		assertEquals(LocalDate.of(2017, 11, 22), graph.getDate());
		assertTrue(graph.getContext() != null && !graph.getContext().isEmpty());
		assertEquals(List.of(), supersessions(set));
	}

	@Test
	void xtdbAsciiDoc() throws IOException {
		AdrImport.Report report = run("xtdb__xtdb");
		DecisionSet set = set(report, "adr");
		assertEquals(27, set.getDecisions().size());
		// ls notes/adr/xtdb-1.x-compat-notes: 11 ADRs (0011-0022 but 0016) and a README.adoc, an older series
		assertEquals(11, set(report, "adr-xtdb-1-x-compat-notes").getDecisions().size());
		assertEquals(List.of("notes/adr/xtdb-1.x-compat-notes/", "notes/adr/xtdb-1.x-compat-notes/README.adoc"),
				skipped(report));
		assertEquals(Map.of(DecisionStatus.ACCEPTED, 13, DecisionStatus.PROPOSED, 12, DecisionStatus.SUPERSEDED, 2),
				lifecycle(set));
		Decision temporal = decision(set, "0024-sql-temporal-query");
		assertEquals("Superseded - see https://github.com/xtdb/core2/issues/339[#339].", temporal.getStatusText());
		assertEquals("SQL temporal query", temporal.getTitle());
		assertEquals(LocalDate.of(2021, 10, 6), temporal.getDate());
		assertEquals(List.of(), supersessions(set));
	}

	@Test
	void structurizrScopesAreSetsOfTheirOwn() throws IOException {
		AdrImport.Report report = run("structurizr__dsl");
		assertEquals(List.of("workspace", "softwareSystem", "container", "component", "internet-banking-system"),
				report.sets().stream().map(AdrImport.SetReport::name).toList());
		assertEquals(List.of(10, 10, 10, 10, 1), report.architecture().getDecisionSets().stream()
				.map(s -> s.getDecisions().size()).toList());
		assertEquals("src/test/dsl/adrs/workspace.dsl:3 !adrs", report.sets().get(0).foundBy());
		for (String scope : List.of("workspace", "softwareSystem", "container", "component")) {
			DecisionSet set = set(report, scope);
			assertEquals(Map.of("Accepted", 9, "Superceded by [10. AsciiDoc format](0010-asciidoc-format.md)", 1),
					statusTexts(set));
			// "Superceded by [10. ...]" and "Supercedes [4. ...]", misspelt as adr-tools once did
			assertEquals(
					List.of("0004-markdown-format <- 0010-asciidoc-format",
							"0010-asciidoc-format -> 0004-markdown-format"),
					supersessions(set));
			assertEquals(List.of(decision(set, "0005-help-comments")), decision(set, "0009-help-scripts").getAmends());
			// a scope's links stay inside the scope
			assertEquals(set, decision(set, "0010-asciidoc-format").getSupersedes().get(0).eContainer());
		}
	}

	@Test
	void hyadesStatusTablesWithTitlesInMkdocs() throws IOException {
		AdrImport.Report report = run("DependencyTrack__hyades");
		DecisionSet set = set(report, "adr");
		assertEquals(17, set.getDecisions().size());
		assertEquals(List.of("docs/architecture/decisions/000-index.md"), skipped(report));
		assertEquals(Map.of("Accepted", 12, "Proposed", 5), statusTexts(set));
		Decision kafka = decision(set, "001-drop-kafka-dependency");
		assertEquals("Drop Kafka Dependency", kafka.getTitle());
		assertEquals(1, kafka.getNumber());
		// ADR-008 is missing from mkdocs.yml's nav: its title comes from the file name
		assertEquals("Sbom push with gitlab token", decision(set, "008-sbom-push-with-gitlab-token").getTitle());
		assertTrue(report.sets().get(0).files().stream().filter(AdrImport.FileReport::imported)
				.allMatch(f -> f.dialect().equals("status-table")));
	}
}
