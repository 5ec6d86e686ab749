package dev.baton.cli.internal;

import java.util.List;
import java.util.Locale;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import dev.baton.api.Command;
import dev.baton.api.Contribution;
import dev.baton.api.Exporter;
import dev.baton.api.Importer;
import dev.baton.api.ReadinessRule;
import dev.baton.api.Registry;
import dev.baton.api.annotations.CommandService;

/**
 * {@code baton runtime}: the bundles of the runtime, the state of every Declarative Services component of Baton's
 * bundles, and what the registry holds. Exit code 1 when a Baton component is not active or a bundle did not start: the
 * answer to "why is command X missing".
 */
@Component(service = Command.class)
@CommandService(id = "runtime", label = "Show the runtime: bundles, Baton's components and registered services")
public final class RuntimeCommand implements Command {

	@Reference
	private ServiceComponentRuntime runtime;

	@Override
	public int execute(Invocation invocation) {
		Registry registry = invocation.registry();
		if (invocation.arguments().contains("--help") || invocation.arguments().contains("-h")) {
			invocation.out().println("Usage: baton runtime");
			invocation.out().println("Show the bundles, the state of Baton's components and the registered services.");
			return OK;
		}
		int problems = 0;
		invocation.out().println("Bundles:");
		for (Bundle bundle : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
			boolean fragment = bundle.getHeaders().get("Fragment-Host") != null;
			String state = state(bundle.getState(), fragment);
			if (!fragment && bundle.getState() != Bundle.ACTIVE && bundle.getState() != Bundle.STARTING) {
				problems++;
			}
			invocation.out().printf(Locale.ROOT, "  %-45s %-14s %s%n", bundle.getSymbolicName(), bundle.getVersion(),
					state);
		}
		invocation.out().println("Components:");
		for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
			if (!description.bundle.symbolicName.startsWith("dev.baton.")) {
				continue;
			}
			String state = "disabled";
			for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
				state = switch (configuration.state) {
				case ComponentConfigurationDTO.ACTIVE -> "active";
				case ComponentConfigurationDTO.SATISFIED -> "satisfied";
				case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "unsatisfied reference";
				case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "unsatisfied configuration";
				case ComponentConfigurationDTO.FAILED_ACTIVATION -> "failed: " + configuration.failure;
				default -> "state " + configuration.state;
				};
			}
			if (!state.equals("active") && !state.equals("satisfied")) {
				problems++;
			}
			invocation.out().printf(Locale.ROOT, "  %-60s %s%n", description.name, state);
		}
		invocation.out().println("Registry:");
		print(invocation, "commands", registry.all(Command.class).stream().map(Contribution::id).toList());
		print(invocation, "importers", registry.all(Importer.class).stream().map(Contribution::id).toList());
		print(invocation, "exporters", registry.all(Exporter.class).stream().map(Contribution::id).toList());
		print(invocation, "readiness rules", registry.all(ReadinessRule.class).stream().map(Contribution::id).toList());
		return problems == 0 ? OK : FINDINGS;
	}

	private static void print(Invocation invocation, String what, List<String> ids) {
		invocation.out().printf(Locale.ROOT, "  %-16s %s%n", what + ":",
				ids.isEmpty() ? "(none)" : String.join(", ", ids));
	}

	private static String state(int state, boolean fragment) {
		return switch (state) {
		case Bundle.ACTIVE -> "active";
		case Bundle.STARTING -> "starting (lazy)";
		case Bundle.RESOLVED -> fragment ? "resolved (fragment)" : "resolved";
		case Bundle.INSTALLED -> "installed (not resolved)";
		default -> "state " + state;
		};
	}
}
