package dev.baton.adr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.store.DecisionFormat;

/**
 * The ADR dialects Baton reads and writes in place. Name one in {@code baton.yaml} ({@code decisions: {path: doc/adr,
 * dialect: adr-tools}}) and pass {@link #formats()} to the store's loading options
 * ({@link dev.baton.store.LoadOptions#withFormats(Map)}). {@code madr} (MADR 4, Baton's own form) is the store's.
 */
public final class Dialects {

	private static final Map<String, DecisionFormat> FORMATS = new LinkedHashMap<>();

	static {
		add(new AdrFormat("adr-tools", "adr-tools / Nygard: '# N. Title', 'Date:', '## Status' with link lines"));
		add(new AdrFormat("nygard", "Nygard's original form (as adr-tools; new files the same)"));
		add(new AdrFormat("madr2", "MADR 2: '* Status:' / '* Deciders:' / '* Date:' bullets under the title"));
		add(new AdrFormat("madr3", "MADR 3 and 4 kept in place: YAML front matter, read like every other dialect"));
		add(new AdrFormat("log4brains", "log4brains: date-named files, '- Status:' bullets, '## Links'"));
		add(new AdrFormat("asciidoc", "AsciiDoc ADRs: '= N. Title', 'Date:', '== Status'"));
		add(new AdrFormat("status-table", "a '| Status | Date | Author(s) |' table at the top, no title heading"));
		add(new AdrFormat("folder-per-record", "one folder per record: 'YYYY-MM-DD-slug/README.md'"));
	}

	private Dialects() {
	}

	private static void add(AdrFormat format) {
		FORMATS.put(format.id(), format);
	}

	/** Every dialect's format, by name. */
	public static Map<String, DecisionFormat> formats() {
		return Collections.unmodifiableMap(FORMATS);
	}

	/** The format of a dialect, or {@code null}. */
	public static AdrFormat format(String dialect) {
		return (AdrFormat) FORMATS.get(dialect);
	}
}
