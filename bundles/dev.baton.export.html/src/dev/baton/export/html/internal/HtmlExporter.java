package dev.baton.export.html.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import dev.baton.api.DecisionTimeline;
import dev.baton.api.Exporter;
import dev.baton.api.Findings;
import dev.baton.api.ReadinessRule;
import dev.baton.api.Registry;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.api.annotations.ExporterService;
import dev.baton.export.html.HtmlSite;
import dev.baton.model.Architecture;
import dev.baton.pack.Pack;
import dev.baton.pack.Redaction;

/** The handover pack as an offline HTML site, as a service: the target is a folder. */
@Component(service = Exporter.class)
@ExporterService(id = "html", label = "Handover pack as an offline HTML site (open index.html)", extension = "html")
public final class HtmlExporter implements Exporter {

	/** Reads the decision history from git when the history bundle is there. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	volatile DecisionTimeline history;

	/**
	 * The readiness rules of the pack's readiness page: every bundle's, as {@code baton validate} runs them
	 * ({@code null} when made without OSGi, by a tool or a benchmark: the built-in rules then).
	 */
	@Reference
	Registry registry;

	@Override
	public void export(Architecture read, Path target, RunContext context, DiagnosticChain findings) {
		// every page, the search index and the diagrams are made from the redacted view
		Architecture architecture = Redaction.of(read, context, findings).architecture();
		// the diagrams are laid out on another core while the pack is built (both only read the model)
		CompletableFuture<Function<String, String>> diagrams = CompletableFuture
				.supplyAsync(() -> Diagrams.forPack(architecture, context));
		Pack pack = registry == null ? Pack.build(architecture, context, findings, history)
				: Pack.build(architecture, context, findings, history, registry.all(ReadinessRule.class));
		try {
			HtmlSite.write(pack, target, joined(diagrams), findings, context.monitor());
		} catch (IOException e) {
			findings.add(Findings.error(HtmlSite.SOURCE, 2, SourceLocation.of(target),
					"cannot write the site (" + e.getMessage() + "): check that the folder is writable"));
		}
	}

	private static <T> T joined(CompletableFuture<T> future) {
		try {
			return future.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (e.getCause() instanceof Error cause) {
				throw cause;
			}
			throw e;
		}
	}
}
