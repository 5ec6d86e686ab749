package dev.baton.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.baton.model.BatonFactory;
import dev.baton.model.BatonPackage;
import dev.baton.model.LinkType;
import dev.baton.model.Record;
import dev.baton.model.Section;
import dev.baton.store.Kinds;
import dev.baton.store.StoreFindings;
import dev.baton.store.codec.MarkdownOutline;
import dev.baton.store.codec.YamlBlock;

/**
 * How one kind of record maps to its file: the front matter keys in the order they are written, and the body sections
 * in MADR / Baton order. Reads a {@link Document} into a record, and gives every part's canonical value for change
 * detection.
 */
public final class RecordCodec {

	static final String TITLE = "title";
	static final String DESCRIPTION = "description";
	static final String SECTIONS = "sections";

	private static final Map<EClass, RecordCodec> CODECS = new ConcurrentHashMap<>();

	private final List<KeyCodec> keys;
	private final List<BodyCodec> body;

	private RecordCodec(List<KeyCodec> keys, List<BodyCodec> body) {
		this.keys = keys;
		this.body = body;
	}

	public static RecordCodec of(EClass eClass) {
		return CODECS.computeIfAbsent(eClass, RecordCodec::build);
	}

	private static RecordCodec build(EClass eClass) {
		BatonPackage p = BatonPackage.eINSTANCE;
		List<KeyCodec> keys = new ArrayList<>();
		List<BodyCodec> body = new ArrayList<>();
		List<EStructuralFeature> common = List.of(p.getRecord_Id(), p.getRecord_Title(), p.getRecord_Owner(),
				p.getRecord_Tags(), p.getRecord_LastReviewed());
		if (eClass == p.getDecision()) {
			keys.add(new DecisionKeys.StatusKey());
			keys.add(new KeyCodec.FeatureKey("date", p.getDecision_Date(), List.of()));
			keys.add(new KeyCodec.FeatureKey("decision-makers", p.getDecision_DecisionMakers(), List.of("deciders")));
			keys.add(new KeyCodec.FeatureKey("consulted", p.getDecision_Consulted(), List.of()));
			keys.add(new KeyCodec.FeatureKey("informed", p.getDecision_Informed(), List.of()));
			keys.add(new KeyCodec.IdKey());
			keys.add(new KeyCodec.TitleKey());
			keys.add(new KeyCodec.FeatureKey("owner", p.getRecord_Owner(), List.of()));
			keys.add(new KeyCodec.FeatureKey("tags", p.getRecord_Tags(), List.of()));
			keys.add(new KeyCodec.FeatureKey("last-reviewed", p.getRecord_LastReviewed(), List.of()));
			keys.add(new DecisionKeys.LinkKey(LinkType.SUPERSEDES));
			keys.add(new DecisionKeys.LinkKey(LinkType.AMENDS));
			keys.add(new DecisionKeys.LinkKey(LinkType.RELATES_TO));
			keys.add(new DecisionKeys.CustomLinksKey());
			keys.add(new KeyCodec.FeatureKey("superseded-by", p.getDecision_StatedSupersededBy(), List.of()));
			keys.add(new KeyCodec.FeatureKey("affects", p.getDecision_Affects(), List.of()));
			body.add(new Sections.TextSection("Context and Problem Statement", null, p.getDecision_Context(),
					List.of("Context", "Context and problem statement")));
			body.add(new Sections.ListSection("Decision Drivers", null, p.getDecision_Drivers()));
			body.add(new DecisionSections.ConsideredOptions());
			body.add(new DecisionSections.Outcome());
			body.add(new Sections.TextSection("Consequences", DecisionSections.OUTCOME, p.getDecision_Consequences(),
					List.of()));
			body.add(new Sections.TextSection("Confirmation", DecisionSections.OUTCOME, p.getDecision_Confirmation(),
					List.of()));
			body.add(new DecisionSections.ProsAndCons());
			body.add(new Sections.TextSection("More Information", null, p.getDecision_MoreInformation(), List.of()));
			return new RecordCodec(keys, body);
		}
		keys.add(new KeyCodec.IdKey());
		keys.add(new KeyCodec.TitleKey());
		keys.add(new KeyCodec.FeatureKey("owner", p.getRecord_Owner(), List.of()));
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (common.contains(feature)) {
				continue;
			}
			String key = Kinds.key(feature);
			String section = Kinds.section(feature);
			if (key != null) {
				keys.add(new KeyCodec.FeatureKey(key, feature, List.of()));
			} else if (section != null && feature instanceof EAttribute attribute) {
				body.add(attribute.isMany() ? new Sections.ListSection(section, null, attribute)
						: new Sections.TextSection(section, null, attribute, List.of()));
			}
		}
		keys.add(new KeyCodec.FeatureKey("tags", p.getRecord_Tags(), List.of()));
		keys.add(new KeyCodec.FeatureKey("last-reviewed", p.getRecord_LastReviewed(), List.of()));
		return new RecordCodec(keys, body);
	}

	public List<KeyCodec> keys() {
		return keys;
	}

	public List<BodyCodec> body() {
		return body;
	}

	/** Reads the document's front matter and body into the (empty) record. */
	public void read(Record record, Document document, ReadContext context) {
		YamlBlock yaml = document.yaml();
		for (YamlBlock.Entry duplicate : yaml.duplicates()) {
			context.warning(document, duplicate.line(), StoreFindings.DUPLICATE_KEY, "'" + duplicate.key()
					+ "' is given twice; the first one (line " + yaml.get(duplicate.key()).line()
					+ ") counts: remove one");
		}
		for (KeyCodec codec : keys) {
			YamlBlock.Entry entry = yaml.get(codec.key());
			if (entry == null) {
				for (String alias : codec.aliases()) {
					entry = yaml.get(alias);
					if (entry != null) {
						document.keyAliases().put(codec.key(), alias);
						break;
					}
				}
			}
			if (entry != null) {
				codec.read(record, entry, document, context);
			}
		}
		MarkdownOutline outline = document.outline();
		if (outline.title() != null) {
			record.setTitle(outline.title().heading());
		}
		String description = outline.text(outline.preambleFrom(), outline.preambleTo());
		if (!description.isEmpty()) {
			record.setDescription(description);
		}
		for (BodyCodec codec : body) {
			codec.read(record, outline, locate(codec, outline));
		}
		for (MarkdownOutline.Section section : outline.sections()) {
			if (claimedBy(section) == null) {
				Section extra = BatonFactory.eINSTANCE.createSection();
				extra.setHeading(section.heading());
				extra.setLevel(section.level());
				extra.setBody(outline.text(section.contentFrom(), section.to()));
				record.getSections().add(extra);
			}
		}
	}

	/** The outline section a codec reads, or {@code null}. */
	public MarkdownOutline.Section locate(BodyCodec codec, MarkdownOutline outline) {
		if (codec.parent() != null) {
			for (MarkdownOutline.Section section : outline.sections()) {
				if (section.heading().equalsIgnoreCase(codec.parent())) {
					for (MarkdownOutline.Section child : section.children()) {
						if (codec.matches(child.heading())) {
							return child;
						}
					}
				}
			}
		}
		for (MarkdownOutline.Section section : outline.sections()) {
			if (codec.matches(section.heading())) {
				return section;
			}
		}
		return null;
	}

	/** The codec that reads a top-level section, or {@code null} for sections kept verbatim. */
	public BodyCodec claimedBy(MarkdownOutline.Section section) {
		for (BodyCodec codec : body) {
			if (codec.matches(section.heading())
					|| (codec.parent() != null && section.heading().equalsIgnoreCase(codec.parent()))) {
				return codec;
			}
		}
		return null;
	}

	/** Every part's canonical value, keyed {@code key:<key>}, {@code body:<heading>}, title, description, sections. */
	public Map<String, Object> canonical(Record record, Document document, Function<EObject, String> idOf) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (KeyCodec codec : keys) {
			values.put("key:" + codec.key(), codec.canonical(record, document, idOf));
		}
		values.put(TITLE, RecordFiles.titleInFrontMatter(document) ? null : record.getTitle());
		values.put(DESCRIPTION, emptyToNull(record.getDescription()));
		for (BodyCodec codec : body) {
			values.put("body:" + codec.heading(), codec.canonical(record));
		}
		List<List<Object>> sections = new ArrayList<>();
		for (Section section : record.getSections()) {
			sections.add(List.of(String.valueOf(section.getHeading()), section.getLevel(),
					section.getBody() == null ? "" : section.getBody()));
		}
		values.put(SECTIONS, sections.isEmpty() ? null : sections);
		return values;
	}

	private static String emptyToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}
}
