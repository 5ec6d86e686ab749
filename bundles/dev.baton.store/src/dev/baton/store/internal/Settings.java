package dev.baton.store.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import dev.baton.store.StoreFindings;
import dev.baton.store.codec.YamlBlock;

/**
 * {@code baton.yaml}: the folder's name, description and organisation, its decision sets, and its settings.
 */
public final class Settings {

	/**
	 * A set of decisions as {@code baton.yaml} declares it.
	 *
	 * @param name    scope name
	 * @param path    folder relative to the architecture folder
	 * @param dialect ADR dialect of its files
	 * @param digits  width of numbers in new file names
	 */
	public record DecisionSetConfig(String name, String path, String dialect, int digits) {
	}

	/** The widest number a decision file name may have ({@link RecordFiles#number} reads no more). */
	public static final int MAX_DIGITS = 9;

	public String name;
	public String description;
	public String organisation;
	public final List<DecisionSetConfig> decisionSets = new ArrayList<>();
	public final Map<String, String> values = new LinkedHashMap<>();

	/** Reads the already composed {@code baton.yaml}; problems go to the context against the document. */
	public static Settings read(YamlBlock yaml, Document document, ReadContext context) {
		Settings settings = new Settings();
		settings.name = string(yaml, "name", document, context);
		settings.description = string(yaml, "description", document, context);
		settings.organisation = string(yaml, "organisation", document, context);
		if (settings.organisation == null) {
			settings.organisation = string(yaml, "organization", document, context);
		}
		if (settings.name == null) {
			context.warning(document, 1, StoreFindings.BAD_VALUE,
					"baton.yaml has no 'name': add one, e.g. 'name: Acme Platform'");
		}
		YamlBlock.Entry decisions = yaml.get("decisions");
		if (decisions == null) {
			settings.decisionSets.add(new DecisionSetConfig("decisions", "decisions", "madr", 4));
		} else if (decisions.value() instanceof MappingNode mapping) {
			settings.decisionSets.add(set(YamlBlock.toJava(mapping), "decisions", document, decisions.line(), context));
		} else if (decisions.value() instanceof SequenceNode sequence) {
			for (Node item : sequence.getValue()) {
				settings.decisionSets.add(set(YamlBlock.toJava(item), null, document, yaml.line(item, 1), context));
			}
		} else if (YamlBlock.toJava(decisions.value()) instanceof String path) {
			settings.decisionSets.add(new DecisionSetConfig("decisions", path, "madr", 4));
		} else {
			context.error(document, decisions.line(), StoreFindings.BAD_VALUE, "'decisions' is a folder, a decision "
					+ "set '{name: core, path: decisions}' or a list of them; 'decisions' is used until it is fixed");
		}
		if (settings.decisionSets.isEmpty()) {
			// 'decisions: []': the folder still has its own decisions folder, where new decisions go
			settings.decisionSets.add(new DecisionSetConfig("decisions", "decisions", "madr", 4));
		}
		YamlBlock.Entry values = yaml.get("settings");
		if (values != null && YamlBlock.toJava(values.value()) instanceof Map<?, ?> map) {
			map.forEach((key, value) -> settings.values.put(String.valueOf(key), String.valueOf(value)));
		}
		return settings;
	}

	private static DecisionSetConfig set(Object value, String defaultName, Document document, int line,
			ReadContext context) {
		if (!(value instanceof Map<?, ?> map) || !(map.get("path") instanceof String path)) {
			context.error(document, line, StoreFindings.BAD_VALUE,
					"a decision set needs a 'path', e.g. '{name: core, path: decisions}'");
			return new DecisionSetConfig(defaultName == null ? "decisions" : defaultName, "decisions", "madr", 4);
		}
		String name = map.get("name") instanceof String n ? n
				: defaultName != null ? defaultName
						: Path.of(path).getFileName().toString();
		String dialect = map.get("dialect") instanceof String d ? d : "madr";
		int digits = 4;
		if (map.containsKey("digits")) {
			digits = digits(map.get("digits"), document, line, context);
		}
		return new DecisionSetConfig(name, path, dialect, digits);
	}

	/** The width of numbers in new file names: 1 to 9 digits (a decision number is at most 999,999,999). */
	private static int digits(Object value, Document document, int line, ReadContext context) {
		try {
			int digits = value instanceof String text ? Integer.parseInt(text.strip()) : -1;
			if (digits >= 1 && digits <= MAX_DIGITS) {
				return digits;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		context.error(document, line, StoreFindings.BAD_VALUE, "'digits' is a whole number from 1 to " + MAX_DIGITS
				+ " (the width of the number in new file names: 4 gives 0007), not '" + value + "'; 4 is used until "
				+ "it is fixed");
		return 4;
	}

	private static String string(YamlBlock yaml, String key, Document document, ReadContext context) {
		YamlBlock.Entry entry = yaml.get(key);
		if (entry == null) {
			return null;
		}
		Object value = YamlBlock.toJava(entry.value());
		if (value instanceof String text) {
			return text;
		}
		context.error(document, entry.line(), StoreFindings.BAD_VALUE, "'" + key + "' takes a single line of text");
		return null;
	}
}
