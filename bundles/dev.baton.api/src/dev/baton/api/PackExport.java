package dev.baton.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

import dev.baton.model.Architecture;

/**
 * Writes a handover pack in several formats, one exporter after the other, each in its place of the {@link PackLayout}.
 * One format's failure never stops the others: an exporter that throws is reported as an error naming the format, its
 * target and what went wrong (the exporter's own findings name the record or file where it knows it), and the next
 * format is written. Cancelling stops the run.
 */
public final class PackExport {

	/** Source of the findings about a format that failed. */
	public static final String SOURCE = "dev.baton.api.export";
	/** Finding code: an exporter failed. */
	public static final int FAILED = 1;

	private static final System.Logger LOG = System.getLogger(PackExport.class.getName());

	private PackExport() {
	}

	/**
	 * What became of one format.
	 *
	 * @param id      the exporter's id
	 * @param target  where it wrote
	 * @param written whether it finished without an error
	 */
	public record Outcome(String id, Path target, boolean written) {
	}

	/**
	 * Runs every exporter into its place under {@code pack}, in order.
	 *
	 * @return one outcome per exporter, in order
	 * @throws RunContext.CancelledException when the context's monitor was cancelled
	 */
	public static List<Outcome> run(List<Contribution<Exporter>> exporters, Architecture architecture, Path pack,
			RunContext context, DiagnosticChain findings) {
		return run(exporters, LoadedArchitecture.of(architecture), pack, context, findings);
	}

	/**
	 * Runs every exporter into its place under {@code pack}, in order, on an architecture as it was read (its folder
	 * and the records' locations go to the exporters with it).
	 *
	 * @return one outcome per exporter, in order
	 * @throws RunContext.CancelledException when the context's monitor was cancelled
	 */
	public static List<Outcome> run(List<Contribution<Exporter>> exporters, LoadedArchitecture loaded, Path pack,
			RunContext context, DiagnosticChain findings) {
		List<Outcome> outcomes = new ArrayList<>();
		for (Contribution<Exporter> exporter : exporters) {
			Path target = PackLayout.targetOf(exporter.id(), pack);
			BasicDiagnostic own = new BasicDiagnostic();
			boolean failed = false;
			try {
				exporter.service().export(loaded, target, context, own);
			} catch (RunContext.CancelledException e) {
				own.getChildren().forEach(findings::add);
				throw e;
			} catch (RuntimeException | StackOverflowError e) {
				// the stack trace is for a bug report (--debug); the user gets what failed and where
				LOG.log(System.Logger.Level.DEBUG, "the " + exporter.id() + " exporter failed", e);
				own.add(Findings.error(SOURCE, FAILED, SourceLocation.of(target), "the " + exporter.id()
						+ " format was not written (" + describe(e) + "); the other formats are written regardless "
						+ "(run with --debug for the stack trace)"));
				failed = true;
			}
			own.getChildren().forEach(findings::add);
			outcomes.add(new Outcome(exporter.id(), target, !failed && own.getSeverity() < Diagnostic.ERROR));
		}
		return outcomes;
	}

	private static String describe(Throwable e) {
		String message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
	}
}
