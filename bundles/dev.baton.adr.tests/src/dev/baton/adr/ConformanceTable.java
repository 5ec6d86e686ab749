package dev.baton.adr;

import static dev.baton.adr.CorpusScoreTest.percent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The conformance scores as a Markdown table, as details, and as the baseline they are held to. */
final class ConformanceTable {

	private static final String BASELINE_HEADER = String.join("\t", "set", "mode", "truth", "found", "extra", "fields",
			"recall", "precision", "unaccounted");

	private ConformanceTable() {
	}

	static String markdown(List<Conformance.Score> scores) {
		StringBuilder out = new StringBuilder();
		out.append("| set | mode | ADRs found | extra | fields right | title | number | status text | status | date "
				+ "| relations recall | relations precision | unaccounted | targets |\n");
		out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (Conformance.Score s : scores) {
			out.append("| ").append(s.set()).append(" | ").append(s.mode()).append(" | ").append(s.found()).append('/')
					.append(s.truth()).append(" | ").append(s.extra()).append(" | ").append(percent(s.fields()))
					.append(" %");
			for (int i = 0; i < Conformance.FIELDS.size(); i++) {
				out.append(" | ").append(percent(s.field(i)));
			}
			out.append(" | ").append(percent(s.recall())).append(" % (").append(s.relationsFound()).append('/')
					.append(s.relations()).append(") | ").append(percent(s.precision())).append(" % (")
					.append(s.relationsFound()).append('/').append(s.relationsStated()).append(") | ")
					.append(s.unaccounted()).append(" | ").append(s.met() ? "met" : "missed").append(" |\n");
		}
		return out.toString();
	}

	static String details(List<Conformance.Score> scores) {
		StringBuilder out = new StringBuilder("## What differs from the truth\n");
		for (Conformance.Score s : scores) {
			if (!s.misses().isEmpty()) {
				out.append("\n### ").append(s.set()).append(" (").append(s.mode()).append(")\n\n");
				s.misses().forEach(m -> out.append("- ").append(m).append('\n'));
			}
		}
		return out.toString();
	}

	static String baseline(List<Conformance.Score> scores) {
		StringBuilder out = new StringBuilder(BASELINE_HEADER).append('\n');
		for (Conformance.Score s : scores) {
			out.append(String.join("\t", s.set(), s.mode(), Integer.toString(s.truth()), Integer.toString(s.found()),
					Integer.toString(s.extra()), percent(s.fields()), percent(s.recall()), percent(s.precision()),
					Integer.toString(s.unaccounted()))).append('\n');
		}
		return out.toString();
	}

	/** Adds to {@code worse} every score below its baseline row, to {@code better} every one above. */
	static void compare(List<Conformance.Score> scores, List<String> baseline, double tolerance, List<String> worse,
			List<String> better) {
		Map<String, String[]> rows = new HashMap<>();
		baseline.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t"))
				.forEach(r -> rows.put(r[0] + "\t" + r[1], r));
		for (Conformance.Score s : scores) {
			String[] row = rows.get(s.set() + "\t" + s.mode());
			String name = s.set() + " (" + s.mode() + ")";
			if (row == null) {
				worse.add(name + ": no baseline row; add it with -Dbaton.conformance=update");
				continue;
			}
			double[] now = { s.found(), -s.extra(), s.fields(), s.recall(), s.precision(), -s.unaccounted() };
			double[] then = { Double.parseDouble(row[3]), -Double.parseDouble(row[4]), Double.parseDouble(row[5]),
					Double.parseDouble(row[6]), Double.parseDouble(row[7]), -Double.parseDouble(row[8]) };
			double[] slack = { 0, 0, tolerance, tolerance, tolerance, 0 };
			String[] what = { "ADRs found", "extra ADRs (negated)", "fields right %", "relation recall %",
					"relation precision %", "unaccounted files (negated)" };
			for (int i = 0; i < now.length; i++) {
				if (now[i] < then[i] - slack[i] - 1e-9) {
					worse.add(name + ": " + what[i] + " " + percent(now[i]) + " < baseline " + percent(then[i]));
				} else if (now[i] > then[i] + 0.05) {
					better.add(name + ": " + what[i] + " " + percent(now[i]) + " > baseline " + percent(then[i]));
				}
			}
		}
	}
}
