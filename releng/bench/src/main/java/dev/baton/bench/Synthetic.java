package dev.baton.bench;

import dev.baton.generator.ArchitectureGenerator;
import dev.baton.model.Architecture;

/** The synthetic architectures every benchmark measures. */
final class Synthetic {

	private Synthetic() {
	}

	/** How a benchmark's decision files link to each other: by file name, beside each other. */
	static dev.baton.store.DecisionFormat.Links fileLinks() {
		return new dev.baton.store.DecisionFormat.Links() {
			@Override
			public String href(dev.baton.model.Decision from, org.eclipse.emf.ecore.EObject target) {
				return target instanceof dev.baton.model.Decision d && !d.eIsProxy() ? d.getId() + ".md" : null;
			}

			@Override
			public String token(org.eclipse.emf.ecore.EObject target) {
				return String.valueOf(target);
			}

			@Override
			public String written(dev.baton.model.Decision from, org.eclipse.emf.ecore.EObject target) {
				return null;
			}
		};
	}

	/** N decisions, N/2 components, N/2 interfaces and every other kind, from a fixed seed. */
	static Architecture architecture(int decisions, long seed) {
		return ArchitectureGenerator.generate(ArchitectureGenerator.Options.of(decisions, seed));
	}

	/**
	 * A log4brains project with the decisions in its dialect: {@code docs/adr/yyyyMMdd-slug.md}
	 * (a number appended where two would share a name) and {@code .log4brains.yml}. The decisions'
	 * ids become their file names.
	 */
	static void writeLog4brainsProject(java.util.List<dev.baton.model.Decision> decisions, java.nio.file.Path project)
			throws java.io.IOException {
		java.nio.file.Path adr = project.resolve("docs/adr");
		java.nio.file.Files.createDirectories(adr);
		dev.baton.store.DecisionFormat format = dev.baton.adr.Dialects.format("log4brains");
		for (dev.baton.model.Decision decision : decisions) {
			format.newFile(decision); // log4brains names: yyyyMMdd-slug
		}
		java.util.Set<String> names = new java.util.HashSet<>();
		for (dev.baton.model.Decision decision : decisions) {
			String id = decision.getId();
			for (int n = 2; !names.add(id); n++) {
				id = decision.getId() + "-" + n;
			}
			decision.setId(id);
		}
		for (dev.baton.model.Decision decision : decisions) {
			java.nio.file.Files.writeString(adr.resolve(decision.getId() + ".md"),
					format.write(decision, null, fileLinks()), java.nio.charset.StandardCharsets.UTF_8);
		}
		java.nio.file.Files.writeString(project.resolve(".log4brains.yml"),
				"---\nproject:\n  name: Benchmark\n  tz: Europe/London\n  adrFolder: ./docs/adr\n");
	}
}
