package dev.baton.store.codec;

import dev.baton.model.Record;

/**
 * One part of a record's Markdown body as the store reads and writes it: a section ({@code ## Consequences}), or the
 * title and the prose before the first section. A reader of another dialect reads a record's body with the store's
 * section codecs over an outline of its own ({@link MarkdownOutline#of}), and a writer renders a changed value in the
 * style of what the file has now. Get them from {@link RecordSections}; not meant to be implemented outside the store.
 */
public interface SectionCodec {

	/** The section heading, {@code null} for the title and the preamble. */
	String heading();

	/** The heading of the level-2 section this level-3 section belongs in, or {@code null}. */
	String parent();

	/** Whether an outline section's heading names this section (its heading or one of its aliases, any case). */
	boolean matches(String sectionHeading);

	/**
	 * Reads the section's content into the record.
	 *
	 * @param section the outline section, {@code null} when the file lacks it
	 */
	void read(Record record, MarkdownOutline outline, MarkdownOutline.Section section);

	/**
	 * The content as it would be written now: a value to compare with the one read (equal values mean nothing to
	 * write), {@code null} when the section should not be there.
	 */
	Object canonical(Record record);

	/**
	 * The Markdown content (without the heading, without a final line break) of a canonical value.
	 *
	 * @param previous the section's content as the file has it now ({@code ""} when new), for its style
	 */
	String render(Object canonical, String previous);
}
