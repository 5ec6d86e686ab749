package dev.baton.generator;

import static dev.baton.generator.Generation.FACTORY;
import static dev.baton.generator.Generation.any;
import static dev.baton.generator.Vocabulary.capitalise;
import static dev.baton.generator.Vocabulary.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.baton.model.Account;
import dev.baton.model.Component;
import dev.baton.model.DataFlow;
import dev.baton.model.Domain;
import dev.baton.model.Environment;
import dev.baton.model.Interface;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Team;
import dev.baton.model.Technology;

/**
 * What the platform is made of: domains, systems of about 100 components, technologies, accounts, environments,
 * components, interfaces with their consumers, and data flows.
 */
final class Landscape {

	private static final String[] STAGES = { "production", "staging", "development" };

	private final Generation generation;
	private final SplittableRandom random;
	/** One consumer of each interface (same index), or null: the source of its data flows. */
	private final List<Component> firstConsumers = new ArrayList<>();

	Landscape(Generation generation, SplittableRandom random) {
		this.generation = generation;
		this.random = random;
	}

	void generate() {
		int systems = (generation.options.components() + 99) / 100;
		domains(Math.max(2, (systems + 1) / 2));
		for (int s = 0; s < systems; s++) {
			system(s, Math.min(100, generation.options.components() - 100 * s));
		}
		Vocabulary.TECHNOLOGIES.forEach(this::technology);
		account("aws-production", "AWS production account", "Runs the production environment.");
		account("aws-non-production", "AWS non-production account", "Runs the staging and development environments.");
		for (String stage : STAGES) {
			environment(stage);
		}
		for (int c = 0; c < generation.options.components(); c++) {
			component(c);
		}
		for (int i = 0; i < generation.options.interfaces(); i++) {
			api(i);
		}
		int flows = Math.max(2, generation.options.components() / 10);
		for (int f = 0; f < flows; f++) {
			dataFlow();
		}
	}

	private void domains(int count) {
		for (int d = 0; d < count; d++) {
			String name = Vocabulary.DOMAINS[d % Vocabulary.DOMAINS.length];
			int round = d / Vocabulary.DOMAINS.length;
			String title = name + (round == 0 ? "" : " " + (round + 1));
			Domain domain = generation.record(FACTORY.createDomain(), random, "domain-" + Vocabulary.slug(title), title,
					"The " + name.toLowerCase(Locale.ROOT) + " part of the business and the systems that serve it.");
			domain.setOwner(generation.teams.get(d % generation.teams.size()));
			if (round > 0) {
				domain.setParent(generation.domains.get(d % Vocabulary.DOMAINS.length));
			}
			generation.architecture.getDomains().add(domain);
			generation.domains.add(domain);
		}
	}

	private void system(int index, int components) {
		String name = Vocabulary.SYSTEMS[index % Vocabulary.SYSTEMS.length];
		int round = index / Vocabulary.SYSTEMS.length;
		String title = name + (round == 0 ? "" : " " + (round + 1));
		SoftwareSystem system = generation.record(FACTORY.createSoftwareSystem(), random, Vocabulary.slug(title), title,
				title + " groups " + components + " components that are deployed and owned together.");
		system.setDomain(generation.domains.get(index % generation.domains.size()));
		system.setOwner(generation.teams.get(index % generation.teams.size()));
		system.setLifecycle("production");
		generation.architecture.getSystems().add(system);
		generation.systems.add(system);
	}

	private void technology(Vocabulary.TechnologyRow row) {
		String version = random.nextBoolean() ? row.older() : row.newer();
		Technology technology = generation.record(FACTORY.createTechnology(), random,
				Vocabulary.slug(row.name() + " " + version), row.name(),
				row.name() + " " + version + " as the components use it. The platform team plans its upgrades.");
		technology.setVersion(version);
		technology.setCategory(row.category());
		technology.setLicence(row.licence());
		technology.setEndOfLife(generation.asOf().plusDays(random.nextInt(1800) - 400));
		technology.setLifecycle(technology.getEndOfLife().isBefore(generation.asOf()) ? "deprecated" : "production");
		technology.setOwner(generation.teams.get(0));
		generation.architecture.getTechnologies().add(technology);
		generation.technologies.add(technology);
	}

	private void account(String id, String title, String description) {
		Account account = generation.record(FACTORY.createAccount(), random, id, title, description);
		account.setProvider("AWS");
		account.setAccountId(String.valueOf(100_000_000_000L + random.nextLong(900_000_000_000L)));
		account.setOwner(generation.teams.get(0));
		account.setBillingContact(generation.teams.get(0));
		account.setRootHeldBy(generation.people.get(0));
		generation.architecture.getAccounts().add(account);
		generation.accounts.add(account);
	}

	private void environment(String stage) {
		boolean production = stage.equals("production");
		Environment environment = generation.record(FACTORY.createEnvironment(), random, stage, capitalise(stage),
				production ? "Serves the customers. Changes arrive only through the pipeline."
						: "Shared by all teams for testing; it may be broken at any time.");
		environment.setStage(stage);
		environment.setUrl("https://" + (production ? "" : stage + ".") + "shop.example.com");
		environment.setAccount(generation.accounts.get(production ? 0 : 1));
		environment.setRegion("eu-west-1");
		environment.setOwner(generation.teams.get(0));
		generation.architecture.getEnvironments().add(environment);
		generation.environments.add(environment);
	}

	private void component(int index) {
		int areas = Vocabulary.AREAS.length;
		int area = index % areas;
		int role = index / areas % Vocabulary.ROLES.length;
		int round = index / (areas * Vocabulary.ROLES.length);
		String areaName = Vocabulary.AREAS[area];
		String suffix = round == 0 ? "" : " " + (round + 1);
		String title = capitalise(areaName) + " " + Vocabulary.ROLES[role][1] + suffix;
		Component component = generation.record(FACTORY.createComponent(), random,
				areaName + "-" + Vocabulary.ROLES[role][0] + suffix.replace(' ', '-'), title,
				"The " + areaName + " " + Vocabulary.ROLES[role][1] + " handles " + pick(random, Vocabulary.DATA)
						+ " for the " + areaName + " area.");
		component.setSystem(generation.systems.get(index / 100));
		Team owner = owner(index, area);
		component.setOwner(owner);
		String type = Vocabulary.ROLE_TYPES[role];
		component.setType(type);
		component.setLifecycle(random.nextInt(12) == 0 ? "deprecated" : "production");
		component.getTechnologies().addAll(technologies(type));
		component.setRepository("https://git.example.com/" + owner.getId() + "/" + component.getId());
		if (!type.equals("library")) {
			component.getEnvironments().add(generation.environments.get(0));
			component.getEnvironments().add(generation.environments.get(1));
			if (random.nextInt(3) == 0) {
				component.getEnvironments().add(generation.environments.get(2));
			}
		}
		if (!generation.components.isEmpty()) {
			component.getDependsOn().addAll(Generation.some(random, generation.components, random.nextInt(3)));
		}
		component.getTags().add(areaName);
		generation.architecture.getComponents().add(component);
		generation.components.add(component);
	}

	/** The team of the component's area when there is one, so that names and owners agree. */
	private Team owner(int index, int area) {
		int teams = generation.teams.size();
		int areas = Vocabulary.AREAS.length;
		if (area >= teams) {
			return generation.teams.get(index % teams);
		}
		int rounds = (teams - area + areas - 1) / areas;
		return generation.teams.get(area + areas * (index / areas % rounds));
	}

	private List<Technology> technologies(String type) {
		List<Technology> chosen = new ArrayList<>();
		switch (type) {
		case "database" -> chosen.add(any(random, ofCategory("database")));
		case "website" -> {
			chosen.add(named("TypeScript"));
			chosen.add(named("React"));
		}
		default -> {
			Technology language = any(random, ofCategory("language"));
			chosen.add(language);
			if (type.equals("service")
					&& (language.getTitle().equals("Java") || language.getTitle().equals("Kotlin"))) {
				chosen.add(named("Spring Boot"));
			}
		}
		}
		return chosen;
	}

	private List<Technology> ofCategory(String category) {
		return generation.technologies.stream().filter(t -> t.getCategory().equals(category)).toList();
	}

	private Technology named(String name) {
		return generation.technologies.stream().filter(t -> t.getTitle().equals(name)).findFirst().orElseThrow();
	}

	private void api(int index) {
		Component provider = generation.components.get(index % generation.components.size());
		String[] protocol = provider.getType().equals("database") ? new String[] { "SQL", "", "" }
				: pick(random, Vocabulary.PROTOCOLS);
		String word = switch (protocol[0]) {
		case "Kafka", "AMQP" -> "events";
		case "SQL" -> "schema";
		case "SFTP" -> "files";
		default -> "API";
		};
		String base = provider.getId() + "-" + word.toLowerCase(Locale.ROOT);
		String id = generation.uniqueId(base);
		String title =
				provider.getTitle() + " " + word + (id.equals(base) ? "" : " " + id.substring(base.length() + 1));
		Interface api = FACTORY.createInterface();
		api.setId(id);
		api.setTitle(title);
		api.setDescription(
				provider.getTitle() + " offers " + pick(random, Vocabulary.DATA) + " to other components over "
						+ protocol[0] + ".");
		api.setLastReviewed(generation.reviewed(random));
		api.setProvider(provider);
		api.setOwner(provider.getOwner());
		api.setProtocol(protocol[0]);
		api.setVersion("v" + (1 + random.nextInt(3)));
		api.setLifecycle("production");
		if (!protocol[1].isEmpty() && random.nextInt(5) < 3) {
			api.setSpecification("../specs/" + id + "." + protocol[2]);
			api.setSpecificationFormat(protocol[1]);
		}
		generation.architecture.getInterfaces().add(api);
		generation.interfaces.add(api);
		Component first = null;
		for (Component consumer : Generation.some(random, generation.components, 1 + random.nextInt(3))) {
			if (consumer != provider) {
				consumer.getConsumes().add(api);
				first = first == null ? consumer : first;
			}
		}
		firstConsumers.add(first);
	}

	private void dataFlow() {
		int index = random.nextInt(generation.interfaces.size());
		Interface via = generation.interfaces.get(index);
		Component target = via.getProvider();
		Component source = firstConsumers.get(index);
		if (source == null || source == target) {
			source = generation.components
					.get((generation.components.indexOf(target) + 1) % generation.components.size());
		}
		String data = pick(random, Vocabulary.DATA);
		DataFlow flow = generation.record(FACTORY.createDataFlow(), random,
				Vocabulary.slug(source.getId() + " to " + target.getId()),
				capitalise(data) + " from " + source.getTitle() + " to " + target.getTitle(),
				source.getTitle() + " sends " + data + " to " + target.getTitle() + " through " + via.getTitle() + ".");
		flow.setSource(source);
		flow.setTarget(target);
		flow.setVia(via);
		flow.setData(data);
		flow.setClassification(pick(random, Vocabulary.CLASSIFICATIONS));
		flow.setOwner(source.getOwner());
		generation.architecture.getDataFlows().add(flow);
	}
}
