package dev.baton.store.codec;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;

import dev.baton.store.internal.BodyCodec;
import dev.baton.store.internal.RecordCodec;

/**
 * The body sections of one kind of record, in the order the store writes them, and which outline section each reads.
 * One instance per kind, shared and immutable.
 */
public final class RecordSections {

	private static final Map<EClass, RecordSections> KINDS = new ConcurrentHashMap<>();

	private final RecordCodec codec;
	private final List<SectionCodec> sections;

	private RecordSections(RecordCodec codec) {
		this.codec = codec;
		this.sections = List.copyOf(codec.body());
	}

	/**
	 * The sections of a kind of record.
	 *
	 * @param kind a record class of the model ({@code BatonPackage.Literals.DECISION})
	 */
	public static RecordSections of(EClass kind) {
		return KINDS.computeIfAbsent(kind, k -> new RecordSections(RecordCodec.of(k)));
	}

	/** Every section codec, in writing order. */
	public List<SectionCodec> sections() {
		return sections;
	}

	/** The outline section a codec reads (a level-3 one inside its parent first), or {@code null}. */
	public MarkdownOutline.Section locate(SectionCodec section, MarkdownOutline outline) {
		return codec.locate((BodyCodec) section, outline);
	}

	/** The codec that reads a top-level outline section, or {@code null} for a section kept verbatim. */
	public SectionCodec claimedBy(MarkdownOutline.Section section) {
		return codec.claimedBy(section);
	}
}
