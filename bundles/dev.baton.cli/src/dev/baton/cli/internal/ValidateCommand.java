package dev.baton.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.annotations.CommandService;
import dev.baton.store.Json;
import dev.baton.store.ReadableFolder;
import dev.baton.validation.JunitReport;
import dev.baton.validation.Readiness;
import dev.baton.validation.ReadinessOptions;
import dev.baton.validation.ReadinessReport;
import dev.baton.validation.ReportJson;
import dev.baton.validation.ReportText;
import dev.baton.validation.SarifLog;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baton validate}: runs every readiness rule of the registry on the folder and prints the findings and the
 * readiness score as text, JSON, SARIF 2.1.0 or JUnit XML.
 */
@Component(service = Command.class)
@CommandService(id = "validate", label = "Check that the folder is ready for handover (text, JSON, SARIF, JUnit XML)")
public final class ValidateCommand extends PicocliCommand {

	private static final List<String> FORMATS = List.of("text", "json", "sarif", "junit");

	@CommandLine.Command(name = "validate", sortOptions = false, description = {
			"Run the readiness rules on the architecture folder and score each handover section.",
			"Settings (proposed-max-days, review-max-days, eol-warning-days, renewal-warning-days) come from "
					+ "baton.yaml's settings: and the options below. Exit code 1 when a finding is a warning or an "
					+ "error." })
	static final class Run extends PicocliCommand.Run {

		@Option(names = "--as-of", paramLabel = "DATE",
				description = "Judge dates against DATE (YYYY-MM-DD) instead of today (or the global --as-of).")
		String asOf;

		@Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, sarif or junit.")
		String format = "text";

		@Option(names = { "-o", "--output" }, paramLabel = "FILE",
				description = "Write the report to FILE instead of printing it.")
		Path output;

		@Option(names = "--proposed-max-days", paramLabel = "DAYS",
				description = "Days a decision may stay proposed (default: baton.yaml, else 30).")
		Integer proposedMaxDays;

		@Option(names = "--review-max-days", paramLabel = "DAYS",
				description = "Days since last-reviewed before a record is stale (default: baton.yaml, else 365).")
		Integer reviewMaxDays;

		@Mixin
		Includes includes = new Includes();

		@Override
		public Integer call() throws IOException {
			if (!FORMATS.contains(format)) {
				invocation.err()
						.println("baton validate: --format is text, json, sarif or junit, not '" + format + "'");
				return USAGE;
			}
			LocalDate date = invocation.context().asOf();
			if (asOf != null) {
				try {
					date = LocalDate.parse(asOf);
				} catch (DateTimeParseException e) {
					invocation.err()
							.println("baton validate: --as-of takes a date such as 2026-11-28, not '" + asOf + "'");
					return USAGE;
				}
			}
			Includes.Combined combined = includes.load(invocation, this.folder, false, null);
			ReadableFolder folder = combined.folder();
			Map<String, String> options = new LinkedHashMap<>(invocation.context().options());
			options.putAll(folder.settings());
			if (proposedMaxDays != null) {
				options.put(ReadinessOptions.PROPOSED_MAX_DAYS, proposedMaxDays.toString());
			}
			if (reviewMaxDays != null) {
				options.put(ReadinessOptions.REVIEW_MAX_DAYS, reviewMaxDays.toString());
			}
			RunContext context = new RunContext(date, invocation.context().monitor(), options);
			try {
				ReadinessOptions.days(context, ReadinessOptions.PROPOSED_MAX_DAYS,
						ReadinessOptions.PROPOSED_MAX_DAYS_DEFAULT);
				ReadinessOptions.days(context, ReadinessOptions.REVIEW_MAX_DAYS,
						ReadinessOptions.REVIEW_MAX_DAYS_DEFAULT);
				ReadinessOptions.days(context, ReadinessOptions.EOL_WARNING_DAYS,
						ReadinessOptions.EOL_WARNING_DAYS_DEFAULT);
				ReadinessOptions.days(context, ReadinessOptions.RENEWAL_WARNING_DAYS,
						ReadinessOptions.RENEWAL_WARNING_DAYS_DEFAULT);
			} catch (IllegalArgumentException e) {
				invocation.err().println("baton validate: " + e.getMessage() + " (baton.yaml settings: or the option)");
				return USAGE;
			}
			LoadedArchitecture read = LoadedArchitecture.of(folder.architecture(), folder.root(), combined::locationOf);
			ReadinessReport report = Readiness.assess(read, invocation.registry().all(ReadinessRule.class), context);
			String text = switch (format) {
			case "json" -> Json.write(ReportJson.of(report)) + "\n";
			case "sarif" -> Json.write(SarifLog.of(report)) + "\n";
			case "junit" -> JunitReport.of(report);
			default -> ReportText.of(report);
			};
			if (output == null) {
				invocation.out().print(text);
			} else {
				Path target = invocation.workingDirectory().resolve(output).toAbsolutePath().normalize();
				Folders.write(target, text);
				invocation.out().println(target);
			}
			boolean problems = report.severity() >= Diagnostic.WARNING
					|| combined.findings().getSeverity() >= Diagnostic.WARNING;
			return problems ? FINDINGS : OK;
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
