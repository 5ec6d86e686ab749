/**
 * The architecture as a Structurizr DSL workspace ({@link dev.baton.export.structurizr.StructurizrWorkspace}), with
 * {@code !adrs} pointing at the decisions, so that Structurizr shows the same elements, relationships and decisions as
 * the handover pack. See docs/interop.md.
 */
package dev.baton.export.structurizr;
