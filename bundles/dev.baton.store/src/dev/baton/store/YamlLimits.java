package dev.baton.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.LoadSettingsBuilder;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The limits every YAML file Baton reads is parsed under: front matter, {@code baton.yaml}, Backstage catalogs, OpenAPI
 * specifications. snakeyaml-engine composes nested collections recursively and has no nesting limit, so 2,500 nested
 * brackets (a 5 KB file) overflow the stack; and an alias to the collection that holds it ({@code tags: &a [x, *a]})
 * makes a node that contains itself, which every walk of it follows forever. Here the events are counted before they
 * are composed: too deep a nesting, an alias inside its own anchor, or aliases that expand to too much are a
 * {@link ComposerException} with the line, as any syntax error is.
 */
public final class YamlLimits {

	/** The deepest nesting of collections: front matter is a few levels deep, OpenAPI a few dozen. */
	public static final int MAX_DEPTH = 100;
	/** The most aliases to collections in one file (snakeyaml-engine's own check). */
	public static final int MAX_ALIASES = 50;
	/** The most nodes that aliases may add when expanded (a "billion laughs" stops here). */
	public static final int MAX_EXPANSION = 100_000;

	private YamlLimits() {
	}

	/** Settings with the limits snakeyaml-engine knows: aliases, no recursive keys, no length limit. */
	public static LoadSettingsBuilder settings(String label) {
		return LoadSettings.builder().setLabel(label).setMaxAliasesForCollections(MAX_ALIASES)
				.setAllowRecursiveKeys(false).setCodePointLimit(Integer.MAX_VALUE);
	}

	/** A composer of the text's documents, under the limits. */
	public static Composer composer(LoadSettings settings, String text) {
		return new Composer(settings, new LimitedParser(new ParserImpl(settings, new StreamReader(settings, text))));
	}

	/** The text's single document as nodes, under the limits (empty for an empty text). */
	public static Optional<Node> compose(LoadSettings settings, String text) {
		return composer(settings, text).getSingleNode();
	}

	/** A loader to plain Java objects, under the limits. */
	public static Load load(LoadSettings settings) {
		return new Load(settings) {

			@Override
			protected Composer createComposer(String yaml) {
				return composer(settings, yaml);
			}
		};
	}

	/** Counts depth and alias expansion as the events pass to the composer. */
	private static final class LimitedParser implements Parser {

		/** An anchored collection being read: its depth, and the count of nodes when it started. */
		private record Open(Anchor anchor, int depth, int nodesBefore) {
		}

		private final Parser parser;
		private final Deque<Open> open = new ArrayDeque<>();
		/** How many nodes each anchor stands for (what an alias to it adds). */
		private final Map<Anchor, Integer> sizes = new HashMap<>();
		private int depth;
		private int nodes;
		private int expanded;

		LimitedParser(Parser parser) {
			this.parser = parser;
		}

		@Override
		public boolean checkEvent(Event.ID id) {
			return parser.checkEvent(id);
		}

		@Override
		public Event peekEvent() {
			return parser.peekEvent();
		}

		@Override
		public boolean hasNext() {
			return parser.hasNext();
		}

		@Override
		public Event next() {
			Event event = parser.next();
			if (event instanceof CollectionStartEvent start) {
				if (++depth > MAX_DEPTH) {
					throw refused(event,
							"collections are nested more than " + MAX_DEPTH + " levels deep: flatten them");
				}
				int before = nodes++;
				start.getAnchor().ifPresent(anchor -> open.push(new Open(anchor, depth, before)));
			} else if (event instanceof CollectionEndEvent) {
				if (!open.isEmpty() && open.peek().depth() == depth) {
					Open closed = open.pop();
					sizes.put(closed.anchor(), nodes - closed.nodesBefore());
				}
				depth--;
			} else if (event instanceof ScalarEvent scalar) {
				nodes++;
				scalar.getAnchor().ifPresent(anchor -> sizes.put(anchor, 1));
			} else if (event instanceof AliasEvent alias) {
				Anchor anchor = alias.getAlias();
				if (open.stream().anyMatch(entry -> entry.anchor().equals(anchor))) {
					throw refused(event, "the alias *" + anchor + " is inside the collection &" + anchor
							+ " it names, so the collection would contain itself: write the values out");
				}
				int size = sizes.getOrDefault(anchor, 1);
				expanded += size;
				nodes += size;
				if (expanded > MAX_EXPANSION) {
					throw refused(event, "aliases expand to more than " + MAX_EXPANSION + " values: write fewer");
				}
			}
			return event;
		}

		private static ComposerException refused(Event event, String problem) {
			return new ComposerException(problem, event.getStartMark());
		}
	}
}
