/**
 * Baton's service API: the one-method interfaces of pluggable work (exporters, importers, readiness rules, command-line
 * sub-commands), the {@link dev.baton.api.Registry} that collects them, and the types they share:
 * {@link dev.baton.api.RunContext} (the "as of" date and a headless progress monitor) and findings as EMF
 * {@link org.eclipse.emf.common.util.Diagnostic}s located by {@link dev.baton.api.SourceLocation}.
 *
 * <p>
 * Every implementation is an OSGi Declarative Services component that registers under one of these interfaces with at
 * least the {@link dev.baton.api.ServiceProperties#ID} property. The same classes run in Equinox (IDE, Workbench) and
 * in Apache Felix (the {@code baton} command): nothing here depends on {@code org.eclipse.core.runtime}.
 */
package dev.baton.api;
