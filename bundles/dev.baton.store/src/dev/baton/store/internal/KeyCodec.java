package dev.baton.store.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.baton.model.Record;
import dev.baton.store.StoreFindings;
import dev.baton.store.codec.YamlBlock;
import dev.baton.store.codec.YamlText;

/**
 * One front matter key of a kind of record: how its value is read into the model and what its canonical value is, so
 * that a save can tell whether it changed.
 */
public abstract class KeyCodec {

	private final String key;
	private final List<String> aliases;

	protected KeyCodec(String key, List<String> aliases) {
		this.key = key;
		this.aliases = aliases;
	}

	public final String key() {
		return key;
	}

	/** Other spellings read as this key ({@code deciders} for {@code decision-makers}). */
	public final List<String> aliases() {
		return aliases;
	}

	public abstract void read(Record record, YamlBlock.Entry entry, Document document, ReadContext context);

	/** The value as it would be written now, {@code null} when the key should not be there. */
	public abstract Object canonical(Record record, Document document, Function<EObject, String> idOf);

	/** Whether a new list value is best written as a block (lists of mappings). */
	public boolean block(Object canonical) {
		return YamlText.isComplex(canonical);
	}

	/** The key of one feature, read and written generically by its type. */
	static final class FeatureKey extends KeyCodec {

		private final EStructuralFeature feature;

		FeatureKey(String key, EStructuralFeature feature, List<String> aliases) {
			super(key, aliases);
			this.feature = feature;
		}

		@Override
		public void read(Record record, YamlBlock.Entry entry, Document document, ReadContext context) {
			FeatureValues.read(record, feature, entry.value(), key(), document, context);
		}

		@Override
		public Object canonical(Record record, Document document, Function<EObject, String> idOf) {
			return FeatureValues.canonical(record, feature, document, idOf);
		}
	}

	/** {@code id}: written only when the file had it or the id differs from the file name. */
	static final class IdKey extends KeyCodec {

		IdKey() {
			super("id", List.of());
		}

		@Override
		public void read(Record record, YamlBlock.Entry entry, Document document, ReadContext context) {
			Object value = YamlBlock.toJava(entry.value());
			if (value instanceof String id && !id.isBlank()) {
				record.setId(id.strip());
			} else {
				context.error(document, entry.line(), StoreFindings.BAD_VALUE,
						"'id' must be a single word such as billing-service; the file name is used instead");
			}
		}

		@Override
		public Object canonical(Record record, Document document, Function<EObject, String> idOf) {
			String stem = RecordFiles.stem(document.file());
			boolean written = document.yaml().get("id") != null;
			return record.getId() == null || (!written && record.getId().equals(stem)) ? null : record.getId();
		}
	}

	/** {@code title}: only for files that give the title in the front matter instead of a heading. */
	static final class TitleKey extends KeyCodec {

		TitleKey() {
			super("title", List.of());
		}

		@Override
		public void read(Record record, YamlBlock.Entry entry, Document document, ReadContext context) {
			Object value = YamlBlock.toJava(entry.value());
			if (value instanceof String title && record.getTitle() == null) {
				record.setTitle(title);
			}
		}

		@Override
		public Object canonical(Record record, Document document, Function<EObject, String> idOf) {
			return RecordFiles.titleInFrontMatter(document) ? record.getTitle() : null;
		}
	}
}
