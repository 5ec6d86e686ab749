package dev.baton.adr;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.adr.internal.AdrReader;
import dev.baton.adr.internal.AdrWriter;
import dev.baton.adr.internal.Layout;
import dev.baton.model.Decision;
import dev.baton.store.DecisionFormat;
import dev.baton.store.codec.RecordNames;

/**
 * An ADR dialect as a {@link DecisionFormat}: the store reads and writes a decision set kept in it in place. Every
 * dialect reads every file it finds (the dialect of each file is detected, so a folder that mixes adr-tools and MADR 2
 * files reads whole) and writes a changed file in the style it was read in; the dialect decides how new files are
 * written and named.
 */
public final class AdrFormat implements DecisionFormat {

	private static final Pattern NUMBERED = Pattern.compile("^(?i)(adr-|rfc-)?(\\d{1,6})(?:[-_ .]+(.*))?$");
	private static final Pattern RECORD_FOLDER = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{1,6})[-_].*");

	private final String id;
	private final String label;

	AdrFormat(String id, String label) {
		this.id = id;
		this.label = label;
	}

	@Override
	public String id() {
		return id;
	}

	/** One line saying what the dialect is. */
	public String label() {
		return label;
	}

	@Override
	public List<Path> recordFiles(Path folder, Context context) {
		List<Path> files = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			context.error(0,
					"the decisions folder " + folder + " does not exist: fix the path in baton.yaml or create it");
			return files;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (name.startsWith(".")) {
					if (isText(name) && Files.isRegularFile(entry)) {
						context.info(0, name + " is skipped: a hidden file (its name starts with '.')");
					}
					continue;
				}
				if (Files.isDirectory(entry) && !Files.isReadable(entry)) {
					context.warning(0, name + "/ cannot be read (no permission): its files are not read, the rest is; "
							+ "check its permissions");
				} else if (Files.isDirectory(entry)) {
					Path readme = recordInFolder(entry);
					if (readme != null && RECORD_FOLDER.matcher(name).matches()) {
						files.add(readme);
						reportSubPages(entry, readme, context);
					} else if (containsText(entry)) {
						context.info(0,
								name + "/ is a sub-folder without a README.md record: its files are not read as "
										+ "decisions");
					}
				} else if (isText(name)) {
					String skip = skipReason(name);
					if (skip == null) {
						files.add(entry);
					} else {
						context.info(0, name + " is skipped: " + skip);
					}
				}
			}
		} catch (IOException e) {
			context.error(0, "cannot read the folder (" + e.getMessage() + "): check its permissions");
		}
		Collections.sort(files);
		return files;
	}

	/** Why a text file in a decisions folder is not a decision, or {@code null} when it is one. */
	public static String skipReason(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		String stem = lower.contains(".") ? lower.substring(0, lower.lastIndexOf('.')) : lower;
		if (stem.equals("readme")) {
			return "a README describes the folder";
		}
		if (stem.equals("index") || stem.matches("0*-?index") || stem.equals("toc") || stem.equals("summary")
				|| stem.matches("0+-.*index.*") || stem.matches("\\d*-?(toc|table-of-contents)")) {
			return "an index of the records";
		}
		if (name.startsWith("_")) {
			return "a partial or draft file (name starts with '_')";
		}
		return null;
	}

	static boolean isText(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".adoc")
				|| lower.endsWith(".asciidoc");
	}

	private static Path recordInFolder(Path folder) {
		for (String name : List.of("README.md", "readme.md", "index.md", "README.adoc")) {
			if (Files.isRegularFile(folder.resolve(name))) {
				return folder.resolve(name);
			}
		}
		return null;
	}

	private static boolean containsText(Path folder) {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				if (isText(entry.getFileName().toString())) {
					return true;
				}
			}
		} catch (IOException e) {
			return false;
		}
		return false;
	}

	private static void reportSubPages(Path folder, Path record, Context context) {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			List<String> pages = new ArrayList<>();
			for (Path entry : entries) {
				if (!entry.equals(record) && isText(entry.getFileName().toString())) {
					pages.add(entry.getFileName().toString());
				}
			}
			Collections.sort(pages);
			for (String page : pages) {
				context.info(0, folder.getFileName() + "/" + page + " is a sub-page of the record "
						+ folder.getFileName() + "/" + record.getFileName() + ": kept, not read as a decision");
			}
		} catch (IOException e) {
			context.warning(0, "cannot list " + folder + " (" + e.getMessage() + ")");
		}
	}

	@Override
	public Reading read(String text, Context context) {
		return AdrReader.read(text, context, () -> MkDocsNav.titleOf(context.file()));
	}

	/** The dialect a file read by this format is written in (adr-tools, madr2, log4brains, asciidoc, ...). */
	public static String dialectOf(Reading reading) {
		return ((Layout) reading.layout()).dialect;
	}

	@Override
	public String write(Decision decision, Reading previous, Links links) {
		if (previous == null) {
			return AdrWriter.render(decision, id, links);
		}
		return AdrWriter.patch(decision, (Layout) previous.layout(), links);
	}

	@Override
	public String newFile(Decision decision) {
		String slug = decision.getSlug() == null || decision.getSlug().isEmpty()
				? RecordNames.slug(decision.getTitle())
				: decision.getSlug();
		LocalDate date = decision.getDate() == null ? LocalDate.now() : decision.getDate();
		switch (id) {
		case "log4brains" -> {
			String stem = DateTimeFormatter.BASIC_ISO_DATE.format(date) + "-" + slug;
			decision.setId(stem);
			decision.setNumber(null);
			decision.setSlug(slug);
			return stem + ".md";
		}
		case "folder-per-record" -> {
			String stem = date + "-" + slug;
			decision.setId(stem);
			decision.setNumber(null);
			decision.setSlug(slug);
			return stem + "/README.md";
		}
		case "asciidoc" -> {
			return decision.getId() + ".adoc";
		}
		default -> {
			return decision.getId() + ".md";
		}
		}
	}

	@Override
	public String renamed(Decision decision, String newId, String oldSetPath) {
		Matcher m = NUMBERED.matcher(newId);
		if (m.matches() && !RECORD_FOLDER.matcher(newId).matches() || m.matches() && m.group(2).length() <= 6) {
			decision.setNumber(Integer.valueOf(m.group(2)));
			decision.setSlug(m.group(3) == null ? "" : m.group(3));
		} else {
			decision.setNumber(null);
			decision.setSlug(newId);
		}
		if (oldSetPath.contains("/")) {
			return newId + oldSetPath.substring(oldSetPath.indexOf('/'));
		}
		String extension = oldSetPath.contains(".") ? oldSetPath.substring(oldSetPath.lastIndexOf('.')) : ".md";
		return newId + extension;
	}

	@Override
	public String toString() {
		return id;
	}
}
