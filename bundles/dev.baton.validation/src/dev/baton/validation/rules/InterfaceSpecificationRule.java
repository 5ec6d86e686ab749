package dev.baton.validation.rules;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.LoadedArchitecture;
import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.SourceLocation;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;
import dev.baton.model.Interface;
import dev.baton.openapi.OpenApi;

/**
 * The specification file an interface names exists, and an OpenAPI one parses (YAML or JSON, {@code openapi: 3.x}, an
 * {@code info.title}); a file that does not is reported at its own file and line. The path is relative to the
 * interface's record (as the model documents it), or else to the architecture folder; URLs are not fetched. Needs the
 * folder the architecture was read from ({@link LoadedArchitecture#root()}): without one nothing is checked.
 */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "interface-specification",
		label = "The specification file an interface names exists (and parses, for OpenAPI)",
		severity = Severity.WARNING,
		section = 4)
public final class InterfaceSpecificationRule extends RuleSupport<Interface> {

	private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.+");

	/** Nothing without the folder the specifications are looked up in. */
	@Override
	public List<Interface> subjects(LoadedArchitecture loaded, RunContext context) {
		return loaded.root().isPresent() ? subjects(loaded.architecture(), context) : List.of();
	}

	@Override
	public List<Interface> subjects(Architecture architecture, RunContext context) {
		return architecture.getInterfaces().stream()
				.filter(api -> !blank(api.getSpecification()) && !isUrl(api.getSpecification().strip())).toList();
	}

	/** {@code https://...}, {@code urn:...}; a Windows drive ({@code C:\...}) is a path. */
	static boolean isUrl(String specification) {
		return URL.matcher(specification).matches() && !specification.matches("^[a-zA-Z]:[\\\\/].*");
	}

	@Override
	protected void check(Interface api, RunContext context, Report report) {
		Path root = report.root().orElseThrow();
		String specification = api.getSpecification().strip();
		try {
			Path.of(specification); // throws for what no file system can hold
			Optional<Path> file = OpenApi.locate(api, root);
			if (file.isPresent()) {
				if (OpenApi.isOpenApi(api)) {
					OpenApi.Result result = OpenApi.read(root, file.get());
					if (!result.ok()) {
						report.addAt(SourceLocation.of(file.get(), result.line()), api,
								"the specification of " + name(api)
										+ " " + result.problem() + "; the pack shows no operations until it parses");
					}
				}
				return;
			}
		} catch (InvalidPathException e) {
			report.add(api, "specification", name(api) + " names the specification '" + specification
					+ "', which is not a valid path: give a path relative to the record, or a URL");
			return;
		}
		report.add(api, "specification", name(api) + " names the specification '" + specification
				+ "', which does not exist (looked beside the record and in the folder root): fix the path "
				+ "(relative to the record), add the file, or give its URL");
	}
}
