package dev.baton.ui.editor;

import dev.baton.model.Decision;
import dev.baton.model.Record;

/** How a record is named in the UI: a decision by number and title, others by title and id. */
public final class RecordLabel {

	private RecordLabel() {
	}

	public static String of(Record record) {
		String title = record.getTitle() == null || record.getTitle().isBlank() ? record.getId() : record.getTitle();
		if (record instanceof Decision decision && decision.getNumber() != null) {
			return String.format("%04d %s", decision.getNumber(), title);
		}
		return title == null ? "" : title;
	}
}
