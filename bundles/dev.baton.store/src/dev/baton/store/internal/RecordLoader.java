package dev.baton.store.internal;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;
import dev.baton.model.Record;
import dev.baton.store.DecisionFormat;
import dev.baton.store.FolderFiles;
import dev.baton.store.StoreFindings;
import dev.baton.store.codec.FrontMatter;
import dev.baton.store.codec.SourceText;
import dev.baton.store.codec.TemplateText;
import dev.baton.store.codec.YamlBlock;

/** Reads one record file into a {@link Document} and its record, or reports why it cannot. */
public final class RecordLoader {

	private final Path root;
	private final long maxBytes;
	private final FolderFiles files;

	public RecordLoader(Path root, long maxBytes) {
		this(FolderFiles.of(root), maxBytes);
	}

	/** Reads only the files that {@code files} lets read (inside the folder, regular). */
	public RecordLoader(FolderFiles files, long maxBytes) {
		this.root = files.root();
		this.maxBytes = maxBytes;
		this.files = files;
	}

	/** Which files may be read. */
	public FolderFiles files() {
		return files;
	}

	/** The document with its record, or {@code null} when the file was reported and skipped. */
	public Document load(Path file, EClass kind, ReadContext context) {
		Document document = new Document(display(file), relative(file));
		String text = read(file, document, context);
		if (text == null) {
			return null;
		}
		return load(document, text, kind, context);
	}

	/**
	 * Reads a record from text that is not (or not only) on disk, e.g. a file at a past revision.
	 *
	 * @param document names the file (as findings show it) and its path relative to the folder
	 * @return the document with its record, or {@code null} when the text was reported and skipped
	 */
	public static Document load(Document document, String text, EClass kind, ReadContext context) {
		Path file = Path.of(document.relativePath());
		SourceText source = new SourceText(text);
		if (text.isBlank() || text.equals("\uFEFF")) {
			context.warning(document, 0, StoreFindings.EMPTY_FILE, "the file is empty: write the record (a '# Title' "
					+ "line at least) or delete the file");
		}
		FrontMatter frontMatter = FrontMatter.find(source);
		if (frontMatter.unterminated()) {
			context.error(document, 1, StoreFindings.MALFORMED_YAML, "the front matter opened with '---' on line 1 "
					+ "is never closed: add a line '---' after the last key; the file is skipped");
			return null;
		}
		int second = frontMatter.present() ? FrontMatter.secondBlock(source, frontMatter.bodyLine()) : -1;
		if (second >= 0) {
			context.warning(document, second + 1, StoreFindings.BAD_VALUE, "a second YAML block follows the front "
					+ "matter: Baton reads only the first one (the second shows as text of the body); move its keys "
					+ "into the front matter and remove the '---' line after them");
		}
		YamlBlock yaml;
		try {
			yaml = frontMatter.present()
					? YamlBlock.parse(source, frontMatter.yamlFromLine(), frontMatter.yamlToLine(),
							document.relativePath())
					: YamlBlock.empty();
		} catch (YamlBlock.YamlProblem e) {
			context.error(document, e.line(), StoreFindings.MALFORMED_YAML,
					e.getMessage() + ": fix the front matter; the file is skipped (nothing in it is changed)");
			return null;
		}
		document.setText(source, frontMatter, yaml);
		Record record = (Record) EcoreUtil.create(kind);
		RecordCodec.of(kind).read(record, document, context);
		String stem = RecordFiles.stem(file);
		if (record.getId() == null) {
			record.setId(stem);
		}
		if (record instanceof Decision decision) {
			// a file named as Baton names decisions (0007-x.md) is one; another may be a template, told by its content
			String template = RecordFiles.number(stem) != null ? null
					: TemplateText.reason(decision.getTitle(), decision.getStatusText(), text);
			if (template != null) {
				context.warning(document, 1, StoreFindings.SKIPPED_FILE,
						"a template for new decisions, not a decision ("
								+ template + "): it is not loaded; move it out of the decision folder, or fill it in");
				return null;
			}
			if (decision.getStatusText() == null && !decision.eIsSet(BatonPackage.Literals.DECISION__STATUS)) {
				decision.setStatus(DecisionStatus.UNKNOWN); // no status written is not a draft
			}
			if (RecordFiles.number(stem) == null && RecordFiles.tooLargeNumber(stem)) {
				context.warning(document, 0, StoreFindings.BAD_VALUE, "the number in the file name is larger than "
						+ "Baton reads (at most 9 digits, 999999999): the decision has no number, so references by "
						+ "number do not find it; renumber it (baton renumber)");
			}
			decision.setNumber(RecordFiles.number(stem));
			decision.setSlug(RecordFiles.slugOf(stem));
		}
		record.setSourcePath(document.relativePath());
		document.setRecord(record);
		return document;
	}

	/**
	 * Reads a decision file of a set kept in a foreign dialect through its format.
	 *
	 * @param setFolder the set's folder (ids and findings are relative to it)
	 * @return the document with its decision, or {@code null} when the file was reported and skipped
	 */
	public Document load(Path file, Path setFolder, DecisionFormat format, ReadContext context) {
		Document document = new Document(display(file), relative(file));
		String text = read(file, document, context);
		if (text == null) {
			return null;
		}
		String setRelative = setFolder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
				.toString().replace('\\', '/');
		return load(document, text, setRelative, format, context);
	}

	/**
	 * Reads a decision of a set in a foreign dialect from text that is not (or not only) on disk.
	 *
	 * @param setRelative the file's path relative to its set's folder, with {@code /}
	 * @return the document with its decision, or {@code null} when the text was reported and skipped
	 */
	public static Document load(Document document, String text, String setRelative, DecisionFormat format,
			ReadContext context) {
		document.setForeignText(new SourceText(text), format);
		DecisionFormat.Reading reading = format.read(text, formatContext(document, setRelative, context));
		if (reading == null) {
			return null;
		}
		Decision decision = reading.decision();
		decision.setSourcePath(document.relativePath());
		document.setReading(reading);
		document.setRecord(decision);
		return document;
	}

	/** The file's text, or {@code null} when it cannot be read (reported against the document). */
	private String read(Path file, Document document, ReadContext context) {
		try {
			return files.read(file, maxBytes);
		} catch (FolderFiles.Refused e) {
			context.error(document, e.line(), e.code(), e.getMessage() + "; the file is skipped");
			return null;
		}
	}

	/** The context a format reads one file with: findings and references go to the store's. */
	public static DecisionFormat.Context formatContext(Document document, String setRelative, ReadContext context) {
		return new DecisionFormat.Context() {

			@Override
			public Path file() {
				return document.file();
			}

			@Override
			public String setRelativePath() {
				return setRelative;
			}

			@Override
			public void warning(int line, String message) {
				context.warning(document, line, StoreFindings.BAD_VALUE, message);
			}

			@Override
			public void error(int line, String message) {
				context.error(document, line, StoreFindings.SKIPPED_FILE, message);
			}

			@Override
			public void info(int line, String message) {
				// normalisations matter to import reports, not to every load of a folder kept in place
			}

			@Override
			public void refer(EObject holder, EReference feature, String token, int line) {
				context.refer(holder, feature, token, document, line);
			}
		};
	}

	/** Path relative to the architecture folder, with {@code /}. */
	public String relative(Path file) {
		return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

	/** How findings name the file: relative to the working directory when below it, else absolute. */
	public static Path display(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path cwd = Path.of("").toAbsolutePath();
		return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
	}
}
