package dev.baton.store;

/**
 * Codes of the findings the store reports (the {@code code} of their {@link org.eclipse.emf.common.util.Diagnostic},
 * source {@value #SOURCE}). Every message names the file, the line where known, what is wrong and what to do.
 */
public final class StoreFindings {

	public static final String SOURCE = "dev.baton.store";

	/** The folder has no {@code baton.yaml}. */
	public static final int NOT_AN_ARCHITECTURE = 1;
	/** YAML that does not parse (the record is not loaded). */
	public static final int MALFORMED_YAML = 2;
	/** A folder that is not a kind of record. */
	public static final int UNKNOWN_KIND = 3;
	/** Two records with the same id (the second is not loaded). */
	public static final int DUPLICATE_ID = 4;
	/** A value that does not fit its key (a bad date, a number that is not one, ...): the key is ignored. */
	public static final int BAD_VALUE = 5;
	/** A file that is not UTF-8 (not loaded). */
	public static final int NOT_UTF8 = 6;
	/** A file over the size limit (not loaded). */
	public static final int TOO_LARGE = 7;
	/** A file or folder that cannot be read. */
	public static final int UNREADABLE = 8;
	/** A reference to an id that does not exist (kept as written). */
	public static final int UNRESOLVED_REFERENCE = 9;
	/** A reference to a record of a kind the key does not take (kept as written). */
	public static final int WRONG_KIND_OF_REFERENCE = 10;
	/** Two decisions of one set with the same number. */
	public static final int DUPLICATE_NUMBER = 11;
	/** A reference by number to a duplicated number. */
	public static final int AMBIGUOUS_REFERENCE = 12;
	/** A key given twice in one front matter (the first counts). */
	public static final int DUPLICATE_KEY = 13;
	/** A file could not be written (the old file is intact). */
	public static final int WRITE_FAILED = 14;
	/** A record file of a kind's folder with no title and no id-derived name. */
	public static final int SKIPPED_FILE = 15;
	/**
	 * A save of a folder loaded for reading only. No longer reported: such a folder is a {@link ReadableFolder}, which
	 * has no save; the code stays taken.
	 */
	public static final int READ_ONLY = 16;
	/** A file or folder whose real path (symbolic links followed) is outside the architecture folder (not read). */
	public static final int OUTSIDE_FOLDER = 17;
	/** A device, named pipe or socket where a file is expected (not read). */
	public static final int NOT_A_FILE = 18;
	/** A record file with nothing in it (loaded, with no title). */
	public static final int EMPTY_FILE = 19;
	/** A change a killed process left unfinished ({@code .baton/journal}), completed on loading (info), or not. */
	public static final int RECOVERED = 20;
	/** Another process holds the folder's lock ({@code .baton/lock}). */
	public static final int LOCKED = 21;

	private StoreFindings() {
	}
}
