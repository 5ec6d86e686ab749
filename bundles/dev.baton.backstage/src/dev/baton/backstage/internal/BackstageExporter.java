package dev.baton.backstage.internal;

import java.nio.file.Path;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.Exporter;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.RunContext;
import dev.baton.api.annotations.ExporterService;
import dev.baton.backstage.CatalogExport;
import dev.baton.model.Architecture;

/**
 * The architecture as Backstage catalog files, as an exporter service: the target is a folder
 * ({@code catalog-info.yaml} and one file per kind). The architecture folder (option {@code root}, else where the
 * architecture was read from) is where the decisions and the specification files are pointed at from.
 */
@Component(service = Exporter.class)
@ExporterService(id = "backstage",
		label = "Backstage catalog files (catalog-info.yaml and one file per kind, with backstage.io/adr-location)",
		extension = "folder")
public final class BackstageExporter implements Exporter {

	@Override
	public void export(Architecture architecture, Path target, RunContext context, DiagnosticChain findings) {
		export(LoadedArchitecture.of(architecture), target, context, findings);
	}

	/** Points the catalog at the decisions and specifications in the folder the architecture was read from. */
	@Override
	public void export(LoadedArchitecture loaded, Path target, RunContext context, DiagnosticChain findings) {
		CatalogExport.run(loaded.architecture(), target, loaded.root().orElse(null), context, findings);
	}
}
