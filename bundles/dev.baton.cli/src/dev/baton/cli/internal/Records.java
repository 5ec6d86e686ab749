package dev.baton.cli.internal;

import java.util.ArrayList;
import java.util.List;

import dev.baton.model.Architecture;
import dev.baton.model.DecisionSet;
import dev.baton.model.Record;
import dev.baton.store.Kinds;

/** Every record of an architecture, decisions first, in folder order. */
final class Records {

	private Records() {
	}

	static List<Record> all(Architecture architecture) {
		return Kinds.records(architecture);
	}

	static String kind(Record record) {
		return Kinds.of(record.eClass()).name();
	}
}
