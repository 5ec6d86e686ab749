package dev.baton.backstage.internal;

import java.nio.file.Path;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.Exporter;
import dev.baton.api.RunContext;
import dev.baton.backstage.CatalogExport;
import dev.baton.model.Architecture;

/**
 * The architecture as Backstage catalog files, as an exporter service: the target is a folder
 * ({@code catalog-info.yaml} and one file per kind). The architecture folder (option
 * {@code root}, else where the architecture was read from) is where the decisions and the
 * specification files are pointed at from.
 */
@Component(service = Exporter.class, property = { "baton.id=backstage",
		"baton.label=Backstage catalog files (catalog-info.yaml and one file per kind, with backstage.io/adr-location)",
		"baton.extension=folder" })
public final class BackstageExporter implements Exporter {

	@Override
	public void export(Architecture architecture, Path target, RunContext context, DiagnosticChain findings) {
		CatalogExport.run(architecture, target, root(architecture, context), context, findings);
	}

	/** The architecture folder: the {@code root} option, else the folder of the architecture's baton.yaml. */
	static Path root(Architecture architecture, RunContext context) {
		String option = context.option("root", null);
		if (option != null) {
			return Path.of(option);
		}
		if (architecture.eResource() != null && architecture.eResource().getURI() != null
				&& architecture.eResource().getURI().isFile()) {
			return Path.of(architecture.eResource().getURI().toFileString()).getParent();
		}
		return null;
	}
}
