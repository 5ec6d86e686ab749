package dev.baton.validation.rules;

import java.util.stream.Stream;

import dev.baton.model.Architecture;
import dev.baton.model.Decision;

/** The decisions of every set, in set and file order. */
final class Decisions {

	private Decisions() {
	}

	static Stream<Decision> all(Architecture architecture) {
		return architecture.getDecisionSets().stream().flatMap(set -> set.getDecisions().stream());
	}
}
