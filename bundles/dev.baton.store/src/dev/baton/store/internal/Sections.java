package dev.baton.store.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

import dev.baton.model.Record;
import dev.baton.store.codec.MarkdownOutline;

/** Body sections that hold one feature: Markdown text, or a bullet list of items. */
final class Sections {

	private Sections() {
	}

	/** A section whose whole content is one Markdown feature. */
	static final class TextSection extends BodyCodec {

		private final EAttribute feature;
		private final List<String> aliases;

		TextSection(String heading, String parent, EAttribute feature, List<String> aliases) {
			super(heading, parent);
			this.feature = feature;
			this.aliases = aliases;
		}

		@Override
		public List<String> headingAliases() {
			return aliases;
		}

		@Override
		public void read(Record record, MarkdownOutline outline, MarkdownOutline.Section section) {
			if (section != null) {
				String text = outline.text(section.contentFrom(), section.ownContentTo());
				if (!text.isEmpty()) {
					record.eSet(feature, text);
				}
			}
		}

		@Override
		public Object canonical(Record record) {
			Object value = record.eGet(feature);
			return value == null || value.toString().isEmpty() ? null : value;
		}

		@Override
		public String render(Object canonical, String previous) {
			return canonical.toString();
		}
	}

	/** A section that is a bullet list, one item per value. */
	static final class ListSection extends BodyCodec {

		private final EAttribute feature;

		ListSection(String heading, String parent, EAttribute feature) {
			super(heading, parent);
			this.feature = feature;
		}

		@Override
		public void read(Record record, MarkdownOutline outline, MarkdownOutline.Section section) {
			if (section == null) {
				return;
			}
			String text = outline.text(section.contentFrom(), section.ownContentTo());
			List<String> items = MarkdownOutline.listItems(text);
			@SuppressWarnings("unchecked")
			List<Object> values = (List<Object>) record.eGet(feature);
			if (items == null) {
				// not a plain list: keep the whole text as one item rather than lose it
				values.add(text);
			} else {
				values.addAll(items);
			}
		}

		@Override
		public Object canonical(Record record) {
			List<?> values = (List<?>) record.eGet(feature);
			return values.isEmpty() ? null : new ArrayList<>(values);
		}

		@Override
		public String render(Object canonical, String previous) {
			return bullets((List<?>) canonical, MarkdownOutline.bulletMarker(previous, "*"));
		}
	}

	/** Items as a bullet list; continuation lines of an item are indented under it. */
	static String bullets(List<?> items, String marker) {
		StringBuilder out = new StringBuilder();
		for (Object item : items) {
			if (out.length() > 0) {
				out.append('\n');
			}
			out.append(marker).append(' ').append(item.toString().replace("\n", "\n  "));
		}
		return out.toString();
	}
}
