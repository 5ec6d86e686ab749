package dev.baton.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;

import dev.baton.api.Command;
import dev.baton.api.Findings;
import dev.baton.api.SourceLocation;
import dev.baton.model.Record;
import dev.baton.store.FolderUnion;
import dev.baton.store.ReadableFolder;
import picocli.CommandLine.Option;

/**
 * The {@code --include FOLDER...} option of the commands that read (a picocli mixin): other architecture folders
 * combined with the command's folder into one architecture by {@link FolderUnion}, their ids qualified by folder name
 * ({@code payments:ledger}).
 */
final class Includes {

	@Option(names = "--include", arity = "1..*", paramLabel = "FOLDER",
			description = "Other architecture folders to combine with this one; ids from FOLDER are qualified by its "
					+ "directory name (payments:billing-service) and records refer across folders the same way.")
	List<Path> folders = new ArrayList<>();

	/**
	 * The command's folder with the included ones.
	 *
	 * @param folder   the main folder: its architecture holds every folder's records
	 * @param included the included folders, as loaded (their records now live in {@code folder})
	 * @param findings what loading and combining found: the main folder's alone when nothing is included
	 */
	record Combined(ReadableFolder folder, List<ReadableFolder> included, Diagnostic findings) {

		/** The folder that read a record. */
		ReadableFolder folderOf(Record record) {
			for (ReadableFolder other : included) {
				if (other.fileOf(record).isPresent()) {
					return other;
				}
			}
			return folder;
		}

		/** A record's file, in whichever folder it comes from. */
		Optional<Path> fileOf(Record record) {
			return folderOf(record).fileOf(record);
		}

		/** Where a record's front matter key is, in whichever folder it comes from. */
		Optional<SourceLocation> locationOf(Record record, String key) {
			return folderOf(record).locationOf(record, key);
		}
	}

	/**
	 * Loads the folder ({@code -C}, else the nearest) and the included ones, and combines them.
	 *
	 * @param quiet {@code false}: print the findings (of the combination, when folders are included) to stderr
	 * @param kinds only these kinds are read ({@code null}: all)
	 */
	Combined load(Command.Invocation invocation, Path given, boolean quiet, Set<String> kinds) {
		if (folders.isEmpty()) {
			ReadableFolder folder = Folders.load(invocation, given, quiet, kinds);
			return new Combined(folder, List.of(), folder.findings());
		}
		ReadableFolder folder = Folders.load(invocation, given, true, kinds);
		List<ReadableFolder> others = new ArrayList<>();
		for (Path include : folders) {
			// as written: Folders resolves it against the working directory, and a problem names it as the user did
			others.add(Folders.load(invocation, include, true, kinds));
		}
		Diagnostic findings = FolderUnion.include(folder, others);
		if (!quiet) {
			Findings.leaves(findings).forEach(d -> invocation.err().println(Findings.format(d)));
		}
		return new Combined(folder, List.copyOf(others), findings);
	}
}
