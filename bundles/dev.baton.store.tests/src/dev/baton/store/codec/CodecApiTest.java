package dev.baton.store.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.BatonFactory;
import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;

/**
 * The codec as another bundle uses it (an ADR dialect, a catalog reader): only the exported package, reading a
 * decision's text into the model and writing a changed section back, file names, references by id, files.
 */
class CodecApiTest {

	private static final String TEXT = """
			---
			status: accepted
			tags: [storage, data]
			---
			# Use PostgreSQL

			## Context and Problem Statement

			We need one database.

			## Decision Drivers

			* cost
			* skills

			## Notes kept as written

			Anything.
			""";

	@Test
	void aDecisionsTextIsReadWithTheStoresSectionCodecs() {
		SourceText source = new SourceText(TEXT);
		FrontMatter frontMatter = FrontMatter.find(source);
		assertTrue(frontMatter.present());
		assertEquals(4, frontMatter.bodyLine());
		MarkdownOutline outline = MarkdownOutline.parse(source, frontMatter.bodyLine());
		assertEquals("Use PostgreSQL", outline.title().heading());

		RecordSections sections = RecordSections.of(BatonPackage.Literals.DECISION);
		assertSame(sections, RecordSections.of(BatonPackage.Literals.DECISION));
		Decision decision = BatonFactory.eINSTANCE.createDecision();
		for (SectionCodec codec : sections.sections()) {
			codec.read(decision, outline, sections.locate(codec, outline));
		}
		assertEquals("We need one database.", decision.getContext());
		assertEquals(List.of("cost", "skills"), decision.getDrivers());
		MarkdownOutline.Section notes = outline.section("Notes kept as written");
		assertNull(sections.claimedBy(notes), "a section no codec reads is kept verbatim");
		SectionCodec drivers = sections.claimedBy(outline.section("Decision Drivers"));
		assertEquals("Decision Drivers", drivers.heading());

		// a changed list is written in the style the file has now
		decision.getDrivers().add("licence");
		String previous = outline.text(sections.locate(drivers, outline).contentFrom(),
				sections.locate(drivers, outline).to());
		assertEquals("* cost\n* skills\n* licence", drivers.render(drivers.canonical(decision), previous));
	}

	@Test
	void frontMatterKeysAreReadWithTheirLinesWithoutYamlTypes() throws Exception {
		SourceText source = new SourceText(TEXT);
		FrontMatter frontMatter = FrontMatter.find(source);
		YamlBlock yaml = YamlBlock.parse(source, frontMatter.yamlFromLine(), frontMatter.yamlToLine(), "0001.md");
		assertEquals("accepted", yaml.get("status").javaValue());
		assertEquals(List.of("storage", "data"), yaml.get("tags").javaValue());
		assertEquals(3, yaml.get("tags").line());
		assertEquals("tags: [storage, data]\n", YamlText.entry("tags", List.of("storage", "data"), false, "  ", "\n"));
		YamlBlock.YamlProblem problem = assertThrows(YamlBlock.YamlProblem.class,
				() -> YamlBlock.parse(new SourceText("---\nstatus: [open\n---\n"), 1, 2, "0002.md"));
		assertTrue(problem.line() >= 2, String.valueOf(problem.line()));
	}

	@Test
	void decisionFilesAreNamedByNumberAndSlug() {
		assertEquals(7, RecordNames.number("0007-use-postgresql"));
		assertNull(RecordNames.number("readme"));
		assertEquals("0012-cafe-au-lait-first", RecordNames.decisionId(12, 4, "Café au lait, first!"));
		assertEquals("untitled", RecordNames.slug("  "));
	}

	@Test
	void anIdStandsForItsRecordUntilTheStoreResolvesIt() {
		InternalEObject owner = (InternalEObject) ReferenceTokens.proxy(BatonPackage.Literals.PARTY, "team-payments");
		assertTrue(BatonPackage.Literals.PARTY.isSuperTypeOf(owner.eClass()) && !owner.eClass().isAbstract(),
				"a concrete kind of an abstract reference type: " + owner.eClass().getName());
		assertTrue(owner.eIsProxy());
		assertEquals("team-payments", owner.eProxyURI().fragment());
	}

	@Test
	void recordFilesAreReadAsStrictUtf8AndWrittenAtomically(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("decisions/0001-x.md");
		Files.createDirectories(file.getParent());
		TextFiles.write(folder, file, "# X\n\nÄ\n");
		assertArrayEquals("# X\n\nÄ\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
		assertEquals("# X\n\nÄ\n", TextFiles.read(file, 1024));
		assertEquals(List.of(file), Files.list(file.getParent()).toList(), "no temporary file is left");

		Files.write(file, new byte[] { '#', ' ', 'X', '\n', (byte) 0xC3, '\n' });
		TextFiles.Unreadable bad = assertThrows(TextFiles.Unreadable.class, () -> TextFiles.read(file, 1024));
		assertEquals(2, bad.line());
		TextFiles.Unreadable large = assertThrows(TextFiles.Unreadable.class, () -> TextFiles.read(file, 3));
		assertTrue(large.getMessage().contains("MB limit"), large.getMessage());
	}
}
