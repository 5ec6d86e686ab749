package dev.baton.export.html.internal;

import java.util.function.Function;

import dev.baton.model.Architecture;

/** The diagrams of a pack, once the diagram bundle draws them; until then none are drawn. */
final class Diagrams {

	private Diagrams() {
	}

	static Function<String, String> forPack(Architecture architecture) {
		return id -> null;
	}
}
