package dev.baton.backstage.internal;

import java.nio.file.Path;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.Importer;
import dev.baton.api.RunContext;
import dev.baton.api.annotations.ImporterService;
import dev.baton.backstage.CatalogImport;
import dev.baton.model.Architecture;

/** Backstage catalog files as an importer service: a catalog-info.yaml file, or a folder of them. */
@Component(service = Importer.class)
@ImporterService(id = "backstage",
		label = "Backstage catalog files (Component, API, System, Domain, Resource, Group, User; Locations followed)")
public final class BackstageImporter implements Importer {

	@Override
	public void importInto(Architecture target, Path source, RunContext context, DiagnosticChain findings) {
		CatalogImport.run(source, target, context, findings);
	}
}
