package dev.baton.store;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.baton.model.Decision;

/**
 * How the decisions of a set are written when the set is not in Baton's native MADR 4 form: an adr-tools folder, a
 * log4brains folder, AsciiDoc ADRs, one folder per record, ... A set names its format in {@code baton.yaml}
 * ({@code decisions: {path: doc/adr, dialect: adr-tools}}); the store then lists, reads and writes that folder through
 * the format, so that the other tools working on it keep working.
 * <p>
 * A format writes back with minimal edits: {@link #write} patches only the parts of the file whose value changed since
 * {@link #read}, and returns the text unchanged when nothing did. Implementations are stateless and thread-safe (files
 * are read in parallel).
 */
public interface DecisionFormat {

	/** The dialect's name as {@code baton.yaml} spells it ({@code adr-tools}, {@code log4brains}, ...). */
	String id();

	/**
	 * The record files below a set's folder, sorted; what is not a record (READMEs, indexes, templates, images) is
	 * skipped, and reported through the context when it looks like one.
	 */
	List<Path> recordFiles(Path folder, Context context);

	/**
	 * Reads one file into a decision with its id, number and slug set, and the layout needed to write it back.
	 *
	 * @return {@code null} when the file holds no decision (the reason is reported)
	 */
	Reading read(String text, Context context);

	/**
	 * The file's text for the decision: the text read, patched where the decision changed, or a whole new file when
	 * {@code previous} is {@code null}.
	 */
	String write(Decision decision, Reading previous, Links links);

	/**
	 * Path of a new decision's file relative to its set's folder, after the store gave it its id and number
	 * ({@code 0007-use-kafka.md}).
	 */
	String newFile(Decision decision);

	/**
	 * Sets a decision's number and slug from a new id; returns the path its file moves to, relative to the set's
	 * folder.
	 */
	String renamed(Decision decision, String newId, String oldSetPath);

	/**
	 * A file read, with what the format needs to write it back.
	 *
	 * @param layout format-specific: where each part of the file was and its value then
	 */
	record Reading(Decision decision, Object layout) {
	}

	/** What a format is given while reading one file. */
	interface Context {

		/** The file, as findings name it. */
		Path file();

		/** Path of the file relative to its set's folder, with {@code /}. */
		String setRelativePath();

		/** Reports a problem at a 1-based line (0: the whole file). */
		void warning(int line, String message);

		/** Reports a problem that made the file or a part of it unreadable. */
		void error(int line, String message);

		/** Notes something understood differently from how it is written (shown in import reports). */
		void info(int line, String message);

		/** A reference as written (id, number, file name or slug), resolved once every file is read. */
		void refer(EObject holder, EReference feature, String token, int line);
	}

	/** What a format needs to write references. */
	interface Links {

		/**
		 * Path from the written file to the target's file ({@code 0002-use-x.md}), or {@code null} when it has none.
		 */
		String href(Decision from, EObject target);

		/** The token to write for an unresolved target, as it was written. */
		String token(EObject target);

		/**
		 * The token the decision's file used for the target when it was read ({@code 7}, {@code 0007-x}), or
		 * {@code null}.
		 */
		String written(Decision from, EObject target);
	}
}
