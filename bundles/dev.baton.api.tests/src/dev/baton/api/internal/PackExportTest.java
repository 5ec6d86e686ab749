package dev.baton.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.Contribution;
import dev.baton.api.Exporter;
import dev.baton.api.Findings;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.PackExport;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;

class PackExportTest {

	private static final Architecture ARCHITECTURE = BatonFactory.eINSTANCE.createArchitecture();

	@TempDir
	Path temp;

	private static Contribution<Exporter> exporter(String id, Exporter exporter) {
		return new Contribution<>(id, id, exporter, Map.of());
	}

	private static Exporter writing(String text) {
		return (architecture, target, context, findings) -> {
			try {
				Files.createDirectories(target.getParent());
				Files.writeString(target, text);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		};
	}

	@Test
	void aFormatThatFailsIsReportedAndTheOthersAreStillWritten() {
		BasicDiagnostic findings = new BasicDiagnostic();
		List<PackExport.Outcome> outcomes = PackExport.run(List.of(
				exporter("pdf", (architecture, target, context, f) -> {
					throw new IllegalStateException("cannot lay out decisions/0007-r-and-d.md");
				}), exporter("json", writing("{}")), exporter("markdown", (architecture, target, context, f) -> f
						.add(Findings.error("test", 1, null, "a record the Markdown cannot hold"))),
				exporter("extra", writing("x"))), ARCHITECTURE, temp, RunContext.asOf(LocalDate.EPOCH), findings);
		assertEquals(List.of(false, true, false, true), outcomes.stream().map(PackExport.Outcome::written).toList());
		assertEquals(temp.resolve("pack.json"), outcomes.get(1).target());
		assertTrue(Files.isRegularFile(temp.resolve("pack.json")), "the format after the failing one is written");
		assertTrue(Files.isRegularFile(temp.resolve("extra")));
		List<Diagnostic> errors = Findings.leaves(findings);
		assertEquals(2, errors.size(), errors.toString());
		String failure = Findings.format(errors.get(0));
		assertTrue(failure.startsWith(temp.resolve("pack.pdf") + ": error: the pdf format was not written "
				+ "(IllegalStateException: cannot lay out decisions/0007-r-and-d.md)"), failure);
		assertEquals(Diagnostic.ERROR, findings.getSeverity());
	}

	@Test
	void cancellingStopsTheRun() {
		BasicMonitor monitor = new BasicMonitor();
		RunContext context = new RunContext(LocalDate.EPOCH, monitor, Map.of());
		assertThrows(RunContext.CancelledException.class, () -> PackExport.run(List.of(
				exporter("html", (architecture, target, c, f) -> {
					monitor.setCanceled(true);
					c.checkCancelled();
				}), exporter("json", writing("{}"))), ARCHITECTURE, temp, context, new BasicDiagnostic()));
		assertFalse(Files.exists(temp.resolve("pack.json")));
	}

	/** The exporters get the folder the architecture was read from and where its records were written. */
	@Test
	void anExporterIsGivenTheArchitectureAsItWasRead() {
		Path root = temp.resolve("arch");
		Decision decision = BatonFactory.eINSTANCE.createDecision();
		decision.setSourcePath("decisions/0007-use-kafka.md");
		List<Object> seen = new ArrayList<>();
		Exporter reading = new Exporter() {

			@Override
			public void export(Architecture architecture, Path target, RunContext context, DiagnosticChain findings) {
				throw new AssertionError("the front end hands over what was loaded");
			}

			@Override
			public void export(LoadedArchitecture loaded, Path target, RunContext context, DiagnosticChain findings) {
				seen.add(loaded.root().orElseThrow());
				seen.add(loaded.locate(decision, "status").orElseThrow());
			}
		};
		LoadedArchitecture loaded = LoadedArchitecture.of(ARCHITECTURE, root,
				(record, key) -> Optional.of(SourceLocation.of(root.resolve(record.getSourcePath()), 3)));
		List<PackExport.Outcome> outcomes = PackExport.run(List.of(exporter("reading", reading)), loaded, temp,
				RunContext.asOf(LocalDate.EPOCH), new BasicDiagnostic());
		assertTrue(outcomes.get(0).written());
		assertEquals(List.of(root, SourceLocation.of(root.resolve("decisions/0007-use-kafka.md"), 3)), seen);
	}

	/** A model alone is located by its resource: the folder of its baton.yaml, a record at its source path. */
	@Test
	void aModelAloneIsLocatedByItsResource() {
		Architecture architecture = BatonFactory.eINSTANCE.createArchitecture();
		Path root = temp.resolve("arch").toAbsolutePath();
		new ResourceImpl(URI.createFileURI(root.resolve("baton.yaml").toString())).getContents().add(architecture);
		Decision decision = BatonFactory.eINSTANCE.createDecision();
		decision.setSourcePath("decisions/0001-x.md");
		LoadedArchitecture loaded = LoadedArchitecture.of(architecture);
		assertEquals(Optional.of(root), loaded.root());
		assertEquals(Optional.of(SourceLocation.of(root.resolve("decisions/0001-x.md"))),
				loaded.locate(decision, null));
		assertEquals(Optional.empty(), LoadedArchitecture.of(BatonFactory.eINSTANCE.createArchitecture()).root());
	}
}
