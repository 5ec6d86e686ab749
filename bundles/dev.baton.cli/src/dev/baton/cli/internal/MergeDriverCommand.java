package dev.baton.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.Findings;
import dev.baton.api.annotations.CommandService;
import dev.baton.history.MergeConflict;
import dev.baton.history.RecordMerge;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/**
 * {@code baton merge-driver}: git's merge driver for records ({@code baton git install} sets it up). It merges the
 * three versions git gives it by field and by section, writes the result over ours, and exits 1 when conflicts are
 * left, each named on stderr with its line.
 */
@Component(service = Command.class)
@CommandService(id = "merge-driver",
		label = "Merge a record's three versions by field and by section (git's merge driver)")
public final class MergeDriverCommand extends PicocliCommand {

	@CommandLine.Command(name = "merge-driver", description = { "Merge a record by field and by section, for git.",
			"git runs it as 'baton merge-driver %O %A %B %P' (see 'baton git install'): the result is written over "
					+ "OURS; exit 0 when it merged cleanly, 1 when conflict markers were left (each conflict is "
					+ "named on stderr), 2 when a version cannot be read." })
	static final class Run extends PicocliCommand.Run {

		@Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor's version (git's %O).")
		Path base;

		@Parameters(index = "1", paramLabel = "OURS",
				description = "Our version (git's %A); the merged text is written over it.")
		Path ours;

		@Parameters(index = "2", paramLabel = "THEIRS", description = "Their version (git's %B).")
		Path theirs;

		@Parameters(index = "3", arity = "0..1", paramLabel = "PATH",
				description = "The file's path in the repository (git's %P), used in messages.")
		String path;

		@Override
		public Integer call() {
			Path dir = invocation.workingDirectory();
			String name = Findings.oneLine(path != null ? path : ours.toString());
			byte[][] versions = new byte[3][];
			Path[] files = { base, ours, theirs };
			for (int i = 0; i < 3; i++) {
				try {
					versions[i] = Files.readAllBytes(dir.resolve(files[i]));
				} catch (IOException e) {
					invocation.err().println("baton merge-driver: " + name + ": cannot read " + files[i] + " ("
							+ describe(e) + "): git leaves the file as ours, to merge by hand");
					return USAGE;
				}
			}
			RecordMerge.Result result = RecordMerge.merge(versions[0], versions[1], versions[2],
					RecordMerge.Labels.DEFAULT);
			try {
				Files.write(dir.resolve(ours), result.bytes());
			} catch (IOException e) {
				invocation.err().println("baton merge-driver: " + name + ": cannot write the merge (" + describe(e)
						+ "): git leaves the file as ours, to merge by hand");
				return USAGE;
			}
			for (String note : result.notes()) {
				invocation.err().println(name + ": info: " + Findings.oneLine(note));
			}
			for (MergeConflict conflict : result.conflicts()) {
				invocation.err().println(name + ":" + conflict.line() + ": error: both sides changed "
						+ Findings.oneLine(conflict.describe()) + ": keep what is right between <<<<<<< and >>>>>>>, "
						+ "remove the markers, then 'git add " + name + "'");
			}
			return result.clean() ? OK : FINDINGS;
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
