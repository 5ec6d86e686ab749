package dev.baton.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.annotations.CommandService;
import dev.baton.model.Decision;
import dev.baton.model.Record;
import dev.baton.store.ReadableFolder;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code baton show ID}: one record's file, and the records that refer to it. */
@Component(service = Command.class)
@CommandService(id = "show", label = "Show one record and what refers to it")
public final class ShowCommand extends PicocliCommand {

	@CommandLine.Command(name = "show",
			description = "Show a record (by id, or a decision's number; with --include, payments:ledger or "
					+ "payments:3) "
					+ "and what refers to it.")
	static final class Run extends PicocliCommand.Run {

		@Parameters(paramLabel = "ID", description = "The record's id, or a decision's number (7, ADR-7).")
		String id;

		@Mixin
		Includes includes = new Includes();

		@Override
		public Integer call() throws IOException {
			Includes.Combined combined = includes.load(invocation, this.folder, true, null);
			ReadableFolder folder = combined.folder();
			Optional<Record> found = find(folder, id);
			if (found.isEmpty()) {
				invocation.err().println("baton show: no record '" + id + "' in " + folder.root()
						+ "; 'baton list --all' lists the ids");
				return USAGE;
			}
			Record record = found.get();
			Path file = combined.fileOf(record).orElseThrow();
			invocation.out().println(
					"# " + Records.kind(record) + " " + record.getId() + " (" + folder.root().relativize(file) + ")");
			invocation.out().println();
			invocation.out().print(Files.readString(file));
			List<String> referrers = new ArrayList<>();
			// the main folder's adapter: an included record may still carry its own folder's
			ECrossReferenceAdapter adapter = ECrossReferenceAdapter.getCrossReferenceAdapter(folder.architecture());
			if (adapter != null) {
				for (EStructuralFeature.Setting setting : adapter.getNonNavigableInverseReferences(record, false)) {
					Record from = owner(setting.getEObject());
					if (from != null && from != record) {
						referrers.add(Records.kind(from) + " " + from.getId() + " ("
								+ setting.getEStructuralFeature().getName() + ")");
					}
				}
			}
			if (!referrers.isEmpty()) {
				invocation.out().println();
				invocation.out().println("Referred to by:");
				referrers.stream().distinct().sorted().forEach(r -> invocation.out().println("  " + r));
			}
			return OK;
		}

		private static Record owner(EObject object) {
			for (EObject o = object; o != null; o = o.eContainer()) {
				if (o instanceof Record record) {
					return record;
				}
			}
			return null;
		}

		static Optional<Record> find(ReadableFolder folder, String id) {
			List<Record> all = Records.all(folder.architecture());
			Optional<Record> exact = all.stream().filter(r -> id.equals(r.getId())).findFirst();
			if (exact.isPresent()) {
				return exact;
			}
			// payments:3 is decision 3 of the included folder payments
			int colon = id.lastIndexOf(':');
			String prefix = colon < 0 ? null : id.substring(0, colon + 1);
			String digits = id.substring(colon + 1).replaceFirst("(?i)^adr-?", "");
			if (digits.matches("\\d{1,9}")) {
				int number = Integer.parseInt(digits);
				List<Record> decisions = all.stream()
						.filter(r -> r instanceof Decision d && d.getNumber() != null && d.getNumber() == number)
						.filter(r -> prefix == null ? !r.getId().contains(":") || all.stream().noneMatch(o -> o != r
								&& o instanceof Decision d && d.getNumber() != null && d.getNumber() == number)
								: r.getId().startsWith(prefix))
						.toList();
				if (decisions.size() == 1) {
					return Optional.of(decisions.get(0));
				}
			}
			return Optional.empty();
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
