package dev.baton.adr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.LinkType;

/**
 * Scores what Baton read of a corpus set against the set's hand-checked {@link Truth}: ADRs found, five fields per ADR,
 * relations (recall and precision), and files neither imported nor reported.
 */
final class Conformance {

	static final List<String> FIELDS = List.of("title", "number", "status text", "status", "date");

	/** What Baton made of one ADR file, in the terms of a truth file. */
	record Seen(String title, Integer number, String status, String normalised, String date, Set<String> relations) {

		/** @param pathOf the corpus path of a decision (null when it came from no corpus file) */
		static Seen of(Decision d, Function<Decision, String> pathOf) {
			Set<String> relations = new TreeSet<>();
			for (DecisionLink link : d.getLinks()) {
				String type = link.getType() == LinkType.CUSTOM ? link.getCustomType() : link.getType().getLiteral();
				relations.add(relation(type + " " + target(link.getTarget(), pathOf)));
			}
			d.getStatedSupersededBy().forEach(t -> relations.add("superseded-by " + target(t, pathOf)));
			return new Seen(d.getTitle(), d.getNumber(), d.getStatusText(),
					d.getStatus() == null ? "unknown" : d.getStatus().getLiteral(),
					d.getDate() == null ? null : d.getDate().toString(), relations);
		}

		private static String target(Decision target, Function<Decision, String> pathOf) {
			String path = target == null || target.eIsProxy() ? null : pathOf.apply(target);
			return path == null ? "?" : path;
		}
	}

	/**
	 * One set read in one mode.
	 *
	 * @param right  per field, how many ADRs of the truth have it right (a missed ADR has none right)
	 * @param misses one line per wrong value, missed ADR, extra ADR, relation or unaccounted file
	 */
	record Score(String set, String mode, int truth, int found, int extra, int[] right, int relations,
			int relationsFound, int relationsStated, int unaccounted, List<String> misses) {

		double fields() {
			int all = truth * FIELDS.size();
			return all == 0 ? 100 : 100.0 * Arrays.stream(right).sum() / all;
		}

		double field(int i) {
			return truth == 0 ? 100 : 100.0 * right[i] / truth;
		}

		double recall() {
			return relations == 0 ? 100 : 100.0 * relationsFound / relations;
		}

		double precision() {
			return relationsStated == 0 ? 100 : 100.0 * relationsFound / relationsStated;
		}

		/** The issue's targets: every ADR found, 98 % of fields, 90 % relation recall, no false relation. */
		boolean met() {
			return found == truth && extra == 0 && unaccounted == 0 && fields() >= 98 && recall() >= 90
					&& relationsFound == relationsStated;
		}
	}

	private Conformance() {
	}

	/**
	 * @param seenByFile       what Baton read, by corpus path (several decisions of one file in their order)
	 * @param reported         every path the import reported (imported or skipped; a folder ends with '/')
	 * @param numberedOnImport whether an ADR without a number may get one (the copy numbers them)
	 */
	static Score score(Truth truth, String mode, Map<String, List<Seen>> seenByFile, Collection<String> reported,
			boolean numberedOnImport) {
		Map<String, Seen> seen = numbered(seenByFile);
		List<String> misses = new ArrayList<>();
		int[] right = new int[FIELDS.size()];
		int found = 0;
		int relations = 0;
		int relationsFound = 0;
		int relationsStated = 0;
		Set<String> adrPaths = new TreeSet<>();
		for (Truth.Adr adr : truth.adrs()) {
			adrPaths.add(adr.path());
			Set<String> expected = new TreeSet<>();
			adr.relations().forEach(r -> expected.add(relation(r)));
			relations += expected.size();
			Seen s = seen.get(adr.path());
			if (s == null) {
				misses.add(adr.path() + ": not found");
				expected.forEach(r -> misses.add(adr.path() + ": relation missed: " + r));
				continue;
			}
			found++;
			Object[] want = { adr.title(), adr.number(), adr.status(), adr.normalised(), adr.date() };
			Object[] got = { s.title(), s.number(), s.status(), s.normalised(), s.date() };
			for (int i = 0; i < want.length; i++) {
				if (same(i, want[i], got[i], numberedOnImport)) {
					right[i]++;
				} else {
					misses.add(adr.path() + ": " + FIELDS.get(i) + " is '" + got[i] + "', not '" + want[i] + "'");
				}
			}
			relationsStated += s.relations().size();
			for (String r : expected) {
				if (s.relations().contains(r)) {
					relationsFound++;
				} else {
					misses.add(adr.path() + ": relation missed: " + r);
				}
			}
			s.relations().stream().filter(r -> !expected.contains(r))
					.forEach(r -> misses.add(adr.path() + ": relation not in the truth: " + r));
		}
		int extra = 0;
		for (String path : new TreeSet<>(seen.keySet())) {
			if (!adrPaths.contains(path)) {
				extra++;
				misses.add(path + ": read as an ADR, but the truth says it is none");
			}
		}
		int unaccounted = 0;
		List<String> all = new ArrayList<>(adrPaths);
		truth.others().forEach(o -> all.add(o.path()));
		for (String path : all) {
			String file = path.replaceFirst("#\\d+$", "");
			if (reported.stream().noneMatch(r -> r.equals(file) || r.endsWith("/") && file.startsWith(r))) {
				unaccounted++;
				misses.add(path + ": neither imported nor reported");
			}
		}
		return new Score(truth.set(), mode, truth.adrs().size(), found, extra, right, relations, relationsFound,
				relationsStated, unaccounted, misses);
	}

	/** Titles and status texts are compared as read (without markup); a number given on import may differ. */
	private static boolean same(int field, Object expected, Object actual, boolean numberedOnImport) {
		return switch (FIELDS.get(field)) {
		case "title", "status text" -> Objects.equals(plain((String) expected), plain((String) actual));
		case "number" -> Objects.equals(expected, actual) || numberedOnImport && expected == null;
		default -> Objects.equals(expected, actual);
		};
	}

	/** One decision of a file by the file's path, several by "path#n" (n from 1, in file order). */
	private static Map<String, Seen> numbered(Map<String, List<Seen>> seenByFile) {
		Map<String, Seen> result = new LinkedHashMap<>();
		seenByFile.forEach((path, list) -> {
			for (int i = 0; i < list.size(); i++) {
				result.put(list.size() == 1 ? path : path + "#" + (i + 1), list.get(i));
			}
		});
		return result;
	}

	/** A relation "type target" with the type's synonyms made one. */
	static String relation(String text) {
		String[] parts = text.trim().split("\\s+", 2);
		String type = parts[0].toLowerCase(Locale.ROOT).replace(' ', '-');
		type = switch (type) {
		case "references", "related-to", "relates", "links", "link" -> "relates-to";
		default -> type;
		};
		return parts.length == 1 ? type : type + " " + parts[1].trim();
	}

	/** Text without Markdown markup and with one space between words: what a reader sees. */
	static String plain(String text) {
		if (text == null) {
			return null;
		}
		String plain = text.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
				.replaceAll("\\[([^\\]]*)\\]\\[[^\\]]*\\]", "$1")
				.replaceAll("<[^>]+>", "").replace("**", "").replace("__", "").replace("`", "")
				.replaceAll("\\s+", " ").trim();
		return plain.isEmpty() ? null : plain;
	}
}
