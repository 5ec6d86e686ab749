/**
 * A seeded, deterministic generator of synthetic architectures for benchmarks and round-trip tests:
 * {@link dev.baton.generator.ArchitectureGenerator}, configured by
 * {@link dev.baton.generator.ArchitectureGenerator.Options}. The generated model lives in memory only; writing it to a
 * folder is the store's job.
 */
package dev.baton.generator;
