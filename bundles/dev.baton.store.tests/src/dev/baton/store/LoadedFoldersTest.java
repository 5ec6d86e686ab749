package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.BatonFactory;
import dev.baton.model.Component;
import dev.baton.model.Decision;
import dev.baton.model.Record;
import dev.baton.model.Team;

/**
 * One loaded folder shared by everyone who connects, and read again file by file: after each kind of change on disk the
 * shared model equals a fresh load of the folder, its findings are a fresh load's, and listeners are told exactly what
 * changed.
 */
class LoadedFoldersTest {

	@TempDir
	Path temp;

	private Path root;
	private final LoadedFolders folders = new LoadedFolders();
	private final List<FolderChange> told = new ArrayList<>();

	@BeforeEach
	void folder() throws IOException {
		root = TestFolders.architecture(temp.resolve("arch"));
		TestFolders.write(root, "teams/team-a.md", "# Team A\n");
		TestFolders.write(root, "components/billing.md", "---\nowner: team-a\n---\n# Billing\n\nBills.\n");
		TestFolders.write(root, "components/booking.md",
				"---\nowner: team-a\ndepends-on: [billing]\n---\n# Booking\n\nBooks.\n");
		TestFolders.write(root, "decisions/0001-use-postgres.md",
				"---\nstatus: accepted\ndate: 2024-01-01\naffects: [billing, booking]\n---\n# Use Postgres\n");
		TestFolders.write(root, "decisions/0002-use-kafka.md",
				"---\nstatus: proposed\naffects: [booking]\n---\n# Use Kafka\n\n## Context and Problem Statement\n\n"
						+ "Events.\n");
	}

	private LoadedFolder connect() {
		LoadedFolder folder = folders.connect(root, new BasicMonitor());
		folder.addListener((source, change) -> told.add(change));
		return folder;
	}

	@Test
	void everyConnectionSharesOneLoad() {
		int[] loads = new int[1];
		BasicMonitor counting = new BasicMonitor() {

			@Override
			public void beginTask(String name, int totalWork) {
				loads[0]++;
			}
		};
		LoadedFolder first = folders.connect(root, counting);
		LoadedFolder second = folders.connect(root.resolve("decisions/.."), counting);
		assertSame(first, second);
		assertEquals(1, loads[0], "one load for two connections");
		assertEquals(2, folders.connections(root));
		folders.disconnect(root);
		assertSame(first, folders.get(root).orElseThrow());
		folders.disconnect(root);
		assertTrue(folders.get(root).isEmpty(), "the last disconnect lets the folder go");
		IllegalStateException extra = assertThrows(IllegalStateException.class, () -> folders.disconnect(root));
		assertTrue(extra.getMessage().contains("not connected"), extra.getMessage());
		assertNotSame(first, folders.connect(root, new BasicMonitor()), "a new connect loads anew");
	}

	@Test
	void aCancelledLoadLeavesNothingConnected() {
		BasicMonitor cancelled = new BasicMonitor();
		cancelled.setCanceled(true);
		assertThrows(CancellationException.class, () -> folders.connect(root, cancelled));
		assertEquals(0, folders.connections(root));
		assertTrue(folders.get(root).isEmpty());
	}

	@Test
	void whenTheLoadingCallerCancelsTheOneWaitingLoadsTheFolder() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch proceed = new CountDownLatch(1);
		BasicMonitor first = new BasicMonitor() {

			@Override
			public void beginTask(String name, int totalWork) {
				started.countDown();
				try {
					proceed.await();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				setCanceled(true);
			}
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<LoadedFolder> cancelled = pool.submit(() -> folders.connect(root, first));
			assertTrue(started.await(30, TimeUnit.SECONDS));
			Future<LoadedFolder> waiting = pool.submit(() -> folders.connect(root, new BasicMonitor()));
			while (folders.connections(root) < 2) {
				Thread.sleep(10);
			}
			proceed.countDown();
			ExecutionException failed = assertThrows(ExecutionException.class, cancelled::get);
			assertInstanceOf(CancellationException.class, failed.getCause());
			LoadedFolder loaded = waiting.get(30, TimeUnit.SECONDS);
			assertEquals(1, folders.connections(root), "only the waiting caller is connected");
			assertSame(loaded, folders.get(root).orElseThrow());
			assertEquals(2, loaded.folder().architecture().getComponents().size());
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aChangedFileReplacesItsRecordAndReferencesIntoItFollow() throws IOException {
		LoadedFolder folder = connect();
		Record before = record(folder, "billing");
		TestFolders.write(root, "components/billing.md", "---\nowner: team-a\ntype: database\n---\n# Invoicing\n");
		FolderChange change = folder.filesChanged(List.of(root.resolve("components/billing.md")));
		assertEquals(1, change.changed().size(), change.toString());
		assertSame(before, change.changed().get(0).before());
		Record after = change.changed().get(0).after();
		assertEquals("Invoicing", after.getTitle());
		assertTrue(change.added().isEmpty() && change.removed().isEmpty() && change.renamed().isEmpty()
				&& change.relinked().isEmpty(), change.toString());
		assertSame(after, ((Decision) record(folder, "0001-use-postgres")).getAffects().get(0));
		assertSame(after, ((Component) record(folder, "booking")).getDependsOn().get(0));
		assertEquals(List.of(change), told);
		assertEqualsFreshLoad(folder);
	}

	@Test
	void aFileHoldingWhatWasReadChangesNothing() throws IOException {
		LoadedFolder folder = connect();
		Files.setLastModifiedTime(root.resolve("components/billing.md"),
				FileTime.fromMillis(0));
		FolderChange change = folder.filesChanged(List.of(root.resolve("components/billing.md"),
				root.resolve("README.md"), temp.resolve("elsewhere.md")));
		assertTrue(change.isEmpty(), change.toString());
		assertTrue(told.isEmpty());
	}

	@Test
	void aRenamedFileIsOneRenameAndReferencesByTheOldIdNoLongerResolve() throws IOException {
		LoadedFolder folder = connect();
		Record before = record(folder, "billing");
		Files.move(root.resolve("components/billing.md"), root.resolve("components/invoicing.md"));
		FolderChange change = folder.filesChanged(List.of(root.resolve("components/billing.md"),
				root.resolve("components/invoicing.md")));
		assertEquals(1, change.renamed().size(), change.toString());
		assertSame(before, change.renamed().get(0).before());
		assertEquals("invoicing", change.renamed().get(0).after().getId());
		assertTrue(change.added().isEmpty() && change.removed().isEmpty(), change.toString());
		assertEquals(ids(List.of(record(folder, "0001-use-postgres"), record(folder, "booking"))),
				ids(change.relinked()));
		assertTrue(((Decision) record(folder, "0001-use-postgres")).getAffects().get(0).eIsProxy());
		assertEqualsFreshLoad(folder);
	}

	@Test
	void aDeletedReferencedRecordLeavesUnresolvedReferencesAsALoadDoes() throws IOException {
		LoadedFolder folder = connect();
		Record team = record(folder, "team-a");
		Files.delete(root.resolve("teams/team-a.md"));
		FolderChange change = folder.filesChanged(List.of(root.resolve("teams/team-a.md")));
		assertEquals(List.of(team), change.removed());
		assertEquals(List.of("billing", "booking"), ids(change.relinked()));
		assertTrue(folder.folder().architecture().getTeams().isEmpty());
		assertTrue(TestFolders.joined(folder.findings()).contains("unknown id 'team-a' in 'owner'"),
				TestFolders.joined(folder.findings()));
		assertEqualsFreshLoad(folder);
	}

	@Test
	void aNewFileResolvesReferencesThatNamedNothing() throws IOException {
		Files.delete(root.resolve("teams/team-a.md"));
		LoadedFolder folder = connect();
		assertTrue(TestFolders.joined(folder.findings()).contains("unknown id 'team-a'"));
		TestFolders.write(root, "teams/team-a.md", "# Team A again\n");
		TestFolders.write(root, "decisions/0003-use-redis.md", "---\nstatus: proposed\naffects: [billing]\n---\n"
				+ "# Use Redis\n");
		FolderChange change = folder.filesChanged(List.of(root.resolve("teams/team-a.md"),
				root.resolve("decisions/0003-use-redis.md")));
		assertEquals(List.of("0003-use-redis", "team-a"), ids(change.added()));
		assertEquals(List.of("billing", "booking"), ids(change.relinked()));
		Record team = record(folder, "team-a");
		assertSame(team, record(folder, "billing").getOwner());
		assertSame(record(folder, "billing"), ((Decision) record(folder, "0003-use-redis")).getAffects().get(0));
		String findings = TestFolders.joined(folder.findings());
		assertFalse(findings.contains("unknown id"), findings);
		assertEqualsFreshLoad(folder);
	}

	@Test
	void aNewDecisionTakesItsPlaceInFileOrderAndATakenNumberIsReportedOnBothFiles() throws IOException {
		LoadedFolder folder = connect();
		TestFolders.write(root, "decisions/0001-a-first.md", "---\nstatus: proposed\n---\n# A first\n");
		folder.filesChanged(List.of(root.resolve("decisions/0001-a-first.md")));
		List<Decision> decisions = folder.folder().architecture().getDecisionSets().get(0).getDecisions();
		assertEquals("0001-a-first", decisions.get(0).getId());
		String findings = TestFolders.joined(folder.findings());
		assertTrue(findings.contains("0001-use-postgres.md:1: warning: decision number 1 is used by 2 files"),
				findings);
		assertEqualsFreshLoad(folder);
		Files.delete(root.resolve("decisions/0001-a-first.md"));
		folder.filesChanged(List.of(root.resolve("decisions/0001-a-first.md")));
		assertFalse(TestFolders.joined(folder.findings()).contains("is used by"));
		assertEqualsFreshLoad(folder);
	}

	@Test
	void aBrokenFileIsReportedAndGoesThenComesBackFixed() throws IOException {
		LoadedFolder folder = connect();
		Record billing = record(folder, "billing");
		TestFolders.write(root, "components/billing.md", "---\nowner: team-a\n# Billing\n");
		FolderChange broken = folder.filesChanged(List.of(root.resolve("components/billing.md")));
		assertEquals(List.of(billing), broken.removed());
		String findings = TestFolders.joined(folder.findings());
		assertTrue(findings.contains("billing.md:1: error: the front matter opened with '---' on line 1 is never "
				+ "closed"),
				findings);
		assertEqualsFreshLoad(folder);
		TestFolders.write(root, "components/billing.md", "---\nowner: team-a\n---\n# Billing fixed\n");
		FolderChange fixed = folder.filesChanged(List.of(root.resolve("components/billing.md")));
		assertEquals(List.of("billing"), ids(fixed.added()));
		assertEquals(List.of("0001-use-postgres", "booking"), ids(fixed.relinked()));
		assertFalse(TestFolders.joined(folder.findings()).contains("never closed"));
		assertEquals(List.of(broken, fixed), told);
		assertEqualsFreshLoad(folder);
	}

	@Test
	void aBrokenReferenceInTheChangedFileIsReportedAtItsLine() throws IOException {
		LoadedFolder folder = connect();
		TestFolders.write(root, "components/billing.md", "---\ntype: database\nowner: team-b\n---\n# Billing\n");
		folder.filesChanged(List.of(root.resolve("components/billing.md")));
		String findings = TestFolders.joined(folder.findings());
		assertTrue(findings.contains("billing.md:3: warning: unknown id 'team-b' in 'owner'"), findings);
		assertEqualsFreshLoad(folder);
	}

	@Test
	void aReloadedFolderSavesNothingItDidNotChangeAndSavesWhatItDid() throws IOException {
		LoadedFolder folder = connect();
		Files.delete(root.resolve("teams/team-a.md"));
		TestFolders.write(root, "components/billing.md", "---\nowner: team-a\n---\n# Billing v2\n");
		folder.filesChanged(List.of(root.resolve("teams/team-a.md"), root.resolve("components/billing.md")));
		String booking = TestFolders.read(root.resolve("components/booking.md"));
		assertTrue(folder.folder().save().getSeverity() < Diagnostic.ERROR);
		assertEquals(booking, TestFolders.read(root.resolve("components/booking.md")), "nothing rewritten");
		assertFalse(Files.exists(root.resolve("teams/team-a.md")));
		record(folder, "billing").setTitle("Billing v3");
		folder.folder().save();
		assertEquals("---\nowner: team-a\n---\n# Billing v3\n",
				TestFolders.read(root.resolve("components/billing.md")));
		FolderChange own = folder.filesChanged(List.of(root.resolve("components/billing.md")));
		assertTrue(own.isEmpty(), "the folder's own save is no change: " + own);
	}

	@Test
	void aChangedBatonYamlLoadsTheFolderAgain() throws IOException {
		LoadedFolder folder = connect();
		ArchitectureFolder before = folder.folder();
		TestFolders.write(root, "baton.yaml", "name: Renamed Platform\n");
		FolderChange change = folder.filesChanged(List.of(root.resolve("baton.yaml")));
		assertTrue(change.reloaded());
		assertNotSame(before, folder.folder());
		assertEquals("Renamed Platform", folder.folder().architecture().getName());
		assertEqualsFreshLoad(folder);
	}

	@Test
	void aLinkByATitleTwoDecisionsShareStaysWithTheFirstWhenItIsReadAgain() throws IOException {
		TestFolders.write(root, "decisions/0003-kafka-again.md", "---\nstatus: proposed\n---\n# Use Kafka\n");
		TestFolders.write(root, "decisions/0004-use-pulsar.md", "---\nstatus: proposed\nsupersedes: [use kafka]\n"
				+ "---\n# Use Pulsar\n");
		LoadedFolder folder = connect();
		Decision pulsar = (Decision) record(folder, "0004-use-pulsar");
		assertEquals("0002-use-kafka", pulsar.getLinks().get(0).getTarget().getId());
		TestFolders.write(root, "decisions/0002-use-kafka.md", "---\nstatus: accepted\n---\n# Use Kafka\n");
		folder.filesChanged(List.of(root.resolve("decisions/0002-use-kafka.md")));
		// the title names the first decision of the set holding it, read again or not, as in a load
		assertSame(record(folder, "0002-use-kafka"), pulsar.getLinks().get(0).getTarget());
		assertEqualsFreshLoad(folder);
		Files.delete(root.resolve("decisions/0002-use-kafka.md"));
		folder.filesChanged(List.of(root.resolve("decisions/0002-use-kafka.md")));
		assertSame(record(folder, "0003-kafka-again"), pulsar.getLinks().get(0).getTarget());
		assertEqualsFreshLoad(folder);
	}

	@Test
	void aRecordAddedInTheModelIsFoundByTheNextFileReadAgain() throws IOException {
		LoadedFolder folder = connect();
		folder.filesChanged(List.of(root.resolve("components/billing.md"))); // the index is built and kept
		TestFolders.write(root, "components/booking.md", "---\nowner: team-a\n---\n# Booking v2\n");
		folder.filesChanged(List.of(root.resolve("components/booking.md")));
		Team team = BatonFactory.eINSTANCE.createTeam();
		team.setId("team-b");
		team.setTitle("Team B");
		folder.folder().architecture().getTeams().add(team);
		assertTrue(folder.folder().save().getSeverity() < Diagnostic.ERROR);
		TestFolders.write(root, "components/billing.md", "---\nowner: team-b\n---\n# Billing\n");
		folder.filesChanged(List.of(root.resolve("components/billing.md")));
		assertSame(team, record(folder, "billing").getOwner());
		assertEqualsFreshLoad(folder);
	}

	@Test
	void changesOneAfterAnotherLeaveWhatAFreshLoadGives() throws IOException {
		LoadedFolder folder = connect();
		TestFolders.write(root, "components/billing.md", "---\nowner: team-a\n---\n# Billing v2\n");
		folder.filesChanged(List.of(root.resolve("components/billing.md")));
		assertEqualsFreshLoad(folder);
		Files.move(root.resolve("components/booking.md"), root.resolve("components/reservations.md"));
		folder.filesChanged(List.of(root.resolve("components/booking.md"), root.resolve("components/reservations.md")));
		assertEqualsFreshLoad(folder);
		TestFolders.write(root, "decisions/0002-use-kafka.md", "---\nstatus: accepted\naffects: [reservations]\n"
				+ "---\n# Use Kafka\n");
		folder.filesChanged(List.of(root.resolve("decisions/0002-use-kafka.md")));
		assertEquals("reservations", ((Decision) record(folder, "0002-use-kafka")).getAffects().get(0).getId());
		assertEqualsFreshLoad(folder);
		Files.move(root.resolve("components/reservations.md"), root.resolve("components/booking.md"));
		folder.filesChanged(List.of(root.resolve("components/booking.md"), root.resolve("components/reservations.md")));
		assertTrue(((Decision) record(folder, "0002-use-kafka")).getAffects().get(0).eIsProxy());
		assertSame(record(folder, "booking"), ((Decision) record(folder, "0001-use-postgres")).getAffects().get(1));
		assertEqualsFreshLoad(folder);
	}

	private void assertEqualsFreshLoad(LoadedFolder folder) {
		ArchitectureFolder fresh = ArchitectureFolder.load(root, LoadOptions.defaults());
		assertTrue(EcoreUtil.equals(fresh.architecture(), folder.folder().architecture()),
				"the shared model equals a fresh load:\n" + dump(fresh) + "\n---\n" + dump(folder.folder()));
		assertEquals(new TreeSet<>(TestFolders.lines(fresh.findings())),
				new TreeSet<>(TestFolders.lines(folder.findings())));
	}

	private static String dump(ArchitectureFolder folder) {
		StringBuilder out = new StringBuilder();
		for (Record record : Kinds.records(folder.architecture())) {
			out.append(RecordEquality.describe(record)).append('\n');
		}
		return out.toString();
	}

	private static Record record(LoadedFolder folder, String id) {
		return Kinds.records(folder.folder().architecture()).stream().filter(r -> id.equals(r.getId())).findFirst()
				.orElseThrow(() -> new AssertionError("no record " + id));
	}

	private static List<String> ids(List<Record> records) {
		return records.stream().map(Record::getId).sorted().toList();
	}
}
