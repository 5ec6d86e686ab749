package dev.baton.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.baton.adr.Dialects;
import dev.baton.generator.ArchitectureGenerator;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.store.DecisionFormat;

/** The synthetic architectures every benchmark measures. */
final class Synthetic {

	private Synthetic() {
	}

	/** How a benchmark's decision files link to each other: by file name, beside each other. */
	static DecisionFormat.Links fileLinks() {
		return new DecisionFormat.Links() {

			@Override
			public String href(Decision from, EObject target) {
				return target instanceof Decision d && !d.eIsProxy() ? d.getId() + ".md" : null;
			}

			@Override
			public String token(EObject target) {
				return String.valueOf(target);
			}

			@Override
			public String written(Decision from, EObject target) {
				return null;
			}
		};
	}

	/** N decisions, N/2 components, N/2 interfaces and every other kind, from a fixed seed. */
	static Architecture architecture(int decisions, long seed) {
		return ArchitectureGenerator.generate(ArchitectureGenerator.Options.of(decisions, seed));
	}

	/**
	 * A log4brains project with the decisions in its dialect: {@code docs/adr/yyyyMMdd-slug.md} (a number appended
	 * where two would share a name) and {@code .log4brains.yml}. The decisions' ids become their file names.
	 */
	static void writeLog4brainsProject(List<Decision> decisions, Path project)
			throws IOException {
		Path adr = project.resolve("docs/adr");
		Files.createDirectories(adr);
		DecisionFormat format = Dialects.format("log4brains");
		for (Decision decision : decisions) {
			format.newFile(decision); // log4brains names: yyyyMMdd-slug
		}
		Set<String> names = new HashSet<>();
		for (Decision decision : decisions) {
			String id = decision.getId();
			for (int n = 2; !names.add(id); n++) {
				id = decision.getId() + "-" + n;
			}
			decision.setId(id);
		}
		for (Decision decision : decisions) {
			Files.writeString(adr.resolve(decision.getId() + ".md"),
					format.write(decision, null, fileLinks()), StandardCharsets.UTF_8);
		}
		Files.writeString(project.resolve(".log4brains.yml"),
				"---\nproject:\n  name: Benchmark\n  tz: Europe/London\n  adrFolder: ./docs/adr\n");
	}
}
