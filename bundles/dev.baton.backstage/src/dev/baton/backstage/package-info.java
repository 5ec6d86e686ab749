/**
 * Backstage software catalog files in and out: {@link dev.baton.backstage.CatalogImport} reads
 * {@code catalog-info.yaml} files (Component, API, System, Domain, Resource, Group, User, Location) into Baton's
 * records; {@link dev.baton.backstage.CatalogExport} writes Baton's components, interfaces, systems, domains, teams and
 * people as catalog files Backstage accepts. What Baton has no field for is kept in a {@code Backstage} section of the
 * record, so a catalog goes through Baton and back without loss. See docs/interop.md.
 */
package dev.baton.backstage;
