package dev.baton.pack;

import java.util.List;
import java.util.Optional;

import dev.baton.store.Kinds;

/**
 * The 18 handover sections of a pack: what a successor needs, in the order they read it, each with the kinds of record
 * that fill it. {@code docs/format.md} has the same table.
 */
public final class Handover {

	/**
	 * One handover section.
	 *
	 * @param id      file-name safe ({@code decision-history})
	 * @param title   as shown
	 * @param kinds   the kinds of record it lists, by name
	 * @param summary what a successor finds there
	 */
	public record Section(int number, String id, String title, List<String> kinds, String summary) {
	}

	private static final List<Section> ALL = List.of(
			new Section(1, "scope", "Scope of the handover", List.of("handover"),
					"Who hands over what to whom, until when, and what is left out."),
			new Section(2, "current-state", "Summary and current state", List.of("work"),
					"Work in flight, decisions still proposed and questions still open."),
			new Section(3, "inventory", "System inventory",
					List.of("system", "component", "environment", "domain", "account"),
					"Every system, component, environment, domain and cloud account."),
			new Section(4, "architecture", "Architecture overview",
					List.of("interface", "data-flow", "technology"),
					"Diagrams, the interface catalog, data flows and the technologies in use."),
			new Section(5, "decision-history", "Decision history", List.of("decision"),
					"Every architecture decision with its options, outcome and consequences."),
			new Section(6, "risks", "Risks and technical debt", List.of("risk"),
					"Known risks and debt, with owners and mitigations."),
			new Section(7, "contracts", "Vendors, contracts and licences", List.of("contract"),
					"Contracts and licences with their renewal dates and notice periods."),
			new Section(8, "access", "Access inventory", List.of("access"),
					"Where access is kept and who holds it (never the secrets themselves)."),
			new Section(9, "operations", "Runbooks and operations", List.of("runbook"),
					"How the platform is run, deployed, restored and scaled."),
			new Section(10, "on-call", "On-call and incident history", List.of("on-call", "incident"),
					"Who is on call, how it escalates, and what went wrong before."),
			new Section(11, "security", "Security and compliance", List.of("security"),
					"Controls, their status and their evidence."),
			new Section(12, "costs", "Costs", List.of("cost"), "What the platform costs, per item and per month."),
			new Section(13, "delivery", "Delivery process", List.of("delivery"),
					"Repositories, branching, pipelines and releases."),
			new Section(14, "open-issues", "Open issues and known problems", List.of("question"),
					"Questions without an answer yet, and known problems."),
			new Section(15, "people", "People and contacts", List.of("person", "team"),
					"Teams, their members and whom to call."),
			new Section(16, "glossary", "Glossary", List.of("term"), "The words the platform's people use."),
			new Section(17, "commitments", "Roadmap and commitments", List.of("commitment"),
					"What was promised, to whom, by when."),
			new Section(18, "acceptance", "Acceptance and first week", List.of("acceptance", "first-week"),
					"How the successor checks the handover, and what to do in the first week."));

	private Handover() {
	}

	/** The 18 sections, in order. */
	public static List<Section> sections() {
		return ALL;
	}

	/** The section that lists a kind of record. */
	public static Optional<Section> sectionOf(String kind) {
		return ALL.stream().filter(s -> s.kinds().contains(kind)).findFirst();
	}

	/** The plural of a kind for headings, the same in every pack format: {@code Technologies}, {@code People}. */
	public static String plural(Kinds.Kind kind) {
		String name = kind.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2");
		String plural = name.endsWith("y") && !name.endsWith("ey") ? name.substring(0, name.length() - 1) + "ies"
				: name.endsWith("s") ? name + "es" : name + "s";
		return plural.equals("Persons") ? "People" : plural;
	}
}
