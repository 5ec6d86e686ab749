package dev.baton.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.baton.model.DecisionStatus;

/**
 * Maps a status as people write it ("Accepted", "PROPOSED", "superseded by [ADR-0005](0005-x.md)", "Partly superseded",
 * "accepté", "2017-11-22 提议") to the decision lifecycle. The text itself is always kept. The words come from
 * {@code statuses.tsv} beside this class: one line per word or phrase, so a language is added by adding lines.
 */
public final class DecisionStatuses {

	private record Word(String text, DecisionStatus status) {
	}

	private static final List<Word> WORDS = load();
	private static final Pattern LEADING_DATE = Pattern
			.compile("^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}[\\s:,-]*");
	/** Emphasis and marks before the word ("**Accepted**", "✅ Accepted", "⌛️ Superseded"); brackets stay. */
	private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}\\[{(]+");
	private static final Pattern PHRASE = Pattern.compile("[a-z ]+");

	private DecisionStatuses() {
	}

	/** The lifecycle state of a status text; {@link DecisionStatus#UNKNOWN} when none fits. */
	public static DecisionStatus of(String text) {
		if (text == null || text.isBlank()) {
			return DecisionStatus.UNKNOWN;
		}
		// a leading date ("2017-11-22 提议", "2024/03/01: accepted") says when, not what
		String status =
				LEADING_MARKS.matcher(LEADING_DATE.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceFirst(""))
						.replaceFirst("");
		for (Word word : WORDS) {
			if (status.startsWith(word.text())) {
				return word.status();
			}
		}
		// "this decision was superseded by ..." and the like
		for (Word word : WORDS) {
			if (word.status() == DecisionStatus.SUPERSEDED && PHRASE.matcher(word.text()).matches()
					&& status.contains(word.text())) {
				return word.status();
			}
		}
		return DecisionStatus.UNKNOWN;
	}

	private static List<Word> load() {
		List<Word> words = new ArrayList<>();
		try (InputStream in = DecisionStatuses.class.getResourceAsStream("statuses.tsv")) {
			if (in == null) {
				throw new IllegalStateException("statuses.tsv is missing from the store bundle");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t", 2);
				words.add(new Word(parts[1].strip().toLowerCase(Locale.ROOT), DecisionStatus.get(parts[0].strip())));
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read statuses.tsv", e);
		}
		// the longest phrase first: "partly superseded" before "superseded", "proposée" before "proposé"
		words.sort(Comparator.comparingInt((Word w) -> w.text().length()).reversed());
		return List.copyOf(words);
	}
}
