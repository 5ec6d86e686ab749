package dev.baton.adr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.Option;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.DecisionStatuses;
import dev.baton.store.FolderFiles;
import dev.baton.store.codec.TextFiles;

/**
 * The next decision of a set, as {@code baton new} and the New Decision wizard create it: from the set's own template
 * ({@code <set folder>/templates/template.md}, as adr-tools does) when there is one, else from the template of the
 * set's dialect (MADR's, or adr-tools' for adr-tools, Nygard and AsciiDoc sets).
 */
public final class NewDecisions {

	private NewDecisions() {
	}

	/** The set's template file, when it has one. */
	public static Optional<Path> template(ArchitectureFolder folder, DecisionSet set) {
		Path template = folder.root().resolve(set.getPath() == null ? "decisions" : set.getPath())
				.resolve("templates/template.md");
		return Files.isRegularFile(template) ? Optional.of(template) : Optional.empty();
	}

	/**
	 * Writes the next decision from the set's template file ({@code {{number}}}, {@code {{title}}}, {@code {{date}}},
	 * {@code {{status}}} and adr-tools' {@code NUMBER}, {@code TITLE}, {@code DATE}, {@code STATUS} are filled in),
	 * atomically. The folder must be loaded again to see it.
	 *
	 * @return the new decision's id (its file is {@code <id>.md} in the set's folder)
	 */
	/** The template's text, read under the folder's rule: a link out of the folder is not copied into a decision. */
	private static String readTemplate(ArchitectureFolder folder, Path template) throws IOException {
		try {
			return FolderFiles.of(folder.root()).read(template, ArchitectureFolder.DEFAULT_MAX_FILE_BYTES);
		} catch (FolderFiles.Refused e) {
			throw new IOException(folder.root().relativize(template) + " " + e.getMessage(), e);
		}
	}

	public static String writeFromTemplate(ArchitectureFolder folder, DecisionSet set, Path template, String title,
			String status, LocalDate date) throws IOException {
		String id = folder.nextDecisionId(set, title);
		String number = String.valueOf(Integer.parseInt(id.substring(0, id.indexOf('-'))));
		String day = date.toString();
		String text = readTemplate(folder, template).replace("{{number}}", number)
				.replace("{{title}}", title).replace("{{date}}", day).replace("{{status}}", status)
				.replaceAll("\\bNUMBER\\b", number).replaceAll("\\bTITLE\\b", Matcher.quoteReplacement(title))
				.replaceAll("\\bDATE\\b", day).replaceAll("\\bSTATUS\\b", Matcher.quoteReplacement(status));
		Path file = template.getParent().getParent().resolve(id + ".md");
		if (Files.exists(file)) {
			throw new IOException(file + " exists already: its number is taken by a file that is not a decision; "
					+ "rename or remove it and retry");
		}
		// atomic, with the permissions any new file gets (a temporary file's 0600 would stay on it)
		TextFiles.write(folder.root(), file, text);
		return id;
	}

	/**
	 * A new decision with the text of the set's dialect's template, not yet added to the set: MADR's placeholders for
	 * MADR and log4brains sets, adr-tools' sentences for the others.
	 */
	public static Decision fromDialect(DecisionSet set, String title, String status, LocalDate date) {
		return isMadr(set) ? madr(title, status, date) : nygard(title, status, date);
	}

	private static boolean isMadr(DecisionSet set) {
		String dialect = set.getDialect();
		return dialect == null || dialect.startsWith("madr") || dialect.equals("log4brains");
	}

	/** adr-tools' template (Nygard's sections), for sets in adr-tools, Nygard, AsciiDoc, ... */
	private static Decision nygard(String title, String status, LocalDate date) {
		Decision decision = BatonFactory.eINSTANCE.createDecision();
		decision.setTitle(title);
		String text = status.isEmpty() ? status : Character.toUpperCase(status.charAt(0)) + status.substring(1);
		decision.setStatusText(text);
		decision.setStatus(DecisionStatuses.of(text));
		decision.setDate(date);
		decision.setContext("The issue motivating this decision, and any context that influences or constrains "
				+ "the decision.");
		decision.setOutcome("The change that we're proposing or have agreed to implement.");
		decision.setConsequences("What becomes easier or more difficult to do and any risks introduced by the "
				+ "change that will need to be mitigated.");
		return decision;
	}

	/** MADR's template, with placeholders where the author writes. */
	private static Decision madr(String title, String status, LocalDate date) {
		Decision decision = BatonFactory.eINSTANCE.createDecision();
		decision.setTitle(title);
		decision.setStatusText(status);
		decision.setStatus(DecisionStatuses.of(status));
		decision.setDate(date);
		decision.setContext("{Describe the context and problem statement, e.g., in free form using two to three "
				+ "sentences or in the form of an illustrative story.}");
		for (String option : List.of("{title of option 1}", "{title of option 2}")) {
			Option considered = BatonFactory.eINSTANCE.createOption();
			considered.setTitle(option);
			decision.getOptions().add(considered);
		}
		decision.setOutcome("Chosen option: \"{title of option 1}\", because {justification}.");
		decision.setConsequences("* Good, because {positive consequence}\n* Bad, because {negative consequence}");
		return decision;
	}
}
