package dev.baton.diagram;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.baton.api.RunContext;
import dev.baton.diagram.internal.ArchitectureViews;
import dev.baton.diagram.internal.LayeredLayout;
import dev.baton.diagram.internal.SvgWriter;
import dev.baton.model.Architecture;

/**
 * The architecture diagrams of a handover pack, C4 style: the system context, one view per software system (its
 * components) and one per component (its neighbourhood). Headless: no AWT, no SWT, no Eclipse runtime.
 *
 * <pre>{@code
 * for (DiagramView view : ArchitectureDiagrams.views(architecture)) {
 * 	Files.writeString(folder.resolve(view.id() + ".svg"),
 * 			ArchitectureDiagrams.svg(view, recordId -> "../records/" + recordId + ".html"));
 * }
 * }</pre>
 */
public final class ArchitectureDiagrams {

	private ArchitectureDiagrams() {
	}

	/**
	 * Every view of the architecture, laid out: {@code context} first, then {@code system-<id>} for each internal
	 * system (and each external one that has components), then {@code component-<id>} for each component, in the
	 * architecture's order. A view that would show more than about 150 elements keeps the most connected and says in
	 * {@link DiagramView#omitted()} how many it left out. Nodes link to the next view down through
	 * {@link DiagramNode#detailViewId()}.
	 */
	public static List<DiagramView> views(Architecture architecture) {
		return views(architecture, id -> true);
	}

	/**
	 * The views whose ids the filter accepts, laid out; the others are not laid out at all (the pack shows the context
	 * and system views, and a large architecture has thousands of component views).
	 */
	public static List<DiagramView> views(Architecture architecture, Predicate<String> wanted) {
		Objects.requireNonNull(architecture, "architecture");
		// layouts are independent of each other: lay them out on every core, keep the order
		return ArchitectureViews.of(architecture, ArchitectureViews.MAX_NODES, wanted).parallelStream()
				.map(LayeredLayout::layout).toList();
	}

	/**
	 * The views a handover pack draws, laid out: the context and one per system (component views are for the editor,
	 * which lays out the one it shows).
	 */
	public static List<DiagramView> packViews(Architecture architecture) {
		return views(architecture, id -> !id.startsWith("component-"));
	}

	/**
	 * The views a handover pack draws, laid out once in a run (see {@link dev.baton.api.RunContext#sharing()}): the
	 * HTML site and the PDF draw the same views.
	 */
	public static List<DiagramView> packViews(Architecture architecture, RunContext run) {
		// the views of a run, laid out once
		return run.shared().get(PACK_VIEWS, architecture, () -> new PackViews(packViews(architecture))).views();
	}

	/**
	 * The view as an SVG document. The same view gives the same bytes.
	 *
	 * @param hrefOfRecordId where a node's box links to, given the id of the record it shows; {@code null} (or a
	 *                       function returning {@code null}) for no link
	 */
	public static String svg(DiagramView view, Function<String, String> hrefOfRecordId) {
		Objects.requireNonNull(view, "view");
		return SvgWriter.write(view, hrefOfRecordId);
	}

	/** The laid-out views of a pack, as one shared result of a run. */
	private record PackViews(List<DiagramView> views) {
	}

	private static final RunContext.Shared.Kind<PackViews> PACK_VIEWS =
			new RunContext.Shared.Kind<>("diagram views", PackViews.class);
}
