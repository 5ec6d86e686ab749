package dev.baton.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs the real distribution (bin/baton: Apache Felix, Felix SCR, Baton's bundles) in a subprocess on temporary folders
 * and checks what it prints, writes and exits with.
 */
class BatonCommandTest {

	@TempDir
	Path temp;

	record Result(int exit, String out, String err) {
	}

	static Path baton() {
		return Path.of(System.getProperty("baton.distribution", "target/baton")).resolve("bin/baton").toAbsolutePath();
	}

	static Result run(Path directory, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(baton().toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
		Path out = Files.createTempFile("baton-out", ".txt");
		Path err = Files.createTempFile("baton-err", ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "baton " + String.join(" ", args) + " did not finish");
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return result;
	}

	@Test
	void versionIsTheCommandLineBundlesReadWithoutStartingTheRuntime() throws Exception {
		Path bundles = baton().getParent().getParent().resolve("bundles");
		String jar;
		try (var files = Files.list(bundles)) {
			jar = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("dev.baton.cli_")).findFirst()
					.orElseThrow();
		}
		String version = jar.substring("dev.baton.cli_".length(), jar.length() - ".jar".length());
		Result result = run(temp, "--debug", "--version");
		assertEquals(0, result.exit(), result.err());
		assertEquals("baton " + version + "\n", result.out());
		assertTrue(result.err().contains("read from bundles/ without starting the runtime"), result.err());
	}

	@Test
	void helpListsEveryCommand() throws Exception {
		Result result = run(temp, "--help");
		assertEquals(0, result.exit(), result.err());
		for (String command : List.of("convert", "diff", "export", "graph", "history", "import", "init", "link", "list",
				"new", "renumber", "runtime", "show", "summary", "supersede", "toc", "validate", "git",
				"merge-driver")) {
			assertTrue(result.out().contains("\n  " + command + " "), command + " missing in\n" + result.out());
		}
		assertEquals("", result.err());
	}

	@Test
	void initNewAndSupersedeWriteTheRecords() throws Exception {
		Result init = run(temp, "--as-of", "2026-11-28", "init", "arch", "--name", "Test platform");
		assertEquals(0, init.exit(), init.err());
		Path arch = temp.resolve("arch");
		assertEquals(arch.resolve("decisions/0001-record-architecture-decisions.md").toString(), init.out().strip());
		assertTrue(Files.readString(arch.resolve("baton.yaml")).startsWith("name: Test platform\n"));
		String first = Files.readString(arch.resolve("decisions/0001-record-architecture-decisions.md"));
		assertTrue(first.startsWith("---\nstatus: accepted\ndate: 2026-11-28\n---\n# Record architecture decisions\n"),
				first);

		Result kafka = run(arch, "--as-of", "2026-11-28", "new", "Use", "Kafka", "for", "events");
		assertEquals(0, kafka.exit(), kafka.err());
		Path kafkaFile = arch.resolve("decisions/0002-use-kafka-for-events.md");
		assertEquals(kafkaFile.toString(), kafka.out().strip());
		String kafkaText = Files.readString(kafkaFile);
		assertTrue(kafkaText.startsWith("---\nstatus: proposed\ndate: 2026-11-28\n---\n# Use Kafka for events\n"),
				kafkaText);
		assertTrue(kafkaText.contains("## Considered Options\n\n* {title of option 1}\n* {title of option 2}\n"),
				kafkaText);

		Result pulsar = run(arch, "--as-of", "2026-12-01", "new", "-s", "2", "Use Pulsar for events");
		assertEquals(0, pulsar.exit(), pulsar.err());
		String pulsarText = Files.readString(arch.resolve("decisions/0003-use-pulsar-for-events.md"));
		assertTrue(pulsarText.contains("\nsupersedes: [0002-use-kafka-for-events]\n"), pulsarText);
		String kafkaAfter = Files.readString(kafkaFile);
		assertEquals(kafkaText.replace("status: proposed\n", "status: superseded\n").replace("date: 2026-11-28\n---",
				"date: 2026-11-28\nsuperseded-by: [0003-use-pulsar-for-events]\n---"), kafkaAfter);

		Result superseded = run(arch, "list", "--status", "superseded");
		assertEquals(0, superseded.exit(), superseded.err());
		List<String> lines = superseded.out().lines().toList();
		assertEquals(2, lines.size(), superseded.out());
		assertTrue(lines.get(1).startsWith("0002-use-kafka-for-events  superseded"), lines.get(1));

		Result json = run(arch, "list", "--format", "json");
		assertEquals(0, json.exit(), json.err());
		assertTrue(json.out().contains("\"id\": \"0003-use-pulsar-for-events\""), json.out());
		assertTrue(json.out().contains("\"file\": \"decisions/0003-use-pulsar-for-events.md\""), json.out());

		Result show = run(arch, "show", "2");
		assertEquals(0, show.exit(), show.err());
		assertTrue(
				show.out().startsWith("# decision 0002-use-kafka-for-events (decisions/0002-use-kafka-for-events.md)"),
				show.out());
		assertTrue(show.out().contains("Referred to by:\n  decision 0003-use-pulsar-for-events (target)"), show.out());
	}

	static Path corpus(String set) {
		return Path.of(System.getProperty("baton.shared", "../../../shared"), "corpus", set).toAbsolutePath()
				.normalize();
	}

	@Test
	void importCopiesAnAdrToolsSetIntoTheArchitectureFolderAsMadr() throws Exception {
		assertEquals(0, run(temp, "--as-of", "2026-11-28", "init", "arch", "--name", "Imported").exit());
		Path arch = temp.resolve("arch");
		Result dry = run(arch, "import", "--dry-run", corpus("alphagov__govuk-aws").toString());
		assertEquals(1, dry.exit(), dry.err()); // two titles disagree with their file names: warnings
		// init wrote 0001-record-architecture-decisions: the corpus' own 0001 (2017-06-30) is another record, and
		// gets the next free number rather than being dropped
		assertTrue(dry.out().contains("would add 0040-record-architecture-decisions from docs/architecture/decisions/"
				+ "0001-record-architecture-decisions.md (numbered on import: its id "
				+ "0001-record-architecture-decisions "
				+ "is taken in decisions)"), dry.out());
		assertTrue(dry.out().contains("38 decision(s) would be added to decisions/ (dry run: nothing written)"),
				dry.out());
		assertTrue(dry.err().contains("0033-ip-ranges.md:1: warning: the title says number 3"), dry.err());
		assertEquals(1, Files.list(arch.resolve("decisions")).count());

		Result imported = run(arch, "import", corpus("alphagov__govuk-aws").toString());
		assertEquals(1, imported.exit(), imported.err());
		assertTrue(imported.out().contains("docs/architecture/decisions/0006-puppet-architecture.md [adr-tools] "
				+ "0006-puppet-architecture: Puppet architecture | status Pending | date 2017-07-04 | added as "
				+ "0006-puppet-architecture"), imported.out());
		assertEquals(39, Files.list(arch.resolve("decisions")).filter(f -> f.toString().endsWith(".md")).count());
		// the images the records show are copied with them, and their links lead there
		assertTrue(Files
				.isRegularFile(arch.resolve("decisions/assets/docs/architecture/decisions/0015-govuk-aws-dns.jpg")));
		assertTrue(Files.readString(arch.resolve("decisions/0015-dns-infrastructure.md"))
				.contains(
						"](assets/docs/architecture/decisions/0015-govuk-aws-dns.jpg?raw=true \"DNS "
								+ "Infrastructure\")"));
		String first = Files.readString(arch.resolve("decisions/0040-record-architecture-decisions.md"));
		assertTrue(first.startsWith("---\nstatus: Accepted\ndate: 2017-06-30\n"), first);
		String dns = Files.readString(arch.resolve("decisions/0004-dns-definitions-for-hosts-and-services.md"));
		// the status as written, its link led to the copy's new file name
		assertTrue(dns.startsWith("---\nstatus: Superseded by [DNS Infrastructure](0015-dns-infrastructure.md)\n"
				+ "date: 2017-07-14\n"), dns);
		assertTrue(dns.contains("superseded-by: [0015-dns-infrastructure]"), dns);
		assertTrue(dns.contains("# DNS definitions for hosts and services\n"), dns);

		Result list = run(arch, "list", "--status", "superseded");
		assertEquals(0, list.exit(), list.err());
		assertTrue(list.out().contains("0004-dns-definitions-for-hosts-and-services"), list.out());

		Result again = run(arch, "import", corpus("alphagov__govuk-aws").toString());
		assertTrue(again.out().contains("already there: docs/architecture/decisions/0039-non-govuk-domain-policy.md as "
				+ "0039-non-govuk-domain-policy (the same title, date and status)"), again.out());
		assertTrue(
				again.out().contains("already there: docs/architecture/decisions/0001-record-architecture-decisions.md "
						+ "as 0040-record-architecture-decisions"),
				again.out());
		assertEquals(39, Files.list(arch.resolve("decisions")).filter(f -> f.toString().endsWith(".md")).count());
	}

	@Test
	void importReportsAsJson() throws Exception {
		Result json = run(temp, "import", "--dry-run", "--in-place", "--format", "json",
				corpus("thomvaill__log4brains").toString());
		assertEquals(0, json.exit(), json.err());
		assertTrue(json.out().contains("\"imported\": 17"), json.out());
		assertTrue(json.out().contains("\"foundBy\": \".log4brains.yml package 'core'\""), json.out());
		assertTrue(json.out().contains("\"dialect\": \"log4brains\""), json.out());
	}

	@Test
	void adoptedInPlaceTheFolderKeepsItsDialectForNewRecords() throws Exception {
		Path repo = temp.resolve("repo");
		Files.createDirectories(repo.resolve("doc/adr"));
		Files.writeString(repo.resolve(".adr-dir"), "doc/adr\n");
		Files.writeString(repo.resolve("doc/adr/0001-record-architecture-decisions.md"), """
				# 1. Record architecture decisions

				Date: 2020-01-01

				## Status

				Accepted

				## Context

				We need to record decisions.

				## Decision

				We will use ADRs.

				## Consequences

				See Nygard.
				""");
		Result adopt = run(repo, "import", "--in-place", ".");
		assertEquals(0, adopt.exit(), adopt.err());
		assertEquals("name: repo\ndecisions:\n  - name: adr\n    path: doc/adr\n    dialect: adr-tools\n",
				Files.readString(repo.resolve("baton.yaml")));
		Result created = run(repo, "--as-of", "2026-11-28", "new", "-s", "1", "Use", "Baton");
		assertEquals(0, created.exit(), created.err());
		String text = Files.readString(repo.resolve("doc/adr/0002-use-baton.md"));
		assertTrue(text.startsWith("# 2. Use Baton\n\nDate: 2026-11-28\n\n## Status\n\nProposed\n\n"
				+ "Supersedes [1. Record architecture decisions](0001-record-architecture-decisions.md)\n\n## "
				+ "Context\n"),
				text);
		String first = Files.readString(repo.resolve("doc/adr/0001-record-architecture-decisions.md"));
		assertTrue(
				first.contains(
						"## Status\n\nSuperseded\n\nSuperseded by [2. Use Baton](0002-use-baton.md)\n\n## Context"),
				first);
		Result list = run(repo, "list");
		assertEquals(0, list.exit(), list.err());
		assertTrue(list.out().contains("0002-use-baton"), list.out());

		Result converted = run(repo, "convert", "--to", "madr");
		assertEquals(0, converted.exit(), converted.err());
		assertTrue(converted.out().startsWith("converted 2 decision(s) of adr from adr-tools to madr in "),
				converted.out());
		assertEquals("name: repo\ndecisions:\n  - name: adr\n    path: doc/adr\n    dialect: madr\n",
				Files.readString(repo.resolve("baton.yaml")));
		String madr = Files.readString(repo.resolve("doc/adr/0002-use-baton.md"));
		assertTrue(madr.startsWith(
				"---\nstatus: Proposed\ndate: 2026-11-28\nsupersedes: [0001-record-architecture-decisions]\n---\n"
						+ "# Use Baton\n"),
				madr);
		String madrFirst = Files.readString(repo.resolve("doc/adr/0001-record-architecture-decisions.md"));
		assertTrue(madrFirst.contains("superseded-by: [0002-use-baton]"), madrFirst);
		assertTrue(madrFirst.contains("## Context and Problem Statement\n\nWe need to record decisions.\n"), madrFirst);
		Result after = run(repo, "list", "--status", "superseded");
		assertEquals(0, after.exit(), after.err());
		assertTrue(after.out().contains("0001-record-architecture-decisions"), after.out());
	}

	@Test
	void exportWritesTheHandoverPackOfTheExample() throws Exception {
		Path example = Path.of(System.getProperty("baton.root", "../..")).resolve("examples/larkspur-platform");
		Result export = run(temp, "--as-of", "2026-11-28", "export", "-C", example.toString(), "-o", "pack");
		assertEquals(1, export.exit(), export.err()); // the example's one finding (a dangling owner)
		assertTrue(export.out().startsWith("Handover pack of Larkspur Parcel Platform (as of 2026-11-28) written to "
				+ temp.resolve("pack") + "\n"), export.out());
		assertTrue(export.out().contains("  html: " + temp.resolve("pack/index.html") + "\n"), export.out());
		assertTrue(export.err().contains("reporting-warehouse.md:3: warning: unknown id 'team-data-platform'"),
				export.err());
		String index = Files.readString(temp.resolve("pack/index.html"));
		assertTrue(index.contains("<h1>Larkspur Parcel Platform</h1>"), index);
		assertTrue(
				Files.readString(temp.resolve("pack/markdown/README.md")).startsWith("# Larkspur Parcel Platform\n"));
		assertTrue(Files.readString(temp.resolve("pack/pack.json")).contains("\"format\": \"baton-pack/1\""));
		assertTrue(export.out().contains("  pdf: " + temp.resolve("pack/pack.pdf") + "\n"), export.out());
		byte[] pdf = Files.readAllBytes(temp.resolve("pack/pack.pdf"));
		assertTrue(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1).startsWith("%PDF-1."));
		assertTrue(pdf.length > 100_000, pdf.length + " bytes");
		// each format reports the records' problems; the command says each once, and nothing else
		assertTrue(export.err().lines().allMatch(l -> l.matches("\\S.*: (warning|error|info): .*")), export.err());
		assertEquals(export.err().lines().count(), export.err().lines().distinct().count(), export.err());

		Result json =
				run(temp, "--as-of", "2026-11-28", "export", "-C", example.toString(), "-o", "only-json", "-f", "json");
		assertEquals(1, json.exit(), json.err());
		assertTrue(Files.exists(temp.resolve("only-json/pack.json")));
		assertTrue(!Files.exists(temp.resolve("only-json/index.html")));

		Result badOption = run(temp, "export", "-C", example.toString(), "-o", "bad", "-f", "pdf", "--option",
				"pdf.part-size=many");
		assertEquals(2, badOption.exit(), badOption.err());
		assertTrue(badOption.err().matches("(?s).*pack\\.pdf[:0-9]*: error: pdf\\.part-size must be a whole number of "
				+ "record pages, not 'many'.*"), badOption.err());
		assertTrue(!Files.exists(temp.resolve("bad/pack.pdf")));

		Result unknown = run(temp, "export", "-C", example.toString(), "-f", "docx");
		assertEquals(2, unknown.exit());
		assertEquals("baton export: no exporter 'docx'; there are: backstage, html, json, markdown, pdf, structurizr\n",
				unknown.err());
	}

	@Test
	void mistakesGetOneClearLineAndExitCode2() throws Exception {
		Result unknown = run(temp, "frobnicate");
		assertEquals(2, unknown.exit());
		assertEquals("baton: unknown command 'frobnicate'; run 'baton --help' for the list\n", unknown.err());

		Result noFolder = run(temp, "list");
		assertEquals(2, noFolder.exit());
		assertTrue(noFolder.err().startsWith("baton list: no baton.yaml here or in any parent folder"), noFolder.err());

		Result badKind = run(temp, "list", "--kind", "widget", "-C", "x");
		assertEquals(2, badKind.exit());
		assertTrue(badKind.err().startsWith("baton list: unknown kind 'widget'; kinds are person, team"),
				badKind.err());

		Result badOption = run(temp, "list", "--colour");
		assertEquals(2, badOption.exit());
		assertTrue(badOption.err().contains("Unknown option: '--colour'"), badOption.err());
		assertTrue(!badOption.err().contains("\tat "), "a stack trace without --debug:\n" + badOption.err());

		Result badDate = run(temp, "--as-of", "28/11/2026", "list");
		assertEquals(2, badDate.exit());
		assertEquals("baton: --as-of takes a date such as 2026-11-28, not '28/11/2026'\n", badDate.err());
	}

	@Test
	void theSummaryOfTheExampleReportsItsFindingWithExitCode1() throws Exception {
		Path example = Path.of(System.getProperty("baton.root", "../..")).resolve("examples/larkspur-platform");
		Result summary = run(temp, "summary", "-C", example.toAbsolutePath().toString());
		assertEquals(1, summary.exit(), summary.err());
		assertTrue(summary.out().contains("decisions/          26"), summary.out());
		assertTrue(
				summary.out().contains("components/reporting-warehouse.md:3: warning: unknown id 'team-data-platform'"),
				summary.out());
		assertEquals("", summary.err());
	}

	@Test
	void everyBatonComponentIsActiveInFelixAndTheRegistrySeesEveryCommand() throws Exception {
		Result result = run(temp, "runtime");
		assertEquals(0, result.exit(), result.out() + result.err());
		assertTrue(result.out().contains("org.apache.felix.framework"), "not Felix:\n" + result.out());
		assertTrue(!result.out().contains("org.eclipse.osgi ") && !result.out().contains("org.eclipse.ui"),
				"Equinox or UI bundles in the headless runtime:\n" + result.out());
		for (String component : List.of("dev.baton.api.internal.RegistryComponent", "dev.baton.cli.CommandLineMain",
				"dev.baton.cli.internal.ListCommand", "dev.baton.cli.internal.NewCommand",
				"dev.baton.cli.internal.InitCommand", "dev.baton.cli.internal.ShowCommand",
				"dev.baton.cli.internal.SummaryCommand", "dev.baton.cli.internal.RuntimeCommand",
				"dev.baton.cli.internal.LinkCommand", "dev.baton.cli.internal.SupersedeCommand",
				"dev.baton.cli.internal.TocCommand", "dev.baton.cli.internal.GraphCommand",
				"dev.baton.cli.internal.RenumberCommand", "dev.baton.cli.internal.ImportCommand",
				"dev.baton.adr.internal.AdrImporterComponent", "dev.baton.cli.internal.ConvertCommand",
				"dev.baton.cli.internal.ExportCommand", "dev.baton.export.html.internal.HtmlExporter",
				"dev.baton.export.markdown.internal.MarkdownExporter", "dev.baton.export.json.internal.JsonExporter",
				"dev.baton.export.pdf.internal.PdfExporter",
				"dev.baton.cli.internal.ValidateCommand", "dev.baton.validation.rules.ComponentOwnerRule",
				"dev.baton.backstage.internal.BackstageImporter", "dev.baton.backstage.internal.BackstageExporter",
				"dev.baton.export.structurizr.internal.StructurizrExporter",
				"dev.baton.validation.rules.CredentialRule", "dev.baton.validation.internal.ValidatorRegistration",
				"dev.baton.cli.internal.HistoryCommand", "dev.baton.cli.internal.DiffCommand",
				"dev.baton.history.internal.DecisionTimelineComponent", "dev.baton.cli.internal.GitCommand",
				"dev.baton.cli.internal.MergeDriverCommand")) {
			assertTrue(
					result.out().lines().anyMatch(
							l -> l.contains(component) && (l.endsWith(" active") || l.endsWith(" satisfied"))),
					component + " is not active:\n" + result.out());
		}
		assertTrue(result.out().contains(
				"commands:        convert, diff, export, git, graph, history, import, init, link, list, merge-driver, "
						+ "new, renumber, runtime, show, summary, supersede, toc, validate"),
				result.out());
		assertTrue(result.out().contains("importers:       adr, backstage\n"), result.out());
		assertTrue(result.out().contains("exporters:       backstage, html, json, markdown, pdf, structurizr\n"),
				result.out());
		assertTrue(
				result.out().contains("readiness rules: access-holder-rotation, component-owner, contract-renewal, "),
				result.out());
	}

	@Test
	void validateReportsTheExampleInEveryFormatTheSameWayEachTime() throws Exception {
		String example = Path.of(System.getProperty("baton.root", "../..")).resolve("examples/larkspur-platform")
				.toAbsolutePath().toString();
		Result text = run(temp, "validate", "-C", example, "--as-of", "2026-11-28");
		assertEquals(1, text.exit(), text.err());
		assertTrue(text.out().contains("components/reporting-warehouse.md:3: warning: [unresolved-reference] component "
				+ "'reporting-warehouse' refers to 'team-data-platform' in 'owner'"), text.out());
		assertTrue(text.out().contains("\nReadiness as of 2026-11-28: "), text.out());
		assertTrue(text.out().endsWith("\n0 error(s), 18 warning(s), 0 info\n"), text.out());
		assertTrue(text.err().contains("unknown id 'team-data-platform'"),
				"loading findings go to stderr: " + text.err());

		Result sarif = run(temp, "validate", "-C", example, "--as-of", "2026-11-28", "--format", "sarif");
		assertEquals(1, sarif.exit(), sarif.err());
		assertTrue(sarif.out().startsWith("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  "
				+ "\"version\": \"2.1.0\",\n"), sarif.out());
		assertTrue(sarif.out().contains("\"uri\": \"components/reporting-warehouse.md\""), sarif.out());
		assertTrue(!sarif.out().contains(example), "no absolute paths in SARIF");
		assertEquals(sarif.out(),
				run(temp, "validate", "-C", example, "--as-of", "2026-11-28", "--format", "sarif").out());

		Result json = run(temp, "validate", "-C", example, "--format", "json", "--as-of", "2026-11-28");
		assertEquals(1, json.exit(), json.err());
		assertTrue(json.out().startsWith("{\n  \"asOf\": \"2026-11-28\",\n  \"score\": {\n    \"overall\": "),
				json.out());

		Result junit = run(temp, "validate", "-C", example, "--as-of", "2026-11-28", "--format", "junit", "-o",
				"out/readiness.xml");
		assertEquals(1, junit.exit(), junit.err());
		Path xml = temp.resolve("out/readiness.xml");
		assertEquals(xml.toString(), junit.out().strip());
		var factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		var document = factory.newDocumentBuilder().parse(xml.toFile());
		assertEquals(15, document.getElementsByTagName("testsuite").getLength());
		assertEquals(18, document.getElementsByTagName("failure").getLength());

		Result badFormat = run(temp, "validate", "-C", example, "--format", "html");
		assertEquals(2, badFormat.exit());
		assertEquals("baton validate: --format is text, json, sarif or junit, not 'html'\n", badFormat.err());
		Result badDays = run(temp, "validate", "-C", example, "--review-max-days", "soon");
		assertEquals(2, badDays.exit());
	}

	@Test
	void validateOnAFreshFolderReportsWhatIsMissing() throws Exception {
		Result init = run(temp, "--as-of", "2026-11-28", "init", "arch", "--name", "Small");
		assertEquals(0, init.exit(), init.err());
		Result result = run(temp.resolve("arch"), "validate", "--as-of", "2026-11-28", "--format", "json");
		assertEquals(1, result.exit(), "17 empty handover sections: " + result.out());
		assertTrue(result.out().contains("\"rule\": \"handover-section-content\""), result.out());
		assertTrue(result.out().contains("\"rule\": \"review-overdue\""), "the first decision was never reviewed");
	}

	private static Path write(Path folder, String relative, String text) throws IOException {
		Path file = folder.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void supersedeLinkTocAndGraphWorkOnAFolder() throws Exception {
		Path arch = temp.resolve("arch");
		write(arch, "baton.yaml", "name: Links\n");
		write(arch, "decisions/0001-use-rest.md", "---\nstatus: accepted\ndate: 2024-01-10\n---\n# Use REST\n");
		write(arch, "decisions/0002-use-grpc.md", "---\nstatus: accepted\ndate: 2025-02-11\n---\n# Use gRPC\n");
		write(arch, "decisions/0003-version-apis.md", "---\nstatus: proposed # review in May\n---\n# Version APIs\n");

		Result supersede = run(arch, "supersede", "1", "2");
		assertEquals(0, supersede.exit(), supersede.err());
		assertEquals("0002-use-grpc supersedes 0001-use-rest\n", supersede.out());
		assertEquals("---\nstatus: superseded\ndate: 2024-01-10\nsuperseded-by: [0002-use-grpc]\n---\n# Use REST\n",
				Files.readString(arch.resolve("decisions/0001-use-rest.md")));
		assertEquals("---\nstatus: accepted\ndate: 2025-02-11\nsupersedes: [0001-use-rest]\n---\n# Use gRPC\n",
				Files.readString(arch.resolve("decisions/0002-use-grpc.md")));

		Result amends = run(arch, "link", "3", "amends", "ADR-2");
		assertEquals(0, amends.exit(), amends.err());
		Result custom = run(arch, "link", "3", "depends-on", "0001-use-rest");
		assertEquals(0, custom.exit(), custom.err());
		assertEquals("---\nstatus: proposed # review in May\namends: [0002-use-grpc]\nlinks:\n  - type: depends-on\n"
				+ "    target: 0001-use-rest\n---\n# Version APIs\n",
				Files.readString(arch.resolve("decisions/0003-version-apis.md")));
		Result again = run(arch, "link", "3", "amends", "2");
		assertEquals("0003-version-apis amends 0002-use-grpc (already)\n", again.out());
		Result missing = run(arch, "link", "3", "amends", "9");
		assertEquals(2, missing.exit());
		assertEquals("baton link: no decision '9'; 'baton list' shows them\n", missing.err());

		Result toc = run(arch, "toc");
		assertEquals(0, toc.exit(), toc.err());
		assertEquals("# Architecture decisions\n\n* [1. Use REST](0001-use-rest.md) — superseded, 2024-01-10\n"
				+ "* [2. Use gRPC](0002-use-grpc.md) — accepted, 2025-02-11\n* [3. Version APIs](0003-version-apis.md) "
				+ "— proposed\n",
				toc.out());
		Result tocFile = run(arch, "toc", "-o", "docs/decisions.md");
		assertEquals(0, tocFile.exit(), tocFile.err());
		assertTrue(Files.readString(arch.resolve("docs/decisions.md"))
				.contains("* [2. Use gRPC](../decisions/0002-use-grpc.md)"));

		Result graph = run(arch, "graph");
		assertEquals(0, graph.exit(), graph.err());
		assertTrue(graph.out().startsWith("digraph decisions {\n"), graph.out());
		assertTrue(
				graph.out()
						.contains("\"decisions:0002-use-grpc\" -> \"decisions:0001-use-rest\" [label=\"supersedes\"];"),
				graph.out());
		assertTrue(
				graph.out().contains(
						"\"decisions:0003-version-apis\" -> \"decisions:0001-use-rest\" [label=\"depends-on\"];"),
				graph.out());
		assertTrue(graph.out().contains(
				"\"decisions:0001-use-rest\" [label=\"1. Use REST\", URL=\"decisions/0001-use-rest.md\", "
						+ "style=\"rounded,dashed\""),
				graph.out());

		Result svg = run(arch, "graph", "--format", "svg");
		assertEquals(0, svg.exit(), svg.err());
		var factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		var document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.out().getBytes(StandardCharsets.UTF_8)));
		assertEquals("svg",
				document.getDocumentElement().getLocalName() == null ? document.getDocumentElement().getNodeName()
						: document.getDocumentElement().getLocalName());
		var texts = document.getElementsByTagName("text");
		assertEquals(3, texts.getLength(), svg.out());
		assertTrue(texts.item(0).getTextContent().startsWith("1. Use REST"), svg.out());
		assertEquals("superseded", texts.item(0).getAttributes().getNamedItem("class").getNodeValue());
		var paths = document.getElementsByTagName("path");
		// three links (supersedes, amends, depends-on) plus the arrow head
		assertEquals(4, paths.getLength(), svg.out());
		assertTrue(svg.out().contains("<title>0003-version-apis depends-on 0001-use-rest</title>"), svg.out());
	}

	@Test
	void renumberResolvesDuplicateNumbersAfterAMerge() throws Exception {
		Path arch = temp.resolve("merged");
		write(arch, "baton.yaml", "name: Merged\n");
		write(arch, "decisions/0011-use-postgres.md", "---\nstatus: accepted\ndate: 2026-01-05\n---\n# Use Postgres\n");
		write(arch, "decisions/0012-use-kafka.md", "---\nstatus: accepted\ndate: 2026-03-01\n---\n# Use Kafka\n");
		write(arch, "decisions/0012-use-rabbitmq.md", "---\nstatus: accepted\ndate: 2026-03-04\n---\n# Use RabbitMQ\n");
		write(arch, "decisions/0013-use-avro.md",
				"---\nstatus: accepted\nrelates-to: [0012-use-rabbitmq, 12]\n---\n# Use Avro\n");
		Result dry = run(arch, "renumber", "--dry-run");
		assertEquals(0, dry.exit(), dry.err());
		assertEquals("0012-use-rabbitmq -> 0014-use-rabbitmq\n", dry.out());
		assertTrue(Files.exists(arch.resolve("decisions/0012-use-rabbitmq.md")), "a dry run renamed a file");
		Result renumber = run(arch, "renumber");
		assertEquals(1, renumber.exit(), renumber.err());
		assertTrue(renumber.err().contains("decisions/0013-use-avro.md: warning: '12' was ambiguous"), renumber.err());
		assertTrue(Files.notExists(arch.resolve("decisions/0012-use-rabbitmq.md")));
		assertEquals("---\nstatus: accepted\ndate: 2026-03-04\n---\n# Use RabbitMQ\n",
				Files.readString(arch.resolve("decisions/0014-use-rabbitmq.md")));
		assertEquals("---\nstatus: accepted\nrelates-to: [0014-use-rabbitmq, 12]\n---\n# Use Avro\n",
				Files.readString(arch.resolve("decisions/0013-use-avro.md")));
		Result clean = run(arch, "summary");
		assertEquals(0, clean.exit(), clean.out() + clean.err());
		assertEquals("no duplicate decision numbers\n", run(arch, "renumber").out());
	}

	@Test
	void newUsesTheFoldersOwnTemplateLikeAdrTools() throws Exception {
		Path arch = temp.resolve("templated");
		write(arch, "baton.yaml", "name: Templated\n");
		write(arch, "decisions/0001-record-decisions.md", "---\nstatus: accepted\n---\n# Record decisions\n");
		write(arch, "decisions/templates/template.md", "---\nstatus: {{status}}\ndate: DATE\n---\n# TITLE\n\n"
				+ "Decision NUMBER of our log.\n\n## Context and Problem Statement\n\nWhat made us decide?\n");
		Result result =
				run(arch, "--as-of", "2026-11-28", "new", "-s", "1", "--status", "accepted", "Keep", "decisions");
		assertEquals(0, result.exit(), result.err());
		assertEquals(arch.resolve("decisions/0002-keep-decisions.md").toString(), result.out().strip());
		assertEquals(
				"---\nstatus: accepted\ndate: 2026-11-28\nsupersedes: [0001-record-decisions]\n---\n# Keep "
						+ "decisions\n\n"
						+ "Decision 2 of our log.\n\n## Context and Problem Statement\n\nWhat made us decide?\n",
				Files.readString(arch.resolve("decisions/0002-keep-decisions.md")));
		assertEquals("---\nstatus: superseded\nsuperseded-by: [0002-keep-decisions]\n---\n# Record decisions\n",
				Files.readString(arch.resolve("decisions/0001-record-decisions.md")));
		Result missing = run(arch, "new", "-s", "7", "Other");
		assertEquals(2, missing.exit());
		assertEquals("baton new: no decision '7'; 'baton list' shows them\n", missing.err());
	}

	@Test
	void progressShowsOnATerminalAndNotInAPipe() throws Exception {
		Path example = Path.of(System.getProperty("baton.root", "../..")).resolve("examples/larkspur-platform")
				.toAbsolutePath();
		// script(1) gives the command a pseudo-terminal, as a person's shell would
		ProcessBuilder builder = new ProcessBuilder("script", "-qec", baton() + " list -C " + example, "/dev/null")
				.directory(temp.toFile()).redirectErrorStream(true);
		Process process = builder.start();
		String terminal = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertTrue(terminal.contains("\rLoading larkspur-platform: 0/"), terminal);
		assertTrue(terminal.contains("0001-record-architecture-decisions"), terminal);
		Result piped = run(temp, "list", "-C", example.toString());
		assertTrue(!piped.err().contains("Loading"), piped.err());
		assertTrue(!piped.out().contains("Loading"), piped.out());
	}

	@Test
	void aFailureIsOneLineAndDebugShowsItsStackTrace() throws Exception {
		Path arch = temp.resolve("unwritable");
		write(arch, "baton.yaml", "name: Unwritable\n");
		write(arch, "decisions", "not a folder\n");
		// the index cannot go below a file
		Result plain = run(arch, "toc", "-o", "decisions/index.md");
		assertEquals(2, plain.exit());
		// a command that writes first says what did not load (here the decisions "folder")
		assertTrue(plain.err().startsWith("decisions: error: cannot read the folder"), plain.err());
		assertTrue(plain.err().endsWith("\nbaton toc: FileAlreadyExistsException: " + arch.resolve("decisions")
				+ " (run with --debug for details)\n"), plain.err());
		assertEquals(2, plain.err().lines().count(), plain.err());
		Result debug = run(arch, "--debug", "toc", "-o", "decisions/index.md");
		assertEquals(2, debug.exit());
		assertTrue(debug.err().contains("baton toc failed"), debug.err());
		assertTrue(debug.err().contains("\tat "), "no stack trace with --debug:\n" + debug.err());
	}

	/** Commits everything in a repository's working tree as the author, on the day at 10:00 UTC. */
	static String commit(Git git, String author, String day, String message) throws Exception {
		git.add().addFilepattern(".").call();
		git.add().addFilepattern(".").setUpdate(true).call();
		PersonIdent ident = new PersonIdent(author,
				author.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com",
				Instant.parse(day + "T10:00:00Z"), ZoneOffset.UTC);
		return git.commit().setAuthor(ident).setCommitter(ident).setMessage(message).setSign(false).call().name();
	}

	@Test
	void historyAndDiffReadTheGitRepositoryTheFolderIsIn() throws Exception {
		Path repo = temp.resolve("repo");
		try (Git git = Git.init().setDirectory(repo.toFile())
				.setInitialBranch("main").call()) {
			assertEquals(0, run(repo, "--as-of", "2024-01-10", "init", "docs/arch", "--name", "Repo platform").exit());
			Path arch = repo.resolve("docs/arch");
			commit(git, "Ada Lovelace", "2024-01-10", "Start the records");
			assertEquals(0, run(arch, "--as-of", "2024-01-12", "new", "Use", "Kafka").exit());
			String proposed = commit(git, "Linus Torvalds", "2024-01-12", "Propose Kafka");
			Path kafka = arch.resolve("decisions/0002-use-kafka.md");
			Files.writeString(kafka, Files.readString(kafka).replace("status: proposed", "status: accepted"));
			String accepted = commit(git, "Grace Hopper", "2024-02-01", "Accept Kafka");

			Result record = run(arch, "history", "2");
			assertEquals(0, record.exit(), record.err());
			assertEquals("", record.err());
			assertTrue(record.out().startsWith("decision 0002-use-kafka \"Use Kafka\": 2 revisions\n"), record.out());
			assertTrue(record.out()
					.contains(accepted.substring(0, 7) + "  2024-02-01  Grace Hopper  modified  Accept Kafka\n"
							+ "    status: proposed -> accepted\n"),
					record.out());
			assertTrue(record.out().endsWith("Status:\n  (new) -> proposed by Linus Torvalds on 2024-01-12 ("
					+ proposed.substring(0, 7) + ")\n  proposed -> accepted by Grace Hopper on 2024-02-01 ("
					+ accepted.substring(0, 7) + ")\n"), record.out());

			Result timeline = run(repo, "history", "-C", "docs/arch");
			assertEquals(0, timeline.exit(), timeline.err());
			assertEquals(List.of("Decision timeline: 3 events in 3 commits",
					"2024-01-10  " + timeline.out().lines().toList().get(1).substring(12, 19)
							+ "  created 0001-record-architecture-decisions \"Record architecture decisions\"  "
							+ "accepted  (Ada Lovelace)",
					"2024-01-12  " + proposed.substring(0, 7)
							+ "  created 0002-use-kafka \"Use Kafka\"  proposed  (Linus Torvalds)",
					"2024-02-01  " + accepted.substring(0, 7)
							+ "  status  0002-use-kafka \"Use Kafka\"  proposed -> accepted  (Grace Hopper)"),
					timeline.out().lines().toList());

			Result json = run(arch, "history", "0002-use-kafka", "--format", "json");
			assertEquals(0, json.exit(), json.err());
			Map<?, ?> document = (Map<?, ?>) new Load(
					LoadSettings.builder().build()).loadFromString(json.out());
			List<?> transitions = (List<?>) document.get("transitions");
			assertEquals(2, transitions.size());
			assertEquals("Grace Hopper", ((Map<?, ?>) transitions.get(1)).get("author"));
			assertEquals("accepted", ((Map<?, ?>) transitions.get(1)).get("to"));

			Result markdown = run(arch, "diff", "HEAD~1", "HEAD", "--format", "markdown");
			assertEquals(0, markdown.exit(), markdown.err());
			assertTrue(markdown.out()
					.startsWith("### Architecture changes `HEAD~1` → `HEAD`\n\n**0 added, 0 removed, 0 renamed, "
							+ "1 changed**\n"),
					markdown.out());
			assertTrue(markdown.out()
					.contains("| modified | decision | `0002-use-kafka` Use Kafka | **status**: proposed → "
							+ "accepted |\n"),
					markdown.out());

			// the working tree, committed or not
			Files.writeString(kafka, Files.readString(kafka).replace("status: accepted", "status: deprecated"));
			Files.writeString(arch.resolve("decisions/0003-use-redis.md"), "---\nstatus: proposed\n---\n# Use Redis\n");
			Result working = run(arch, "diff", "HEAD");
			assertEquals(0, working.exit(), working.err());
			assertEquals("Architecture changes HEAD..working tree: 1 added, 0 removed, 0 renamed, 1 changed\n"
					+ "added    decision 0003-use-redis \"Use Redis\" (proposed)  "
					+ "docs/arch/decisions/0003-use-redis.md\n"
					+ "modified decision 0002-use-kafka \"Use Kafka\"  docs/arch/decisions/0002-use-kafka.md\n"
					+ "    status: accepted -> deprecated\n", working.out());
			Result diffJson = run(arch, "diff", "HEAD~2", "HEAD", "--format", "json");
			Map<?, ?> diff = (Map<?, ?>) new Load(
					LoadSettings.builder().build()).loadFromString(diffJson.out());
			assertEquals(Map.of("added", 1, "modified", 0, "renamed", 0, "removed", 0), diff.get("summary"));

			Result unknown = run(arch, "diff", "nowhere");
			assertEquals(2, unknown.exit());
			assertTrue(unknown.err().startsWith("baton diff: unknown revision 'nowhere' in "), unknown.err());

			// the handover pack has the decision history page
			Result export = run(arch, "--as-of", "2024-03-01", "export", "-f", "markdown,json", "-o",
					temp.resolve("pack").toString());
			assertTrue(export.exit() <= 1, export.err());
			String page = Files.readString(temp.resolve("pack/markdown/history.md"));
			assertTrue(page.contains(
					"- 2024-02-01 [Use Kafka](decisions/0002-use-kafka.md): proposed → accepted by Grace Hopper ("
							+ accepted.substring(0, 7) + ": Accept Kafka)\n"),
					page);
			Map<?, ?> pack = (Map<?, ?>) new Load(
					LoadSettings.builder().build())
					.loadFromString(Files.readString(temp.resolve("pack/pack.json")));
			List<?> packTransitions = (List<?>) ((Map<?, ?>) pack.get("decision-history")).get("transitions");
			assertEquals(3, packTransitions.size());
			assertEquals(Map.of("file", "decisions/0002-use-kafka.md", "id", "0002-use-kafka", "title", "Use Kafka",
					"from", "proposed", "to", "accepted", "author", "Grace Hopper", "date", "2024-02-01", "commit",
					accepted,
					"message", "Accept Kafka"), packTransitions.get(2));
		}
	}

	@Test
	void historyOutsideGitSaysSoAndEverythingElseStillWorks() throws Exception {
		assertEquals(0, run(temp, "init", "arch").exit());
		Path arch = temp.resolve("arch");
		Result history = run(arch, "history");
		assertEquals(2, history.exit());
		assertEquals("", history.out());
		assertEquals("baton history: " + arch.toRealPath() + " is not in a git repository: history and diff read git; "
				+ "run them in a clone (git clone, or git init and commit the folder); every other command works "
				+ "without git\n",
				history.err());
		Result diff = run(arch, "diff", "HEAD");
		assertEquals(2, diff.exit());
		assertTrue(diff.err().startsWith("baton diff: " + arch.toRealPath() + " is not in a git repository"),
				diff.err());
		Result list = run(arch, "list");
		assertEquals(0, list.exit(), list.err());
		assertTrue(list.out().contains("0001-record-architecture-decisions"), list.out());
		Result export = run(arch, "export", "-f", "markdown", "-o", temp.resolve("pack").toString());
		assertTrue(export.exit() <= 1, export.err());
		assertTrue(Files.readString(temp.resolve("pack/markdown/history.md")).contains("is not in a git repository"));
	}

	@Test
	void aShallowCloneShowsWhatItHasAndWarnsWithExitCode1() throws Exception {
		Path origin = temp.resolve("origin");
		try (Git git = Git.init().setDirectory(origin.toFile())
				.setInitialBranch("main").call()) {
			assertEquals(0, run(origin, "--as-of", "2024-01-10", "init", "arch").exit());
			commit(git, "Ada Lovelace", "2024-01-10", "Start");
			assertEquals(0, run(origin.resolve("arch"), "--as-of", "2024-01-12", "new", "Use", "Kafka").exit());
			commit(git, "Linus Torvalds", "2024-01-12", "Propose Kafka");
		}
		Path clone = temp.resolve("clone");
		Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
				.setDepth(1).call().close();
		assertTrue(Files.isRegularFile(clone.resolve(".git/shallow")));
		Result history = run(clone.resolve("arch"), "history");
		assertEquals(1, history.exit(), history.err());
		assertTrue(history.out().startsWith("Decision timeline: 2 events in 1 commit\n"), history.out());
		assertTrue(history.err()
				.startsWith("baton history: warning: " + clone.toRealPath() + " is a shallow clone: history "
						+ "before "),
				history.err());
		assertTrue(history.err().strip().endsWith("run 'git fetch --unshallow' for the whole history"), history.err());
	}
}
