package dev.baton.store.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import dev.baton.model.BatonPackage;
import dev.baton.store.Kinds;
import dev.baton.store.StoreFindings;
import dev.baton.store.codec.YamlBlock;

/**
 * Reads a feature's value from a YAML node and gives its canonical form back, for features of records and of the small
 * structured objects inside them (escalation steps, repositories). References are left pending in the
 * {@link ReadContext}.
 */
public final class FeatureValues {

	private FeatureValues() {
	}

	/** Reads the node into the holder's feature; reports values that do not fit. */
	public static void read(EObject holder, EStructuralFeature feature, Node node, String key, Document document,
			ReadContext context) {
		int line = document.yaml().line(node, 0);
		if (feature instanceof EAttribute attribute) {
			if (attribute.isMany()) {
				List<Object> values = new ArrayList<>();
				for (ScalarNode scalar : scalars(node, key, document, context)) {
					Object value = convert(attribute, scalar.getValue(), key, document,
							document.yaml().line(scalar, line), context);
					if (value != null) {
						values.add(value);
					}
				}
				@SuppressWarnings("unchecked")
				Collection<Object> list = (Collection<Object>) holder.eGet(attribute);
				list.addAll(values);
			} else if (node instanceof ScalarNode scalar) {
				if (!YamlBlock.isNull(scalar)) {
					Object value = convert(attribute, scalar.getValue(), key, document, line, context);
					if (value != null) {
						holder.eSet(attribute, value);
					}
				}
			} else {
				context.error(document, line, StoreFindings.BAD_VALUE,
						"'" + key + "' takes a single value, not a list or a mapping: write it as '" + key
								+ ": value'");
			}
		} else if (feature instanceof EReference reference && reference.isContainment()) {
			if (!(node instanceof SequenceNode sequence)) {
				context.error(document, line, StoreFindings.BAD_VALUE, "'" + key + "' takes a list of mappings ('- "
						+ firstKey(reference.getEReferenceType()) + ": ...')");
				return;
			}
			for (Node item : sequence.getValue()) {
				if (!(item instanceof MappingNode mapping)) {
					context.error(document, document.yaml().line(item, line), StoreFindings.BAD_VALUE,
							"each item of '" + key + "' is a mapping ('- " + firstKey(reference.getEReferenceType())
									+ ": ...')");
					continue;
				}
				EObject child = EcoreUtil.create(reference.getEReferenceType());
				readMapping(child, mapping, key, document, context);
				@SuppressWarnings("unchecked")
				Collection<EObject> list = (Collection<EObject>) holder.eGet(reference);
				list.add(child);
			}
		} else if (feature instanceof EReference reference) {
			if (reference.isMany()) {
				for (ScalarNode scalar : scalars(node, key, document, context)) {
					if (!YamlBlock.isNull(scalar)) {
						context.refer(holder, reference, scalar.getValue(), document,
								document.yaml().line(scalar, line));
					}
				}
			} else if (node instanceof ScalarNode scalar) {
				if (!YamlBlock.isNull(scalar)) {
					context.refer(holder, reference, scalar.getValue(), document, line);
				}
			} else {
				context.error(document, line, StoreFindings.BAD_VALUE,
						"'" + key + "' refers to one record: write its id, as '" + key + ": some-id'");
			}
		}
	}

	/** Reads a mapping's keys into a structured object (an escalation step, a repository). */
	static void readMapping(EObject child, MappingNode mapping, String parentKey, Document document,
			ReadContext context) {
		for (NodeTuple tuple : mapping.getValue()) {
			String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
			EStructuralFeature feature = featureForKey(child.eClass(), key);
			if (feature == null) {
				context.warning(document, document.yaml().line(tuple.getKeyNode(), 0), StoreFindings.BAD_VALUE,
						"'" + parentKey + "' items have no key '" + key + "' (known: " + knownKeys(child.eClass())
								+ "); it is kept in the file but not read");
				continue;
			}
			read(child, feature, tuple.getValueNode(), parentKey + "." + key, document, context);
		}
	}

	/** The feature a front matter key stands for in a class, or {@code null}. */
	public static EStructuralFeature featureForKey(EClass eClass, String key) {
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (key.equals(Kinds.key(feature))) {
				return feature;
			}
		}
		return null;
	}

	private static String knownKeys(EClass eClass) {
		return eClass.getEAllStructuralFeatures().stream().map(Kinds::key).filter(k -> k != null)
				.collect(Collectors.joining(", "));
	}

	private static String firstKey(EClass eClass) {
		return eClass.getEAllStructuralFeatures().stream().map(Kinds::key).filter(k -> k != null).findFirst()
				.orElse("key");
	}

	private static List<ScalarNode> scalars(Node node, String key, Document document, ReadContext context) {
		if (node instanceof ScalarNode scalar) {
			return YamlBlock.isNull(scalar) ? List.of() : List.of(scalar);
		}
		List<ScalarNode> result = new ArrayList<>();
		if (node instanceof SequenceNode sequence) {
			for (Node item : sequence.getValue()) {
				if (item instanceof ScalarNode scalar) {
					result.add(scalar);
				} else {
					context.error(document, document.yaml().line(item, 0), StoreFindings.BAD_VALUE,
							"'" + key
									+ "' takes a list of plain values; this item is a list or a mapping and is "
									+ "ignored");
				}
			}
		} else {
			context.error(document, document.yaml().line(node, 0), StoreFindings.BAD_VALUE,
					"'" + key + "' takes a list ('" + key + ": [a, b]'), not a mapping");
		}
		return result;
	}

	/** Converts a scalar to the attribute's type; reports and returns {@code null} when it does not fit. */
	static Object convert(EAttribute attribute, String text, String key, Document document, int line,
			ReadContext context) {
		EDataType type = attribute.getEAttributeType();
		String value = text.strip();
		try {
			if (type == BatonPackage.Literals.LOCAL_DATE) {
				return date(value);
			}
			if (type instanceof EEnum eEnum) {
				EEnumLiteral literal = literal(eEnum, value);
				if (literal == null) {
					context.error(document, line, StoreFindings.BAD_VALUE,
							"'" + value + "' is not a valid " + key + ": use one of " + eEnum.getELiterals().stream()
									.map(EEnumLiteral::getLiteral).collect(Collectors.joining(", ")));
					return null;
				}
				return literal.getInstance();
			}
			Class<?> instance = type.getInstanceClass();
			if (instance == Integer.class || instance == int.class) {
				return Integer.valueOf(value);
			}
			if (instance == Boolean.class || instance == boolean.class) {
				return switch (value.toLowerCase(Locale.ROOT)) {
				case "true", "yes", "on" -> Boolean.TRUE;
				case "false", "no", "off" -> Boolean.FALSE;
				default -> throw new IllegalArgumentException();
				};
			}
			if (instance == BigDecimal.class) {
				return new BigDecimal(value.replace("_", ""));
			}
			return text;
		} catch (DateTimeParseException e) {
			context.error(document, line, StoreFindings.BAD_VALUE,
					"'" + value + "' is not a date for '" + key + "': write it as YYYY-MM-DD (e.g. 2026-03-31)");
		} catch (IllegalArgumentException e) {
			context.error(document, line, StoreFindings.BAD_VALUE, "'" + value + "' is not a valid value for '" + key
					+ "': " + describe(type));
		}
		return null;
	}

	private static String describe(EDataType type) {
		Class<?> instance = type.getInstanceClass();
		if (instance == Integer.class || instance == int.class) {
			return "write a whole number";
		}
		if (instance == Boolean.class || instance == boolean.class) {
			return "write true or false";
		}
		if (instance == BigDecimal.class) {
			return "write a decimal number such as 1200.50";
		}
		return "see docs/format.md";
	}

	static EEnumLiteral literal(EEnum eEnum, String value) {
		String normal = value.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
		for (EEnumLiteral literal : eEnum.getELiterals()) {
			if (literal.getLiteral().equals(normal)) {
				return literal;
			}
		}
		return null;
	}

	/**
	 * The canonical form of a feature's value: {@code null} when unset, {@link Plain} or {@code String} scalars, lists
	 * of them, maps for structured objects. References use the document's tokens.
	 */
	public static Object canonical(EObject holder, EStructuralFeature feature, Document document,
			Function<EObject, String> idOf) {
		if (feature.isMany()) {
			List<?> values = (List<?>) holder.eGet(feature, false);
			if (values.isEmpty()) {
				return null;
			}
			List<Object> result = new ArrayList<>(values.size());
			for (Object value : values) {
				result.add(canonicalValue(feature, value, document, idOf));
			}
			return result;
		}
		if (!holder.eIsSet(feature)) {
			return null;
		}
		Object value = holder.eGet(feature, false);
		return value == null ? null : canonicalValue(feature, value, document, idOf);
	}

	private static Object canonicalValue(EStructuralFeature feature, Object value, Document document,
			Function<EObject, String> idOf) {
		if (feature instanceof EReference reference) {
			EObject target = (EObject) value;
			if (reference.isContainment()) {
				Map<String, Object> map = new LinkedHashMap<>();
				for (EStructuralFeature child : target.eClass().getEAllStructuralFeatures()) {
					String key = Kinds.key(child);
					Object canonical = key == null ? null : canonical(target, child, document, idOf);
					if (canonical != null) {
						map.put(key, canonical);
					}
				}
				return map;
			}
			String token = document.tokens().get(target);
			return References.tokenValue(token != null ? token : idOf.apply(target));
		}
		EDataType type = ((EAttribute) feature).getEAttributeType();
		if (type == EcorePackage.Literals.ESTRING) {
			return value;
		}
		if (value instanceof BigDecimal decimal) {
			return new Plain(decimal.toPlainString());
		}
		return new Plain(EcoreUtil.convertToString(type, value));
	}

	/** Splits a comma-separated legacy value ("a, b") as some dialects write lists. */
	static List<String> splitList(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * An ISO date ({@code 2026-11-28}): the usual ten characters read directly (the formatter costs a microsecond a
	 * date, and a large folder has tens of thousands of them), anything else by {@link LocalDate#parse}, which also
	 * says what is wrong with it.
	 */
	static LocalDate date(String value) {
		if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
			int year = digits(value, 0, 4);
			int month = digits(value, 5, 7);
			int day = digits(value, 8, 10);
			if (year >= 0 && month >= 0 && day >= 0) {
				try {
					return LocalDate.of(year, month, day);
				} catch (DateTimeException e) {
					// not a day of the calendar: the formatter's message says which part
				}
			}
		}
		return LocalDate.parse(value);
	}

	private static int digits(String value, int from, int to) {
		int number = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + c - '0';
		}
		return number;
	}
}
