package dev.baton.export.json.internal;

import java.io.IOException;
import java.nio.file.Files;
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
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.api.annotations.ExporterService;
import dev.baton.export.json.JsonPack;
import dev.baton.model.Architecture;
import dev.baton.pack.PackFiles;

/** The architecture as one JSON document, as a service: the target is a folder ({@code pack.json} in it) or a file. */
@Component(service = Exporter.class)
@ExporterService(id = "json",
		label = "The architecture as one JSON document (schema: docs/schema/pack.schema.json)", extension = "json")
public final class JsonExporter implements Exporter {

	/** Reads the decision history from git when the history bundle is there. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	volatile DecisionTimeline history;

	@Override
	public void export(Architecture architecture, Path target, RunContext context, DiagnosticChain findings) {
		Path file = target.toString().endsWith(".json") ? target : target.resolve("pack.json");
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			// whole or not at all: a failure half-way leaves the earlier pack.json as it was
			PackFiles.write(file, JsonPack.write(architecture, context, findings, history));
		} catch (IOException e) {
			findings.add(Findings.error(JsonPack.SOURCE, 2, SourceLocation.of(file),
					"cannot write the JSON (" + e.getMessage() + "): check that the folder is writable"));
		}
	}
}
