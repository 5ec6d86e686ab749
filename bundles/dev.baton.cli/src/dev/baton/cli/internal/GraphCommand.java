package dev.baton.cli.internal;

import org.osgi.service.component.annotations.Component;

import dev.baton.api.Command;
import dev.baton.api.annotations.CommandService;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;
import dev.baton.store.ReadableFolder;
import picocli.CommandLine;

/** {@code baton graph}: the decisions and their links as a Graphviz DOT graph, like {@code adr generate graph}. */
@Component(service = Command.class)
@CommandService(id = "graph", label = "Print the decisions and their links as a Graphviz (DOT) graph")
public final class GraphCommand extends PicocliCommand {

	@CommandLine.Command(name = "graph", description = { "Print the decisions and their links as a graph.",
			"--format dot (default) is for Graphviz (baton graph | dot -Tsvg > decisions.svg); --format svg draws "
					+ "an arc diagram by itself: the decisions in order, each link an arc beside them." })
	static final class Run extends PicocliCommand.Run {

		@CommandLine.Option(names = "--format", paramLabel = "FORMAT", description = "dot (default) or svg.")
		String format = "dot";

		@CommandLine.Mixin
		Includes includes = new Includes();

		@Override
		public Integer call() {
			if (!format.equals("dot") && !format.equals("svg")) {
				invocation.err().println("baton graph: --format is dot or svg, not '" + format + "'");
				return USAGE;
			}
			ReadableFolder folder = includes.load(invocation, this.folder, true, null).folder();
			if (format.equals("svg")) {
				invocation.out().print(ArcDiagram.svg(folder.architecture()));
				return OK;
			}
			StringBuilder dot = new StringBuilder("digraph decisions {\n");
			dot.append("  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
			for (DecisionSet set : folder.architecture().getDecisionSets()) {
				for (Decision decision : set.getDecisions()) {
					String label = (decision.getNumber() == null ? "" : decision.getNumber() + ". ")
							+ (decision.getTitle() == null ? decision.getId() : decision.getTitle());
					dot.append("  ").append(quote(node(set, decision))).append(" [label=").append(quote(label))
							.append(", URL=").append(quote(decision.getSourcePath()));
					if (decision.getStatus() == DecisionStatus.SUPERSEDED
							|| decision.getStatus() == DecisionStatus.DEPRECATED
							|| decision.getStatus() == DecisionStatus.REJECTED) {
						dot.append(", style=\"rounded,dashed\", fontcolor=gray40");
					}
					dot.append("];\n");
				}
			}
			for (DecisionSet set : folder.architecture().getDecisionSets()) {
				for (Decision decision : set.getDecisions()) {
					for (DecisionLink link : decision.getLinks()) {
						if (link.getTarget() == null || link.getTarget().eIsProxy()
								|| !(link.getTarget().eContainer() instanceof DecisionSet targetSet)) {
							continue;
						}
						String type =
								link.getType() == LinkType.CUSTOM ? link.getCustomType() : link.getType().getLiteral();
						dot.append("  ").append(quote(node(set, decision))).append(" -> ")
								.append(quote(node(targetSet, link.getTarget()))).append(" [label=")
								.append(quote(type));
						if (link.getType() == LinkType.RELATES_TO) {
							dot.append(", style=dotted");
						}
						dot.append("];\n");
					}
				}
			}
			dot.append("}\n");
			invocation.out().print(dot);
			return OK;
		}

		private static String node(DecisionSet set, Decision decision) {
			return set.getName() + ":" + decision.getId();
		}

		private static String quote(String text) {
			return "\"" + String.valueOf(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}
	}

	@Override
	Run options() {
		return new Run();
	}
}
