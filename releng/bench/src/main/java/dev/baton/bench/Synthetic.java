package dev.baton.bench;

import dev.baton.generator.ArchitectureGenerator;
import dev.baton.model.Architecture;

/** The synthetic architectures every benchmark measures. */
final class Synthetic {

	private Synthetic() {
	}

	/** N decisions, N/2 components, N/2 interfaces and every other kind, from a fixed seed. */
	static Architecture architecture(int decisions, long seed) {
		return ArchitectureGenerator.generate(ArchitectureGenerator.Options.of(decisions, seed));
	}
}
