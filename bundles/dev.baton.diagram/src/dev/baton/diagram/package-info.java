/**
 * Architecture diagrams, headless: {@link dev.baton.diagram.ArchitectureDiagrams#views} turns an architecture into a
 * system-context view, one view per software system and one per component neighbourhood, laid out by Eclipse ELK's
 * layered algorithm; {@link dev.baton.diagram.ArchitectureDiagrams#svg} draws a view as SVG text. The geometry
 * ({@link dev.baton.diagram.DiagramView}, {@link dev.baton.diagram.DiagramNode}, {@link dev.baton.diagram.DiagramEdge})
 * is what exporters and the UI draw from.
 */
package dev.baton.diagram;
