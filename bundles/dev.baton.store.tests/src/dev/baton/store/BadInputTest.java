package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.Findings;
import dev.baton.model.Component;
import dev.baton.store.internal.AtomicFiles;

/**
 * Every kind of bad input gets a clear finding naming the file, the line and what to do; the other records still load,
 * and nothing the user wrote is lost or rewritten.
 */
class BadInputTest {

	@TempDir
	Path temp;

	private Path root;

	private Path folderWithGoodRecords() throws IOException {
		root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "components/good.md", "---\nowner: team-a\n---\n# Good\n");
		TestFolders.write(root, "teams/team-a.md", "# Team A\n");
		return root;
	}

	private static List<String> componentIds(ArchitectureFolder folder) {
		return folder.architecture().getComponents().stream().map(Component::getId).sorted().toList();
	}

	private static String only(ArchitectureFolder folder, int code) {
		List<String> lines = BasicDiagnostic.class.isInstance(folder.findings())
				? Findings.leaves(folder.findings()).stream().filter(d -> d.getCode() == code)
						.map(Findings::format).toList()
				: List.of();
		assertEquals(1, lines.size(), "findings with code " + code + ":\n" + TestFolders.joined(folder.findings()));
		return lines.get(0);
	}

	@Test
	void malformedYamlIsReportedWithItsLineAndTheFileIsLeftAlone() throws IOException {
		folderWithGoodRecords();
		String broken = "---\nowner: team-a\ntags: [a, b\nsystem: x\n---\n# Broken\n";
		Path file = TestFolders.write(root, "components/broken.md", broken);
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String finding = only(folder, StoreFindings.MALFORMED_YAML);
		assertTrue(finding.startsWith(folder.root().relativize(folder.root()).toString())
				|| finding.contains("components/broken.md:"), finding);
		assertTrue(finding.matches(".*components/broken\\.md:[45]: error: invalid YAML.*"), finding);
		assertTrue(finding.contains("the file is skipped"), finding);
		assertEquals(List.of("good"), componentIds(folder));
		folder.save();
		assertEquals(broken, TestFolders.read(file));
	}

	@Test
	void anUnterminatedFrontMatterIsReported() throws IOException {
		folderWithGoodRecords();
		TestFolders.write(root, "components/open.md", "---\nowner: team-a\n# Open\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String finding = only(folder, StoreFindings.MALFORMED_YAML);
		assertTrue(
				finding.contains(
						"components/open.md:1: error: the front matter opened with '---' on line 1 is never closed"),
				finding);
		assertEquals(List.of("good"), componentIds(folder));
	}

	@Test
	void aFolderThatIsNoKindIsReported() throws IOException {
		folderWithGoodRecords();
		TestFolders.write(root, "widgets/w1.md", "# W1\n");
		TestFolders.write(root, "specs/api.yaml", "openapi: 3.0.0\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String finding = only(folder, StoreFindings.UNKNOWN_KIND);
		assertTrue(
				finding.contains("widgets: warning: 'widgets' is not a kind of record (1 Markdown file(s) not loaded)"),
				finding);
		assertTrue(finding.contains("components, interfaces"), finding);
		assertEquals(List.of("good"), componentIds(folder));
	}

	@Test
	void duplicateIdsNameBothFilesAndTheSecondIsNotLoaded() throws IOException {
		folderWithGoodRecords();
		TestFolders.write(root, "systems/good.md", "# A system called good\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String finding = only(folder, StoreFindings.DUPLICATE_ID);
		// systems are read before components: the component is the second one
		assertTrue(finding.contains("components/good.md:1: error: id 'good' is already used by systems/good.md"),
				finding);
		assertTrue(finding.contains("this file is not loaded"), finding);
		assertEquals(List.of(), componentIds(folder));
		assertEquals(1, folder.architecture().getSystems().size());
		assertEquals(1, folder.architecture().getTeams().size());
	}

	@Test
	void aBadDateIsReportedAndTheRestOfTheRecordLoads() throws IOException {
		folderWithGoodRecords();
		String text = "---\nversion: '1.2'\nend-of-life: 31/12/2026\n---\n# Old library\n";
		Path file = TestFolders.write(root, "technologies/old.md", text);
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String finding = only(folder, StoreFindings.BAD_VALUE);
		assertTrue(finding.contains(
				"technologies/old.md:3: error: '31/12/2026' is not a date for 'end-of-life': write it as YYYY-MM-DD"),
				finding);
		var technology = folder.architecture().getTechnologies().get(0);
		assertEquals("1.2", technology.getVersion());
		assertNull(technology.getEndOfLife());
		technology.setVersion("1.3");
		folder.save();
		assertEquals(text.replace("'1.2'", "'1.3'"), TestFolders.read(file));
	}

	@Test
	void aFileThatIsNotUtf8IsReportedWithTheLineOfTheBadByte() throws IOException {
		folderWithGoodRecords();
		byte[] latin1 = "---\nowner: team-a\n---\n# Caf\u00e9 service\n".getBytes(StandardCharsets.ISO_8859_1);
		Path file = root.resolve("components/cafe.md");
		Files.write(file, latin1);
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String finding = only(folder, StoreFindings.NOT_UTF8);
		assertTrue(finding.contains("components/cafe.md:4: error: not UTF-8: byte 0xE9"), finding);
		assertTrue(finding.contains("iconv"), finding);
		assertEquals(List.of("good"), componentIds(folder));
		folder.save();
		assertArrayEquals(latin1, Files.readAllBytes(file));
	}

	@Test
	void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
		folderWithGoodRecords();
		Path file = root.resolve("components/huge.md");
		try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
			huge.setLength(50L * 1000 * 1000);
		}
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String finding = only(folder, StoreFindings.TOO_LARGE);
		assertTrue(finding.contains("components/huge.md: error: the file is 50.0 MB, over the 10.5 MB limit"), finding);
		assertEquals(List.of("good"), componentIds(folder));
	}

	@Test
	void anUnreadableFolderIsReportedAndTheOthersLoad() throws IOException {
		folderWithGoodRecords();
		Path risks = root.resolve("risks");
		// a symbolic link loop cannot be read even by root (permissions would not stop root)
		Files.createSymbolicLink(risks, risks);
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String finding = only(folder, StoreFindings.UNREADABLE);
		assertTrue(finding.contains("risks: error: cannot read the folder"), finding);
		assertTrue(finding.contains("the records in it are not loaded, the rest is"), finding);
		assertEquals(List.of("good"), componentIds(folder));
	}

	@Test
	void aMissingBatonYamlSaysWhatToDo() {
		ArchitectureFolder folder = ArchitectureFolder.load(temp, LoadOptions.defaults());
		String finding = only(folder, StoreFindings.NOT_AN_ARCHITECTURE);
		assertTrue(finding.contains("error: not an architecture folder: there is no baton.yaml in"), finding);
		assertTrue(finding.contains("give the folder that holds baton.yaml"), finding);
	}

	@Test
	void anUnknownIdIsKeptAsWrittenReportedAndWrittenBack() throws IOException {
		folderWithGoodRecords();
		String text = "---\nowner: team-gone\ntype: service\n---\n# Orphan\n";
		Path file = TestFolders.write(root, "components/orphan.md", text);
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String finding = only(folder, StoreFindings.UNRESOLVED_REFERENCE);
		assertTrue(finding.contains("components/orphan.md:2: warning: unknown id 'team-gone' in 'owner'"), finding);
		assertTrue(finding.contains("teams/team-gone.md"), finding);
		Component orphan = folder.architecture().getComponents().stream().filter(c -> c.getId().equals("orphan"))
				.findFirst().orElseThrow();
		assertTrue(orphan.getOwner().eIsProxy());
		assertEquals("team-gone", ((InternalEObject) orphan.getOwner()).eProxyURI().fragment());
		orphan.setType("library");
		folder.save();
		assertEquals(text.replace("service", "library"), TestFolders.read(file));
	}

	@Test
	void aReferenceToTheWrongKindIsReported() throws IOException {
		folderWithGoodRecords();
		TestFolders.write(root, "components/other.md", "---\nowner: good\n---\n# Other\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String finding = only(folder, StoreFindings.WRONG_KIND_OF_REFERENCE);
		assertTrue(
				finding.contains(
						"components/other.md:2: error: 'good' is a component, but 'owner' takes a person or team"),
				finding);
	}

	@Test
	void duplicateDecisionNumbersAfterAMergeAreReportedWithBothFiles() throws IOException {
		folderWithGoodRecords();
		TestFolders.write(root, "decisions/0012-use-kafka.md", "---\nstatus: accepted\n---\n# Use Kafka\n");
		TestFolders.write(root, "decisions/0012-use-rabbitmq.md", "---\nstatus: proposed\n---\n# Use RabbitMQ\n");
		TestFolders.write(root, "decisions/0013-use-avro.md",
				"---\nstatus: accepted\nrelates-to: [12]\n---\n# Use Avro\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String report = TestFolders.joined(folder.findings());
		assertTrue(report
				.contains("decisions/0012-use-kafka.md:1: warning: decision number 12 is used by 2 files in decisions/ "
						+ "(decisions/0012-use-kafka.md, decisions/0012-use-rabbitmq.md)"),
				report);
		assertTrue(report.contains("renumber all but one of them"), report);
		assertTrue(report.contains("decisions/0013-use-avro.md:3: error: decision number 12 is used by 2 files"),
				report);
		assertEquals(3, folder.architecture().getDecisionSets().get(0).getDecisions().size());
	}

	@Test
	void aDuplicatedKeyIsReportedAndTheFirstCounts() throws IOException {
		folderWithGoodRecords();
		TestFolders.write(root, "components/twice.md", "---\ntype: service\ntype: library\n---\n# Twice\n");
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		String finding = only(folder, StoreFindings.DUPLICATE_KEY);
		assertTrue(
				finding.contains(
						"components/twice.md:3: warning: 'type' is given twice; the first one (line 2) counts"),
				finding);
	}

	@Test
	void aFailedSaveLeavesEveryFileOfTheChangeIntact() throws IOException {
		folderWithGoodRecords();
		String original = "---\ntype: service\n---\n# Fragile\n";
		Path fragile = TestFolders.write(root, "components/fragile.md", original);
		ArchitectureFolder folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		folder.setFiles(new AtomicFiles() {

			@Override
			protected void beforeReplace(Path temporary, Path target) throws IOException {
				if (target.getFileName().toString().equals("fragile.md")) {
					throw new IOException("No space left on device");
				}
			}
		});
		folder.architecture().getComponents().forEach(c -> c.setType("library"));
		Diagnostic result = folder.save();
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		String finding = TestFolders.joined(result);
		assertTrue(finding.contains(": error: nothing was saved (No space left on device)"), finding);
		assertEquals(original, TestFolders.read(fragile));
		// all or nothing: the other file is not changed either (or has its old text back)
		assertEquals("---\nowner: team-a\n---\n# Good\n", TestFolders.read(root.resolve("components/good.md")));
		try (var leftovers = Files.list(root.resolve("components"))) {
			assertEquals(List.of("fragile.md", "good.md"),
					leftovers.map(p -> p.getFileName().toString()).sorted().toList(), "temporary files left behind");
		}
	}
}
