package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.Findings;
import dev.baton.model.DecisionSet;

/**
 * A documentation site that keeps its ADRs once per language: one set of decisions, the site's default language
 * imported, the translations left with why.
 */
class TranslationsTest {

	@TempDir
	Path temp;

	private static final String ES =
			"# %d. %s\n\n## Estado\n\nAceptada\n\n## Contexto\n\nPorque.\n\n## Decisión\n\nSí.\n";
	private static final String EN =
			"# %d. %s\n\n## Status\n\nAccepted\n\n## Context\n\nBecause.\n\n## Decision\n\nYes.\n";

	private Path site(String... locales) throws Exception {
		Path repo = temp.resolve("repo");
		for (String locale : locales) {
			Path adr = Files.createDirectories(repo.resolve("docs/" + locale + "/adr"));
			boolean spanish = locale.startsWith("es");
			Files.writeString(adr.resolve("001-use-queues.md"), (spanish ? ES : EN).formatted(1,
					spanish ? "Usar colas" : "Use queues"));
			Files.writeString(adr.resolve("002-local-first.md"), (spanish ? ES : EN).formatted(2,
					spanish ? "Primero local" : "Local first"));
		}
		return repo;
	}

	private static List<String> ids(AdrImport.Report report) {
		return report.architecture().getDecisionSets().stream().flatMap(s -> s.getDecisions().stream())
				.map(d -> ((DecisionSet) d.eContainer()).getName() + ":" + d.getId() + ":" + d.getTitle()).toList();
	}

	@Test
	void theMkDocsDefaultLanguageIsImportedAndTheTranslationIsLeftWithWhy() throws Exception {
		Path repo = site("en", "es");
		Files.writeString(repo.resolve("mkdocs.yml"), """
				site_name: Example
				markdown_extensions:
				  - pymdownx.superfences:
				      custom_fences:
				        - name: mermaid
				          format: !!python/name:pymdownx.superfences.fence_code_format
				plugins:
				  - i18n:
				      docs_structure: folder
				      languages:
				        - locale: es
				          name: Español
				          default: true
				        - locale: en
				          name: English
				""");
		AdrImport.Report report = AdrImport.run(repo, Corpus.CONTEXT);
		assertEquals(List.of("adr:001-use-queues:Usar colas", "adr:002-local-first:Primero local"), ids(report));
		AdrImport.FileReport left =
				report.others().stream().filter(f -> f.file().equals("docs/en/adr/001-use-queues.md"))
						.findFirst().orElseThrow(() -> new AssertionError(report.others().toString()));
		assertEquals("left: a translation (en) of the ADRs in docs/es/adr, the site's default language (es, "
				+ "mkdocs.yml); import it alone with 'baton import docs/en/adr'", left.notes().get(0));
		assertEquals(2, report.others().stream().filter(f -> f.file().startsWith("docs/en/adr/")).count());
	}

	@Test
	void theDefaultLanguageComesBeforeOrAfterTheLocaleAndMayBeARegion() throws Exception {
		Path repo = site("en", "es-ES");
		Files.writeString(repo.resolve("docusaurus.config.js"), """
				module.exports = {
				  i18n: { defaultLocale: 'es', locales: ['es', 'en'] },
				};
				""");
		AdrImport.Report report = AdrImport.run(repo, Corpus.CONTEXT);
		assertEquals(List.of("adr:001-use-queues:Usar colas", "adr:002-local-first:Primero local"), ids(report));
		assertTrue(report.others().stream().anyMatch(f -> f.file().equals("docs/en/adr/002-local-first.md")
				&& f.notes().get(0).contains("(es, docusaurus.config.js)")), report.others()::toString);
	}

	@Test
	void aDocusaurusTranslationBesideTheFolderWithoutALanguageIsLeft() throws Exception {
		Path repo = site("en");
		Path docs = repo.resolve("docs/en/adr");
		Path plain = Files.createDirectories(repo.resolve("website/adr"));
		try (var files = Files.list(docs)) {
			for (Path file : files.toList()) {
				Files.copy(file, plain.resolve(file.getFileName()));
			}
		}
		AdrImport.Report report = AdrImport.run(repo, Corpus.CONTEXT);
		assertEquals(2, report.imported(), report.sets()::toString);
		assertEquals("website/adr", report.sets().get(0).folder());
		assertTrue(report.others().stream().anyMatch(f -> f.file().equals("docs/en/adr/001-use-queues.md")
				&& f.notes().get(0).contains("of the ADRs in website/adr, which has no language code")),
				report.others()::toString);
	}

	@Test
	void withNothingNamingTheOriginalEveryLanguageIsImportedAndAWarningSaysWhy() throws Exception {
		Path repo = site("de", "en");
		AdrImport.Report report = AdrImport.run(repo, Corpus.CONTEXT);
		assertEquals(4, report.imported());
		List<String> warnings = Findings.leaves(report.findings()).stream()
				.filter(d -> d.getSeverity() == Diagnostic.WARNING).map(Diagnostic::getMessage).toList();
		assertTrue(warnings.stream().anyMatch(w -> w.contains("the ADR folders docs/de/adr, docs/en/adr hold the "
				+ "same files in other languages, and no site configuration names the default one")),
				warnings::toString);
	}

	@Test
	void foldersNamedLikeLanguagesWithOtherRecordsAreTwoSets() throws Exception {
		Path repo = temp.resolve("repo");
		Path it = Files.createDirectories(repo.resolve("teams/it/adr"));
		Files.writeString(it.resolve("001-use-ldap.md"), EN.formatted(1, "Use LDAP"));
		Files.writeString(it.resolve("002-use-sso.md"), EN.formatted(2, "Use SSO"));
		Path de = Files.createDirectories(repo.resolve("teams/de/adr"));
		Files.writeString(de.resolve("001-use-kafka.md"), EN.formatted(1, "Use Kafka"));
		Files.writeString(de.resolve("002-use-flink.md"), EN.formatted(2, "Use Flink"));
		AdrImport.Report report = AdrImport.run(repo, Corpus.CONTEXT);
		assertEquals(4, report.imported(), report.others()::toString);
	}
}
