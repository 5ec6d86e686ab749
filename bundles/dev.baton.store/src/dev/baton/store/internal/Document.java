package dev.baton.store.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import dev.baton.model.Record;
import dev.baton.store.DecisionFormat;
import dev.baton.store.codec.FrontMatter;
import dev.baton.store.codec.MarkdownOutline;
import dev.baton.store.codec.SourceText;
import dev.baton.store.codec.YamlBlock;

/**
 * One record file as it was read: its text and structure (front matter entries, Markdown outline), the record made from
 * it, the canonical value of every key and section at load time, and the token (id, number, ...) the file used for each
 * record it refers to. Saving compares canonical values now with those at load and patches only what differs.
 */
public final class Document {

	private final Path file;
	private final String relativePath;
	private SourceText source;
	private FrontMatter frontMatter;
	private YamlBlock yaml;
	private MarkdownOutline outline;
	private Record record;
	private final Map<String, Object> loaded = new HashMap<>();
	private final Map<Object, String> tokens = new IdentityHashMap<>();
	private final Map<String, String> keyAliases = new HashMap<>();
	private DecisionFormat.Reading reading;
	private DecisionFormat format;
	/** What the file holds while the text is one typed rather than read ({@link #typed}), else {@code null}. */
	private String diskText;

	public Document(Path file, String relativePath) {
		this.file = file;
		this.relativePath = relativePath;
	}

	/** Sets the text and parses its structure (YAML problems are the caller's to report). */
	public void setText(SourceText source, FrontMatter frontMatter, YamlBlock yaml) {
		this.source = source;
		this.frontMatter = frontMatter;
		this.yaml = yaml;
		this.outline = MarkdownOutline.parse(source, frontMatter.present() ? frontMatter.bodyLine() : 0);
		this.diskText = null;
	}

	/**
	 * The text is one typed (an editor's Source page), not the file's: the next save writes it, patched with what
	 * changed since, over a file that must still hold {@code diskText}.
	 */
	public void typed(String diskText) {
		this.diskText = diskText;
	}

	/** Whether the text is typed and not yet written. */
	public boolean textPending() {
		return diskText != null;
	}

	/** What the file holds as far as this document knows: the text read or last written. */
	public String diskText() {
		return diskText != null ? diskText : source == null ? null : source.text();
	}

	/** Sets the text of a file that a {@link dev.baton.store.DecisionFormat} reads and writes. */
	public void setForeignText(SourceText source, DecisionFormat format) {
		this.source = source;
		this.frontMatter = new FrontMatter(false, 0, 0, 0, 0, false);
		this.yaml = YamlBlock.empty();
		this.outline = null;
		this.format = format;
	}

	/** The format of a file in a foreign dialect, or {@code null} for Baton's own MADR 4 files. */
	public DecisionFormat format() {
		return format;
	}

	/** What the format read (for writing back), or {@code null}. */
	public DecisionFormat.Reading reading() {
		return reading;
	}

	public void setReading(DecisionFormat.Reading reading) {
		this.reading = reading;
	}

	/**
	 * Drops what only saving needs (the text, its outline, what the format read, the tokens and the values at load
	 * time), for a folder loaded to be read only. Where each key was written stays.
	 */
	public void dropEditingState() {
		source = null;
		outline = null;
		reading = null;
		loaded.clear();
		tokens.clear();
	}

	/** Drops what only reading needed (the YAML nodes); call once the record is read. */
	public void compact() {
		yaml = yaml.compact();
	}

	public Path file() {
		return file;
	}

	/** Path relative to the architecture folder, with {@code /}. */
	public String relativePath() {
		return relativePath;
	}

	public SourceText source() {
		return source;
	}

	public FrontMatter frontMatter() {
		return frontMatter;
	}

	public YamlBlock yaml() {
		return yaml;
	}

	public MarkdownOutline outline() {
		return outline;
	}

	public Record record() {
		return record;
	}

	public void setRecord(Record record) {
		this.record = record;
	}

	/** Canonical values at load time, by codec id. */
	public Map<String, Object> loaded() {
		return loaded;
	}

	/** The token this file used for a referenced object (first use wins). */
	public Map<Object, String> tokens() {
		return tokens;
	}

	/** Keys the file spells another way ({@code deciders} for {@code decision-makers}). */
	public Map<String, String> keyAliases() {
		return keyAliases;
	}

	/** The key as this file spells it. */
	public String spelling(String key) {
		return keyAliases.getOrDefault(key, key);
	}

	/** The same document under another name (a renamed record); the text moves on the next save. */
	public Document movedTo(Path newFile, String newRelativePath) {
		Document moved = new Document(newFile, newRelativePath);
		moved.source = source;
		moved.frontMatter = frontMatter;
		moved.yaml = yaml;
		moved.outline = outline;
		moved.record = record;
		moved.loaded.putAll(loaded);
		moved.tokens.putAll(tokens);
		moved.keyAliases.putAll(keyAliases);
		moved.format = format;
		moved.reading = reading;
		moved.diskText = diskText;
		return moved;
	}

	/** A new document for a record Baton creates: no text yet. */
	public static Document fresh(Path file, String relativePath, Record record) {
		Document document = new Document(file, relativePath);
		SourceText empty = new SourceText("");
		document.setText(empty, new FrontMatter(false, 0, 0, 0, 0, false), YamlBlock.empty());
		document.setRecord(record);
		return document;
	}
}
