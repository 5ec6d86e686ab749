package dev.baton.export.structurizr.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.Exporter;
import dev.baton.api.Findings;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.api.annotations.ExporterService;
import dev.baton.export.structurizr.StructurizrWorkspace;
import dev.baton.model.Architecture;

/**
 * The Structurizr DSL workspace as an exporter service: the target is a {@code .dsl} file, or a folder that gets
 * {@code workspace.dsl}. The architecture folder (option {@code root}, else where the architecture was read from) is
 * what {@code !adrs} points into.
 */
@Component(service = Exporter.class)
@ExporterService(id = "structurizr",
		label = "Structurizr DSL workspace (people, systems, containers, relationships, !adrs)", extension = "dsl")
public final class StructurizrExporter implements Exporter {

	@Override
	public void export(Architecture architecture, Path target, RunContext context, DiagnosticChain findings) {
		export(LoadedArchitecture.of(architecture), target, context, findings);
	}

	@Override
	public void export(LoadedArchitecture loaded, Path target, RunContext context, DiagnosticChain findings) {
		Architecture architecture = loaded.architecture();
		Path file = target.toString().endsWith(".dsl") ? target : target.resolve("workspace.dsl");
		Path folder = file.toAbsolutePath().getParent();
		Path root = loaded.root().orElse(null);
		try {
			Files.createDirectories(folder);
			Files.writeString(file, StructurizrWorkspace.write(architecture, folder, root, findings),
					StandardCharsets.UTF_8);
		} catch (IOException e) {
			findings.add(Findings.error(StructurizrWorkspace.SOURCE, StructurizrWorkspace.WRITE_FAILED,
					SourceLocation.of(file), "cannot write the workspace (" + e.getMessage()
							+ "): check that the folder is writable"));
		}
	}
}
