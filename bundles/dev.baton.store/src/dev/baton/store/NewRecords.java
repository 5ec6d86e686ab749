package dev.baton.store;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.Record;
import dev.baton.store.internal.RecordFiles;
import dev.baton.store.internal.Settings;

/**
 * The ids and files of records new to a folder: the next free decision number of a set (never one that a file that did
 * not load holds), padded as the set says, with a slug of the title; a record's file named after its id, in its kind's
 * folder or its decision set's, the dialect's way.
 */
final class NewRecords {

	private final Path root;
	private final Map<DecisionSet, Settings.DecisionSetConfig> setConfigs;
	private final Map<DecisionSet, DecisionFormat> setFormats;
	/** The highest number of a decision file of each set that did not load: new decisions never take it. */
	private final Map<DecisionSet, Integer> skippedNumbers = new IdentityHashMap<>();

	NewRecords(ReadableFolder folder) {
		this.root = folder.root();
		this.setConfigs = folder.setConfigs();
		this.setFormats = folder.setFormats();
	}

	/**
	 * The id the next decision of a set gets: the next free number, padded to the set's {@code digits}, and a slug of
	 * the title ({@code 0008-use-kafka-for-events}).
	 */
	String nextDecisionId(DecisionSet set, String title) {
		int highest = set.getDecisions().stream().map(Decision::getNumber).filter(n -> n != null).max(Integer::compare)
				.orElse(0);
		int number = Math.max(highest, skippedNumbers.getOrDefault(set, 0)) + 1;
		return RecordFiles.decisionId(number, setConfigs.containsKey(set) ? setConfigs.get(set).digits() : 4, title);
	}

	/** A decision file of the set that did not load: its number is not given to a new decision. */
	void skippedNumber(DecisionSet set, Path file) {
		Integer number = RecordFiles.number(RecordFiles.stem(file));
		if (number != null) {
			skippedNumbers.merge(set, number, Math::max);
		}
	}

	/** The file a new record gets, relative to the folder; a record without an id gets one first. */
	String newPath(Record record) {
		if (record instanceof Decision decision) {
			DecisionSet set = (DecisionSet) decision.eContainer();
			int digits = setConfigs.containsKey(set) ? setConfigs.get(set).digits() : 4;
			if (decision.getId() == null) {
				String id = decision.getNumber() != null
						? RecordFiles.decisionId(decision.getNumber(), digits, decision.getTitle())
						: nextDecisionId(set, decision.getTitle());
				decision.setNumber(RecordFiles.number(id));
				decision.setId(id);
			}
			DecisionFormat format = setFormats.get(set);
			String name = format == null ? decision.getId() + ".md" : format.newFile(decision);
			String folder = set.getPath() == null ? "decisions" : set.getPath();
			return root.relativize(root.resolve(folder).resolve(name).normalize()).toString().replace('\\', '/');
		}
		if (record.getId() == null) {
			record.setId(RecordFiles.slug(record.getTitle()));
		}
		return Kinds.of(record.eClass()).folder() + "/" + record.getId() + ".md";
	}
}
