package dev.baton.adr.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.osgi.service.component.annotations.Component;

import dev.baton.adr.AdrImport;
import dev.baton.api.Findings;
import dev.baton.api.Importer;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.api.annotations.ImporterService;
import dev.baton.model.Architecture;
import dev.baton.model.DecisionSet;

/** The ADR importer as a service: every dialect, every set a repository holds. */
@Component(service = Importer.class)
@ImporterService(id = "adr",
		label = "ADRs in any dialect (adr-tools, MADR 2-4, log4brains, AsciiDoc, Structurizr !adrs, ...)")
public final class AdrImporterComponent implements Importer {

	@Override
	public void importInto(Architecture target, Path source, RunContext context, DiagnosticChain findings) {
		AdrImport.Report report;
		try {
			report = AdrImport.run(source, context);
		} catch (IOException e) {
			findings.add(Findings.error(AdrImport.SOURCE, 0, SourceLocation.of(source), e.getMessage()));
			return;
		}
		Findings.leaves(report.findings()).forEach(findings::add);
		for (DecisionSet set : report.architecture().getDecisionSets().toArray(DecisionSet[]::new)) {
			target.getDecisionSets().add(set);
		}
	}
}
