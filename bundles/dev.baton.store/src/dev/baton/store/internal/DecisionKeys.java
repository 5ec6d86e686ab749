package dev.baton.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import dev.baton.model.BatonFactory;
import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;
import dev.baton.model.Record;
import dev.baton.store.DecisionStatuses;
import dev.baton.store.StoreFindings;
import dev.baton.store.codec.YamlBlock;

/** Front matter keys of decisions that are not one feature each: status and typed links. */
final class DecisionKeys {

	private DecisionKeys() {
	}

	/** {@code status}: the text as written, and the lifecycle state it maps to. */
	static final class StatusKey extends KeyCodec {

		StatusKey() {
			super("status", List.of());
		}

		@Override
		public void read(Record record, YamlBlock.Entry entry, Document document, ReadContext context) {
			Object value = YamlBlock.toJava(entry.value());
			if (value instanceof String text) {
				Decision decision = (Decision) record;
				decision.setStatusText(text);
				decision.setStatus(DecisionStatuses.of(text));
			} else if (value != null) {
				context.error(document, entry.line(), StoreFindings.BAD_VALUE,
						"'status' is one word such as accepted or proposed, not a list");
			}
		}

		/** The text as written while it still says the same state; the state's name once it was changed. */
		@Override
		public Object canonical(Record record, Document document, Function<EObject, String> idOf) {
			Decision decision = (Decision) record;
			String text = decision.getStatusText();
			if (text != null && DecisionStatuses.of(text) == decision.getStatus()) {
				return text;
			}
			if (text == null && decision.getStatus() == DecisionStatus.UNKNOWN) {
				return null; // no status was written, and none is
			}
			return decision.eIsSet(BatonPackage.Literals.DECISION__STATUS)
					? new Plain(decision.getStatus().getLiteral())
					: null;
		}
	}

	/** {@code supersedes}, {@code amends}, {@code relates-to}: plain links of one type. */
	static final class LinkKey extends KeyCodec {

		private final LinkType type;

		LinkKey(LinkType type) {
			super(type.getLiteral(), List.of());
			this.type = type;
		}

		@Override
		public void read(Record record, YamlBlock.Entry entry, Document document, ReadContext context) {
			List<ScalarNode> scalars = new ArrayList<>();
			Node node = entry.value();
			if (node instanceof ScalarNode scalar && !YamlBlock.isNull(scalar)) {
				scalars.add(scalar);
			} else if (node instanceof SequenceNode sequence) {
				for (Node item : sequence.getValue()) {
					if (item instanceof ScalarNode scalar) {
						scalars.add(scalar);
					}
				}
			}
			for (ScalarNode scalar : scalars) {
				DecisionLink link = BatonFactory.eINSTANCE.createDecisionLink();
				link.setType(type);
				((Decision) record).getLinks().add(link);
				context.refer(link, BatonPackage.Literals.DECISION_LINK__TARGET, scalar.getValue(), document,
						document.yaml().line(scalar, entry.line()));
			}
		}

		@Override
		public Object canonical(Record record, Document document, Function<EObject, String> idOf) {
			List<Object> tokens = new ArrayList<>();
			for (DecisionLink link : ((Decision) record).getLinks()) {
				if (isPlain(link) && link.getType() == type && link.getTarget() != null) {
					String token = document.tokens().get(link.getTarget());
					tokens.add(References.tokenValue(token != null ? token : idOf.apply(link.getTarget())));
				}
			}
			return tokens.isEmpty() ? null : tokens;
		}
	}

	static boolean isPlain(DecisionLink link) {
		return link.getType() != LinkType.CUSTOM && (link.getNote() == null || link.getNote().isEmpty())
				&& (link.getCustomType() == null || link.getCustomType().isEmpty());
	}

	/** {@code links}: a list of {@code {type, target, note}}, for custom types and links with a note. */
	static final class CustomLinksKey extends KeyCodec {

		CustomLinksKey() {
			super("links", List.of());
		}

		@Override
		public void read(Record record, YamlBlock.Entry entry, Document document, ReadContext context) {
			if (!(entry.value() instanceof SequenceNode sequence)) {
				context.error(document, entry.line(), StoreFindings.BAD_VALUE,
						"'links' is a list of mappings such as '- {type: depends-on, target: 0012-use-kafka}'");
				return;
			}
			for (Node item : sequence.getValue()) {
				int line = document.yaml().line(item, entry.line());
				if (!(item instanceof MappingNode mapping)) {
					context.error(document, line, StoreFindings.BAD_VALUE,
							"each link is a mapping such as '{type: depends-on, target: 0012-use-kafka}'");
					continue;
				}
				Map<String, Object> values = new LinkedHashMap<>();
				Map<String, Node> nodes = new LinkedHashMap<>();
				for (NodeTuple tuple : mapping.getValue()) {
					String key = String.valueOf(YamlBlock.toJava(tuple.getKeyNode()));
					values.put(key, YamlBlock.toJava(tuple.getValueNode()));
					nodes.put(key, tuple.getValueNode());
				}
				if (!(values.get("target") instanceof String target)
						|| !(values.get("type") instanceof String typeText)) {
					context.error(document, line, StoreFindings.BAD_VALUE,
							"a link needs a 'type' and a 'target' (the id or number of a decision)");
					continue;
				}
				DecisionLink link = BatonFactory.eINSTANCE.createDecisionLink();
				LinkType type = LinkType.get(typeText.strip().toLowerCase(Locale.ROOT));
				if (type == null || type == LinkType.CUSTOM) {
					link.setType(LinkType.CUSTOM);
					link.setCustomType(typeText.strip());
				} else {
					link.setType(type);
				}
				if (values.get("note") instanceof String note) {
					link.setNote(note);
				}
				((Decision) record).getLinks().add(link);
				context.refer(link, BatonPackage.Literals.DECISION_LINK__TARGET, target, document,
						document.yaml().line(nodes.get("target"), line));
			}
		}

		@Override
		public Object canonical(Record record, Document document, Function<EObject, String> idOf) {
			List<Object> links = new ArrayList<>();
			for (DecisionLink link : ((Decision) record).getLinks()) {
				if (!isPlain(link) && link.getTarget() != null) {
					Map<String, Object> map = new LinkedHashMap<>();
					map.put("type",
							link.getType() == LinkType.CUSTOM ? link.getCustomType() : link.getType().getLiteral());
					String token = document.tokens().get(link.getTarget());
					map.put("target", References.tokenValue(token != null ? token : idOf.apply(link.getTarget())));
					if (link.getNote() != null && !link.getNote().isEmpty()) {
						map.put("note", link.getNote());
					}
					links.add(map);
				}
			}
			return links.isEmpty() ? null : links;
		}
	}
}
