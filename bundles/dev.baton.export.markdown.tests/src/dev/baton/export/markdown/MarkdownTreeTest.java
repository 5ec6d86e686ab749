package dev.baton.export.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.export.markdown.internal.MarkdownExporter;
import dev.baton.pack.Pack;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.LoadOptions;
import dev.baton.testing.Examples;
import dev.baton.testing.Secrets;

class MarkdownTreeTest {

	@TempDir
	Path temp;

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	@Test
	void theExampleTreeHasAReadmeAndEveryRelativeLinkLeadsToAFile() throws Exception {
		Pack pack = Pack.build(Examples.larkspur().architecture(), Examples.CONTEXT, new BasicDiagnostic());
		Path readme = MarkdownTree.write(pack, temp.resolve("md"), new BasicDiagnostic(), new BasicMonitor());
		assertEquals(temp.resolve("md/README.md"), readme);
		String index = Files.readString(readme);
		assertTrue(index.startsWith("# Larkspur Parcel Platform\n\n"), index);
		assertTrue(index.contains("| 5 | [Decision history](sections/decision-history.md) |"), index);
		List<String> broken = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(temp.resolve("md"))) {
			files = walk.filter(p -> p.toString().endsWith(".md")).toList();
		}
		assertEquals(pack.pages().size() - 1, files.size(), "every page but the search");
		for (Path file : files) {
			Matcher link = LINK.matcher(Files.readString(file));
			while (link.find()) {
				String href = link.group(1);
				if (href.matches("(?i)(https?|mailto):.*")) {
					continue;
				}
				String path = href.replaceFirst("#.*$", "").replace("%20", " ");
				if (!path.isEmpty() && !Files.isRegularFile(file.getParent().resolve(path).normalize())) {
					broken.add(temp.relativize(file) + " -> " + href);
				}
			}
		}
		assertEquals(List.of(), broken);
		String decision = Files.readString(temp.resolve("md/decisions/0009-move-parcel-data-to-postgresql.md"));
		assertTrue(decision.startsWith("# 9\\. Move parcel data to PostgreSQL\n\n[Overview](../README.md) › "
				+ "[5\\. Decision history](../sections/decision-history.md)\n"), decision);
		assertTrue(decision.contains("## Decision Outcome\n\nChosen option: \"PostgreSQL on RDS\""), decision);
	}

	@Test
	void rawHtmlInARecordBecomesText() throws Exception {
		Pack pack = Pack.build(Examples.hostile(temp.resolve("hostile")).architecture(), Examples.CONTEXT,
				new BasicDiagnostic());
		MarkdownTree.write(pack, temp.resolve("md"), new BasicDiagnostic(), new BasicMonitor());
		String probe = Files.readString(temp.resolve("md/decisions/0001-probe.md"));
		assertFalse(probe.contains("<script>"), probe);
		assertTrue(probe.contains("\\<script\\>alert('block')\\</script\\>") || probe.contains("&lt;script&gt;"),
				probe);
		assertTrue(probe.contains("[the other record](../components/api.md)"), probe);
		assertFalse(probe.contains("AKIAABCDEFGHIJKLMNOP"), probe);
	}

	@Test
	void noCredentialReachesAnyFile() throws Exception {
		ArchitectureFolder folder =
				ArchitectureFolder.load(Secrets.folder(temp.resolve("arch")), LoadOptions.defaults());
		Path tree = temp.resolve("md");
		new MarkdownExporter().export(folder.architecture(), tree, Examples.CONTEXT, new BasicDiagnostic());
		assertTrue(Secrets.assertNoSecretIn(tree) > 10);
		assertTrue(Files.isRegularFile(tree.resolve("components/redacted-1.md")));
		String decision = Files.readString(tree.resolve("decisions/0001-keep-secrets-out.md"));
		assertTrue(decision.contains("rotated with Authorization: Bearer \\[redacted\\]")
				|| decision.contains("rotated with Authorization: Bearer [redacted]"), decision);
		Secrets.assertHarmlessKept("the decision", Files.readString(tree.resolve("decisions/0002-harmless.md")));
	}

	@Test
	void aBareCarriageReturnInAFieldDoesNotCutATableRowOrAListItem() throws Exception {
		Path root = temp.resolve("arch");
		Examples.write(root, FolderLayout.SETTINGS, "name: Returns\n");
		Examples.write(root, "decisions/0001-cr.md", "---\nstatus: accepted\ndate: 2026-01-02\n"
				+ "tags: [\"one\\rtwo\"]\n---\n# Returns\n\n## Context and Problem Statement\n\nWhy.\n");
		Pack pack = Pack.build(ArchitectureFolder.load(root, LoadOptions.defaults()).architecture(), Examples.CONTEXT,
				new BasicDiagnostic());
		Path tree = temp.resolve("md");
		MarkdownTree.write(pack, tree, new BasicDiagnostic(), new BasicMonitor());
		try (Stream<Path> files = Files.walk(tree)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertFalse(Files.readString(file).contains("\r"), file + " holds a CR");
			}
		}
		assertTrue(Files.readString(tree.resolve("decisions/0001-cr.md")).contains("one two"));
	}
}
