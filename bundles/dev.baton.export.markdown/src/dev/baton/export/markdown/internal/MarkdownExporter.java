package dev.baton.export.markdown.internal;

import java.io.IOException;
import java.nio.file.Path;

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
import dev.baton.export.markdown.MarkdownTree;
import dev.baton.model.Architecture;
import dev.baton.pack.Pack;

/** The handover pack as a tree of Markdown files, as a service: the target is a folder. */
@Component(service = Exporter.class)
@ExporterService(id = "markdown",
		label = "Handover pack as Markdown files (readable on any git host)", extension = "md")
public final class MarkdownExporter implements Exporter {

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
	public void export(Architecture architecture, Path target, RunContext context, DiagnosticChain findings) {
		Pack pack = registry == null ? Pack.build(architecture, context, findings, history)
				: Pack.build(architecture, context, findings, history, registry.all(ReadinessRule.class));
		try {
			MarkdownTree.write(pack, target, findings, context.monitor());
		} catch (IOException e) {
			findings.add(Findings.error(MarkdownTree.SOURCE, 2, SourceLocation.of(target),
					"cannot write the Markdown tree (" + e.getMessage() + "): check that the folder is writable"));
		}
	}
}
