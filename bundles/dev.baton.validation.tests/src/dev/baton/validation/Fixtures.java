package dev.baton.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

import dev.baton.api.Findings;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;
import dev.baton.model.Record;

/** Small in-memory architectures and helpers to run rules on them. */
public final class Fixtures {

	public static final BatonFactory MAKE = BatonFactory.eINSTANCE;
	public static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

	private Fixtures() {
	}

	/** An architecture with one decision set, {@code decisions/}. */
	public static Architecture architecture() {
		Architecture architecture = MAKE.createArchitecture();
		architecture.setName("Test");
		DecisionSet set = MAKE.createDecisionSet();
		set.setName("decisions");
		set.setPath("decisions");
		architecture.getDecisionSets().add(set);
		return architecture;
	}

	/** Sets id, source path ({@code folder/id.md}) and a recent review. */
	public static <T extends Record> T named(T record, String folder, String id) {
		record.setId(id);
		record.setSourcePath(folder + "/" + id + ".md");
		record.setLastReviewed(AS_OF.minusDays(10));
		return record;
	}

	public static Decision decision(Architecture architecture, int number, String slug, DecisionStatus status) {
		Decision decision = named(MAKE.createDecision(), "decisions", String.format("%04d-%s", number, slug));
		decision.setNumber(number);
		decision.setSlug(slug);
		decision.setStatus(status);
		decision.setStatusText(status.getLiteral());
		decision.setDate(AS_OF.minusDays(5));
		architecture.getDecisionSets().get(0).getDecisions().add(decision);
		return decision;
	}

	/** The rule's findings, one line each as the command line prints them. */
	public static List<String> run(ReadinessRule rule, Architecture architecture) {
		return run(rule, architecture, RunContext.asOf(AS_OF));
	}

	public static List<String> run(ReadinessRule rule, Architecture architecture, RunContext context) {
		return run(rule, located(architecture, null), context);
	}

	public static List<String> run(ReadinessRule rule, LoadedArchitecture loaded, RunContext context) {
		return findings(rule, loaded, context).stream().map(Findings::format).toList();
	}

	public static List<Diagnostic> findings(ReadinessRule rule, Architecture architecture, RunContext context) {
		return findings(rule, located(architecture, null), context);
	}

	public static List<Diagnostic> findings(ReadinessRule rule, LoadedArchitecture loaded, RunContext context) {
		BasicDiagnostic chain = Findings.root("test", "test");
		rule.check(loaded, context, chain);
		return Findings.leaves(chain);
	}

	/**
	 * The architecture as if read from the folder ({@code null}: a model alone), each record located at its
	 * {@code sourcePath} without a line.
	 */
	public static LoadedArchitecture located(Architecture architecture, Path root) {
		return LoadedArchitecture.of(architecture, root,
				(record, key) -> Optional.ofNullable(record.getSourcePath())
						.map(path -> SourceLocation.of(Path.of(path))));
	}

	public static RunContext context(LocalDate asOf, Map<String, String> options) {
		return new RunContext(asOf, null, options);
	}

	/** The repository's root (for examples/). */
	public static Path repository() {
		return Path.of(System.getProperty("baton.root", "../..")).toAbsolutePath().normalize();
	}

	public static Path write(Path folder, String relative, String text) throws IOException {
		Path file = folder.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}
}
