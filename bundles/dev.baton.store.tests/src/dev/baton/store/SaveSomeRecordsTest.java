package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.Record;

/**
 * Saving some records of a shared folder (an editor's save): only their files are written, whatever else changed in the
 * model (another editor's unsaved edits), and the listeners are told which records changed or came.
 */
class SaveSomeRecordsTest {

	private static final String BOOKING = "---\nowner: team-a\ndepends-on: [billing]\n---\n# Booking\n\nBooks.\n";

	@TempDir
	Path temp;

	private Path root;
	private LoadedFolder folder;
	private final List<FolderChange> told = new ArrayList<>();

	@BeforeEach
	void folder() throws IOException {
		root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "teams/team-a.md", "# Team A\n");
		TestFolders.write(root, "components/billing.md", "---\nowner: team-a\n---\n# Billing\n\nBills.\n");
		TestFolders.write(root, "components/booking.md", BOOKING);
		TestFolders.write(root, "decisions/0001-use-postgres.md",
				"---\nstatus: accepted\ndate: 2024-01-01\naffects: [billing]\n---\n# Use Postgres\n");
		folder = new LoadedFolders().connect(root, new BasicMonitor());
		folder.addListener((source, change) -> told.add(change));
	}

	@Test
	void onlyTheSavedRecordsFileIsWrittenAndTheListenersAreTold() throws IOException {
		Record billing = record("billing");
		Record booking = record("booking");
		billing.setTitle("Invoicing");
		booking.setTitle("Reservations");

		Diagnostic saved = folder.save(List.of(billing), false);

		assertTrue(saved.getSeverity() < Diagnostic.ERROR, TestFolders.joined(saved));
		assertEquals("---\nowner: team-a\n---\n# Invoicing\n\nBills.\n",
				TestFolders.read(root.resolve("components/billing.md")));
		assertEquals(BOOKING, TestFolders.read(root.resolve("components/booking.md")), "the other edit is not written");
		assertEquals(1, told.size());
		FolderChange change = told.get(0);
		assertEquals(1, change.changed().size(), change.toString());
		assertSame(billing, change.changed().get(0).before());
		assertSame(billing, change.changed().get(0).after());
		assertEquals(List.of(root.resolve("components/billing.md")), change.files());
		assertTrue(change.added().isEmpty() && change.removed().isEmpty(), change.toString());

		assertTrue(folder.folder().save().getSeverity() < Diagnostic.ERROR);
		assertTrue(TestFolders.read(root.resolve("components/booking.md")).contains("# Reservations\n"),
				"a later save of everything writes the other edit");
	}

	@Test
	void aNewRecordSavedAloneIsCreatedAndToldAsAdded() throws IOException {
		Record billing = record("billing");
		billing.setTitle("Invoicing");
		Decision decision = BatonFactory.eINSTANCE.createDecision();
		decision.setId("0002-use-kafka");
		decision.setTitle("Use Kafka");
		folder.folder().architecture().getDecisionSets().get(0).getDecisions().add(decision);

		Diagnostic saved = folder.save(List.of(decision), false);

		assertTrue(saved.getSeverity() < Diagnostic.ERROR, TestFolders.joined(saved));
		Path created = folder.folder().fileOf(decision).orElseThrow();
		assertTrue(Files.readString(created).contains("# Use Kafka"), created.toString());
		assertEquals("---\nowner: team-a\n---\n# Billing\n\nBills.\n",
				TestFolders.read(root.resolve("components/billing.md")));
		assertEquals(List.of(decision), told.get(0).added());
		assertEquals(List.of(created), told.get(0).files());
	}

	@Test
	void aRecordRemovedFromTheModelKeepsItsFileUnlessItIsSaved() throws IOException {
		Record booking = record("booking");
		Record billing = record("billing");
		folder.folder().architecture().getComponents().remove(booking);

		assertTrue(folder.save(List.of(billing), false).getSeverity() < Diagnostic.ERROR);
		assertTrue(Files.exists(root.resolve("components/booking.md")), "another record's removal waits");

		assertTrue(folder.save(List.of(booking), false).getSeverity() < Diagnostic.ERROR);
		assertTrue(Files.notExists(root.resolve("components/booking.md")), "saved, the removal deletes the file");
	}

	@Test
	void aFileChangedOnDiskIsNotOverwrittenWithoutBeingAsked() throws IOException {
		Record billing = record("billing");
		billing.setTitle("Invoicing");
		String theirs = "---\nowner: team-a\n---\n# Billing\n\nBills, changed on disk.\n";
		TestFolders.write(root, "components/billing.md", theirs);

		Diagnostic refused = folder.save(List.of(billing), false);

		assertTrue(refused.getSeverity() >= Diagnostic.ERROR, TestFolders.joined(refused));
		assertTrue(TestFolders.joined(refused).contains("billing.md"), TestFolders.joined(refused));
		assertEquals(theirs, TestFolders.read(root.resolve("components/billing.md")));
		assertTrue(told.isEmpty(), "nothing saved, nothing told");
	}

	private Record record(String id) {
		return Kinds.records(folder.folder().architecture()).stream().filter(r -> id.equals(r.getId())).findFirst()
				.orElseThrow(() -> new AssertionError("no record " + id));
	}
}
