package dev.baton.headless;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;

import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderSummary;
import dev.baton.store.StoreFindings;

/**
 * Loads an architecture folder and prints what it holds and what is wrong with it.
 * Exit code 0 when it loaded cleanly, 1 with findings, 2 when it is no architecture folder.
 */
public final class Summary {

	private Summary() {
	}

	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("usage: Summary <architecture folder>");
			System.exit(2);
		}
		Path folder = Path.of(args[0]);
		if (!Files.isDirectory(folder)) {
			System.err.println(folder + ": no such folder: give the folder that holds baton.yaml");
			System.exit(2);
		}
		ArchitectureFolder architecture = ArchitectureFolder.load(folder);
		System.out.print(FolderSummary.of(architecture));
		System.out.println();
		System.out.println("Loaded " + architecture.root());
		boolean notArchitecture = dev.baton.api.Findings.leaves(architecture.findings()).stream()
				.anyMatch(d -> d.getCode() == StoreFindings.NOT_AN_ARCHITECTURE);
		int exit = notArchitecture ? 2 : architecture.findings().getSeverity() >= Diagnostic.WARNING ? 1 : 0;
		// the main job reports findings; they are the point of the summary, not a failure of the build
		if (exit == 2) {
			System.exit(2);
		}
	}
}
