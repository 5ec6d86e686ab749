package dev.baton.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.baton.api.Findings;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.Record;
import dev.baton.store.internal.Document;
import dev.baton.store.internal.ReadContext;
import dev.baton.store.internal.RecordLoader;

/**
 * One record read from a text (an editor's Source page) against its loaded folder: the ids it names are resolved to the
 * folder's records and what is wrong is reported with the file and line, without reading or writing any file.
 * {@link #replace} then makes the text the record's: its values become the text's, and the next save writes the text as
 * typed (comments, spacing, key order), patched with whatever is edited after.
 */
public final class RecordText {

	/** What a text was read as. */
	public static final class Reading {

		private final Record record;
		private final Diagnostic findings;
		final Document document;
		final String text;

		Reading(Record record, Diagnostic findings, Document document, String text) {
			this.record = record;
			this.findings = findings;
			this.document = document;
			this.text = text;
		}

		/** The record the text holds (not in the folder), or {@code null} when the text holds none. */
		public Record record() {
			return record;
		}

		/** What is wrong with the text, each finding naming the record's file and the line. */
		public Diagnostic findings() {
			return findings;
		}

		/** Whether the text holds a record and nothing is wrong enough to skip it. */
		public boolean ok() {
			return record != null && findings.getSeverity() < Diagnostic.ERROR;
		}
	}

	private RecordText() {
	}

	/**
	 * Reads {@code text} as the file of {@code record}. The folder does not change.
	 *
	 * @throws IllegalArgumentException when the record has no file in the folder (save it first)
	 */
	public static Reading read(ArchitectureFolder folder, Record record, String text) {
		Document current = documentOf(folder, record);
		Document document = new Document(current.file(), current.relativePath());
		BasicDiagnostic findings = Findings.root(StoreFindings.SOURCE, "Reading " + current.relativePath());
		ReadContext context = new ReadContext(findings);
		Document read;
		if (current.format() == null) {
			read = RecordLoader.load(document, text, record.eClass(), context);
		} else {
			DecisionSet set = (DecisionSet) record.eContainer();
			Path setFolder = folder.root().resolve(set.getPath()).normalize();
			String setRelative = setFolder.relativize(folder.root().resolve(current.relativePath()).normalize())
					.toString().replace('\\', '/');
			read = RecordLoader.load(document, text, setRelative, current.format(), context);
		}
		if (read != null) {
			RecordCrossReferences.idsOf(folder.architecture()).resolve(context);
		}
		return new Reading(read == null ? null : read.record(), findings, read, text);
	}

	/**
	 * Makes what {@code reading} read the record's: the record (the same object, so views, undo and references into it
	 * hold) takes the values the text holds, and the text becomes what the next save writes, patched with edits made
	 * after. Values an editor already set (through its own undoable commands) are left as they are.
	 *
	 * @param reading what {@link #read} gave for this record; it must be {@link Reading#ok()}
	 * @return the replacement, to undo and redo beside the values
	 * @throws IllegalArgumentException when the reading is not ok
	 */
	public static Replacement replace(ArchitectureFolder folder, Record record, Reading reading) {
		if (!reading.ok()) {
			throw new IllegalArgumentException("the text holds no record that loads: " + Findings.leaves(
					reading.findings()).stream().map(Findings::format).toList());
		}
		Document current = documentOf(folder, record);
		copyValues(reading.record(), record);
		Document typed = reading.document;
		typed.setRecord(record);
		if (typed.reading() != null) {
			typed.setReading(new DecisionFormat.Reading((Decision) record, typed.reading().layout()));
		}
		typed.typed(current.diskText());
		folder.documents().put(record, typed);
		folder.settle(typed);
		return new Replacement(folder, record, current, typed);
	}

	/**
	 * A text made a record's. Undoing it (once the record's values are back, e.g. by an editor's commands) makes the
	 * record's text what it was; once the typed text is saved, the record's text is the file's and stays, and undone
	 * values are patched into it.
	 */
	public static final class Replacement {

		private final ArchitectureFolder folder;
		private final Record record;
		private final Document before;
		private final Document typed;

		Replacement(ArchitectureFolder folder, Record record, Document before, Document typed) {
			this.folder = folder;
			this.record = record;
			this.before = before;
			this.typed = typed;
		}

		/** The record's text is the one before the replacement again, unless the typed text was saved. */
		public void undo() {
			if (typed.textPending() && folder.documents().get(record) == typed) {
				folder.documents().put(record, before);
			}
		}

		/** The typed text is the record's again (after {@link #undo()}). */
		public void redo() {
			if (typed.textPending() && folder.documents().get(record) == before) {
				folder.documents().put(record, typed);
			}
		}
	}

	private static Document documentOf(ArchitectureFolder folder, Record record) {
		Document document = folder.documents().get(record);
		if (document == null || !folder.editable()) {
			throw new IllegalArgumentException("'" + record.getId() + "' has no file in " + folder.root()
					+ " to read as text (save it first; a folder loaded for reading only has none)");
		}
		return document;
	}

	/** Sets every stored value of {@code to} that differs from {@code from}'s; the file's path stays. */
	private static void copyValues(Record from, Record to) {
		for (EStructuralFeature feature : to.eClass().getEAllStructuralFeatures()) {
			if (!feature.isChangeable() || feature.isDerived() || feature.isTransient()
					|| feature instanceof EReference reference && reference.isContainer()) {
				continue;
			}
			if (!from.eIsSet(feature)) {
				if (to.eIsSet(feature)) {
					to.eUnset(feature);
				}
				continue;
			}
			Object value = from.eGet(feature);
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (!EcoreUtil.equals(asList(to.eGet(feature), feature),
						asList(value, feature))) {
					to.eSet(feature, feature.isMany() ? List.copyOf(asList(value, feature)) : value);
				}
			} else if (!Objects.equals(to.eGet(feature), value)) {
				to.eSet(feature, feature.isMany() ? List.copyOf((List<?>) value) : value);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> asList(Object value, EStructuralFeature feature) {
		if (feature.isMany()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}
}
