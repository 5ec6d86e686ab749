package dev.baton.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

import dev.baton.api.Command;
import dev.baton.api.Contribution;
import dev.baton.api.Findings;
import dev.baton.api.Importer;
import dev.baton.api.LoadedArchitecture;
import dev.baton.model.Record;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.Kinds;

/**
 * {@code baton import --from ID SOURCE}: an importer service (Backstage catalog files, ...) reads SOURCE into the
 * architecture folder, which is then saved; prints one line per record added and the importer's findings.
 */
final class ServiceImport {

	private ServiceImport() {
	}

	static int run(Command.Invocation invocation, String id, Path source, Path folderOption, boolean dryRun,
			boolean adrOnlyOptions) {
		Optional<Contribution<Importer>> importer = invocation.registry().find(Importer.class, id);
		if (importer.isEmpty()) {
			invocation.err().println("baton import: no importer '" + id + "'; there are: " + String.join(", ",
					invocation.registry().all(Importer.class).stream().map(Contribution::id).toList()));
			return Command.USAGE;
		}
		if (adrOnlyOptions) {
			invocation.err()
					.println("baton import: --in-place, --set and --format are for ADRs (--from adr), not for --from "
							+ id);
			return Command.USAGE;
		}
		if (!Files.exists(source)) {
			invocation.err().println("baton import: " + source + " does not exist: give a file or folder to import");
			return Command.USAGE;
		}
		ArchitectureFolder folder = Folders.load(invocation, folderOption, true);
		Set<Record> before = Collections.newSetFromMap(new IdentityHashMap<>());
		before.addAll(Kinds.records(folder.architecture()));
		BasicDiagnostic findings = new BasicDiagnostic();
		importer.get().service().importInto(
				LoadedArchitecture.of(folder.architecture(), folder.root(), folder::locationOf),
				source, invocation.context(), findings);
		Findings.leaves(findings).forEach(d -> invocation.err().println(Findings.format(d)));
		List<Record> added = new ArrayList<>();
		for (Record record : Kinds.records(folder.architecture())) {
			if (!before.contains(record)) {
				added.add(record);
			}
		}
		if (findings.getSeverity() >= Diagnostic.ERROR && added.isEmpty()) {
			return Command.USAGE;
		}
		if (!dryRun && !added.isEmpty() && !Folders.save(invocation, folder, "baton import")) {
			return Command.USAGE;
		}
		for (Record record : added) {
			String kind = Kinds.of(record.eClass()).name();
			invocation.out().println((dryRun ? "would add " : "added ") + kind + " " + record.getId()
					+ (dryRun || record.getSourcePath() == null ? "" : ": " + record.getSourcePath()));
		}
		invocation.out().println(added.size() + " record(s) " + (dryRun ? "would be added (dry run: nothing written)"
				: "added to " + folder.root()) + " by the " + importer.get().id() + " importer");
		return findings.getSeverity() >= Diagnostic.WARNING ? Command.FINDINGS : Command.OK;
	}
}
