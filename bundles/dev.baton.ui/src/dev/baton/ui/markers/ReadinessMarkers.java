package dev.baton.ui.markers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;

import dev.baton.api.Findings;
import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.store.ArchitectureFolder;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.Services;
import dev.baton.validation.Readiness;
import dev.baton.validation.ReadinessOptions;
import dev.baton.validation.ReadinessReport;
import dev.baton.validation.RecordLocator;

/**
 * Readiness findings (the rules of {@code dev.baton.validation}, as {@code baton validate} runs them) and the store's
 * findings of bad input, as Problems markers on the record files, line by line. Replaced as a whole each time an
 * architecture folder is saved or loaded by a view.
 */
public final class ReadinessMarkers {

	/** The marker type (a problem marker) of readiness findings. */
	public static final String READINESS = "dev.baton.ui.readiness";
	/** The marker type of the store's findings (a file or key that could not be read). */
	public static final String FORMAT = "dev.baton.ui.format";
	/** The rule id, on readiness markers. */
	public static final String RULE = "rule";

	private ReadinessMarkers() {
	}

	/**
	 * Runs the readiness rules on the folder and replaces the markers of its workspace folder. Does nothing when the
	 * folder is not in the workspace.
	 *
	 * @return the report, or empty when the folder is outside the workspace
	 */
	public static Optional<ReadinessReport> update(ArchitectureFolder folder) {
		Optional<IContainer> container = ArchitectureFolders.workspaceContainer(folder.root());
		if (container.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> options = new LinkedHashMap<>(folder.settings());
		options.put(ReadinessOptions.ROOT, folder.root().toString());
		RunContext context = new RunContext(LocalDate.now(), new BasicMonitor(), options);
		RecordLocator.attach(folder.architecture(), (record, key) -> folder.locationOf(record, key == null ? "" : key));
		ReadinessReport report;
		try {
			report = Readiness.assess(folder.architecture(), Services.registry().all(ReadinessRule.class), context);
		} catch (IllegalStateException e) {
			// no Declarative Services: the file is saved all the same, only the findings are not updated
			ILog.of(ReadinessMarkers.class).error(e.getMessage(), e);
			return Optional.empty();
		}
		IWorkspaceRunnable replace = monitor -> {
			container.get().deleteMarkers(READINESS, true, IResource.DEPTH_INFINITE);
			container.get().deleteMarkers(FORMAT, true, IResource.DEPTH_INFINITE);
			for (ReadinessReport.Finding finding : report.findings()) {
				String path = finding.location() != null && finding.location().file() != null
						? finding.location().file().toString()
						: finding.path();
				int line = finding.location() != null && finding.location().line() > 0 ? finding.location().line()
						: finding.line();
				IResource resource = resourceOf(folder.root(), path, container.get());
				IMarker marker = resource.createMarker(READINESS);
				marker.setAttribute(IMarker.MESSAGE, "[" + finding.rule() + "] " + finding.message());
				marker.setAttribute(IMarker.SEVERITY, severity(finding.severity()));
				marker.setAttribute(RULE, finding.rule());
				if (line > 0) {
					marker.setAttribute(IMarker.LINE_NUMBER, line);
				}
			}
			for (Diagnostic finding : Findings.leaves(folder.findings())) {
				SourceLocation location = SourceLocation.of(finding);
				IResource resource = resourceOf(folder.root(),
						location == null || location.file() == null ? null : location.file().toString(),
						container.get());
				IMarker marker = resource.createMarker(FORMAT);
				marker.setAttribute(IMarker.MESSAGE, finding.getMessage());
				marker.setAttribute(IMarker.SEVERITY, severity(finding.getSeverity()));
				if (location != null && location.line() > 0) {
					marker.setAttribute(IMarker.LINE_NUMBER, location.line());
				}
			}
		};
		try {
			ResourcesPlugin.getWorkspace().run(replace, container.get(), IResource.NONE, null);
		} catch (CoreException e) {
			ILog.of(ReadinessMarkers.class).error("cannot update the readiness markers of " + folder.root(), e);
		}
		return Optional.of(report);
	}

	private static IResource resourceOf(Path root, String path, IContainer fallback) {
		if (path == null || path.isBlank()) {
			return fallback;
		}
		Path file = Path.of(path);
		file = file.isAbsolute() ? file : root.resolve(file);
		return ArchitectureFolders.workspaceFile(file.normalize()).filter(IResource::exists).map(IResource.class::cast)
				.orElse(fallback);
	}

	private static int severity(int severity) {
		return severity >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR
				: severity >= Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
	}
}
