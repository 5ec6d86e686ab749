package dev.baton.generator;

import java.util.SplittableRandom;

/** Words the generator builds plausible names and prose from. */
final class Vocabulary {

	static final String[] VERBS = { "Use", "Adopt", "Introduce", "Replace", "Standardise on", "Move to", "Keep",
			"Retire", "Split", "Merge" };
	static final String[] THINGS = { "PostgreSQL", "Kafka", "gRPC", "REST", "GraphQL", "Redis", "OpenTelemetry",
			"Kubernetes", "Terraform", "feature flags", "event sourcing", "a service mesh", "S3", "RabbitMQ",
			"Elasticsearch", "OAuth 2.0", "trunk-based development", "contract tests", "Avro", "blue-green deploys" };
	static final String[] PURPOSES = { "order events", "billing data", "the customer portal", "internal APIs",
			"search", "session storage", "audit logs", "tracking updates", "configuration", "batch exports",
			"notifications", "payments", "reporting", "authentication", "the mobile app" };
	static final String[] AREAS = { "orders", "billing", "tracking", "routing", "identity", "catalogue",
			"notifications", "reporting", "payments", "warehouse", "pricing", "support", "search", "fleet", "returns" };
	static final String[] ROLES = { "api", "worker", "service", "gateway", "store", "scheduler", "importer",
			"exporter", "portal", "adapter" };
	static final String[] TYPES = { "service", "website", "library", "database", "queue", "job" };
	static final String[] PROTOCOLS = { "REST", "gRPC", "GraphQL", "AMQP", "Kafka", "SQL", "SFTP" };
	static final String[] FIRST = { "Alice", "Bob", "Carol", "Dmitri", "Emeka", "Fatima", "Gita", "Hiro", "Ines",
			"Jonas", "Kwame", "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sami", "Tuva" };
	static final String[] LAST = { "Martin", "Okafor", "Diaz", "Ivanov", "Nwosu", "Haddad", "Rao", "Tanaka", "Silva",
			"Berg", "Mensah", "Fischer", "Lopez", "Karimi", "Lind", "Sharma", "Moreau", "Costa", "Aydin", "Nilsen" };
	static final String[] PROS = { "it is well known to the team", "it scales horizontally",
			"it has mature tooling", "it keeps operations simple", "it is cheap to run", "it has strong guarantees",
			"vendors support it", "it fits the current deployment model" };
	static final String[] CONS = { "it adds an operational dependency", "it needs new skills",
			"it costs more at low volume", "it locks us into a vendor", "migration takes several sprints",
			"it complicates local development" };
	static final String[] TECHNOLOGIES = { "Java", "Kotlin", "TypeScript", "Go", "PostgreSQL", "Kafka", "Redis",
			"React", "Spring Boot", "Kubernetes", "Terraform", "Nginx", "Elasticsearch", "RabbitMQ", "Python" };

	private Vocabulary() {
	}

	static String pick(SplittableRandom random, String[] words) {
		return words[random.nextInt(words.length)];
	}

	static String slug(String text) {
		String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.length() > 50 ? slug.substring(0, 50).replaceAll("-+$", "") : slug;
	}

	static String sentence(SplittableRandom random, String subject) {
		return "The " + subject + " " + pick(random, new String[] { "needs", "depends on", "is limited by",
				"was designed around", "must keep" }) + " " + pick(random, PURPOSES) + " and "
				+ pick(random, new String[] { "its current load", "the team's size", "the next audit",
						"the peak season", "the support contract" }) + ".";
	}
}
