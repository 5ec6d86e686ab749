package dev.baton.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.BasicMonitor;

import dev.baton.model.Component;
import dev.baton.model.Decision;
import dev.baton.model.Record;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderChange;
import dev.baton.store.Kinds;
import dev.baton.store.LoadedFolder;
import dev.baton.store.LoadedFolders;

/**
 * One loaded folder shared by 20 connections (as 20 editors and views of a workbench would hold it), and one file
 * changed on disk: how many loads, the heap with 20 connections against one, the time to apply the change, and what the
 * 20 listeners were told.
 *
 * <p>
 * Arguments: the number of decisions (components and interfaces: half as many each), the number of connections.
 */
public final class SharedFolderBenchmark {

	private static final long SEED = 20261128L;
	private static final int RUNS = 9;

	private SharedFolderBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int decisions = args.length > 0 ? Integer.parseInt(args[0].strip()) : 10000;
		int connections = args.length > 1 ? Integer.parseInt(args[1].strip()) : 20;
		System.out.printf(Locale.ROOT, "Baton shared folder benchmark: Java %s, %d cores, max heap %d MB%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		Path temp = Files.createTempDirectory("baton-shared-");
		try {
			Path root = temp.resolve("arch");
			ArchitectureFolder.create(root, Synthetic.architecture(decisions, SEED));
			run(root, decisions, connections);
		} finally {
			LoadBenchmark.delete(temp);
		}
	}

	private static void run(Path root, int decisions, int connections) throws IOException {
		LoadedFolders folders = new LoadedFolders();
		int[] loads = new int[1];
		BasicMonitor counting = new BasicMonitor() {

			@Override
			public void beginTask(String name, int totalWork) {
				loads[0]++;
			}
		};
		long empty = usedHeap();
		long started = System.nanoTime();
		LoadedFolder first = folders.connect(root, counting);
		double loadSeconds = (System.nanoTime() - started) / 1e9;
		List<List<FolderChange>> told = new ArrayList<>();
		listen(first, told);
		long one = usedHeap() - empty;
		for (int i = 1; i < connections; i++) {
			LoadedFolder again = folders.connect(root, counting);
			if (again != first) {
				throw new IllegalStateException("connection " + i + " got another folder");
			}
			listen(again, told);
		}
		long all = usedHeap() - empty;
		int records = Kinds.records(first.folder().architecture()).size();
		System.out.printf(Locale.ROOT, "%,d decisions, %,d records; %d connections: %d load(s), first in %.2f s%n",
				decisions, records, connections, loads[0], loadSeconds);
		System.out.printf(Locale.ROOT, "heap: one connection %d MB, %d connections %d MB (%+.1f %%)%n", one >> 20,
				connections, all >> 20, 100.0 * (all - one) / one);
		Component component = referencedComponent(first);
		Decision decision = first.folder().architecture().getDecisionSets().get(0).getDecisions().get(decisions / 2);
		change(first, told, fileOf(first, component), "component " + component.getId());
		change(first, told, fileOf(first, decision), "decision " + decision.getId());
		for (int i = 0; i < connections; i++) {
			folders.disconnect(root);
		}
	}

	private static void listen(LoadedFolder folder, List<List<FolderChange>> told) {
		List<FolderChange> mine = new ArrayList<>();
		told.add(mine);
		folder.addListener((source, change) -> mine.add(change));
	}

	/** A component that decisions and other components refer to, so that references into it move. */
	private static Component referencedComponent(LoadedFolder folder) {
		for (Decision decision : folder.folder().architecture().getDecisionSets().get(0).getDecisions()) {
			for (var element : decision.getAffects()) {
				if (element instanceof Component component && !component.eIsProxy()) {
					return component;
				}
			}
		}
		return folder.folder().architecture().getComponents().get(0);
	}

	private static Path fileOf(LoadedFolder folder, Record record) {
		return folder.folder().fileOf(record).orElseThrow();
	}

	/** Edits one line of the file's prose again and again, timing each reading of the change. */
	private static void change(LoadedFolder folder, List<List<FolderChange>> told, Path file, String what)
			throws IOException {
		String original = Files.readString(file);
		double[] millis = new double[RUNS];
		int exact = 0;
		for (int run = 0; run < RUNS; run++) {
			told.forEach(List::clear);
			Files.writeString(file, original + "\nEdited on disk, run " + run + ".\n");
			long started = System.nanoTime();
			FolderChange change = folder.filesChanged(List.of(file));
			millis[run] = (System.nanoTime() - started) / 1e6;
			boolean one = change.changed().size() == 1 && change.added().isEmpty() && change.removed().isEmpty()
					&& change.renamed().isEmpty() && change.relinked().isEmpty();
			if (one && told.stream().allMatch(list -> list.equals(List.of(change)))) {
				exact++;
			}
		}
		Files.writeString(file, original);
		folder.filesChanged(List.of(file));
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "one file changed (%s): applied in %.1f ms (%.1f-%.1f), median of %d; "
				+ "every listener told exactly that one record changed in %d of %d runs%n", what,
				sorted[RUNS / 2], sorted[0], sorted[RUNS - 1], RUNS, exact, RUNS);
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
