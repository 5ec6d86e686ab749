package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Component;
import dev.baton.model.Decision;

/**
 * One record read from text against its loaded folder (an editor's Source page): ids resolve to the folder's records,
 * findings name the file and line, nothing is read or written; once the text is the record's, what was typed (a YAML
 * comment) survives later form edits and saves.
 */
class RecordTextTest {

	@TempDir
	Path temp;

	private Path root;
	private ArchitectureFolder folder;
	private Component billing;

	@BeforeEach
	void folder() throws IOException {
		root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "teams/team-a.md", "# Team A\n");
		TestFolders.write(root, "components/booking.md", "# Booking\n");
		TestFolders.write(root, "components/billing.md", "---\nowner: team-a\n---\n# Billing\n\nBills.\n");
		TestFolders.write(root, "decisions/0001-use-postgres.md",
				"---\nstatus: accepted\naffects: [billing]\n---\n# Use Postgres\n");
		folder = ArchitectureFolder.load(root, LoadOptions.defaults());
		billing = folder.architecture().getComponents().stream().filter(c -> c.getId().equals("billing")).findFirst()
				.orElseThrow();
	}

	@Test
	void idsResolveToTheFoldersRecordsAndNothingChanges() throws IOException {
		RecordText.Reading reading = RecordText.read(folder, billing,
				"---\nowner: team-a\ndepends-on: [booking]\n---\n# Billing service\n");
		assertTrue(reading.ok(), TestFolders.joined(reading.findings()));
		Component read = (Component) reading.record();
		assertSame(folder.architecture().getTeams().get(0), read.getOwner());
		assertSame(folder.architecture().getComponents().get(1), read.getDependsOn().get(0));
		assertEquals("Billing", billing.getTitle(), "the folder's record is not changed");
		assertEquals("---\nowner: team-a\n---\n# Billing\n\nBills.\n",
				TestFolders.read(root.resolve("components/billing.md")));
	}

	@Test
	void findingsNameTheFileAndTheLine() {
		RecordText.Reading unknown = RecordText.read(folder, billing,
				"---\nowner: team-a\ndepends-on: [nowhere]\n---\n# Billing\n");
		assertTrue(unknown.ok());
		assertEquals("components/billing.md:3: warning: unknown id 'nowhere' in 'depends-on'",
				TestFolders.joined(unknown.findings()).replaceFirst("^.*(components/billing.md)", "$1")
						.replaceFirst(": create the record.*", ""));
		RecordText.Reading broken = RecordText.read(folder, billing, "---\nowner: [team-a\n---\n# Billing\n");
		assertFalse(broken.ok());
		assertNull(broken.record());
		assertEquals(Diagnostic.ERROR, broken.findings().getSeverity());
		String findings = TestFolders.joined(broken.findings());
		assertTrue(findings.contains("billing.md:"), findings);
		assertThrows(IllegalArgumentException.class, () -> RecordText.replace(folder, billing, broken));
	}

	@Test
	void aCommentTypedInTheTextSurvivesLaterFormEditsAndSaves() throws IOException {
		String typed = "---\n# who is called at night\nowner: team-a   # until March\n---\n# Billing\n\nBills.\n";
		RecordText.Reading reading = RecordText.read(folder, billing, typed);
		RecordText.replace(folder, billing, reading);
		assertSame(billing, folder.architecture().getComponents().get(0), "the same record, in place");
		assertEquals(typed, folder.textOf(billing).orElseThrow());
		billing.setTitle("Billing service");
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		assertEquals("---\n# who is called at night\nowner: team-a   # until March\n---\n# Billing service\n\nBills.\n",
				TestFolders.read(root.resolve("components/billing.md")));
		billing.setDescription("Bills and invoices.");
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		assertEquals("---\n# who is called at night\nowner: team-a   # until March\n---\n# Billing service\n\n"
				+ "Bills and invoices.\n",
				TestFolders.read(root.resolve("components/billing.md")));
	}

	@Test
	void theTypedTextIsSavedAsTypedAndReferencesIntoTheRecordHold() throws IOException {
		String typed = "---\n# owner: team-b one day\nowner: team-a\ntype:   database\n---\n# Billing\n\nBills.\n";
		RecordText.replace(folder, billing, RecordText.read(folder, billing, typed));
		Decision decision = folder.architecture().getDecisionSets().get(0).getDecisions().get(0);
		assertSame(billing, decision.getAffects().get(0));
		assertEquals(Diagnostic.OK, folder.save().getSeverity());
		assertEquals(typed, TestFolders.read(root.resolve("components/billing.md")));
		assertEquals(Diagnostic.OK, folder.save().getSeverity(), "saved once, then nothing to write");
		assertEquals(typed, TestFolders.read(root.resolve("components/billing.md")));
	}

	@Test
	void undoingTheReplacementGivesTheRecordItsTextBack() throws IOException {
		String before = TestFolders.read(root.resolve("components/billing.md"));
		RecordText.Replacement replacement = RecordText.replace(folder, billing,
				RecordText.read(folder, billing, "---\nowner: team-a # typed\n---\n# Typed\n\nBills.\n"));
		billing.setTitle("Billing");
		replacement.undo();
		assertEquals(before, folder.textOf(billing).orElseThrow());
		billing.setTitle("Typed");
		replacement.redo();
		assertEquals("---\nowner: team-a # typed\n---\n# Typed\n\nBills.\n", folder.textOf(billing).orElseThrow());
	}

	@Test
	void aFileChangedOnDiskSinceItWasReadIsNotOverwrittenByTheTypedText() throws IOException {
		RecordText.replace(folder, billing, RecordText.read(folder, billing, "---\nowner: team-a\n---\n# Typed\n"));
		TestFolders.write(root, "components/billing.md", "# Changed by git pull\n");
		assertEquals(Diagnostic.ERROR, folder.save().getSeverity());
		assertEquals("# Changed by git pull\n", TestFolders.read(root.resolve("components/billing.md")));
	}
}
