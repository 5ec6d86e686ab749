package dev.baton.adr.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.store.codec.MarkdownOutline;
import dev.baton.store.codec.SourceText;

/**
 * Where each part of an ADR file is and what it held when read: the title line, each metadata value (front matter key,
 * bullet, {@code Date:} line, table cell, status line), the link lines, each section. Writing back replaces only the
 * parts whose value changed.
 */
public final class Layout {

	/** How the file is marked up. */
	public enum Markup {
		MARKDOWN, ASCIIDOC
	}

	/** Where a metadata value is written. */
	public enum Style {
		/** a YAML front matter key */
		FRONT_MATTER,
		/** {@code * Status: accepted} */
		BULLET,
		/** {@code Date: 2018-02-27} */
		LINE,
		/** a cell of a Markdown table at the top */
		TABLE,
		/** the first paragraph of a {@code ## Status} section */
		SECTION,
		/** dated lines in a status section, the last one counts ({@code 2017-11-22 提议}) */
		HISTORY
	}

	/**
	 * A value in one line: the characters [start, end) of line {@code line} (0-based).
	 *
	 * @param pattern how a date was written, for dates
	 */
	public record Field(Style style, int line, int start, int end, Object value, String pattern) {
	}

	/** A link line ({@code Supersedes [1. X](0001-x.md)}) as read: its line and the link's meaning and token. */
	public record LinkLine(int line, String meaning, List<String> keys, String text) {
	}

	public Markup markup = Markup.MARKDOWN;
	/** The dialect the file is written in: adr-tools, nygard, madr2, log4brains, madr, asciidoc, status-table, ... */
	public String dialect;
	public SourceText source;
	public MarkdownOutline outline;
	/** The title's line and the text before and after the title proper ({@code "# 3. "}, {@code ""}). */
	public int titleLine = -1;
	public String titlePrefix;
	public String titleSuffix = "";
	public String title;
	/** Metadata values by key: status, date, deciders, consulted, informed, tags. */
	public final Map<String, Field> fields = new LinkedHashMap<>();
	/** Line after the last bullet or {@code Label:} line of the metadata block, -1 when there is none. */
	public int metaEnd = -1;
	public String bulletMarker = "*";
	/** The status section (headings translated), or {@code null}. */
	public MarkdownOutline.Section statusSection;
	/** The links section ({@code ## Links} of MADR 2 / log4brains), or {@code null}. */
	public MarkdownOutline.Section linksSection;
	public final List<LinkLine> links = new ArrayList<>();
	/** The canonical value of every part at reading, by part name. */
	public final Map<String, Object> loaded = new LinkedHashMap<>();
	/** Sections kept verbatim: their outline entries, in file order. */
	public final List<MarkdownOutline.Section> extraSections = new ArrayList<>();
	/** Links said in prose ("superseded by" a sentence): not written back as link lines. */
	public final Set<String> proseKeys = new HashSet<>();
	/** Text sections read with their sub-sections (none of which a field claims), by codec heading. */
	public final Set<String> wholeSections = new HashSet<>();
	/** The front matter's last line (exclusive) when there is one, else -1. */
	public int frontMatterEnd = -1;
}
