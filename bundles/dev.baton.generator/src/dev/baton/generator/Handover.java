package dev.baton.generator;

import static dev.baton.generator.Generation.FACTORY;
import static dev.baton.generator.Generation.any;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.baton.model.AcceptanceCheck;
import dev.baton.model.CheckStatus;
import dev.baton.model.Commitment;
import dev.baton.model.Component;
import dev.baton.model.FirstWeekAction;
import dev.baton.model.GlossaryTerm;
import dev.baton.model.HandoverScope;
import dev.baton.model.OpenQuestion;
import dev.baton.model.Person;
import dev.baton.model.Runbook;
import dev.baton.model.Team;
import dev.baton.model.WorkItem;
import dev.baton.model.WorkStatus;

/**
 * What a successor needs: glossary, open questions, commitments, work in flight, the handover scope, acceptance checks
 * and first-week actions. The first person hands over to the last team.
 */
final class Handover {

	/** Term, alias (or empty), meaning. */
	private static final String[][] TERMS = {
			{ "Consignment", "shipment", "One or more parcels booked together, from one sender to one address." },
			{ "Depot", "", "A building where parcels are sorted for the last mile." },
			{ "SKU", "stock keeping unit", "The identifier of one product variant in the catalogue." },
			{ "Order line", "", "One product and its quantity within an order." },
			{ "Settlement", "payout", "The transfer of collected card payments to our bank account." },
			{ "Route plan", "", "The ordered list of stops of one driver for one day." },
			{ "Chargeback", "", "A card payment reversed by the bank of the customer." },
			{ "Carrier", "courier", "A company that moves parcels for us under contract." } };

	/** Question titles; a component title goes in. */
	private static final String[] QUESTIONS = { "Who owns %s after the handover?",
			"Can the nightly job of %s be retired?",
			"Is the vendor licence used by %s still needed?", "Why does %s keep its own copy of the customer data?" };

	/** Commitment title, made to, audience, status. */
	private static final String[][] COMMITMENTS = {
			{ "99.9% availability for the storefront", "Key customers", "customer", "on track" },
			{ "Invoices in the new tax format by the end of the year", "Finance director", "executive", "at risk" },
			{ "Cloud cost down by 15% this year", "Board of directors", "executive", "on track" },
			{ "SOC 2 report before the next funding round", "Investors", "investor", "on track" },
			{ "Customer data deleted within 30 days of a request", "Data protection authority", "regulator", "met" } };

	/** Work titles; a component title goes in. */
	private static final String[] WORK = { "Upgrade %s to the newer runtime", "Move %s to the shared pipeline",
			"Finish the second version of the %s interface", "Remove the legacy import of %s" };

	/** Acceptance check kind, title, runbook kind it relies on; and the first-week action that exercises it. */
	private static final String[][] CHECKS = {
			{ "access", "The new team holds every admin login", "", "Get access to every account and admin login" },
			{ "deploy", "The new team can deploy a change", "deploy", "Deploy a small change to production" },
			{ "rollback", "The new team can roll back a release", "rollback", "Roll the small change back" },
			{ "restore", "The new team can restore a database", "restore", "Restore a database in staging" },
			{ "paged", "The new team can be paged", "alert", "Take a practice page at night" } };

	private final Generation generation;
	private final SplittableRandom random;

	Handover(Generation generation, SplittableRandom random) {
		this.generation = generation;
		this.random = random;
	}

	void generate() {
		int decisions = generation.options.decisions();
		for (int i = 0; i < Math.min(TERMS.length, Math.max(3, decisions / 50)); i++) {
			term(TERMS[i]);
		}
		for (int i = 0; i < Math.max(2, decisions / 40); i++) {
			question();
		}
		for (int i = 0; i < Math.min(COMMITMENTS.length, Math.max(1, decisions / 100)); i++) {
			commitment(COMMITMENTS[i]);
		}
		for (int i = 0; i < Math.max(2, decisions / 40); i++) {
			work(i);
		}
		Team receiving = generation.teams.get(generation.teams.size() - 1);
		scope(receiving);
		for (int day = 1; day <= CHECKS.length; day++) {
			check(CHECKS[day - 1], day, receiving.getLead());
		}
	}

	private void term(String[] template) {
		GlossaryTerm term = generation.record(FACTORY.createGlossaryTerm(), random, Vocabulary.slug(template[0]),
				template[0], template[2]);
		if (!template[1].isEmpty()) {
			term.getAliases().add(template[1]);
		}
		generation.architecture.getGlossaryTerms().add(term);
	}

	private void question() {
		String pattern = QUESTIONS[random.nextInt(QUESTIONS.length)];
		Component component = generation.componentForTitle(random, pattern);
		String title = String.format(Locale.ROOT, pattern, component.getTitle());
		OpenQuestion question = generation.record(FACTORY.createOpenQuestion(), random, Vocabulary.slug(title), title,
				"Nobody in the current team knows for sure. The answer decides what the receiving team has to run.");
		boolean answered = random.nextInt(4) == 0;
		question.setStatus(answered ? "answered" : "open");
		question.setRaised(generation.asOf().minusDays(random.nextInt(120)));
		question.setDue(generation.asOf().plusDays(random.nextInt(110) - 20));
		question.getAffects().add(component);
		if (answered) {
			question.setAnswer("Yes. The " + component.getTitle() + " team confirmed it in the last handover meeting.");
		}
		question.setOwner(any(random, generation.people));
		question.setLastReviewed(generation.reviewedSince(random, question.getRaised()));
		generation.architecture.getOpenQuestions().add(question);
	}

	private void commitment(String[] template) {
		Commitment commitment = generation.record(FACTORY.createCommitment(), random, Vocabulary.slug(template[0]),
				template[0],
				"Promised to " + template[1].toLowerCase(Locale.ROOT) + ". The roadmap of the next two quarters"
						+ " depends on it.");
		commitment.setMadeTo(template[1]);
		commitment.setAudience(template[2]);
		commitment.setStatus(template[3]);
		commitment.setDue(generation.asOf().plusDays(30 + random.nextInt(400)));
		commitment.getAffects().addAll(Generation.some(random, generation.systems, 1 + random.nextInt(2)));
		commitment.setOwner(any(random, generation.people));
		generation.architecture.getCommitments().add(commitment);
	}

	private void work(int index) {
		String pattern = WORK[random.nextInt(WORK.length)];
		Component component = generation.componentForTitle(random, pattern);
		String title = String.format(Locale.ROOT, pattern, component.getTitle());
		WorkItem work = generation.record(FACTORY.createWorkItem(), random, Vocabulary.slug(title), title,
				"Started by the current team. It is about half done and the branch is in the repository of "
						+ component.getTitle() + ".");
		work.setStatus(WorkStatus.get(random.nextInt(WorkStatus.VALUES.size())));
		work.setDue(generation.asOf().plusDays(random.nextInt(150) - 10));
		work.setTracker("https://tracker.example.com/browse/PLAT-" + (100 + index));
		work.getAffects().add(component);
		work.setOwner(generation.members((Team) component.getOwner()).get(0));
		generation.architecture.getWorkItems().add(work);
	}

	private void scope(Team receiving) {
		Person leaving = generation.people.get(0);
		HandoverScope scope = generation.record(FACTORY.createHandoverScope(), random, "handover-of-the-platform",
				"Handover of the platform", leaving.getTitle() + " hands technical leadership of the platform to the "
						+ receiving.getTitle()
						+ " team and stays reachable for questions until the end of the support period.");
		scope.getFrom().add(leaving);
		scope.getTo().add(receiving);
		scope.getTo().add(receiving.getLead());
		scope.setHandoverDate(generation.asOf().plusDays(60));
		scope.setSupportUntil(generation.asOf().plusDays(150));
		scope.getIncludes().addAll(generation.systems);
		scope.getExcluded().add("the marketing website, run by an agency");
		scope.getExcluded().add("the warehouse management system of the depot operations team");
		scope.setOwner(leaving);
		generation.architecture.getHandoverScopes().add(scope);
	}

	private void check(String[] template, int day, Person receiver) {
		AcceptanceCheck check = generation.record(FACTORY.createAcceptanceCheck(), random, "can-" + template[0],
				template[1], "Signed off by the receiving team once they have done it on their own.");
		check.setKind(template[0]);
		boolean passed = day == 1;
		check.setStatus(passed ? CheckStatus.PASSED : day == CHECKS.length ? CheckStatus.WAIVED : CheckStatus.PENDING);
		if (passed) {
			check.setSignedOffBy(receiver);
			check.setSignedOffOn(generation.asOf().minusDays(1 + random.nextInt(10)));
			check.setLastReviewed(check.getSignedOffOn());
		}
		check.setRunbook(runbook(template[2]));
		check.setOwner(receiver);
		generation.architecture.getAcceptanceChecks().add(check);
		FirstWeekAction action =
				generation.record(FACTORY.createFirstWeekAction(), random, Vocabulary.slug(template[3]),
						template[3], "Done by a member of the receiving team, with the current team watching.");
		action.setDay(day);
		action.setDone(passed);
		action.getChecks().add(check);
		action.setOwner(receiver);
		generation.architecture.getFirstWeekActions().add(action);
	}

	private Runbook runbook(String kind) {
		List<Runbook> runbooks = generation.runbooks;
		return runbooks.stream().filter(r -> r.getKind().equals(kind)).findFirst().orElse(null);
	}
}
