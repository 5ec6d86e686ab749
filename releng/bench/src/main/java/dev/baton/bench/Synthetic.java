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
}
