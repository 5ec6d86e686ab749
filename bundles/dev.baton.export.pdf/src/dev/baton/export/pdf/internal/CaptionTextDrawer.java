package dev.baton.export.pdf.internal;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Writes the diagrams' captions as PDF text in the pack's embedded fonts, by family name. Text is written as text only
 * when the font has every glyph of it; otherwise the drawing falls back to the characters' outlines. Asking the font
 * first matters: a glyph missing in the middle of a PDF text object throws there, and the text object is then never
 * closed.
 */
final class CaptionTextDrawer extends PdfBoxGraphics2DFontTextDrawer {

	private final List<CaptionFont> fonts;

	CaptionTextDrawer(List<CaptionFont> fonts) {
		this.fonts = fonts;
	}

	@Override
	protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
		CaptionFont caption = find(font);
		return caption == null ? null : caption.font();
	}

	@Override
	public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) {
		Font font = (Font) iterator.getAttribute(TextAttribute.FONT);
		CaptionFont caption = find(font == null ? env.getFont() : font);
		if (caption == null) {
			return false;
		}
		for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
			int codePoint = c;
			if (Character.isHighSurrogate(c)) {
				char low = iterator.next();
				codePoint = Character.toCodePoint(c, low);
			}
			if (iterator.getAttribute(TextAttribute.FONT) != font || !caption.covers(codePoint)) {
				return false;
			}
		}
		return true;
	}

	private CaptionFont find(Font font) {
		if (font == null) {
			return null;
		}
		for (CaptionFont caption : fonts) {
			if (caption.family().equals(font.getName())) {
				return caption;
			}
		}
		return null;
	}
}
