package dev.baton.export.html.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.baton.api.RunContext;
import dev.baton.diagram.ArchitectureDiagrams;
import dev.baton.diagram.DiagramView;
import dev.baton.model.Architecture;
import dev.baton.pack.PackLinks;

/** The pack's diagrams, laid out by ELK (dev.baton.diagram), each node linking to its record's page. */
final class Diagrams {

	private Diagrams() {
	}

	/** The SVG of a view by id, links relative to the site's root ({@code /components/x.html}). */
	static Function<String, String> forPack(Architecture architecture, RunContext context) {
		List<DiagramView> views = ArchitectureDiagrams.packViews(architecture, context);
		Map<String, DiagramView> byId = new HashMap<>();
		views.forEach(view -> byId.put(view.id(), view));
		Map<String, String> pages = PackLinks.elementPages(architecture);
		return id -> {
			DiagramView view = byId.get(id);
			return view == null ? null
					: ArchitectureDiagrams.svg(view, recordId -> pages.containsKey(recordId)
							? "/" + pages.get(recordId) + ".html"
							: null);
		};
	}
}
