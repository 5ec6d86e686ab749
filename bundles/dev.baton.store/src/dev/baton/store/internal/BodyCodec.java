package dev.baton.store.internal;

import java.util.List;

import dev.baton.model.Record;
import dev.baton.store.codec.MarkdownOutline;
import dev.baton.store.codec.SectionCodec;

/**
 * One part of a record's Markdown body (a section, or the title and the prose before the first section): how it is read
 * into the model, its canonical value, and how a changed value is written.
 */
public abstract class BodyCodec implements SectionCodec {

	private final String heading;
	private final String parent;

	/**
	 * @param heading the section heading, {@code null} for the title and the preamble
	 * @param parent  the heading of the level-2 section this level-3 section belongs in, or {@code null}
	 */
	protected BodyCodec(String heading, String parent) {
		this.heading = heading;
		this.parent = parent;
	}

	@Override
	public final String heading() {
		return heading;
	}

	@Override
	public final String parent() {
		return parent;
	}

	/** Headings that name the same section in files people wrote. */
	public List<String> headingAliases() {
		return List.of();
	}

	/** Reads the section's content; {@code section} is {@code null} when the file lacks it. */
	@Override
	public abstract void read(Record record, MarkdownOutline outline, MarkdownOutline.Section section);

	/** The content as it would be written now, {@code null} when the section should not be there. */
	@Override
	public abstract Object canonical(Record record);

	/**
	 * The Markdown content (without the heading, without a final line break) of a canonical value.
	 *
	 * @param previous the section's content as the file has it now ("" when new), for its style
	 */
	@Override
	public abstract String render(Object canonical, String previous);

	/** Whether the outline section is this codec's. */
	@Override
	public boolean matches(String sectionHeading) {
		if (sectionHeading.equalsIgnoreCase(heading)) {
			return true;
		}
		for (String alias : headingAliases()) {
			if (sectionHeading.equalsIgnoreCase(alias)) {
				return true;
			}
		}
		return false;
	}
}
