/**
 * A seeded, deterministic generator of synthetic architectures for benchmarks and tests:
 * {@link dev.baton.generator.ArchitectureGenerator#generate(dev.baton.generator.ArchitectureGenerator.Options)}.
 */
package dev.baton.generator;
