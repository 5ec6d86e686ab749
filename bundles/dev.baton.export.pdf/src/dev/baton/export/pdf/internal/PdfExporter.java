package dev.baton.export.pdf.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import dev.baton.diagram.ArchitectureDiagrams;
import dev.baton.diagram.DiagramPicture;
import dev.baton.diagram.DiagramView;
import dev.baton.export.pdf.PdfFonts;
import dev.baton.export.pdf.PdfPack;
import dev.baton.model.Architecture;
import dev.baton.pack.Pack;
import dev.baton.pack.PackLinks;
import dev.baton.pack.Redaction;

/**
 * The handover pack as one PDF document, as a service: the target is the PDF file. Options: {@code pdf.fonts} (a folder
 * with the fonts to embed, else {@code BATON_FONTS}, else the system's) and {@code pdf.part-size} (a part laid out at
 * once weighs at most as much as that many average record pages).
 */
@Component(service = Exporter.class)
@ExporterService(id = "pdf", label = "Handover pack as one PDF document", extension = "pdf")
public final class PdfExporter implements Exporter {

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
		// the pages and the diagrams are made from the redacted view
		Architecture architecture = Redaction.of(read, context, findings).architecture();
		Pack pack = registry == null ? Pack.build(architecture, context, findings, history)
				: Pack.build(architecture, context, findings, history, registry.all(ReadinessRule.class));
		String fontFolder = context.option("pdf.fonts", System.getenv("BATON_FONTS"));
		PdfPack.Options options;
		try {
			options = new PdfPack.Options(PdfFonts.find(fontFolder == null || fontFolder.isBlank() ? null
					: Path.of(fontFolder)), Integer.parseInt(
							context.option("pdf.part-size",
									Integer.toString(PdfPack.Options.DEFAULT_PART_SIZE))));
		} catch (NumberFormatException e) {
			findings.add(Findings.error(PdfPack.SOURCE, PdfPack.NOT_WRITTEN, SourceLocation.of(target),
					"pdf.part-size must be a whole number of record pages, not '" + context.option("pdf.part-size", "")
							+ "'"));
			return;
		}
		try {
			PdfPack.write(pack, target, pictures(architecture, context), PackLinks.elementPages(architecture)::get,
					options, findings,
					context.monitor());
		} catch (IOException e) {
			findings.add(Findings.error(PdfPack.SOURCE, PdfPack.NOT_WRITTEN, SourceLocation.of(target),
					"cannot write the PDF (" + e.getMessage() + "): check that the folder is writable"));
		}
	}

	/** The context and system views, as pictures. */
	public static Function<String, DiagramPicture> pictures(Architecture architecture) {
		return pictures(architecture, RunContext.asOf(LocalDate.EPOCH));
	}

	/** The context and system views, as pictures, laid out once in the run (the HTML site draws the same views). */
	public static Function<String, DiagramPicture> pictures(Architecture architecture, RunContext context) {
		List<DiagramView> views = ArchitectureDiagrams.packViews(architecture, context);
		Map<String, DiagramPicture> byId = new HashMap<>();
		views.forEach(view -> byId.put(view.id(), DiagramPicture.of(view)));
		return byId::get;
	}

}
