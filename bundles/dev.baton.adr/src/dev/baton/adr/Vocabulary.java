package dev.baton.adr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words ADRs use for their parts, in every language and tool seen: section headings ({@code Context}, {@code 背景},
 * {@code Contexte}), metadata labels ({@code Date}, {@code 日期}, {@code Deciders}) and link phrases ({@code Supersedes},
 * {@code Superceded by}). They come from {@code vocabulary.tsv} beside this class: a language is added by adding lines.
 */
public final class Vocabulary {

	/** A link phrase and what it means. */
	public record LinkPhrase(String text, String meaning) {

		/** The text in lower case, for matching. */
		String lower() {
			return LOWER.computeIfAbsent(text, t -> t.toLowerCase(Locale.ROOT));
		}
	}

	private static final Map<String, String> LOWER = new ConcurrentHashMap<>();

	private static final Map<String, String> SECTIONS = new HashMap<>();
	private static final Map<String, String> META = new HashMap<>();
	private static final List<LinkPhrase> LINKS = new ArrayList<>();

	static {
		load();
	}

	private Vocabulary() {
	}

	/** Baton's name of a section heading ({@code Context and Problem Statement} for {@code 背景}), or {@code null}. */
	public static String section(String heading) {
		return SECTIONS.get(key(heading));
	}

	/** The metadata key a label stands for ({@code date} for {@code 日期:}), or {@code null}. */
	public static String meta(String label) {
		return META.get(key(label));
	}

	/** Link phrases, the longest first ({@code Superseded by} before {@code Supersedes}). */
	public static List<LinkPhrase> linkPhrases() {
		return LINKS;
	}

	/** The link phrase a line starts with, or {@code null}. */
	public static LinkPhrase linkAt(String line) {
		String lower = line.strip().toLowerCase(Locale.ROOT);
		for (LinkPhrase phrase : LINKS) {
			String text = phrase.lower();
			if (lower.startsWith(text) && (lower.length() == text.length()
					|| !Character.isLetter(lower.charAt(text.length())))) {
				return phrase;
			}
		}
		return null;
	}

	/** The phrase a tool writes for a meaning ({@code Superseded by} for {@code superseded-by}). */
	public static String phraseFor(String meaning) {
		return switch (meaning) {
		case "supersedes" -> "Supersedes";
		case "superseded-by" -> "Superseded by";
		case "amends" -> "Amends";
		case "amended-by" -> "Amended by";
		case "relates-to" -> "Relates to";
		default -> LINKS.stream().filter(p -> p.meaning().equals(meaning)).map(LinkPhrase::text)
				.reduce((longer, shorter) -> shorter).orElse("Relates to");
		};
	}

	/**
	 * Whether a link meaning is the back-link of another record's relation ({@code Amended by},
	 * {@code Implemented by}): derived from that record, so not a relation of this one. Superseded-by is the exception:
	 * a record says itself that it is no longer in force.
	 */
	public static boolean isBackLink(String meaning) {
		return meaning.endsWith("-by") && !meaning.equals("superseded-by");
	}

	private static String key(String text) {
		String stripped = text.strip().replaceAll("[:：]$", "").strip();
		return stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

	private static void load() {
		try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.tsv")) {
			if (in == null) {
				throw new IllegalStateException("vocabulary.tsv is missing from the dev.baton.adr bundle");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t");
				if (parts.length != 3) {
					throw new IllegalStateException("vocabulary.tsv: '" + line + "' needs three tab-separated columns");
				}
				switch (parts[0]) {
				case "section" -> SECTIONS.put(key(parts[2]), parts[1]);
				case "meta" -> META.put(key(parts[2]), parts[1]);
				case "link" -> LINKS.add(new LinkPhrase(parts[2], parts[1]));
				default -> throw new IllegalStateException("vocabulary.tsv: unknown kind '" + parts[0] + "'");
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read vocabulary.tsv", e);
		}
		LINKS.sort(Comparator.comparingInt((LinkPhrase p) -> p.text().length()).reversed());
	}
}
