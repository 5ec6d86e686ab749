package dev.baton.pack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

import dev.baton.api.Contribution;
import dev.baton.api.DecisionTimeline;
import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.pack.internal.PackBuilder;
import dev.baton.store.FolderLayout;
import dev.baton.validation.Readiness;

/**
 * The content of a handover pack, independent of its format: pages made of blocks. The HTML site, the Markdown tree and
 * the PDF render the same pages, so they say the same things. Building a pack reads the clock never (dates are judged
 * against the "as of" date), so the same architecture and date give the same pack.
 *
 * @param title   the architecture's name
 * @param asOf    the date the pack is judged against, ISO
 * @param pages   every page, the overview first
 * @param sources the page of each record file, by its path relative to the architecture folder (to turn links between
 *                record files into links between pages)
 * @param root    the architecture folder, {@code null} for an architecture not read from one
 */
public record Pack(String title, String asOf, List<Page> pages, Map<String, String> sources,
		Path root) {

	/**
	 * Builds the pack of an architecture from its {@link Redaction redacted view}, judged by the built-in readiness
	 * rules (for code that runs without OSGi); secrets found in records are redacted and reported.
	 */
	public static Pack build(Architecture architecture, RunContext context, DiagnosticChain findings) {
		return build(architecture, context, findings, null);
	}

	/**
	 * Builds the pack of an architecture with its decision history page, judged by the built-in readiness rules (for
	 * code that runs without OSGi; in OSGi, pass the rules of the {@link dev.baton.api.Registry}).
	 *
	 * @param history reads the status transitions from version control; {@code null} when there is no such service (the
	 *                history page then says so)
	 */
	public static Pack build(Architecture architecture, RunContext context, DiagnosticChain findings,
			DecisionTimeline history) {
		return build(architecture, context, findings, history, Readiness.builtInRules());
	}

	/**
	 * Builds the pack of an architecture with its decision history page and its readiness page.
	 *
	 * @param history reads the status transitions from version control; {@code null} when there is no such service (the
	 *                history page then says so)
	 * @param rules   the readiness rules of the readiness page: those of the {@link dev.baton.api.Registry}, so that
	 *                the pack says what {@code baton validate} says, rules of other bundles included
	 */
	public static Pack build(Architecture architecture, RunContext context, DiagnosticChain findings,
			DecisionTimeline history, List<Contribution<ReadinessRule>> rules) {
		// one build is one run: a context that shares nothing still scans each text and lays out each diagram once
		RunContext run = context.shared() == RunContext.Shared.NONE ? context.sharing() : context;
		// every page is made from the redacted view: no text of the records reaches a format unredacted
		Redaction redaction = Redaction.of(architecture, run, findings);
		// the exporters of one run (HTML, PDF, Markdown) share one pack; each is told its findings
		Built.Key key = new Built.Key(redaction.architecture(), history, rules.stream().map(Contribution::id).toList());
		Built built = run.shared().get(Built.SHARED, key, () -> {
			BasicDiagnostic found = new BasicDiagnostic();
			return new Built(new PackBuilder(redaction, rules, run, found).history(history).build(), found);
		});
		built.findings().getChildren().forEach(findings::add);
		return built.pack();
	}

	/** A pack built in a run, with what building it found. */
	private record Built(Pack pack, Diagnostic findings) {

		/** The pack of a run, shared by its formats. */
		static final RunContext.Shared.Kind<Built> SHARED = new RunContext.Shared.Kind<>("pack", Built.class);

		/**
		 * Model objects and services compare by identity; the rules by id (a run's rules are the same rules, even when
		 * they are made afresh for each ask, as without OSGi).
		 */
		private record Key(Architecture architecture, DecisionTimeline history, List<String> rules) {
		}
	}

	/** The text of inlines without their links. */
	public static String plain(List<Inline> inlines) {
		StringBuilder out = new StringBuilder();
		for (Inline inline : inlines) {
			out.append(inline instanceof Text text ? text.text() : ((Link) inline).text());
		}
		return out.toString();
	}

	/**
	 * Where a finding about a record file points: the file in the architecture folder, or the path as given when the
	 * pack was not read from a folder ({@code baton.yaml} when there is none).
	 */
	public SourceLocation sourceOf(String sourcePath) {
		return root != null && sourcePath != null ? SourceLocation.of(root.resolve(sourcePath))
				: SourceLocation.of(Path.of(sourcePath == null ? FolderLayout.SETTINGS : sourcePath));
	}

	/** The page at a path, or {@code null}. */
	public Page page(String path) {
		return pages.stream().filter(p -> p.path().equals(path)).findFirst().orElse(null);
	}

	/**
	 * One page.
	 *
	 * @param path    where it goes, without extension, with {@code /} ({@code decisions/0007-use-kafka})
	 * @param title   its heading
	 * @param section the handover section it belongs to ({@code null} for the overview and search)
	 * @param kind    what the page shows: {@code overview}, {@code section}, a record kind, ...
	 * @param blocks  its content, in order
	 */
	public record Page(String path, String title, String section, String kind, List<Block> blocks) {
	}

	/** A piece of a page. */
	public sealed interface Block permits Heading, Prose, Fields, Table, Items, Diagram, Note {
	}

	/** A heading with an anchor ({@code level} 2 or 3; the page title is level 1). */
	public record Heading(int level, String text, String anchor) implements Block {
	}

	/** Markdown written by people (a record's context, a section's body), rendered by CommonMark. */
	public record Prose(String markdown, String sourcePath) implements Block {
	}

	/** Label and value pairs (a record's fields). */
	public record Fields(List<Field> fields) implements Block {
	}

	/** One label and its value. */
	public record Field(String label, List<Inline> value) {
	}

	/**
	 * A table; {@code filter} names the column rows can be filtered by (the decision log's status), {@code null} for
	 * none.
	 */
	public record Table(String id, List<String> headers, List<List<List<Inline>>> rows, Integer filter)
			implements Block {
	}

	/** A list of lines (supersession chains, a renewal calendar). */
	public record Items(List<List<Inline>> items) implements Block {
	}

	/** A diagram view by id (drawn by the diagram bundle when it is there). */
	public record Diagram(String viewId, String title) implements Block {
	}

	/** A remark of Baton's own (what is missing, what was redacted). */
	public record Note(String text, String level) implements Block {
	}

	/** A run of text in a field, a cell or an item. */
	public sealed interface Inline permits Text, Link {
	}

	/** Plain text. */
	public record Text(String text) implements Inline {
	}

	/** A link to another page of the pack ({@code path}, optional {@code anchor}) or a web address ({@code url}). */
	public record Link(String text, String path, String anchor, String url) implements Inline {
	}
}
