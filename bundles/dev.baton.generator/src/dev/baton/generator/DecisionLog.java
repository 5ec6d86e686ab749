package dev.baton.generator;

import static dev.baton.generator.Generation.FACTORY;
import static dev.baton.generator.Generation.any;
import static dev.baton.generator.Vocabulary.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;
import dev.baton.model.Element;
import dev.baton.model.LinkType;
import dev.baton.model.Option;
import dev.baton.model.Person;
import dev.baton.model.Team;

/**
 * One MADR decision set: decisions numbered from 1, dated over the eight years before the generation day, about 10%
 * superseding an earlier decision, 5% amending one and 5% relating to one.
 */
final class DecisionLog {

	/** Days the decisions are spread over: eight years. */
	private static final int SPAN = 8 * 365;

	/** What a decision chose, so that a later one can supersede it on the same subject. */
	private record Subject(Vocabulary.Topic topic, String option, String purpose) {
	}

	private final Generation generation;
	private final SplittableRandom random;
	private final List<Subject> subjects = new ArrayList<>();

	DecisionLog(Generation generation, SplittableRandom random) {
		this.generation = generation;
		this.random = random;
	}

	void generate() {
		DecisionSet set = FACTORY.createDecisionSet();
		set.setName("decisions");
		set.setPath("decisions");
		set.setDialect("madr");
		generation.architecture.getDecisionSets().add(set);
		int count = generation.options.decisions();
		int digits = Math.max(4, String.valueOf(count).length());
		List<Decision> decisions = set.getDecisions();
		for (int number = 1; number <= count; number++) {
			int roll = random.nextInt(100);
			Decision target = decisions.isEmpty() ? null : any(random, decisions);
			if (roll < 10 && target != null) {
				target = supersedable(decisions, target);
			}
			Decision superseded = roll < 10 ? target : null;
			Decision decision = decision(number, count, digits, superseded);
			if (superseded != null) {
				link(decision, LinkType.SUPERSEDES, superseded);
				superseded.setStatus(DecisionStatus.SUPERSEDED);
				superseded.setStatusText(DecisionStatus.SUPERSEDED.getLiteral());
				superseded.getStatedSupersededBy().add(decision);
			} else if (roll >= 10 && roll < 15 && target != null) {
				link(decision, LinkType.AMENDS, target);
			} else if (roll >= 15 && roll < 20 && target != null) {
				link(decision, LinkType.RELATES_TO, target);
			}
			decisions.add(decision);
		}
	}

	/** The target, or another earlier decision still in force; null when three tries find none. */
	private Decision supersedable(List<Decision> decisions, Decision first) {
		Decision candidate = first;
		for (int attempt = 0; attempt < 3; attempt++) {
			DecisionStatus status = candidate.getStatus();
			if (status == DecisionStatus.ACCEPTED || status == DecisionStatus.DEPRECATED) {
				return candidate;
			}
			candidate = any(random, decisions);
		}
		return null;
	}

	private Decision decision(int number, int count, int digits, Decision superseded) {
		Subject subject;
		String title;
		if (superseded == null) {
			Vocabulary.Topic topic = Vocabulary.TOPICS.get(random.nextInt(Vocabulary.TOPICS.size()));
			subject = new Subject(topic, any(random, topic.options()), any(random, topic.purposes()));
			title = String.format(Locale.ROOT, pick(random, Vocabulary.TITLES), subject.option(), subject.purpose());
		} else {
			Subject old = subjects.get(superseded.getNumber() - 1);
			List<String> others = new ArrayList<>(old.topic().options());
			others.remove(old.option());
			subject = new Subject(old.topic(), any(random, others), old.purpose());
			title = "Replace " + old.option() + " with " + subject.option() + " for " + subject.purpose();
		}
		subjects.add(subject);
		Decision decision = FACTORY.createDecision();
		String slug = Vocabulary.slug(title);
		decision.setNumber(number);
		decision.setSlug(slug);
		decision.setId(String.format(Locale.ROOT, "%0" + digits + "d-%s", number, slug));
		decision.setTitle(title);
		decision.setDescription("Which " + subject.topic().name() + " to use for " + subject.purpose() + ".");
		DecisionStatus status = superseded != null ? DecisionStatus.ACCEPTED : status();
		decision.setStatus(status);
		decision.setStatusText(status.getLiteral());
		LocalDate date = generation.asOf().minusDays(SPAN).plusDays((long) SPAN * number / (count + 1));
		decision.setDate(date);
		people(decision);
		List<Element> affects = affects();
		decision.getAffects().addAll(affects);
		decision.setContext(context(subject, superseded, affects));
		decision.getDrivers().addAll(Vocabulary.distinct(random, Vocabulary.DRIVERS, 2 + random.nextInt(3)));
		Option chosen = options(decision, subject);
		outcome(decision, chosen, subject, superseded);
		decision.getTags().add(Vocabulary.slug(subject.topic().name()));
		decision.setLastReviewed(min(generation.asOf(), date.plusDays(random.nextInt(400))));
		return decision;
	}

	/** Mostly accepted; some proposed, rejected and deprecated. Superseded comes from later decisions. */
	private DecisionStatus status() {
		int roll = random.nextInt(100);
		return roll < 70 ? DecisionStatus.ACCEPTED
				: roll < 84 ? DecisionStatus.PROPOSED : roll < 93 ? DecisionStatus.REJECTED : DecisionStatus.DEPRECATED;
	}

	private void people(Decision decision) {
		for (Person maker : Generation.some(random, generation.people, 1 + random.nextInt(2))) {
			decision.getDecisionMakers().add(maker.getId());
		}
		if (random.nextBoolean()) {
			Person consulted = any(random, generation.people);
			if (!decision.getDecisionMakers().contains(consulted.getId())) {
				decision.getConsulted().add(consulted.getId());
			}
		}
		for (Team team : Generation.some(random, generation.teams, 1 + random.nextInt(2))) {
			decision.getInformed().add(team.getId());
		}
	}

	private List<Element> affects() {
		List<Element> elements = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int attempt = 0; attempt < count; attempt++) {
			Element element = random.nextBoolean() ? any(random, generation.components)
					: any(random, generation.interfaces);
			if (!elements.contains(element)) {
				elements.add(element);
			}
		}
		return elements;
	}

	private String context(Subject subject, Decision superseded, List<Element> affects) {
		String first = superseded == null
				? "We need to choose the " + subject.topic().name() + " for " + subject.purpose() + ". "
						+ pick(random, Vocabulary.PRESSURES)
				: "ADR-" + superseded.getNumber() + " chose " + subjects.get(superseded.getNumber() - 1).option()
						+ " for "
						+ subject.purpose() + ". " + pick(random, Vocabulary.PRESSURES);
		List<String> names = affects.stream().map(Element::getTitle).toList();
		return first + "\n\nThe choice affects " + String.join(", ", names)
				+ ". Whatever we choose must be something the team can run without the original authors.";
	}

	/** Two to four options, the subject's among them at a random place; returns the subject's. */
	private Option options(Decision decision, Subject subject) {
		List<String> others = new ArrayList<>(subject.topic().options());
		others.remove(subject.option());
		List<String> titles = Vocabulary.distinct(random, others, 1 + random.nextInt(3));
		titles.add(random.nextInt(titles.size() + 1), subject.option());
		Option chosen = null;
		for (String title : titles) {
			Option option = FACTORY.createOption();
			option.setTitle(Vocabulary.capitalise(title));
			if (random.nextInt(3) > 0) {
				option.setDescription(Vocabulary.capitalise(
						String.format(Locale.ROOT, pick(random, Vocabulary.OPTION_DESCRIPTIONS), title)));
			}
			option.getPros().addAll(Vocabulary.distinct(random, Vocabulary.PROS, 1 + random.nextInt(2)));
			if (random.nextInt(3) == 0) {
				option.getNeutral().add(pick(random, Vocabulary.NEUTRAL));
			}
			option.getCons().addAll(Vocabulary.distinct(random, Vocabulary.CONS, 1 + random.nextInt(2)));
			decision.getOptions().add(option);
			chosen = title.equals(subject.option()) ? option : chosen;
		}
		return chosen;
	}

	private void outcome(Decision decision, Option chosen, Subject subject, Decision superseded) {
		decision.setChosenOption(chosen.getTitle());
		decision.setOutcome("Chosen option: \"" + chosen.getTitle() + "\", because " + chosen.getPros().get(0)
				+ " and it serves " + subject.purpose() + " best of the options we compared.");
		StringBuilder consequences = new StringBuilder();
		chosen.getPros().forEach(pro -> consequences.append("* Good, because ").append(pro).append('\n'));
		chosen.getNeutral().forEach(neutral -> consequences.append("* Neutral, because ").append(neutral).append('\n'));
		chosen.getCons().forEach(con -> consequences.append("* Bad, because ").append(con).append('\n'));
		decision.setConsequences(consequences.toString().strip());
		if (random.nextInt(10) < 3) {
			decision.setConfirmation("The owning team checks the " + subject.purpose()
					+ " dashboards one month after the change and reports the result in the architecture review.");
		}
		if (superseded != null) {
			decision.setMoreInformation(
					"This decision replaces ADR-" + superseded.getNumber() + " (" + superseded.getTitle()
							+ "). The migration plan is in the repository of the owning team.");
		} else if (random.nextInt(5) == 0) {
			decision.setMoreInformation("The evaluation notes are in the shared drive of the architecture group."
					+ "\n\nRevisit this decision when the " + subject.topic().name() + " needs change.");
		}
	}

	private static void link(Decision from, LinkType type, Decision to) {
		DecisionLink link = FACTORY.createDecisionLink();
		link.setType(type);
		link.setTarget(to);
		from.getLinks().add(link);
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
