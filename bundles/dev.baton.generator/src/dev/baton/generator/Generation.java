package dev.baton.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import dev.baton.model.Account;
import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.Component;
import dev.baton.model.Domain;
import dev.baton.model.Environment;
import dev.baton.model.Interface;
import dev.baton.model.Person;
import dev.baton.model.Record;
import dev.baton.model.Runbook;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Team;
import dev.baton.model.Technology;

/**
 * One run of the generator: the architecture being built, the records later parts refer to, and the ids taken so far
 * (ids of non-decision records are unique across the folder).
 */
final class Generation {

	static final BatonFactory FACTORY = BatonFactory.eINSTANCE;

	final ArchitectureGenerator.Options options;
	final Architecture architecture = FACTORY.createArchitecture();
	final List<Team> teams = new ArrayList<>();
	/** Members of the teams (external people are not in this list). */
	final List<Person> people = new ArrayList<>();
	final List<Domain> domains = new ArrayList<>();
	final List<SoftwareSystem> systems = new ArrayList<>();
	final List<Technology> technologies = new ArrayList<>();
	final List<Account> accounts = new ArrayList<>();
	final List<Environment> environments = new ArrayList<>();
	final List<Component> components = new ArrayList<>();
	final List<Interface> interfaces = new ArrayList<>();
	final List<Runbook> runbooks = new ArrayList<>();
	/** Used only to test membership, never iterated: the order of a hash set must not matter. */
	private final Set<String> ids = new HashSet<>();

	Generation(ArchitectureGenerator.Options options) {
		this.options = options;
	}

	LocalDate asOf() {
		return options.asOf();
	}

	/** The base id, or the base with the first free suffix -2, -3, ... */
	String uniqueId(String base) {
		String id = base;
		for (int n = 2; !ids.add(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	/** Whether a record already has the id. */
	boolean taken(String id) {
		return ids.contains(id);
	}

	/** Sets what every record has: a unique id, the title, the description and a review date. */
	<T extends Record> T record(T record, SplittableRandom random, String idBase, String title, String description) {
		record.setId(uniqueId(idBase));
		record.setTitle(title);
		record.setDescription(description);
		record.setLastReviewed(reviewed(random));
		return record;
	}

	/** A review date within the 18 months before the generation day (some are overdue). */
	LocalDate reviewed(SplittableRandom random) {
		return asOf().minusDays(random.nextInt(540));
	}

	/** A review date on or after the given day and not after the generation day. */
	LocalDate reviewedSince(SplittableRandom random, LocalDate day) {
		long days = Math.max(0, ChronoUnit.DAYS.between(day, asOf()));
		return day.plusDays(random.nextLong(days + 1));
	}

	/**
	 * A component whose title, put into the pattern, gives an id not taken yet (or the last one drawn after a few
	 * tries), so that records made from a pattern differ in their titles.
	 */
	Component componentForTitle(SplittableRandom random, String pattern) {
		Component component = any(random, components);
		for (int attempt = 0; attempt < 5 && taken(Vocabulary.slug(String.format(Locale.ROOT, pattern,
				component.getTitle()))); attempt++) {
			component = any(random, components);
		}
		return component;
	}

	static <T> T any(SplittableRandom random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	/** Up to {@code count} different elements of the list, in the order drawn. */
	static <T> List<T> some(SplittableRandom random, List<T> list, int count) {
		List<T> picked = new ArrayList<>();
		for (int attempt = 0; attempt < count * 3 && picked.size() < Math.min(count, list.size()); attempt++) {
			T candidate = any(random, list);
			if (!picked.contains(candidate)) {
				picked.add(candidate);
			}
		}
		return picked;
	}

	/** The people whose team is the given one, in the order they were made (the lead first). */
	List<Person> members(Team team) {
		return people.stream().filter(person -> person.getTeam() == team).toList();
	}
}
