package dev.baton.ui.markers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;

import dev.baton.api.Findings;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.store.ArchitectureFolder;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.Services;
import dev.baton.validation.Readiness;
import dev.baton.validation.ReadinessReport;

/**
 * Readiness findings (the rules of {@code dev.baton.validation}, as {@code baton validate} runs them) and the store's
 * findings of bad input, as Problems markers on the record files at their lines. Only the builder
 * ({@link dev.baton.ui.builder.ReadinessBuilder}) writes them; views and editors never do.
 */
public final class ReadinessMarkers {

	/** The marker type (a problem marker) of readiness findings. */
	public static final String READINESS = "dev.baton.ui.readiness";
	/** The marker type of the store's findings (a file or key that could not be read). */
	public static final String FORMAT = "dev.baton.ui.format";
	/** The rule id, on readiness markers. */
	public static final String RULE = "rule";

	/**
	 * One marker to be.
	 *
	 * @param line 1-based, 0 when the finding has none
	 * @param rule the readiness rule, {@code null} for the store's findings
	 */
	public record Problem(String type, String message, int severity, int line, String rule) {
	}

	private ReadinessMarkers() {
	}

	/**
	 * Runs the readiness rules on the folder's model and gathers them with the store's findings, by the workspace
	 * resource they go on: the record file (at the finding's line), or the folder's {@code baton.yaml} for a finding of
	 * no file.
	 *
	 * @param loadFindings what loading the folder found
	 * @param container    the folder's workspace folder or project
	 * @throws IllegalStateException when Declarative Services is not running (no rules)
	 */
	public static Map<IResource, List<Problem>> of(ArchitectureFolder folder, Diagnostic loadFindings,
			IContainer container) {
		RunContext context =
				new RunContext(LocalDate.now(), new BasicMonitor(), new LinkedHashMap<>(folder.settings()));
		LoadedArchitecture loaded = LoadedArchitecture.of(folder.architecture(), folder.root(),
				(record, key) -> folder.locationOf(record, key == null ? "" : key));
		ReadinessReport report = Readiness.assess(loaded, Services.registry().all(ReadinessRule.class), context);
		Map<IResource, List<Problem>> problems = new LinkedHashMap<>();
		for (ReadinessReport.Finding finding : report.findings()) {
			String path = finding.location() != null && finding.location().file() != null
					? finding.location().file().toString()
					: finding.path();
			int line = finding.location() != null && finding.location().line() > 0 ? finding.location().line()
					: finding.line();
			problems.computeIfAbsent(resourceOf(folder.root(), path, container), r -> new ArrayList<>())
					.add(new Problem(READINESS, "[" + finding.rule() + "] " + finding.message(),
							severity(finding.severity()), Math.max(line, 0), finding.rule()));
		}
		for (Diagnostic finding : Findings.leaves(loadFindings)) {
			SourceLocation location = SourceLocation.of(finding);
			String path = location == null || location.file() == null ? null : location.file().toString();
			problems.computeIfAbsent(resourceOf(folder.root(), path, container), r -> new ArrayList<>())
					.add(new Problem(FORMAT, finding.getMessage(), severity(finding.getSeverity()),
							location == null ? 0 : Math.max(location.line(), 0), null));
		}
		return problems;
	}

	/** Replaces Baton's markers on these resources with their problems (none for a resource not in the map). */
	public static void replace(Map<IResource, List<Problem>> problems, Collection<IResource> resources)
			throws CoreException {
		for (IResource resource : resources) {
			if (!resource.exists()) {
				continue;
			}
			resource.deleteMarkers(READINESS, false, IResource.DEPTH_ZERO);
			resource.deleteMarkers(FORMAT, false, IResource.DEPTH_ZERO);
			for (Problem problem : problems.getOrDefault(resource, List.of())) {
				IMarker marker = resource.createMarker(problem.type());
				marker.setAttribute(IMarker.MESSAGE, problem.message());
				marker.setAttribute(IMarker.SEVERITY, problem.severity());
				if (problem.rule() != null) {
					marker.setAttribute(RULE, problem.rule());
				}
				if (problem.line() > 0) {
					marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
				}
			}
		}
	}

	/** Deletes every Baton marker in the container and below. */
	public static void deleteAll(IContainer container) throws CoreException {
		container.deleteMarkers(READINESS, false, IResource.DEPTH_INFINITE);
		container.deleteMarkers(FORMAT, false, IResource.DEPTH_INFINITE);
	}

	/** The record file at a finding's path; the folder's baton.yaml (else the container) for a finding of no file. */
	private static IResource resourceOf(Path root, String path, IContainer container) {
		Path file = path == null || path.isBlank() ? root.resolve(ArchitectureFolders.SETTINGS) : Path.of(path);
		file = file.isAbsolute() ? file : root.resolve(file);
		IResource found = ArchitectureFolders.workspaceFile(file.normalize()).filter(IResource::exists)
				.map(IResource.class::cast).orElse(null);
		if (found == null) {
			found = ArchitectureFolders.workspaceFile(root.resolve(ArchitectureFolders.SETTINGS))
					.filter(IResource::exists).map(IResource.class::cast).orElse(container);
		}
		return found;
	}

	private static int severity(int severity) {
		return severity >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR
				: severity >= Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
	}
}
