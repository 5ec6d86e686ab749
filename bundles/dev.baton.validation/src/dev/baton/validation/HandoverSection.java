package dev.baton.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EReference;

import dev.baton.model.Architecture;
import dev.baton.model.BatonPackage.Literals;
import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;
import dev.baton.model.Record;

/**
 * The 18 sections of a handover pack ({@code docs/format.md}, "The 18 handover sections") and the records of the model
 * that give each one its content.
 */
public enum HandoverSection {

	SCOPE("Scope of the handover", Literals.ARCHITECTURE__HANDOVER_SCOPES),
	CURRENT_STATE("Summary and current state", Literals.ARCHITECTURE__WORK_ITEMS),
	SYSTEM_INVENTORY("System inventory", Literals.ARCHITECTURE__SYSTEMS, Literals.ARCHITECTURE__COMPONENTS,
			Literals.ARCHITECTURE__ENVIRONMENTS, Literals.ARCHITECTURE__DOMAINS, Literals.ARCHITECTURE__ACCOUNTS),
	ARCHITECTURE_OVERVIEW("Architecture overview", Literals.ARCHITECTURE__INTERFACES,
			Literals.ARCHITECTURE__DATA_FLOWS, Literals.ARCHITECTURE__TECHNOLOGIES),
	DECISION_HISTORY("Decision history"),
	RISKS("Risks and technical debt", Literals.ARCHITECTURE__RISKS),
	CONTRACTS("Vendors, contracts, licences", Literals.ARCHITECTURE__CONTRACTS),
	ACCESS("Access inventory", Literals.ARCHITECTURE__ACCESS_ITEMS),
	RUNBOOKS("Runbooks and operations", Literals.ARCHITECTURE__RUNBOOKS),
	ON_CALL("On-call and incident history", Literals.ARCHITECTURE__ON_CALL_ROTATIONS,
			Literals.ARCHITECTURE__INCIDENTS),
	SECURITY("Security and compliance posture", Literals.ARCHITECTURE__SECURITY_CONTROLS),
	COSTS("Costs", Literals.ARCHITECTURE__COST_ITEMS),
	DELIVERY("Delivery process", Literals.ARCHITECTURE__DELIVERY_PROCESSES),
	OPEN_ISSUES("Open issues and known problems", Literals.ARCHITECTURE__OPEN_QUESTIONS),
	PEOPLE("People and contacts", Literals.ARCHITECTURE__PEOPLE, Literals.ARCHITECTURE__TEAMS),
	GLOSSARY("Glossary", Literals.ARCHITECTURE__GLOSSARY_TERMS),
	ROADMAP("Roadmap and commitments", Literals.ARCHITECTURE__COMMITMENTS),
	ACCEPTANCE("Acceptance", Literals.ARCHITECTURE__ACCEPTANCE_CHECKS, Literals.ARCHITECTURE__FIRST_WEEK_ACTIONS);

	private static final String FORMAT = "https://baton.dev/format";

	private final String title;
	private final List<EReference> containers;

	HandoverSection(String title, EReference... containers) {
		this.title = title;
		this.containers = List.of(containers);
	}

	/** 1 to 18, as numbered in {@code docs/format.md}. */
	public int number() {
		return ordinal() + 1;
	}

	public String title() {
		return title;
	}

	/** The section with the given number (1-18). */
	public static HandoverSection byNumber(int number) {
		return values()[number - 1];
	}

	/**
	 * The records that give the section content. Decisions are the content of the decision history; proposed and draft
	 * decisions also count for the current state (pending decisions).
	 */
	public List<Record> records(Architecture architecture) {
		List<Record> records = new ArrayList<>();
		for (EReference container : containers) {
			@SuppressWarnings("unchecked")
			List<? extends Record> contained = (List<? extends Record>) architecture.eGet(container);
			records.addAll(contained);
		}
		if (this == DECISION_HISTORY || this == CURRENT_STATE) {
			architecture.getDecisionSets().forEach(set -> set.getDecisions().stream()
					.filter(d -> this == DECISION_HISTORY || pending(d)).forEach(records::add));
		}
		return records;
	}

	private static boolean pending(Decision decision) {
		return decision.getStatus() == DecisionStatus.PROPOSED || decision.getStatus() == DecisionStatus.DRAFT;
	}

	/** Where records of this section go, e.g. {@code contracts/} or {@code on-call/ or incidents/}. */
	public String folders() {
		if (containers.isEmpty()) {
			return "decisions/";
		}
		List<String> folders = new ArrayList<>();
		for (EReference container : containers) {
			EAnnotation format = container.getEReferenceType().getEAnnotation(FORMAT);
			String folder = format == null ? null : format.getDetails().get("folder");
			folders.add((folder == null ? container.getName().toLowerCase(Locale.ROOT) : folder) + "/");
		}
		return String.join(" or ", folders);
	}

	/** {@code 7. Vendors, contracts, licences}. */
	@Override
	public String toString() {
		return number() + ". " + title;
	}
}
