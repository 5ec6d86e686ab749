package dev.baton.generator;

import static dev.baton.generator.Vocabulary.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.Component;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;
import dev.baton.model.Domain;
import dev.baton.model.Element;
import dev.baton.model.Interface;
import dev.baton.model.LinkType;
import dev.baton.model.Option;
import dev.baton.model.Person;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Team;
import dev.baton.model.Technology;

/**
 * A seeded, deterministic generator of synthetic architectures: decisions with supersession
 * chains and links, components in systems of about 100, interfaces with providers and
 * consumers, and records of every other kind. Same options, same model; no clock, no hash
 * order. Used by the benchmarks and by round-trip tests.
 */
public final class ArchitectureGenerator {

	/**
	 * What to generate.
	 *
	 * @param decisions number of decisions
	 * @param components number of components
	 * @param interfaces number of interfaces
	 * @param seed the random seed
	 * @param asOf dates are spread over the eight years before this day
	 */
	public record Options(int decisions, int components, int interfaces, long seed, LocalDate asOf) {

		/** N decisions, N/2 components and N/2 interfaces (at least 2 each), as of 2026-11-28. */
		public static Options of(int decisions, long seed) {
			return new Options(decisions, Math.max(2, decisions / 2), Math.max(2, decisions / 2), seed,
					LocalDate.of(2026, 11, 28));
		}
	}

	private static final BatonFactory F = BatonFactory.eINSTANCE;

	private final Options options;
	private final SplittableRandom random;
	private final Architecture architecture = F.createArchitecture();
	final List<Team> teams = new ArrayList<>();
	final List<Person> people = new ArrayList<>();
	final List<Component> components = new ArrayList<>();
	final List<Interface> interfaces = new ArrayList<>();
	final List<Technology> technologies = new ArrayList<>();

	public ArchitectureGenerator(Options options) {
		this.options = options;
		this.random = new SplittableRandom(options.seed());
	}

	/** Generates a new architecture (each call starts again from the seed). */
	public static Architecture generate(Options options) {
		return new ArchitectureGenerator(options).build();
	}

	private Architecture build() {
		architecture.setName("Synthetic platform " + options.decisions());
		architecture.setOrganisation("Example Ltd");
		architecture.setDescription("A generated architecture with " + options.decisions() + " decisions.");
		people();
		List<SoftwareSystem> systems = systems();
		technologies();
		components(systems);
		interfaces();
		decisions();
		new OperationsGenerator(this, random, architecture, options).generate();
		return architecture;
	}

	SplittableRandom random() {
		return random;
	}

	LocalDate date(int index, int count) {
		long span = 8L * 365;
		long day = count <= 1 ? 0 : span * index / count;
		return options.asOf().minusDays(span - day);
	}

	private void people() {
		int teamCount = Math.max(2, options.components() / 10);
		for (int t = 0; t < teamCount; t++) {
			Team team = F.createTeam();
			String area = Vocabulary.AREAS[t % Vocabulary.AREAS.length];
			team.setId("team-" + area + (t < Vocabulary.AREAS.length ? "" : "-" + (t / Vocabulary.AREAS.length + 1)));
			team.setTitle("Team " + capitalise(area) + (t < Vocabulary.AREAS.length ? "" : " " + (t / Vocabulary.AREAS.length + 1)));
			team.setDescription("Owns the " + area + " services.");
			team.setContact("#" + team.getId());
			team.setLastReviewed(options.asOf().minusDays(random.nextInt(500)));
			architecture.getTeams().add(team);
			teams.add(team);
			for (int p = 0; p < 2; p++) {
				Person person = F.createPerson();
				String first = Vocabulary.FIRST[(t * 2 + p) % Vocabulary.FIRST.length];
				String last = Vocabulary.LAST[(t * 7 + p * 3) % Vocabulary.LAST.length];
				person.setId(Vocabulary.slug(first + " " + last) + "-" + (t * 2 + p));
				person.setTitle(first + " " + last);
				person.setRole(p == 0 ? "Tech lead" : "Engineer");
				person.setEmail(person.getId() + "@example.com");
				person.setTeam(team);
				person.setLastReviewed(options.asOf().minusDays(random.nextInt(400)));
				architecture.getPeople().add(person);
				people.add(person);
			}
			team.setLead(people.get(people.size() - 2));
		}
	}

	private List<SoftwareSystem> systems() {
		List<SoftwareSystem> systems = new ArrayList<>();
		int count = Math.max(1, (options.components() + 99) / 100);
		Domain domain = F.createDomain();
		domain.setId("domain-core");
		domain.setTitle("Core business");
		domain.setDescription("Everything that earns money.");
		domain.setOwner(teams.get(0));
		architecture.getDomains().add(domain);
		for (int s = 0; s < count; s++) {
			SoftwareSystem system = F.createSoftwareSystem();
			system.setId("system-" + (s + 1));
			system.setTitle(capitalise(Vocabulary.AREAS[s % Vocabulary.AREAS.length]) + " platform " + (s + 1));
			system.setDescription("Software system number " + (s + 1) + ".");
			system.setDomain(domain);
			system.setOwner(teams.get(s % teams.size()));
			system.setLifecycle("production");
			architecture.getSystems().add(system);
			systems.add(system);
		}
		return systems;
	}

	private void technologies() {
		for (int i = 0; i < Vocabulary.TECHNOLOGIES.length; i++) {
			Technology technology = F.createTechnology();
			technology.setId("tech-" + Vocabulary.slug(Vocabulary.TECHNOLOGIES[i]));
			technology.setTitle(Vocabulary.TECHNOLOGIES[i]);
			technology.setVersion((1 + random.nextInt(20)) + "." + random.nextInt(10));
			technology.setEndOfLife(options.asOf().plusDays(random.nextInt(1500) - 200));
			technology.setCategory(i < 4 ? "language" : "platform");
			architecture.getTechnologies().add(technology);
			technologies.add(technology);
		}
	}

	private void components(List<SoftwareSystem> systems) {
		for (int c = 0; c < options.components(); c++) {
			Component component = F.createComponent();
			String area = Vocabulary.AREAS[c % Vocabulary.AREAS.length];
			String role = Vocabulary.ROLES[(c / Vocabulary.AREAS.length) % Vocabulary.ROLES.length];
			component.setId(area + "-" + role + "-" + (c + 1));
			component.setTitle(capitalise(area) + " " + role + " " + (c + 1));
			component.setDescription("Handles " + pick(random, Vocabulary.PURPOSES) + " for the " + area + " area.");
			component.setSystem(systems.get(Math.min(systems.size() - 1, c / 100)));
			component.setOwner(teams.get(c % teams.size()));
			component.setType(pick(random, Vocabulary.TYPES));
			component.setLifecycle(random.nextInt(10) == 0 ? "deprecated" : "production");
			component.getTechnologies().add(technologies.get(random.nextInt(technologies.size())));
			component.setRepository("https://git.example.com/" + component.getId());
			component.setLastReviewed(options.asOf().minusDays(random.nextInt(600)));
			if (c > 0 && random.nextInt(3) == 0) {
				component.getDependsOn().add(components.get(random.nextInt(components.size())));
			}
			architecture.getComponents().add(component);
			components.add(component);
		}
	}

	private void interfaces() {
		for (int i = 0; i < options.interfaces(); i++) {
			Interface api = F.createInterface();
			Component provider = components.get(i % components.size());
			api.setId(provider.getId() + "-api" + (i < components.size() ? "" : "-" + (i / components.size() + 1)));
			api.setTitle(provider.getTitle() + " API" + (i < components.size() ? "" : " " + (i / components.size() + 1)));
			api.setDescription("What " + provider.getTitle() + " offers to others.");
			api.setProvider(provider);
			api.setOwner(provider.getOwner());
			api.setProtocol(pick(random, Vocabulary.PROTOCOLS));
			api.setVersion("v" + (1 + random.nextInt(4)));
			if (random.nextInt(4) == 0) {
				api.setSpecification("specs/" + api.getId() + ".yaml");
				api.setSpecificationFormat("openapi");
			}
			architecture.getInterfaces().add(api);
			interfaces.add(api);
			int consumers = 1 + random.nextInt(3);
			for (int k = 0; k < consumers; k++) {
				Component consumer = components.get(random.nextInt(components.size()));
				if (consumer != provider && !consumer.getConsumes().contains(api)) {
					consumer.getConsumes().add(api);
				}
			}
		}
	}

	private void decisions() {
		DecisionSet set = F.createDecisionSet();
		set.setName("decisions");
		set.setPath("decisions");
		set.setDialect("madr");
		architecture.getDecisionSets().add(set);
		int count = options.decisions();
		int digits = Math.max(4, String.valueOf(count).length());
		List<Decision> decisions = set.getDecisions();
		for (int n = 1; n <= count; n++) {
			Decision decision = F.createDecision();
			String title = pick(random, Vocabulary.VERBS) + " " + pick(random, Vocabulary.THINGS) + " for "
					+ pick(random, Vocabulary.PURPOSES);
			String slug = Vocabulary.slug(title);
			decision.setNumber(n);
			decision.setSlug(slug);
			decision.setId(String.format(Locale.ROOT, "%0" + digits + "d-%s", n, slug));
			decision.setTitle(title);
			DecisionStatus status = status();
			decision.setStatus(status);
			decision.setStatusText(status.getLiteral());
			decision.setDate(date(n - 1, count));
			decision.getDecisionMakers().add(people.get(random.nextInt(people.size())).getId());
			if (random.nextBoolean()) {
				decision.getConsulted().add(teams.get(random.nextInt(teams.size())).getId());
			}
			decision.setContext(Vocabulary.sentence(random, "platform") + "\n\n" + Vocabulary.sentence(random, "team"));
			decision.getDrivers().add("keep " + pick(random, Vocabulary.PURPOSES) + " reliable");
			decision.getDrivers().add("limit operating cost");
			options(decision, title);
			decision.getTags().add(pick(random, Vocabulary.AREAS));
			decision.setLastReviewed(decision.getDate().plusDays(random.nextInt(200)));
			if (random.nextInt(4) == 0) {
				decision.setConfirmation("A review of the " + pick(random, Vocabulary.AREAS) + " dashboards after one release.");
			}
			if (random.nextInt(5) == 0) {
				decision.setMoreInformation("See the design notes of " + pick(random, Vocabulary.AREAS) + ".");
			}
			affects(decision);
			decisions.add(decision);
			if (n > 1) {
				links(decision, decisions);
			}
		}
	}

	private DecisionStatus status() {
		int roll = random.nextInt(100);
		return roll < 70 ? DecisionStatus.ACCEPTED : roll < 85 ? DecisionStatus.PROPOSED
				: roll < 92 ? DecisionStatus.REJECTED : roll < 96 ? DecisionStatus.DEPRECATED : DecisionStatus.DRAFT;
	}

	private void options(Decision decision, String title) {
		int count = 2 + random.nextInt(3);
		for (int o = 0; o < count; o++) {
			Option option = F.createOption();
			option.setTitle(o == 0 ? pick(random, Vocabulary.THINGS) : "Option " + (o + 1) + ": " + pick(random, Vocabulary.THINGS));
			option.setDescription("Considered for " + title.toLowerCase(Locale.ROOT) + ".");
			option.getPros().add(pick(random, Vocabulary.PROS));
			if (random.nextBoolean()) {
				option.getNeutral().add("the team has used it before");
			}
			option.getCons().add(pick(random, Vocabulary.CONS));
			decision.getOptions().add(option);
		}
		Option chosen = decision.getOptions().get(random.nextInt(count));
		decision.setChosenOption(chosen.getTitle());
		decision.setOutcome("Chosen option: \"" + chosen.getTitle() + "\", because " + chosen.getPros().get(0) + ".");
		decision.setConsequences("* Good, because " + chosen.getPros().get(0) + "\n* Bad, because " + chosen.getCons().get(0));
	}

	private void affects(Decision decision) {
		int count = 1 + random.nextInt(3);
		for (int a = 0; a < count; a++) {
			Element element = random.nextBoolean() ? components.get(random.nextInt(components.size()))
					: interfaces.get(random.nextInt(interfaces.size()));
			if (!decision.getAffects().contains(element)) {
				decision.getAffects().add(element);
			}
		}
	}

	private void links(Decision decision, List<Decision> earlier) {
		int roll = random.nextInt(100);
		Decision target = earlier.get(random.nextInt(earlier.size() - 1));
		if (roll < 10 && target.getStatus() != DecisionStatus.SUPERSEDED) {
			link(decision, LinkType.SUPERSEDES, target);
			target.setStatus(DecisionStatus.SUPERSEDED);
			target.setStatusText(DecisionStatus.SUPERSEDED.getLiteral());
			target.getStatedSupersededBy().add(decision);
		} else if (roll < 15) {
			link(decision, LinkType.AMENDS, target);
		} else if (roll < 20) {
			link(decision, LinkType.RELATES_TO, target);
		}
	}

	private static void link(Decision from, LinkType type, Decision to) {
		DecisionLink link = F.createDecisionLink();
		link.setType(type);
		link.setTarget(to);
		from.getLinks().add(link);
	}

	static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
