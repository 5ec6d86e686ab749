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
		List<Record> records = new ArrayList<>();
		for (DecisionSet set : architecture.getDecisionSets()) {
			records.addAll(set.getDecisions());
		}
		for (Kinds.Kind kind : Kinds.all()) {
			if (kind.container() != null) {
				@SuppressWarnings("unchecked")
				List<Record> ofKind = (List<Record>) architecture.eGet(kind.container());
				records.addAll(ofKind);
			}
		}
		return records;
	}

	static String kind(Record record) {
		return Kinds.of(record.eClass()).name();
	}
}
