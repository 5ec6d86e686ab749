package dev.baton.generator;

import static dev.baton.generator.Generation.FACTORY;
import static dev.baton.generator.Vocabulary.capitalise;

import java.util.Locale;
import java.util.SplittableRandom;

import dev.baton.model.Person;
import dev.baton.model.Team;

/** Teams (about one per ten components, at least two) and two people per team. */
final class Organisation {

	private final Generation generation;
	private final SplittableRandom random;

	Organisation(Generation generation, SplittableRandom random) {
		this.generation = generation;
		this.random = random;
	}

	void generate() {
		int teams = Math.max(2, generation.options.components() / 10);
		for (int t = 0; t < teams; t++) {
			Team team = team(t);
			Person lead = person(team, 2 * t, "Tech lead");
			person(team, 2 * t + 1, Vocabulary.pick(random, Vocabulary.PERSON_ROLES));
			team.setLead(lead);
		}
		// the person who hands the platform over
		generation.people.get(0).setLeaving(true);
	}

	private Team team(int index) {
		String area = Vocabulary.AREAS[index % Vocabulary.AREAS.length];
		int round = index / Vocabulary.AREAS.length;
		String title = capitalise(area) + (round == 0 ? "" : " " + (round + 1));
		Team team = generation.record(FACTORY.createTeam(), random, "team-" + Vocabulary.slug(title), title,
				"Builds and runs the " + area + " services. The team is on call for them in office hours and through"
						+ " the platform rotation at night.");
		team.setEmail(team.getId() + "@example.com");
		team.setContact("Slack channel " + team.getId());
		generation.architecture.getTeams().add(team);
		generation.teams.add(team);
		return team;
	}

	/** People are named so that the first 400 names are all different. */
	private Person person(Team team, int index, String role) {
		int names = Vocabulary.FIRST.length;
		String first = Vocabulary.FIRST[index % names];
		String last = Vocabulary.LAST[(index % names + index / names) % Vocabulary.LAST.length];
		String name = first + " " + last;
		String area = team.getTitle().toLowerCase(Locale.ROOT);
		Person person = generation.record(FACTORY.createPerson(), random, Vocabulary.slug(name), name,
				first + " works in the " + area + " team as " + article(role) + " " + role.toLowerCase(Locale.ROOT)
						+ ".");
		person.setRole(role);
		person.setTeam(team);
		person.setEmail(person.getId().replace('-', '.') + "@example.com");
		generation.architecture.getPeople().add(person);
		generation.people.add(person);
		return person;
	}

	private static String article(String word) {
		return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
	}
}
