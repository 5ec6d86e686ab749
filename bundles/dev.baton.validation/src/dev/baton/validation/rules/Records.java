package dev.baton.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.baton.model.Architecture;
import dev.baton.model.Record;

/** Every record of an architecture: decisions first (set by set), then the other kinds. */
final class Records {

	private Records() {
	}

	static List<Record> all(Architecture architecture) {
		List<Record> records = new ArrayList<>();
		Decisions.all(architecture).forEach(records::add);
		for (EObject content : architecture.eContents()) {
			if (content instanceof Record record) {
				records.add(record);
			}
		}
		return records;
	}
}
