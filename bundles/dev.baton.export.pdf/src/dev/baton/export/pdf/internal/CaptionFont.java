package dev.baton.export.pdf.internal;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A font the diagrams' captions are written in: the embedded PDF font, the family name the drawing asks for it by, and
 * which characters it has a glyph for. A caption is cut into runs, each written in the first font that has its
 * characters, so Chinese text in a box is written in the Chinese font instead of failing in the Latin one.
 */
public interface CaptionFont {

	/** The family name the drawing's {@link java.awt.Font} carries. */
	String family();

	/** The PDF font of the document being written. */
	PDFont font();

	/** Whether the font has a glyph for the character. */
	boolean covers(int codePoint);
}
