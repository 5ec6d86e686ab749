package dev.baton.cli.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;

/**
 * The decision log as an SVG arc diagram: one row per decision in the order of the log, each link an arc on the right
 * from its source row to its target row, wider the further it spans. Needs no layout engine and reads well for logs of
 * any length; all text is escaped.
 */
final class ArcDiagram {

	private static final int ROW = 22;
	private static final int TOP = 30;
	private static final int TEXT_X = 10;
	private static final int ARCS_X = 560;

	private ArcDiagram() {
	}

	static String svg(Architecture architecture) {
		List<Decision> decisions = new ArrayList<>();
		for (DecisionSet set : architecture.getDecisionSets()) {
			decisions.addAll(set.getDecisions());
		}
		Map<Decision, Integer> rows = new IdentityHashMap<>();
		for (int i = 0; i < decisions.size(); i++) {
			rows.put(decisions.get(i), i);
		}
		List<String> arcs = new ArrayList<>();
		int widest = 0;
		for (Decision decision : decisions) {
			for (DecisionLink link : decision.getLinks()) {
				Integer to = rows.get(link.getTarget());
				if (to == null) {
					continue;
				}
				int from = rows.get(decision);
				int span = Math.abs(from - to);
				int bulge = 20 + span * 6;
				widest = Math.max(widest, bulge);
				String type = link.getType() == LinkType.CUSTOM ? link.getCustomType() : link.getType().getLiteral();
				arcs.add(String.format(Locale.ROOT,
						"  <path class=\"link %s\" d=\"M %d %d C %d %d, %d %d, %d %d\" "
								+ "marker-end=\"url(#arrow)\"><title>%s</title></path>%n",
						cssClass(link.getType()), ARCS_X, y(from), ARCS_X + bulge, y(from), ARCS_X + bulge, y(to),
						ARCS_X + 4, y(to),
						escape(decision.getId() + " " + type + " " + link.getTarget().getId())));
			}
		}
		int width = ARCS_X + widest + 40;
		int height = TOP + decisions.size() * ROW + 20;
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
						+ "font-family=\"sans-serif\" font-size=\"13\">%n",
				width, height, width, height));
		out.append("  <title>Architecture decisions</title>\n");
		out.append("  <style>.superseded,.deprecated,.rejected{fill:#888;text-decoration:line-through}"
				+ ".link{fill:none;stroke:#335;stroke-width:1.2}.relates-to{stroke-dasharray:3 3}"
				+ ".amends{stroke:#a60}.custom{stroke:#060}</style>\n");
		out.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"8\" "
				+ "markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#335\"/></marker></defs>\n");
		for (Decision decision : decisions) {
			int row = rows.get(decision);
			String label = (decision.getNumber() == null ? "" : decision.getNumber() + ". ")
					+ (decision.getTitle() == null ? decision.getId() : decision.getTitle());
			out.append(String.format(Locale.ROOT, "  <text class=\"%s\" x=\"%d\" y=\"%d\">%s<title>%s</title></text>%n",
					decision.getStatus().getLiteral(), TEXT_X, y(row) + 4, escape(shorten(label)),
					escape(decision.getId() + ": " + decision.getStatus().getLiteral())));
			out.append(
					String.format(Locale.ROOT, "  <circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"%s\"/>%n", ARCS_X, y(row),
							decision.getStatus() == DecisionStatus.ACCEPTED ? "#2a7" : "#999"));
		}
		arcs.forEach(out::append);
		out.append("</svg>\n");
		return out.toString();
	}

	private static int y(int row) {
		return TOP + row * ROW;
	}

	private static String cssClass(LinkType type) {
		return type.getLiteral();
	}

	private static String shorten(String label) {
		return label.length() > 75 ? label.substring(0, 74) + "…" : label;
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
