package dev.baton.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.annotations.CommandService;
import dev.baton.model.Decision;
import dev.baton.model.Record;
import dev.baton.store.Json;
import dev.baton.store.Kinds;
import dev.baton.store.ReadableFolder;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code baton list}: the records, filtered by kind, status and tag, as a table or JSON. */
@Component(service = Command.class)
@CommandService(id = "list", label = "List records, filtered by kind, status and tag (table or JSON)")
public final class ListCommand extends PicocliCommand {

	@CommandLine.Command(name = "list", description = "List records, filtered by kind, status and tag.",
			sortOptions = false)
	static final class Run extends PicocliCommand.Run {

		@Option(names = { "-k", "--kind" }, paramLabel = "KIND",
				description = "Only this kind (decision, component, risk, ...); repeatable. Default: decisions.")
		List<String> kinds = new ArrayList<>();

		@Option(names = "--all", description = "Every kind of record.")
		boolean all;

		@Option(names = { "-s", "--status" }, paramLabel = "STATUS",
				description = "Only decisions in this lifecycle state (proposed, accepted, ...); repeatable.")
		List<String> statuses = new ArrayList<>();

		@Option(names = { "-t", "--tag" }, paramLabel = "TAG", description = "Only records with this tag; repeatable.")
		List<String> tags = new ArrayList<>();

		@Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
		String format = "table";

		@Mixin
		Includes includes = new Includes();

		@Override
		public Integer call() {
			for (String kind : kinds) {
				if (Kinds.byName(kind).isEmpty()) {
					invocation.err().println("baton list: unknown kind '" + kind + "'; kinds are "
							+ String.join(", ", Kinds.all().stream().map(Kinds.Kind::name).toList()));
					return USAGE;
				}
			}
			if (!format.equals("table") && !format.equals("json")) {
				invocation.err().println("baton list: --format is table or json, not '" + format + "'");
				return USAGE;
			}
			// only the kinds listed are read: a list of decisions needs no components
			Set<String> wanted = all ? null : kinds.isEmpty() ? Set.of("decision") : Set.copyOf(kinds);
			ReadableFolder folder = includes.load(invocation, this.folder, format.equals("json"), wanted).folder();
			List<Record> selected = new ArrayList<>();
			for (Record record : Records.all(folder.architecture())) {
				String kind = Records.kind(record);
				boolean kindMatches = all || (kinds.isEmpty() ? kind.equals("decision") : kinds.contains(kind));
				boolean statusMatches = statuses.isEmpty() || record instanceof Decision decision
						&& statuses.contains(decision.getStatus().getLiteral());
				boolean tagMatches = tags.isEmpty() || record.getTags().stream().anyMatch(tags::contains);
				if (kindMatches && statusMatches && tagMatches) {
					selected.add(record);
				}
			}
			if (format.equals("json")) {
				List<Object> rows = new ArrayList<>();
				selected.forEach(record -> rows.add(row(record)));
				invocation.out().println(Json.write(rows));
			} else {
				table(selected);
			}
			return OK;
		}

		private static Map<String, Object> row(Record record) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", record.getId());
			row.put("kind", Records.kind(record));
			row.put("title", record.getTitle());
			if (record instanceof Decision decision) {
				row.put("number", decision.getNumber());
				row.put("status", decision.getStatus().getLiteral());
				row.put("statusText", decision.getStatusText());
				row.put("date", decision.getDate() == null ? null : decision.getDate().toString());
			}
			row.put("tags", List.copyOf(record.getTags()));
			row.put("file", record.getSourcePath());
			return row;
		}

		private void table(List<Record> records) {
			int idWidth = Math.max(2, records.stream().mapToInt(r -> r.getId().length()).max().orElse(2));
			String format = "%-" + idWidth + "s  %-11s  %-10s  %s%n";
			invocation.out().printf(Locale.ROOT, format, "ID", "KIND/STATUS", "DATE", "TITLE");
			for (Record record : records) {
				String state =
						record instanceof Decision decision ? decision.getStatus().getLiteral() : Records.kind(record);
				String date = record instanceof Decision decision && decision.getDate() != null
						? decision.getDate().toString()
						: "";
				invocation.out().printf(Locale.ROOT, format, record.getId(), state, date,
						record.getTitle() == null ? "" : record.getTitle());
			}
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
