package dev.baton.generator;

import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;

import dev.baton.model.Architecture;

/**
 * A seeded, deterministic generator of synthetic architectures, for benchmarks and round-trip tests.
 *
 * <p>
 * The model holds one decision set of MADR decisions (options, outcome, consequences, supersession chains, amends and
 * relates-to links), components in systems of about 100 with interfaces, providers and consumers, teams and people, and
 * records of every other kind, scaled mildly with the number of decisions. All text is plain and safe to write as
 * Markdown with YAML front matter; no record has unknown sections or a source path.
 *
 * <p>
 * The same options always give an equal model ({@code EcoreUtil.equals}): the generator reads no clock and depends on
 * no hash order. Nothing is written to disk.
 *
 * <pre>{@code
 *
 * Architecture architecture = new ArchitectureGenerator(
 * 		ArchitectureGenerator.Options.builder().decisions(1000).seed(42).build()).generate();
 * }</pre>
 */
public final class ArchitectureGenerator {

	/** The day dates are counted back from unless the options say otherwise. */
	public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 28);

	/**
	 * What to generate.
	 *
	 * @param decisions  number of decisions (0 or more)
	 * @param components number of components (at least 1)
	 * @param interfaces number of interfaces (at least 1)
	 * @param seed       the random seed
	 * @param asOf       the generation day: decisions are dated over the eight years before it, reviews before it,
	 *                   renewals and due dates after it
	 */
	public record Options(int decisions, int components, int interfaces, long seed, LocalDate asOf) {

		/** Checks the sizes. */
		public Options {
			if (decisions < 0) {
				throw new IllegalArgumentException("decisions must be 0 or more, was " + decisions);
			}
			if (components < 1 || interfaces < 1) {
				throw new IllegalArgumentException(
						"components and interfaces must be 1 or more, were " + components + " and " + interfaces);
			}
			Objects.requireNonNull(asOf, "asOf");
		}

		/** N decisions, N/2 components and N/2 interfaces (at least 2 each), as of {@link #DEFAULT_AS_OF}. */
		public static Options of(int decisions, long seed) {
			return builder().decisions(decisions).seed(seed).build();
		}

		/** A builder with 100 decisions, seed 0 and {@link #DEFAULT_AS_OF}. */
		public static Builder builder() {
			return new Builder();
		}
	}

	/** Builds {@link Options}; components and interfaces default to half the decisions (at least 2). */
	public static final class Builder {

		private int decisions = 100;
		private Integer components;
		private Integer interfaces;
		private long seed;
		private LocalDate asOf = DEFAULT_AS_OF;

		private Builder() {
		}

		/** Number of decisions. */
		public Builder decisions(int count) {
			this.decisions = count;
			return this;
		}

		/** Number of components; by default half the decisions, at least 2. */
		public Builder components(int count) {
			this.components = count;
			return this;
		}

		/** Number of interfaces; by default half the decisions, at least 2. */
		public Builder interfaces(int count) {
			this.interfaces = count;
			return this;
		}

		/** The random seed. */
		public Builder seed(long value) {
			this.seed = value;
			return this;
		}

		/** The generation day (see {@link Options#asOf()}). */
		public Builder asOf(LocalDate day) {
			this.asOf = day;
			return this;
		}

		/** The options; throws {@link IllegalArgumentException} when a size is out of range. */
		public Options build() {
			int half = Math.max(2, decisions / 2);
			return new Options(decisions, components == null ? half : components,
					interfaces == null ? half : interfaces, seed, asOf);
		}
	}

	private final Options options;

	/** A generator for the given options. */
	public ArchitectureGenerator(Options options) {
		this.options = Objects.requireNonNull(options, "options");
	}

	/** Shorthand for {@code new ArchitectureGenerator(options).generate()}. */
	public static Architecture generate(Options options) {
		return new ArchitectureGenerator(options).generate();
	}

	/** The options this generator was made with. */
	public Options options() {
		return options;
	}

	/**
	 * A new architecture; every call starts again from the seed and returns an equal model. Each part draws from its
	 * own split of the seed, so that a change to one part leaves the others as they were.
	 */
	public Architecture generate() {
		SplittableRandom seed = new SplittableRandom(options.seed());
		Generation generation = new Generation(options);
		generation.architecture.setName("Synthetic platform of " + options.decisions() + " decisions");
		generation.architecture.setOrganisation("Example Ltd");
		generation.architecture
				.setDescription("Generated from seed " + options.seed() + " as of " + options.asOf() + ".");
		new Organisation(generation, seed.split()).generate();
		new Landscape(generation, seed.split()).generate();
		new DecisionLog(generation, seed.split()).generate();
		new Obligations(generation, seed.split()).generate();
		new Operations(generation, seed.split()).generate();
		new Handover(generation, seed.split()).generate();
		return generation.architecture;
	}
}
