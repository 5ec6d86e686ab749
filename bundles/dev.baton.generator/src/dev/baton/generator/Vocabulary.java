package dev.baton.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Words and phrases the generator builds names and prose from. Every entry is plain text: no leading or trailing
 * blanks, no Markdown or YAML markup, nothing that needs quoting beyond ordinary punctuation.
 */
final class Vocabulary {

	/** Business areas: team names, component name prefixes, tags. */
	static final String[] AREAS = { "orders", "billing", "tracking", "routing", "identity", "catalogue",
			"notifications", "reporting", "payments", "warehouse", "pricing", "support", "search", "fleet", "returns" };

	/** Component roles: id word and title word. */
	static final String[][] ROLES = { { "service", "service" }, { "backend", "backend" }, { "worker", "worker" },
			{ "db", "database" }, { "gateway", "gateway" }, { "web", "web app" }, { "scheduler", "scheduler" },
			{ "importer", "importer" }, { "exporter", "exporter" }, { "adapter", "adapter" } };

	/** Component type per role above (same index). */
	static final String[] ROLE_TYPES = { "service", "service", "job", "database", "service", "website", "job",
			"job", "job", "library" };

	static final String[] DOMAINS = { "Commerce", "Fulfilment", "Finance", "Customer", "Logistics", "Platform" };

	static final String[] SYSTEMS = { "Storefront", "Order management", "Fulfilment", "Billing", "Customer care",
			"Logistics", "Data platform", "Partner portal" };

	static final String[] FIRST = { "Alice", "Bob", "Carol", "Dmitri", "Emeka", "Fatima", "Gita", "Hiro", "Ines",
			"Jonas", "Kwame", "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sami", "Tuva" };

	static final String[] LAST = { "Martin", "Okafor", "Diaz", "Ivanov", "Nwosu", "Haddad", "Rao", "Tanaka", "Silva",
			"Berg", "Mensah", "Fischer", "Lopez", "Karimi", "Lind", "Sharma", "Moreau", "Costa", "Aydin", "Nilsen" };

	static final String[] PERSON_ROLES = { "Backend engineer", "Site reliability engineer", "Frontend engineer",
			"Data engineer", "Engineering manager" };

	/** Technologies: name, category, licence, and an older and a newer version to choose from. */
	static final List<TechnologyRow> TECHNOLOGIES = List.of(
			new TechnologyRow("Java", "language", "GPL-2.0-with-classpath-exception", "17", "21"),
			new TechnologyRow("Kotlin", "language", "Apache-2.0", "1.9", "2.1"),
			new TechnologyRow("TypeScript", "language", "Apache-2.0", "5.4", "5.6"),
			new TechnologyRow("Go", "language", "BSD-3-Clause", "1.22", "1.23"),
			new TechnologyRow("Python", "language", "PSF-2.0", "3.11", "3.12"),
			new TechnologyRow("Spring Boot", "framework", "Apache-2.0", "2.7", "3.3"),
			new TechnologyRow("React", "framework", "MIT", "17", "18"),
			new TechnologyRow("PostgreSQL", "database", "PostgreSQL", "13", "16"),
			new TechnologyRow("Redis", "database", "BSD-3-Clause", "6.2", "7.2"),
			new TechnologyRow("Elasticsearch", "database", "Elastic-2.0", "7.17", "8.15"),
			new TechnologyRow("Kafka", "messaging", "Apache-2.0", "3.6", "3.8"),
			new TechnologyRow("RabbitMQ", "messaging", "MPL-2.0", "3.12", "3.13"),
			new TechnologyRow("Kubernetes", "platform", "Apache-2.0", "1.29", "1.31"),
			new TechnologyRow("Terraform", "platform", "BUSL-1.1", "1.5", "1.9"),
			new TechnologyRow("Nginx", "platform", "BSD-2-Clause", "1.24", "1.26"));

	/** A technology the platform may use. */
	record TechnologyRow(String name, String category, String licence, String older, String newer) {
	}

	/** Interface protocols, with the specification format and file extension where one is usual. */
	static final String[][] PROTOCOLS = { { "REST", "openapi", "yaml" }, { "REST", "openapi", "yaml" },
			{ "gRPC", "protobuf", "proto" }, { "GraphQL", "graphql", "graphql" }, { "Kafka", "asyncapi", "yaml" },
			{ "AMQP", "asyncapi", "yaml" }, { "SFTP", "", "" } };

	/** What components do and what flows between them. */
	static final String[] DATA = { "order events", "invoices", "tracking updates", "customer accounts",
			"delivery addresses", "price changes", "stock levels", "payment confirmations", "return requests",
			"route plans", "audit events", "search queries" };

	static final String[] CLASSIFICATIONS = { "internal", "personal", "confidential", "payment card", "public" };

	/**
	 * Decision topics: what is chosen, the alternatives one decision chooses between, and what the choice is for.
	 */
	static final List<Topic> TOPICS = List.of(
			new Topic("message broker", List.of("Kafka", "RabbitMQ", "Amazon SQS", "NATS"),
					List.of("order events", "tracking updates", "notifications", "audit logs")),
			new Topic("database", List.of("PostgreSQL", "MySQL", "DynamoDB", "MongoDB"),
					List.of("billing data", "the product catalogue", "customer accounts", "order history")),
			new Topic("API style", List.of("REST", "gRPC", "GraphQL", "JSON-RPC"),
					List.of("internal APIs", "the partner API", "the mobile app backend", "service calls")),
			new Topic("cache", List.of("Redis", "Memcached", "an in-process cache", "Hazelcast"),
					List.of("session storage", "price lookups", "search results")),
			new Topic("search engine", List.of("Elasticsearch", "OpenSearch", "PostgreSQL full-text search", "Algolia"),
					List.of("product search", "support tickets", "address lookup")),
			new Topic("hosting platform", List.of("Kubernetes", "Amazon ECS", "virtual machines", "AWS Lambda"),
					List.of("the order services", "batch jobs", "the storefront")),
			new Topic("observability tooling", List.of("OpenTelemetry", "Datadog", "Grafana Loki", "Prometheus"),
					List.of("request tracing", "service metrics", "alerting")),
			new Topic("authentication method",
					List.of("OAuth 2.0 with OIDC", "API keys", "mutual TLS", "session cookies"),
					List.of("the customer portal", "partner integrations", "internal tools")),
			new Topic("infrastructure tooling", List.of("Terraform", "AWS CloudFormation", "Pulumi", "Ansible"),
					List.of("cloud accounts", "network configuration", "DNS records")),
			new Topic("branching model", List.of("trunk-based development", "GitFlow", "release branches"),
					List.of("the main repository", "mobile releases", "the shared libraries")),
			new Topic("frontend stack", List.of("React", "Vue", "server-side rendering", "a static site generator"),
					List.of("the storefront", "the back office", "the help centre")),
			new Topic("job scheduler", List.of("Apache Airflow", "cron jobs", "AWS Step Functions"),
					List.of("nightly exports", "invoice runs", "warehouse loads")));

	/** A decision topic. */
	record Topic(String name, List<String> options, List<String> purposes) {
	}

	/** How an option is described: the option's title goes in. */
	static final String[] OPTION_DESCRIPTIONS = { "%s, run as a managed service.", "%s, run by the platform team.",
			"%s, set up as other teams at the company already use it.",
			"%s, following the setup the vendor recommends." };

	/** Title patterns: option, then purpose. */
	static final String[] TITLES = { "Use %s for %s", "Use %s for %s", "Adopt %s for %s", "Standardise on %s for %s" };

	static final String[] DRIVERS = { "operational effort for a small team", "cost at the expected volume",
			"latency for customers", "skills already in the team", "vendor lock-in", "audit requirements",
			"time to deliver the first version", "reliability during the peak season", "ease of hiring",
			"a clear upgrade path" };

	static final String[] PROS = { "it is well known to the team", "it scales horizontally", "it has mature tooling",
			"it keeps operations simple", "it is cheap to run", "it has strong delivery guarantees",
			"several vendors support it", "it fits the current deployment model", "it has a large community",
			"it needs no new infrastructure" };

	static final String[] NEUTRAL = { "the team has used it before in another project",
			"the licence is fine for our use", "it needs a small change to the build",
			"it changes nothing for the customers" };

	static final String[] CONS = { "it adds an operational dependency", "it needs new skills",
			"it costs more at low volume", "it ties us to one vendor", "the migration takes several sprints",
			"it complicates local development", "it has few experienced users in the market",
			"it needs a second team to run it" };

	static final String[] PRESSURES = { "Traffic has doubled since the last peak season.",
			"The current setup needs manual work every week.", "Two incidents this year started here.",
			"The auditors asked how this part is controlled.", "New team members find the current setup hard to learn.",
			"The vendor has announced the end of support for the current version.",
			"Costs have grown faster than the number of customers." };

	private Vocabulary() {
	}

	static <T> T pick(SplittableRandom random, T[] words) {
		return words[random.nextInt(words.length)];
	}

	/** {@code count} different words (fewer when the list is shorter), in a random order. */
	static List<String> distinct(SplittableRandom random, String[] words, int count) {
		return distinct(random, List.of(words), count);
	}

	/** {@code count} different words (fewer when the list is shorter), in a random order. */
	static List<String> distinct(SplittableRandom random, List<String> words, int count) {
		List<String> pool = new ArrayList<>(words);
		List<String> picked = new ArrayList<>();
		while (picked.size() < count && !pool.isEmpty()) {
			picked.add(pool.remove(random.nextInt(pool.size())));
		}
		return picked;
	}

	/** Lower-case words joined by hyphens, cut after a whole word to at most 50 characters: a file name and id. */
	static String slug(String text) {
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() <= 50) {
			return slug;
		}
		int cut = slug.lastIndexOf('-', 50);
		return cut > 0 ? slug.substring(0, cut) : slug.substring(0, 50);
	}

	static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
